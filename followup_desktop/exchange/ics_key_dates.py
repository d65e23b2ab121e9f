"""Key dates in the .ics export: birthdays, anniversaries and the user's own dates as
yearly all-day events, only when "Include birthdays and anniversaries" is ticked.

* ``RRULE:FREQ=YEARLY``, ``TRANSP:TRANSPARENT`` (a birthday never makes the user look
  busy), all-day (``DTSTART;VALUE=DATE``, DTEND the day after).
* Stable UIDs from the key date's row (``keydate-<id>@followup-desktop``), so a re-export
  replaces the event instead of adding a second one.
* 29 February follows ``domain.personal``: kept on 28 February in other years. RFC 5545
  would skip a yearly 29 Feb in common years, so such a date repeats on the last day of
  February (``BYMONTH=2;BYMONTHDAY=-1``): 29 Feb in leap years, 28 Feb otherwise.
* Archived contacts' dates are left out, like their follow-ups.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import personal as rules
from ..domain.personal import KeyDate
from ..domain.text import display_name
from ..i18n import translator
from ..store.database import db
from .ics_repair import fold

_ = translator(__name__)

UID_FORMAT = "keydate-{}@followup-desktop"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def key_date_event(uid: str, name: str, kd: KeyDate, today: date, stamp: str) -> str:
    """One VEVENT block (CRLF line ends, folded)."""
    start = rules.occurrence_in(kd.month, kd.day, kd.year or today.year)
    rule = "RRULE:FREQ=YEARLY"
    if kd.month == 2 and kd.day == 29:
        rule += ";BYMONTH=2;BYMONTHDAY=-1"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}",
        rule,
        "SUMMARY:" + _escape(_("{what}: {contact}").format(what=kd.title, contact=name)),
        "TRANSP:TRANSPARENT",
        "CATEGORIES:" + _escape(_("Key dates")),
        "END:VEVENT",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def key_date_blocks(stamp: str, today: date | None = None) -> list[tuple[str, str]]:
    """(uid, event) for every key date of an active contact, by date."""
    today = today or date.today()
    rows = db.execute_sql(
        "SELECT k.id, k.kind, k.month, k.day, k.year, k.label, k.action, c.first_name,"
        " c.last_name, c.company FROM key_date k JOIN contact c ON c.id = k.contact_id"
        " WHERE c.archived = 0 ORDER BY k.month, k.day, c.sort_name, k.id"
    ).fetchall()
    out = []
    for kid, kind, month, day, year, label, action, first, last, company in rows:
        kd = KeyDate(kind, month, day, year, label, action)
        uid = UID_FORMAT.format(kid)
        name = display_name(first, last, company)
        out.append((uid, key_date_event(uid, name, kd, today, stamp)))
    return out
