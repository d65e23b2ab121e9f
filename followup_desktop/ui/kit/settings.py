"""Typed settings: every QSettings key the app uses, its type and its default, in one place.

The settings file is the user's (INI format, see ``app.py``); anyone may edit it by hand.
A value that cannot be read as its type (``catchup/days=ten``), or is out of its range or
choices, falls back to the default and is logged; reading a setting never raises.

    from ..kit import settings
    days = settings.CATCHUP_DAYS.get()
    settings.CATCHUP_DAYS.set(7)

A new setting is one more ``Setting`` below (tests/ui/kit/test_settings.py checks the
table: unique keys, defaults of the declared type and inside their range). Defaults are
plain values, not imported from the rules they feed: every start reads this table, and
the calendar's and catch-up's rules are not on the first screen (the test checks that
the values agree with ``domain.calendar_grid.Mode`` and ``domain.catchup``'s defaults).
"""

from __future__ import annotations

import logging
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class _Unreadable(Exception):
    pass


class Setting(Generic[T]):
    """One typed setting: its key in the settings file, its kind, default and bounds.

    A plain class: every start reads this table, and a dataclass compiles its methods
    from source when the module loads (~0.7 ms)."""

    # __weakref__: a Qt signal connected to a bound method (toggled → setting.set) holds
    # its object weakly; without it connect() raises SystemError.
    __slots__ = ("key", "kind", "default", "minimum", "maximum", "choices", "__weakref__")

    def __init__(
        self,
        key: str,
        kind: type,  # bool, int, str or QByteArray (window and header state)
        default: T,
        minimum: int | None = None,
        maximum: int | None = None,
        choices: tuple[str, ...] = (),
    ) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.minimum = minimum
        self.maximum = maximum
        self.choices = choices

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.kind.__name__}, {self.default!r})"

    def get(self) -> T:
        """The stored value, or the default when it is missing or cannot be read."""
        raw = QSettings().value(self.key)
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except _Unreadable:
            log.warning(
                "Setting %s=%r cannot be read as %s; using %r",
                self.key,
                raw,
                self.kind.__name__,
                self.default,
            )
            return self.default

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def parse(self, raw: Any) -> T:
        """``raw`` as read from the file, as this setting's type (``_Unreadable`` if not)."""
        value: Any
        if self.kind is bool:
            value = _parse_bool(raw)
        elif self.kind is int:
            value = _parse_int(raw)
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise _Unreadable
        elif self.kind is str:
            if not isinstance(raw, str):
                raise _Unreadable
            value = raw
            if self.choices and value not in self.choices:
                raise _Unreadable
        elif self.kind is QByteArray:
            if isinstance(raw, bytes):
                raw = QByteArray(raw)
            if not isinstance(raw, QByteArray):
                raise _Unreadable
            value = raw
        else:  # pragma: no cover - a programming error in the table below
            raise TypeError(f"{self.key}: unknown setting type {self.kind!r}")
        return value


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int):
        return raw != 0
    text = str(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _Unreadable


def _parse_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise _Unreadable
    if isinstance(raw, int):
        return raw
    try:
        return int(str(raw).strip())
    except ValueError:
        raise _Unreadable from None


# -- every key the app reads or writes ----------------------------------------------------

# The main window: size, docks and the tab that was open.
# The language the window speaks: "auto" follows the system (View → Language).
LANGUAGE = Setting("ui/language", str, "auto", choices=("auto", "en", "de", "fr", "es"))
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", QByteArray, None)
WINDOW_STATE: Setting[QByteArray | None] = Setting("window/state", QByteArray, None)
WINDOW_TAB = Setting("window/tab", int, 0, minimum=0, maximum=3)  # 3: Review

# The contact list: its columns and the list/pane split.
CONTACTS_HEADER: Setting[QByteArray | None] = Setting("contacts/header", QByteArray, None)
CONTACTS_SPLITTER: Setting[QByteArray | None] = Setting("contacts/splitter", QByteArray, None)

# The category sidebar.
SIDEBAR_SHOW_ARCHIVED = Setting("sidebar/show_archived", bool, False)

# The calendar: month/week/day, first day of the week (0 follows the locale, 1 = Monday ..
# 7 = Sunday), whose follow-ups ("" for all), and whether done/cancelled ones show.
CALENDAR_MODE = Setting("calendar/mode", str, "month", choices=("month", "week", "day"))
CALENDAR_FIRST_DAY = Setting("calendar/first_day_of_week", int, 0, minimum=0, maximum=7)
CALENDAR_WHOSE = Setting("calendar/whose", str, "", choices=("", "mine", "theirs"))
CALENDAR_SHOW_CLOSED = Setting("calendar/show_closed", bool, False)

# Catch up: spread the overdue follow-ups over so many working days, at most so many a day.
CATCHUP_DAYS = Setting("catchup/days", int, 5, minimum=1, maximum=60)
CATCHUP_CAP = Setting("catchup/cap", int, 10, minimum=1, maximum=200)

# Reminders: minimising hides the window to the tray.
MINIMISE_TO_TRAY = Setting("reminders/minimise_to_tray", bool, True)

# Export to calendar (.ics): the last choices and folder ("" until one was chosen).
ICS_SCOPE = Setting("ics/scope", str, "next2weeks")
ICS_REMINDERS = Setting("ics/reminders", bool, False)
ICS_KEY_DATES = Setting("ics/key_dates", bool, False)
ICS_SEPARATE = Setting("ics/separate", bool, False)
ICS_CALENDAR_NAME = Setting("ics/calendar_name", str, "Follow-ups")
ICS_FOLDER = Setting("ics/folder", str, "")

# Contacts import and export: the last folder ("" until one was chosen: the home folder).
IMPORT_FOLDER = Setting("import/folder", str, "")
EXPORT_FOLDER = Setting("export/folder", str, "")

# The weekly list's print preview (the page-per-category choice is in the database,
# where the CLI reads it too).
JOGGER_NO_NEXT_STEP = Setting("jogger/include_no_next_step", bool, True)
JOGGER_PROMPTS = Setting("jogger/include_prompts", bool, True)
JOGGER_PDF_DIR = Setting("jogger/pdf_dir", str, "")

ALL: tuple[Setting[Any], ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Setting))


def file_name() -> str:
    """Where the settings live (the About dialog shows it)."""
    return QSettings().fileName()
