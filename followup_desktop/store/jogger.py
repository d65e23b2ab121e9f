"""The queries behind the weekly memory-jogger list.

Plain SQL through the indexes the schema already has: open follow-ups by
``followup_status_due``, each contact's last interaction by
``interaction_contact_time``, contacts without a next step by the partial index
``contact_no_next_step`` (so the WHERE clauses keep its terms literally). The rows
become ``domain.jogger`` values; ``load_sheet`` puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..domain import text
from ..domain.jogger import (
    CategoryRef,
    DueItem,
    Formats,
    IdleContact,
    IdleList,
    Options,
    Sheet,
    Week,
    build_sheet,
)
from .database import db
from .rows import required_date as _date
from .rows import to_datetime as _datetime
from .rows import to_time as _time
from .settings import get_bool, get_setting, set_setting

#: The user's name, printed in the list's header (set in Preferences or the CLI).
USER_NAME = "user.name"
#: "1": each category starts on a new page (the default); "0": packed to save paper.
#: Set by the print preview's check box; the CLI reads it when given no flag.
PAGE_PER_CATEGORY = "jogger.page_per_category"

_DUE_SQL = """
SELECT f.id, f.contact_id, c.category_id, c.first_name, c.last_name, c.company,
       f.reason, f.due_date, f.due_time, f.whose, f.channel,
       c.phone, c.mobile, c.email, c.last_interaction_at,
       (SELECT i.notes || char(31) || i.channel || char(31) || i.outcome
          FROM interaction i WHERE i.contact_id = f.contact_id
         ORDER BY i.occurred_at DESC LIMIT 1),
       f.action_date
  FROM followup f JOIN contact c ON c.id = f.contact_id
 WHERE f.status = 'open' AND f.due_date >= ? AND f.due_date <= ? AND c.archived = 0
"""

_IDLE_SQL = """
SELECT id, category_id, first_name, last_name, company, phone, mobile, email,
       last_interaction_at, no_next_step_reason
  FROM contact
 WHERE category_id = ? AND next_due IS NULL AND archived = 0
 ORDER BY last_interaction_at DESC
 LIMIT ?
"""

_IDLE_COUNT_SQL = """
SELECT category_id, count(*) FROM contact INDEXED BY contact_no_next_step
 WHERE next_due IS NULL AND archived = 0 GROUP BY category_id
"""


def _last_text(packed: str | None) -> str:
    if not packed:
        return ""
    notes, channel, outcome = (packed.split("\x1f") + ["", ""])[:3]
    if notes.strip():
        return notes
    return ", ".join(p for p in (channel, outcome) if p)


def user_name() -> str:
    """The name printed in the header ("" until the user gives one)."""
    return (get_setting(USER_NAME) or "").strip()


def page_per_category() -> bool:
    """Whether the printed list starts each category on a new page (saved choice)."""
    return get_bool(PAGE_PER_CATEGORY, Options.page_per_category)


def set_page_per_category(on: bool) -> None:
    set_setting(PAGE_PER_CATEGORY, "1" if on else "0")


def categories() -> list[CategoryRef]:
    rows = db.execute_sql("SELECT id, name, position FROM category ORDER BY position, id")
    return [CategoryRef(r[0], r[1], r[2]) for r in rows]


def due_items(week: Week, *, carry_overdue: bool = True) -> list[DueItem]:
    """Open follow-ups due in ``week`` (and before it, when ``carry_overdue``)."""
    start = date.min if carry_overdue else week.start
    rows = db.execute_sql(_DUE_SQL, (start.isoformat(), week.end.isoformat()))
    items = []
    for r in rows:
        items.append(
            DueItem(
                followup_id=r[0],
                contact_id=r[1],
                category_id=r[2],
                name=text.display_name(r[3], r[4], r[5]),
                company=r[5],
                reason=r[6],
                due_date=_date(r[7]),
                due_time=_time(r[8]),
                whose=r[9],
                channel=r[10],
                phone=r[11] or r[12],
                email=r[13],
                last_interaction_at=_datetime(r[14]),
                last_interaction_text=_last_text(r[15]),
                act_on=_date(r[16]),
            )
        )
    return items


def idle_contacts(category_ids: Sequence[int], cap: int) -> dict[int, IdleList]:
    """Per category: up to ``cap`` contacts with no open follow-up, and how many in all."""
    counts = dict(db.execute_sql(_IDLE_COUNT_SQL).fetchall())
    result: dict[int, IdleList] = {}
    for cat_id in category_ids:
        total = int(counts.get(cat_id, 0))
        if not total:
            result[cat_id] = IdleList((), 0)
            continue
        rows = db.execute_sql(_IDLE_SQL, (cat_id, max(0, cap))).fetchall()
        contacts = tuple(
            IdleContact(
                contact_id=r[0],
                category_id=r[1],
                name=text.display_name(r[2], r[3], r[4]),
                company=r[4],
                phone=r[5] or r[6],
                email=r[7],
                last_interaction_at=_datetime(r[8]),
                no_next_step_reason=r[9],
            )
            for r in rows
        )
        result[cat_id] = IdleList(contacts, total)
    return result


def load_sheet(
    week: Week,
    today: date | None = None,
    *,
    options: Options | None = None,
    fmt: Formats | None = None,
) -> Sheet:
    """Everything one week's sheet shows, read in one transaction."""
    today = today or date.today()
    options = options or Options()
    fmt = fmt or Formats()
    with db.atomic():
        cats = categories()
        # Overdue items are carried into the current and future weeks, not into the past.
        items = due_items(week, carry_overdue=week.end >= today)
        idle = (
            idle_contacts(
                [c.id for c in cats], options.no_next_step_cap + 1
            )  # one spare: never "and 1 more"
            if options.include_no_next_step
            else {}
        )
        name = user_name()
        key_dates = _key_dates(week, fmt)
    sheet = build_sheet(week, today, cats, items, idle, options=options, user_name=name, fmt=fmt)
    return replace(sheet, key_dates=key_dates)


def _key_dates(week: Week, fmt: Formats) -> tuple[str, ...]:
    """This week's and next week's key dates, a card's with the address it goes to."""
    from ..domain.key_date_lines import CARD_LOOKAHEAD, key_date_lines
    from .coming_up import key_dates_between
    from .personal_bulk import personal_rows

    days = (week.end - week.start).days + 1 + CARD_LOOKAHEAD
    items = key_dates_between(week.start, days)
    cards = sorted({i.contact_id for i in items if i.action == "card"})
    infos = personal_rows(cards)
    addresses = {cid: infos[cid].card_address() if cid in infos else None for cid in cards}
    return key_date_lines(items, addresses, fmt.day)
