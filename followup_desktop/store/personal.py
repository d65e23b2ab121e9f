"""The personal side of contacts: addresses, key dates, things to remember.

Plain SQL over the V10 tables. ``save_personal`` replaces one contact's personal
data in a transaction (key dates are matched by id, so a reminder already planned
for a date that did not move is kept); ``coming_up`` is the agenda's Key dates
section; ``plan_key_date_reminders`` turns coming key dates into ordinary
follow-ups, once per occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import personal as rules
from ..domain.key_date_window import month_days_between
from ..domain.personal import Address, ComingUp, KeyDate, PersonalInfo, ThingToRemember
from ..domain.text import display_name
from ..i18n import translator
from .database import db, translated_errors
from .errors import InvalidInputError
from .key_date_count import window_sql
from .rows import inserted_id, required_date
from .rows import to_date as _date

if TYPE_CHECKING:
    from ..domain.labels import Recipient

_ = translator(__name__)

_ADDRESS_COLUMNS = ("kind", "street", "city", "region", "postal_code", "country")


@dataclass(frozen=True)
class StoredKeyDate:
    """A key date with its row id (so edits keep its planned reminder)."""

    id: int | None
    date: KeyDate


def personal_info(contact_id: int) -> PersonalInfo:
    """Everything personal about one contact (empty tuples when nothing is known)."""
    return PersonalInfo(
        addresses=tuple(_addresses(contact_id)),
        key_dates=tuple(k.date for k in stored_key_dates(contact_id)),
        things=tuple(things_to_remember(contact_id)),
    )


def _addresses(contact_id: int) -> list[Address]:
    rows = db.execute_sql(
        f"SELECT {', '.join(_ADDRESS_COLUMNS)} FROM contact_address WHERE contact_id = ?"
        " ORDER BY CASE kind WHEN 'work' THEN 0 ELSE 1 END",
        (contact_id,),
    ).fetchall()
    return [Address(*row) for row in rows]


def stored_key_dates(contact_id: int) -> list[StoredKeyDate]:
    rows = db.execute_sql(
        "SELECT id, kind, month, day, year, label, action FROM key_date WHERE contact_id = ?",
        (contact_id,),
    ).fetchall()
    found = [StoredKeyDate(r[0], KeyDate(r[1], r[2], r[3], r[4], r[5], r[6])) for r in rows]
    order = {id(k): i for i, k in enumerate(rules.key_dates_sorted(s.date for s in found))}
    by_date = {id(s.date): s for s in found}
    return [by_date[i] for i in sorted(by_date, key=lambda i: order[i])]


def things_to_remember(contact_id: int) -> list[ThingToRemember]:
    rows = db.execute_sql(
        "SELECT text, on_date FROM remembered WHERE contact_id = ?"
        " ORDER BY on_date IS NULL, on_date, id",
        (contact_id,),
    ).fetchall()
    return [ThingToRemember(text, _date(on)) for text, on in rows]


_ONE_DATE = {
    "birthday": _.mark("A contact has one birthday."),
    "customer_since": _.mark("A contact has one customer since date."),
}
_ONE_ADDRESS = {
    "work": _.mark("A contact has one work address."),
    "home": _.mark("A contact has one home address."),
}


def check_personal(info: PersonalInfo, today: date | None = None) -> str | None:
    """The first problem with what the user typed (a sentence), or None."""
    today = today or date.today()
    kinds = [k.kind for k in info.key_dates]
    for kind in ("birthday", "customer_since"):
        if kinds.count(kind) > 1:
            return _(_ONE_DATE[kind])
    for kd in info.key_dates:
        problem = rules.check_key_date(kd, today)
        if problem:
            return _("{date}: {problem}").format(date=kd.title, problem=problem)
    seen = set()
    for a in info.addresses:
        if a.kind not in rules.ADDRESS_KINDS:
            return _("Unknown kind of address: {kind}.").format(kind=a.kind)
        if a.kind in seen:
            return _(_ONE_ADDRESS[a.kind])
        seen.add(a.kind)
    for thing in info.things:
        if not thing.text.strip():
            return _("A thing to remember needs some words.")
    return None


def save_personal(
    contact_id: int,
    info: PersonalInfo,
    *,
    key_date_ids: Iterable[int | None] | None = None,
    today: date | None = None,
) -> None:
    """Replace the contact's personal data (all or nothing).

    ``key_date_ids`` pairs each of ``info.key_dates`` with the id it was read with
    (None for a new one); without it, key dates are matched by kind and label.
    """
    problem = check_personal(info, today)
    if problem:
        raise InvalidInputError(problem)
    with translated_errors(), db.atomic():
        _write_personal(contact_id, info, key_date_ids)


def _write_personal(contact_id: int, info: PersonalInfo, key_date_ids) -> None:
    db.execute_sql("DELETE FROM contact_address WHERE contact_id = ?", (contact_id,))
    for a in info.addresses:
        if a.is_empty:
            continue
        db.execute_sql(
            "INSERT INTO contact_address (contact_id, kind, street, city, region, postal_code,"
            " country) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contact_id, a.kind, a.street, a.city, a.region, a.postal_code, a.country),
        )
    old = stored_key_dates(contact_id)
    if key_date_ids is None:
        ids = _match_ids(old, info.key_dates)
    else:
        ids = list(key_date_ids)
    old_by_id = {s.id: s.date for s in old}
    kept: set[int] = set()
    for kd, kd_id in zip(info.key_dates, ids, strict=True):
        if kd_id is not None and kd_id in old_by_id:
            kept.add(kd_id)
            before = old_by_id[kd_id]
            if before == kd:
                continue
            db.execute_sql(
                "UPDATE key_date SET kind = ?, label = ?, month = ?, day = ?, year = ?,"
                " action = ? WHERE id = ?",
                (kd.kind, kd.label, kd.month, kd.day, kd.year, kd.action, kd_id),
            )
            if (before.month, before.day, before.action) != (kd.month, kd.day, kd.action):
                _drop_open_reminders([kd_id])
        else:
            _insert_key_date(contact_id, kd)
    gone = [i for i in old_by_id if i is not None and i not in kept]
    if gone:
        _drop_open_reminders(gone)
        marks = ", ".join("?" * len(gone))
        db.execute_sql(f"DELETE FROM key_date WHERE id IN ({marks})", gone)
    db.execute_sql("DELETE FROM remembered WHERE contact_id = ?", (contact_id,))
    now = str(datetime.now())
    for thing in info.things:
        db.execute_sql(
            "INSERT INTO remembered (contact_id, text, on_date, created_at) VALUES (?, ?, ?, ?)",
            (contact_id, thing.text.strip(), thing.on.isoformat() if thing.on else None, now),
        )


def _insert_key_date(contact_id: int, kd: KeyDate) -> int:
    return inserted_id(
        db.execute_sql(
            "INSERT INTO key_date (contact_id, kind, label, month, day, year, action)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contact_id, kd.kind, kd.label, kd.month, kd.day, kd.year, kd.action),
        )
    )


def _match_ids(old: list[StoredKeyDate], new: Iterable[KeyDate]) -> list[int | None]:
    free = list(old)
    out: list[int | None] = []
    for kd in new:
        hit = next((s for s in free if s.date == kd), None) or next(
            (s for s in free if (s.date.kind, s.date.label) == (kd.kind, kd.label)), None
        )
        if hit is not None:
            free.remove(hit)
        out.append(hit.id if hit else None)
    return out


def _drop_open_reminders(key_date_ids: list[int]) -> None:
    """A date that moved or went: its planned (still open) reminders go with it."""
    marks = ", ".join("?" * len(key_date_ids))
    rows = db.execute_sql(
        "SELECT r.followup_id, f.contact_id FROM key_date_reminder r"
        " JOIN followup f ON f.id = r.followup_id AND f.status = 'open'"
        f" WHERE r.key_date_id IN ({marks})",
        key_date_ids,
    ).fetchall()
    db.execute_sql(f"DELETE FROM key_date_reminder WHERE key_date_id IN ({marks})", key_date_ids)
    if rows:
        from .followups import refresh_contact_summary

        db.execute_sql(
            f"DELETE FROM followup WHERE id IN ({', '.join('?' * len(rows))})",
            [r[0] for r in rows],
        )
        for cid in {r[1] for r in rows}:
            refresh_contact_summary(cid)


def set_customer_since(contact_id: int, day: date) -> bool:
    """Record when they became a customer, unless a date is already set (True if set).

    Called when the "After the sale" series is applied. Its reminder is off: that
    series already plans the one-year call; the user can turn it on in the dialog.
    """
    with db.atomic():
        found = db.execute_sql(
            "SELECT 1 FROM key_date WHERE contact_id = ? AND kind = 'customer_since'",
            (contact_id,),
        ).fetchone()
        if found:
            return False
        _insert_key_date(
            contact_id, KeyDate("customer_since", day.month, day.day, day.year, action="none")
        )
        return True


def unset_customer_since(contact_id: int, day: date | str) -> None:
    """Undoing "After the sale" removes the date it set (not one the user changed)."""
    when = _date(day)
    assert when is not None
    db.execute_sql(
        "DELETE FROM key_date WHERE contact_id = ? AND kind = 'customer_since' AND year = ?"
        " AND month = ? AND day = ? AND action = 'none' AND label = ''",
        (contact_id, when.year, when.month, when.day),
    )


# -- coming up: the agenda's Key dates, the calendar's marks ---------------------------
def card_lead_days(contact_id: int) -> int:
    row = db.execute_sql(
        "SELECT coalesce(c.card_lead_days, cat.card_lead_days) FROM contact c"
        " JOIN category cat ON cat.id = c.category_id WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    return rules.DEFAULT_CARD_LEAD if row is None or row[0] is None else int(row[0])


def category_card_lead(category_id: int) -> int | None:
    """The category's own lead time for cards (None: the default, 7 days)."""
    row = db.execute_sql("SELECT card_lead_days FROM category WHERE id = ?", (category_id,))
    found = row.fetchone()
    return None if found is None else found[0]


