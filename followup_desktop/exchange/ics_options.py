"""What an .ics export is asked for: the options (event length, reminders, the
calendar's name, key dates), the time zone the due times were typed in, and the key
of what an event's text depends on (``options_key``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import i18n
from ..i18n import translator
from ..store import settings
from .errors import ExportError

_ = translator(__name__)

EVENT_MINUTES_KEY = "ics.event_minutes"
REMINDER_MINUTES_KEY = "ics.reminder_minutes"
#: Written when the computer's time zone is unknown (with the reason, if any).
_NO_ZONE = _.mark(
    "This computer's time zone could not be determined. "
    "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
)


class ExportCancelled(Exception):
    """The user cancelled before the file was written; nothing was written or remembered."""


@dataclass(frozen=True)
class ExportOptions:
    #: IANA zone the due times were entered in; None = this computer's zone.
    zone: str | None = None
    event_minutes: int = 15
    reminders: bool = False
    reminder_minutes: int = 15
    #: Asks Outlook to import into a separate calendar of this name (X-WR-CALNAME).
    calendar_name: str | None = None
    #: Birthdays, anniversaries and other key dates as yearly all-day events.
    include_key_dates: bool = False


def options_from_settings(**overrides) -> ExportOptions:
    """Options with the event and reminder lengths the user set (or the defaults)."""
    values: dict[str, Any] = {
        "event_minutes": settings.get_int(EVENT_MINUTES_KEY, 15, minimum=1),
        "reminder_minutes": settings.get_int(REMINDER_MINUTES_KEY, 15, minimum=0),
    }
    values.update(overrides)
    return ExportOptions(**values)


def local_zone_name() -> str:
    """This computer's IANA time zone name (raises ExportError if unknown)."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception as exc:  # tzlocal raises its own errors for broken setups
        raise ExportError(
            _(
                "This computer's time zone could not be determined ({problem}). "
                "Set the TZ environment variable (e.g. TZ=Europe/Berlin) and try again."
            ).format(problem=exc)
        ) from exc
    if not name:
        raise ExportError(_(_NO_ZONE))
    return name


def resolve_zone(name: str | None) -> ZoneInfo:
    name = name or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ExportError(
            _("“{zone}” is not a time zone name (try e.g. Europe/Berlin).").format(zone=name)
        ) from exc


def options_key(options: ExportOptions, zone: ZoneInfo) -> str:
    """The options an event's text depends on (a change to any is a change to the event).

    The language is one of them: the summaries and descriptions are written in the
    language chosen at export time, so after a switch every event exported before is
    looked at again (changed-only too) and, its text being new, sent with SEQUENCE + 1.
    """
    reminder = options.reminder_minutes if options.reminders else "-"
    key = f"{zone.key}|{options.event_minutes}|{reminder}"
    language = i18n.language()
    return key if language == i18n.SOURCE_LANGUAGE else f"{key}|{language}"
