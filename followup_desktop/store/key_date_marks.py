"""The calendar's key date marks: how many birthdays, anniversaries and other key dates of
active contacts fall on each day of a range, and the first few names (for the tooltip).

Read from the ``(month_day, contact_id)`` index alone, the few archived contacts left
out by their own small index (as the agenda does), names only for a page of rows: a
month of a 50,000-contact book costs about 2 ms (``make bench``).
"""

from __future__ import annotations

from datetime import date

from ..domain import personal as personal_rules
from ..domain.key_date_window import month_days_between
from ..domain.text import display_name
from ..i18n import translator
from .database import db

_ = translator(__name__)


def key_date_marks(
    start: date, end: date, names: int = 120
) -> dict[date, tuple[int, tuple[str, ...]]]:
    """Key dates of active contacts per day of ``start``..``end``: how many, and the
    first few by day as "Birthday: Ada Lovelace" (two indexed reads, whatever the size)."""
    days = (end - start).days + 1
    if days > 366:
        return {}
    window = ", ".join(str(md) for md in month_days_between(start, days))
    # Read from the (month_day, contact_id) index alone; the few archived contacts are
    # left out by their own small index (as the agenda does), no contact row is read.
    where = (
        f"k.month_day IN ({window}) AND k.contact_id NOT IN"
        " (SELECT id FROM contact INDEXED BY contact_archived WHERE archived = 1)"
    )
    counts: dict[date, int] = {}
    for month_day, n in db.execute_sql(
        "SELECT k.month_day, count(*) FROM key_date k INDEXED BY key_date_month_day"
        f" WHERE {where} GROUP BY k.month_day"
    ):
        day = personal_rules.next_occurrence(month_day // 100, month_day % 100, start)
        counts[day] = counts.get(day, 0) + n
    shown: dict[date, list[str]] = {}
    # Names for the first days in index order (no sort of the whole range): the days
    # from the start to the year's end, then, over New Year, those from 1 January.
    mds = month_days_between(start, days)
    first_md = start.month * 100 + start.day
    for part in ([m for m in mds if m >= first_md], [m for m in mds if m < first_md]):
        left = names - sum(len(v) for v in shown.values())
        if not part or left <= 0:
            continue
        some = (
            f"k.month_day IN ({', '.join(map(str, part))}) AND k.contact_id NOT IN"
            " (SELECT id FROM contact INDEXED BY contact_archived WHERE archived = 1)"
        )
        for kind, month, dd, label, first, last, company in db.execute_sql(
            "SELECT k.kind, k.month, k.day, k.label, c.first_name, c.last_name, c.company"
            " FROM (SELECT k.id FROM key_date k INDEXED BY key_date_month_day"
            f" WHERE {some} ORDER BY k.month_day LIMIT ?) AS page"
            " JOIN key_date k ON k.id = page.id CROSS JOIN contact c ON c.id = k.contact_id"
            " ORDER BY k.month_day, c.sort_name",
            (left,),
        ):
            day = personal_rules.next_occurrence(month, dd, start)
            title = personal_rules.KeyDate(kind, month, dd, label=label).title
            what = _("{what}: {name}", "Birthday: Ada Lovelace").format(
                what=title, name=display_name(first, last, company)
            )
            shown.setdefault(day, []).append(what)
    return {d: (n, tuple(shown.get(d, ()))) for d, n in counts.items() if d <= end}