def set_card_lead_days(*, contact_id: int | None = None, category_id: int | None = None,
                       days: int | None) -> None:  # fmt: skip
    """Lead time for cards: per contact or per category (None: inherit / default 7)."""
    if days is not None and not 0 <= days <= 60:
        raise InvalidInputError(_("A card's lead time is between 0 and 60 days."))
    table, key = ("contact", contact_id) if contact_id is not None else ("category", category_id)
    with db.atomic():
        db.execute_sql(f"UPDATE {table} SET card_lead_days = ? WHERE id = ?", (days, key))


def key_dates_between(
    start: date, days: int, *, limit: int | None = None, offset: int = 0
) -> list[ComingUp]:
    """Birthdays, anniversaries, other key dates and dated things to remember of active
    contacts falling in [start, start + days), by day then name; a page of them when
    ``limit`` is given (only that many rows are built)."""
    end = start + timedelta(days=days)
    wanted = -1 if limit is None else offset + limit
    start_md = start.month * 100 + start.day
    rows = db.execute_sql(
        "SELECT k.contact_id, c.first_name, c.last_name, c.company, k.kind, k.month, k.day,"
        " k.year, k.label, k.action, c.sort_name FROM key_date k"
        " CROSS JOIN contact c ON c.id = k.contact_id"
        f" WHERE k.month_day IN ({window_sql(start, days)}) AND c.archived = 0"
        " ORDER BY k.month_day < ?, k.month_day, c.sort_name, k.id LIMIT ?",
        (start_md, wanted),
    ).fetchall()
    out: list[tuple] = []
    for cid, first, last, company, kind, month, day, year, label, action, sort in rows:
        occurs = rules.next_occurrence(month, day, start)
        if not start <= occurs < end:
            continue
        kd = KeyDate(kind, month, day, year, label, action)
        name = display_name(first, last, company)
        item = ComingUp(cid, name, occurs, rules.occasion(kd, occurs), kind, action)
        out.append((occurs, sort, item))
    for cid, first, last, company, text, on, sort in db.execute_sql(
        "SELECT r.contact_id, c.first_name, c.last_name, c.company, r.text, r.on_date,"
        " c.sort_name FROM remembered r CROSS JOIN contact c ON c.id = r.contact_id"
        " WHERE r.on_date >= ? AND r.on_date < ? AND c.archived = 0"
        " ORDER BY r.on_date, c.sort_name, r.id LIMIT ?",
        (start.isoformat(), end.isoformat(), wanted),
    ):
        occurs = required_date(on)
        name = display_name(first, last, company)
        out.append((occurs, sort, ComingUp(cid, name, occurs, text, "remember")))
    out.sort(key=lambda t: (t[0], t[1]))
    items = [t[2] for t in out]
    return items[offset:] if limit is None else items[offset : offset + limit]


