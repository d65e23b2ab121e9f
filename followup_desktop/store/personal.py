"""The personal side of contacts: addresses, key dates, things to remember.

Plain SQL over the V10 tables. ``save_personal`` replaces one contact's personal
data in a transaction (key dates are matched by id, so a reminder already planned
for a date that did not move is kept); ``plan_key_date_reminders`` turns coming key
dates into ordinary follow-ups, once per occurrence.

What falls in a window of days is read by ``coming_up``, many contacts' personal data
at once by ``personal_bulk``, cards by post by ``greeting_cards``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from ..domain import personal as rules
from ..domain.key_date_window import month_days_between
from ..domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from ..i18n import translator
from .database import db, translated_errors
from .errors import InvalidInputError
from .rows import inserted_id
from .rows import to_date as _date

_ = translator(__name__)

ADDRESS_COLUMNS = ("kind", "street", "city", "region", "postal_code", "country")


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
        f"SELECT {', '.join(ADDRESS_COLUMNS)} FROM contact_address WHERE contact_id = ?"
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


# -- an import adds to or puts back one contact's personal data ------------------------
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
