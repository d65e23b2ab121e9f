"""The agenda's queries: five sections, their counts, rows page by page.

Each open follow-up belongs to exactly one section, by the day I have to act on it
(``followup.action_date``: the due date when it is mine, the next working day
after their date when it is theirs; the same rule as ``domain.followup_rules``):

* overdue  - action date before today, oldest first
* today    - action date today (by time, untimed last)
* week     - my follow-ups in the next 6 days
* theirs   - their promises whose fallback is still ahead (with the lapse date)
* losing   - contacts past their keep-in-touch rhythm with nothing planned, most past first
             (``store.cadence``)
* none     - active contacts with no open follow-up, by category, most recently active first

Every query is a range over a partial index, and rows are fetched a page at a
time (ids first, details for that page only), so the first screen of a
50,000-contact database loads in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from ..domain.key_date_window import KEY_DATE_WINDOW
from ..domain.text import display_name
from ..i18n import translator
from . import cadence
from .contact_counts import no_next_step_count
from .database import db
from .key_date_count import key_dates_count
from .rows import named, to_date, to_datetime, to_time

_ = translator(__name__)

WEEK_DAYS = 7

# The WHERE of each follow-up section; "status = 'open'" and "whose = 'theirs'" are
# literal so SQLite can use the partial indexes from migrations.V4/V6.
_WHERE = {
    "overdue": "f.status = 'open' AND f.action_date < :today",
    "today": "f.status = 'open' AND f.action_date = :today",
    "week": "f.status = 'open' AND f.action_date > :today AND f.action_date < :week_end"
    " AND f.whose = 'mine'",
    "theirs": "f.status = 'open' AND f.whose = 'theirs' AND f.action_date > :today",
}
# Each section is a range of one partial index, read in the index's own order (no sort).
_INDEX = {
    "overdue": "followup_open_action",
    "today": "followup_open_action",
    "week": "followup_open_action",
    "theirs": "followup_open_theirs",
}
_ORDER = {
    "overdue": "f.action_date, f.whose, f.contact_id, f.id",
    "today": "f.due_time IS NULL, f.due_time, f.id",
    "week": "f.action_date, f.whose, f.contact_id, f.id",
    "theirs": "f.action_date, f.contact_id, f.id",
}
# Archived contacts' follow-ups are left out; there are few, so this is a small set
# checked against contact_id from the index (a join would read 50,000 wide rows).
_NOT_ARCHIVED = (
    "f.contact_id NOT IN (SELECT id FROM contact INDEXED BY contact_archived WHERE archived = 1)"
)
_NONE_WHERE = "c.next_due IS NULL AND c.archived = 0"


class AgendaRow(NamedTuple):
    """One line of the agenda: a contact, their next follow-up (if any) and last touch."""

    contact_id: int
    name: str
    company: str
    phone: str
    email: str
    last_at: datetime | None
    last_line: str
    followup_id: int | None = None
    reason: str = ""
    channel: str = ""
    due_date: date | None = None
    due_time: time | None = None
    act_on: date | None = None
    whose: str = "mine"
    agreed: bool = False
    original_due_date: date | None = None
    reschedule_count: int = 0
    category: str = ""
    no_next_step_reason: str = ""
    rhythm: int | None = None  # losing touch: days between touches
    touch_since: datetime | None = None  # losing touch: when the clock started


def _params(today: date) -> dict[str, str]:
    return {"today": today.isoformat(), "week_end": (today + timedelta(days=WEEK_DAYS)).isoformat()}


def has_contacts() -> bool:
    """False on a first start (an empty book): the agenda then offers ways to begin."""
    return bool(db.execute_sql("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()[0])


def counts(today: date) -> dict[str, int]:
    """How many rows each section holds (archived contacts' follow-ups are left out)."""
    params = _params(today)
    result: dict[str, int] = {}
    for section, where in _WHERE.items():
        sql = (
            f"SELECT count(*) FROM followup f INDEXED BY {_INDEX[section]} "
            f"WHERE {where} AND {_NOT_ARCHIVED}"
        )
        result[section] = db.execute_sql(sql, params).fetchone()[0]
    result["losing"] = cadence.losing_touch_count(today)
    result["keydates"] = key_dates_count(today, KEY_DATE_WINDOW)
    result["none"] = no_next_step_count()  # the sidebar's count, read once
    return result


_name = display_name


def _first_line(text: str | None) -> str:
    if not text:
        return ""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


_LAST_NOTE = (
    "(SELECT substr(i.notes, 1, 200) FROM interaction i WHERE i.contact_id = c.id "
    "ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1) AS last_note"
)
# The contact's half of every row, read by ``_about_contact``.
_CONTACT_COLUMNS = (
    "c.first_name, c.last_name, c.company, c.phone, c.mobile, c.email, "
    f"c.last_interaction_at, {_LAST_NOTE}"
)


def _about_contact(r: Any, name: str | None = None) -> dict[str, Any]:
    """Who the row is about and how to reach them, the same in every section: the name
    (the contact's unless given), company, phone, email and the last touch."""
    return {
        "name": _name(r.first_name, r.last_name, r.company) if name is None else name,
        "company": r.company,
        "phone": r.phone or r.mobile,
        "email": r.email,
        "last_at": to_datetime(r.last_interaction_at),
        "last_line": _first_line(r.last_note),
    }


def _contacts_by_id(ids: Iterable[int], extra: str = "") -> dict[int, Any]:
    """The contacts of a section without follow-ups (no next step, losing touch, key
    dates), with their category and the section's ``extra`` columns, by id."""
    wanted = list(ids)
    marks = ", ".join("?" * len(wanted))
    sql = f"""
        SELECT c.id, {_CONTACT_COLUMNS}, cat.name AS category{extra}
        FROM contact c JOIN category cat ON cat.id = c.category_id
        WHERE c.id IN ({marks})"""
    return {r.id: r for r in named(db.execute_sql(sql, wanted))}


def rows(section: str, today: date, *, limit: int = 200, offset: int = 0) -> list[AgendaRow]:
    """One page of a section, in the section's order."""
    params = {**_params(today), "limit": limit, "offset": offset}
    if section == "none":
        return _no_next_step(params)
    if section == "losing":
        return _losing_touch(today, limit, offset)
    if section == "keydates":
        return _key_dates(today, limit, offset)
    where, order = _WHERE[section], _ORDER[section]
    sql = f"""
        SELECT f.id AS followup_id, f.contact_id, {_CONTACT_COLUMNS},
               f.reason, f.channel, f.due_date, f.due_time, f.action_date, f.whose,
               f.agreed, f.original_due_date, f.reschedule_count
        FROM (SELECT f.id FROM followup f INDEXED BY {_INDEX[section]}
              WHERE {where} AND {_NOT_ARCHIVED}
              ORDER BY {order} LIMIT :limit OFFSET :offset) AS page
        JOIN followup f ON f.id = page.id
        JOIN contact c ON c.id = f.contact_id
        ORDER BY {order}"""
    return [
        AgendaRow(
            followup_id=r.followup_id,
            contact_id=r.contact_id,
            **_about_contact(r),
            reason=r.reason,
            channel=r.channel,
            due_date=to_date(r.due_date),
            due_time=to_time(r.due_time),
            act_on=to_date(r.action_date),
            whose=r.whose,
            agreed=bool(r.agreed),
            original_due_date=to_date(r.original_due_date),
            reschedule_count=r.reschedule_count,
        )
        for r in named(db.execute_sql(sql, params))
    ]


def _no_next_step_ids(limit: int, offset: int) -> list[int]:
    """The page's contact ids: category by category (in list order), each read in
    index order (most recently active first), so nothing is sorted."""
    ids: list[int] = []
    categories = db.execute_sql("SELECT id FROM category ORDER BY position, id").fetchall()
    for (category_id,) in categories:
        if len(ids) >= limit:
            break
        where = f"c.category_id = ? AND {_NONE_WHERE}"
        if offset:
            n = db.execute_sql(
                f"SELECT count(*) FROM contact c INDEXED BY contact_no_next_step WHERE {where}",
                (category_id,),
            ).fetchone()[0]
            if n <= offset:
                offset -= n
                continue
        rows = db.execute_sql(
            f"SELECT c.id FROM contact c INDEXED BY contact_no_next_step WHERE {where} "
            "ORDER BY c.last_interaction_at DESC LIMIT ? OFFSET ?",
            (category_id, limit - len(ids), offset),
        ).fetchall()
        offset = 0
        ids.extend(r[0] for r in rows)
    return ids


def _no_next_step(params: dict) -> list[AgendaRow]:
    ids = _no_next_step_ids(params["limit"], params["offset"])
    if not ids:
        return []
    found = _contacts_by_id(ids, ", c.no_next_step_reason")
    return [
        AgendaRow(
            contact_id=r.id,
            **_about_contact(r),
            category=r.category,
            no_next_step_reason=r.no_next_step_reason,
        )
        for r in (found[i] for i in ids if i in found)
    ]


def _losing_touch(today: date, limit: int, offset: int) -> list[AgendaRow]:
    page = cadence.losing_touch_ids(today, limit=limit, offset=offset)
    if not page:
        return []
    found = _contacts_by_id(dict(page), ", c.touch_since")
    out = []
    for contact_id, rhythm in page:
        r = found.get(contact_id)
        if r is None:
            continue
        out.append(
            AgendaRow(
                contact_id=contact_id,
                **_about_contact(r),
                category=r.category,
                rhythm=rhythm,
                touch_since=to_datetime(r.touch_since),
            )
        )
    return out


def _key_dates(today: date, limit: int, offset: int) -> list[AgendaRow]:
    """Birthdays, anniversaries and dated things to remember in the next 14 days."""
    # The personal store and rules are loaded by the section, not by every start's count.
    from ..domain import personal as personal_rules
    from .coming_up import key_dates_between

    page = key_dates_between(today, KEY_DATE_WINDOW, limit=limit, offset=offset)
    if not page:
        return []
    found = _contacts_by_id(sorted({item.contact_id for item in page}))
    out = []
    for item in page:
        r = found.get(item.contact_id)
        if r is None:
            continue
        how = _("Remember") if item.kind == "remember" else ""
        out.append(
            AgendaRow(
                contact_id=item.contact_id,
                **_about_contact(r, name=item.name),
                category=r.category,
                reason=item.what,
                channel=how or personal_rules.ACTION_LABELS.get(item.action, ""),
                due_date=item.occurs,
                act_on=item.occurs,
            )
        )
    return out


def load(today: date, section: str, page: int = 200) -> tuple[dict[str, int], list[AgendaRow]]:
    """What the agenda shows first: every count and the first page of one section."""
    return counts(today), rows(section, today, limit=page)