def _occurrence_from(month: int, day: int, start: date) -> date:
    return rules.next_occurrence(month, day, start)


# -- reminders: key dates become ordinary follow-ups ----------------------------------
#: How far ahead reminders are planned (a card's lead time fits well inside).
#: How far ahead of its due day a reminder is planned: a week (so the agenda's
#: "This week" shows it), plus the longest card lead time in use.
PLAN_AHEAD_DAYS = 7


def plan_key_date_reminders(today: date, *, contact_id: int | None = None) -> list[int]:
    """Plan the reminder follow-up of every key date whose reminder is due within
    ``PLAN_AHEAD_DAYS`` (once per occurrence: done or cancelled ones stay so), so a
    large book does not fill the agenda with next month's cards.
    Returns the new follow-up ids."""
    from .followups import new_uid, refresh_contact_summary

    longest = db.execute_sql(
        "SELECT max(coalesce((SELECT max(card_lead_days) FROM contact), 0),"
        " coalesce((SELECT max(card_lead_days) FROM category), 0))"
    ).fetchone()[0]
    ahead = PLAN_AHEAD_DAYS + max(rules.DEFAULT_CARD_LEAD, int(longest or 0)) + 1
    window = month_days_between(today, ahead)
    marks = ", ".join(str(md) for md in window)
    where = f"k.month_day IN ({marks}) AND k.action != 'none' AND c.archived = 0"
    params: tuple = ()
    if contact_id is not None:
        where += " AND k.contact_id = ?"
        params = (contact_id,)
    rows = db.execute_sql(
        "SELECT k.id, k.contact_id, k.kind, k.month, k.day, k.year, k.label, k.action,"
        " coalesce(c.card_lead_days, cat.card_lead_days) FROM key_date k"
        " CROSS JOIN contact c ON c.id = k.contact_id JOIN category cat ON cat.id = c.category_id"
        f" WHERE {where}",
        params,
    ).fetchall()
    created: list[int] = []
    now = str(datetime.now())
    with translated_errors(), db.atomic():
        touched = set()
        for kid, cid, kind, month, day, year, label, action, lead in rows:
            kd = KeyDate(kind, month, day, year, label, action)
            occurs = rules.next_occurrence(month, day, today)
            if db.execute_sql(
                "SELECT 1 FROM key_date_reminder WHERE key_date_id = ? AND occurs = ?",
                (kid, occurs.isoformat()),
            ).fetchone():
                continue
            lead_days = rules.DEFAULT_CARD_LEAD if lead is None else int(lead)
            due = rules.reminder_due(occurs, action, lead_days, today)
            cursor = db.execute_sql(
                "INSERT INTO followup (uid, contact_id, due_date, reason, channel, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    new_uid(),
                    cid,
                    due.isoformat(),
                    rules.reminder_reason(kd),
                    rules.reminder_channel(kd),
                    now,
                    now,
                ),
            )
            fid = inserted_id(cursor)
            db.execute_sql(
                "INSERT INTO key_date_reminder (key_date_id, occurs, followup_id) VALUES (?, ?, ?)",
                (kid, occurs.isoformat(), fid),
            )
            created.append(fid)
            touched.add(cid)
        for cid in touched:
            db.execute_sql("UPDATE contact SET no_next_step_reason = '' WHERE id = ?", (cid,))
            refresh_contact_summary(cid)
    return created


def key_date_of_followup(followup_id: int) -> tuple[int, date] | None:
    """(key date id, the day it falls on) when the follow-up is a key date's reminder."""
    row = db.execute_sql(
        "SELECT key_date_id, occurs FROM key_date_reminder WHERE followup_id = ?",
        (followup_id,),
    ).fetchone()
    return (row[0], required_date(row[1])) if row else None


# -- import/export helpers --------------------------------------------------------------
def personal_rows(contact_ids: list[int]) -> dict[int, PersonalInfo]:
    """Personal data of many contacts at once (for export and labels)."""
    if not contact_ids:
        return {}
    out: dict[int, dict[str, list]] = {}
    chunk = 900
    for start in range(0, len(contact_ids), chunk):
        ids = contact_ids[start : start + chunk]
        marks = ", ".join("?" * len(ids))
        for row in db.execute_sql(
            f"SELECT contact_id, {', '.join(_ADDRESS_COLUMNS)} FROM contact_address"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, kind DESC",
            ids,
        ):
            out.setdefault(row[0], {}).setdefault("addresses", []).append(Address(*row[1:]))
        for cid, kind, month, day, year, label, action in db.execute_sql(
            "SELECT contact_id, kind, month, day, year, label, action FROM key_date"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, id",
            ids,
        ):
            out.setdefault(cid, {}).setdefault("key_dates", []).append(
                KeyDate(kind, month, day, year, label, action)
            )
        for cid, text, on in db.execute_sql(
            f"SELECT contact_id, text, on_date FROM remembered WHERE contact_id IN ({marks})"
            " ORDER BY contact_id, on_date IS NULL, on_date, id",
            ids,
        ):
            out.setdefault(cid, {}).setdefault("things", []).append(
                ThingToRemember(text, _date(on))
            )
    return {
        cid: PersonalInfo(
            addresses=tuple(parts.get("addresses", ())),
            key_dates=tuple(rules.key_dates_sorted(parts.get("key_dates", ()))),
            things=tuple(parts.get("things", ())),
        )
        for cid, parts in out.items()
    }


def merge_personal(contact_id: int, incoming: PersonalInfo) -> PersonalInfo | None:
    """Add what an import knows to what the contact has (inside the caller's
    transaction, see ``domain.personal.merged``). Returns what the contact had before
    when anything was added (for undo), else None."""
    current = personal_info(contact_id)
    new = rules.merged(current, incoming)
    if new is None:
        return None
    _write_personal(contact_id, new, None)
    return current


def restore_personal(contact_id: int, info: PersonalInfo) -> None:
    """Put back what an import's undo recorded (inside the caller's transaction)."""
    _write_personal(contact_id, info, None)


def insert_personal_many(rows: list[tuple[int, PersonalInfo]]) -> None:
    """New contacts' personal data in bulk (an import of 50,000 rows), no checks:
    the readers checked every date."""
    conn = db.connection()
    now = str(datetime.now())
    conn.executemany(
        "INSERT INTO contact_address (contact_id, kind, street, city, region, postal_code,"
        " country) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, a.kind, a.street, a.city, a.region, a.postal_code, a.country)
            for cid, info in rows
            for a in info.addresses
        ],
    )
    conn.executemany(
        "INSERT INTO key_date (contact_id, kind, label, month, day, year, action)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, k.kind, k.label, k.month, k.day, k.year, k.action)
            for cid, info in rows
            for k in info.key_dates
        ],
    )
    conn.executemany(
        "INSERT INTO remembered (contact_id, text, on_date, created_at) VALUES (?, ?, ?, ?)",
        [
            (cid, t.text, t.on.isoformat() if t.on else None, now)
            for cid, info in rows
            for t in info.things
        ],
    )


# -- holiday cards: who gets one, and where it goes --------------------------------------
def recipients(
    *,
    category_id: int | None = None,
    contact_ids: list[int] | None = None,
    followed_up_since: date | None = None,
    prefer: str = "work",
) -> list[Recipient]:
    """Active contacts chosen by a category, a selection, or "everyone I was in touch
    with since" a day (an interaction logged), by name; each with the address a card
    goes to (``prefer``'s kind when they have it, else the other), or None."""
    from ..domain.labels import Recipient  # the label sheets: not read at start-up

    where: list[str] = ["c.archived = 0"]
    params: list[object] = []
    if category_id is not None:
        where.append("c.category_id = ?")
        params.append(category_id)
    if followed_up_since is not None:
        where.append(
            "EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id AND i.occurred_at >= ?)"
        )
        params.append(followed_up_since.isoformat())
    rows = db.execute_sql(
        "SELECT c.id, c.first_name, c.last_name, c.company FROM contact c"
        f" WHERE {' AND '.join(where)} ORDER BY c.sort_name, c.id",
        params,
    ).fetchall()
    if contact_ids is not None:
        chosen = set(contact_ids)
        rows = [r for r in rows if r[0] in chosen]
    infos = personal_rows([r[0] for r in rows])
    out = []
    for cid, first, last, company in rows:
        info = infos.get(cid)
        address = info.card_address(prefer) if info is not None else None
        out.append(Recipient(cid, display_name(first, last, company), company, address))
    return out
