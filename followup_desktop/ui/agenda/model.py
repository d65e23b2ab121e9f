"""Item models for the agenda: the sections with their counts, and one section's rows.

``AgendaModel`` holds one page of rows at a time and fetches more as the view
scrolls (``canFetchMore``/``fetchMore``); every query is an indexed range
(``store.agenda``). Overdue rows carry colour *and* a text cue ("3 days overdue")
and a warning icon, so the state never depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from functools import cache

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication

from ...domain import cadence, dates, phones
from ...domain.agenda_sections import SECTIONS, TITLES
from ...domain.followup_rules import PromiseStatus
from ...domain.key_date_window import KEY_DATE_WINDOW
from ...domain.vocabulary import category_label, channel_label
from ...i18n import translator
from ...store import agenda
from ..kit.contrast import WARNING, app_tone
from ..kit.rich import plain_tip

_ = translator(__name__)

# A page is about two screens of rows: the first one is read before the window first
# shows (each row also looks up the contact's last note), the rest as the list scrolls.
PAGE = 50
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2

# The column titles of each section (translated where shown, in headerData).
_CONTACT, _COMPANY = _.mark("Contact"), _.mark("Company")
_LAST, _REACH = _.mark("Last interaction"), _.mark("Phone / email")
COLUMNS = (_CONTACT, _COMPANY, _.mark("Reason"), _.mark("Channel"), _.mark("Due"), _LAST, _REACH)
NONE_COLUMNS = (_CONTACT, _COMPANY, _.mark("Why no next step"), _.mark("Category"), "", _LAST,
                _REACH)  # fmt: skip
KEYDATE_COLUMNS = (_CONTACT, _COMPANY, _.mark("What"), _.mark("Reminder"), _.mark("When"), _LAST,
                   _REACH)  # fmt: skip
LOSING_COLUMNS = (_CONTACT, _COMPANY, _.mark("How far past"), _.mark("Category"),
                  _.mark("Rhythm"), _LAST, _REACH)  # fmt: skip
#: What each section holds, as its tooltip.
SECTION_TIPS = {
    "overdue": _.mark("Follow-ups whose day has passed, oldest first"),
    "today": _.mark("Due today, and their promises that lapsed yesterday"),
    "week": _.mark("My follow-ups in the next six days"),
    "theirs": _.mark("They said they would get back to you; the date it lapses"),
    "losing": _.mark("Past their keep-in-touch rhythm with nothing planned, most past first"),
    "none": _.mark("Contacts with no follow-up planned, by category"),
    "keydates": _.mark("Birthdays, anniversaries and dated things to remember in the next 14 days"),
}


def section_title(key: str) -> str:
    """A section's name as the user reads it (the store names the sections; its
    ``TITLES`` translate when read)."""
    return TITLES[key]


def count_text(count: int) -> str:
    """A count written the chosen locale's way (1,234 / 1.234 / 1 234)."""
    return QLocale().toString(count)


# The roles as plain ints, and the brush, font and icon made once: data() runs for every
# painted cell and role (some 1,500 calls for the first screen).
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
# The roles the models answer; Qt asks each painted cell for about seven (alignment,
# background, check state...), so the others are turned away before any lookup.
_CELL_ROLES = frozenset({_DISPLAY, _TOOLTIP, ROW_ROLE, _FOREGROUND, _DECORATION, _FONT})
_SECTION_ROLES = frozenset({*_CELL_ROLES, _ACCESSIBLE, SECTION_ROLE} - {ROW_ROLE})
_made: dict[str, QIcon] = {}


def _warning_icon() -> QIcon | None:
    """The overdue mark: a bundled multi-colour SVG, the same in every style and scheme
    (and it spares start-up the QStyle class with its thousands of enum values)."""
    if QApplication.instance() is None:  # a headless model user
        return None
    cached = _made.get("warning")
    if cached is None:
        from ..kit.resources import icon

        cached = _made["warning"] = icon("warning")
    return cached


def _overdue_colour() -> QColor:
    # A colour, not a QBrush: the delegate paints text in it all the same, and the first
    # QBrush would make PySide build QGradient's enums (~2 ms) before the first screen.
    # The warning red for the palette in use: #b3261e was 1.9:1 on a dark window.
    return app_tone(WARNING)


@cache
def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class SectionModel(QAbstractListModel):
    """Overdue / Today / This week / Their move / No next step, each with its count."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = dict.fromkeys(SECTIONS, 0)
        #: The section list's line breaks for a long name ("Kontakt droht\nabzureißen
        #: (16)"): the text shown, given the one-line text and whether an icon is beside.
        self.wrap: Callable[[str, bool], str] | None = None

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _SECTION_ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(SECTIONS):
            return None
        key = SECTIONS[index.row()]
        count = self.counts.get(key, 0)
        overdue = key == "overdue" and count > 0
        if role == _DISPLAY:
            text = _("{section}  ({count})").format(
                section=section_title(key), count=count_text(count)
            )
            return text if self.wrap is None else self.wrap(text, overdue)
        if role == _ACCESSIBLE:
            return _.n("{section}, %n item", "{section}, %n items", count).format(
                section=section_title(key)
            )
        if role == SECTION_ROLE:
            return key
        if role == _FOREGROUND and overdue:
            return _overdue_colour()
        if role == _DECORATION and overdue:
            return _warning_icon()
        if role == _FONT and overdue:
            return _bold_font()
        if role == _TOOLTIP:
            return _(SECTION_TIPS[key])
        return None


class AgendaModel(QAbstractTableModel):
    """The rows of one agenda section, fetched a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.section = "today"
        self.today = date.today()
        self.rows: list[agenda.AgendaRow] = []
        self._more = False
        self._phones_after_paint = False

    # -- loading -------------------------------------------------------------------------
    def load(self, section: str, today: date, at_least: int = 0) -> None:
        self.beginResetModel()
        self.section = section
        self.today = today
        size = max(PAGE, at_least)
        self.rows = agenda.rows(section, today, limit=size)
        self._more = len(self.rows) == size
        self.endResetModel()

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        more = agenda.rows(self.section, self.today, limit=PAGE, offset=len(self.rows))
        self._more = len(more) == PAGE
        if more:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> agenda.AgendaRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- shape ----------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = {"none": NONE_COLUMNS, "losing": LOSING_COLUMNS,
                     "keydates": KEYDATE_COLUMNS}.get(self.section, COLUMNS)  # fmt: skip
            if 0 <= section < len(names):
                return _(names[section]) if names[section] else ""
        return None

    # -- cells -----------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _CELL_ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        overdue = self.section == "overdue"
        if role == _DISPLAY:
            return self._text(row, col)
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        if role == ROW_ROLE:
            return row
        if role == _FOREGROUND and overdue and col in (0, 4):
            return _overdue_colour()
        if role == _DECORATION and overdue and col == 4:
            return _warning_icon()
        if role == _FONT and col == 0:
            return _bold_font()
        return None

    def _text(self, row: agenda.AgendaRow, col: int) -> str:
        if col == 0:
            return row.name
        if col == 1:
            return row.company
        if self.section == "losing" and col in (2, 3, 4):
            return self._losing_text(row, col)
        if col == 2:
            if self.section == "none":
                return row.no_next_step_reason or _("(no reason given)")
            if row.agreed:
                return _("{reason} \u2714 agreed").format(reason=row.reason)
            return row.reason
        if col == 3:
            if self.section == "none":
                return category_label(row.category)
            return channel_label(row.channel) if row.channel else ""
        if col == 4:
            return self._due_text(row)
        if col == 5:
            if row.last_at is None:
                return _("never")
            text = dates.format_short(row.last_at.date())
            return f"{text} \u2014 {row.last_line}" if row.last_line else text
        if col == 6:
            # The way to act first: the e-mail address for an e-mail, else the phone.
            phone = self._phone(row.phone)
            pair = (row.email, phone) if row.channel == "email" else (phone, row.email)
            return " \u00b7 ".join(p for p in pair if p)
        return ""

    def _phone(self, number: str) -> str:
        """The number as ``domain.phones`` writes it. The first screen is painted
        before the phone library is loaded (with the first page's numbers ~20 ms, 1.08x
        start-up's CPU time): it shows the numbers as stored, and the library is loaded
        on the next turn of the event loop."""
        if not number:
            return ""
        shown = phones.display_if_loaded(number)
        if shown is not None:
            return shown
        if not self._phones_after_paint:
            self._phones_after_paint = True
            QTimer.singleShot(0, self._format_phones)
        return number

    def _format_phones(self) -> None:
        phones.load()
        if self.rows:
            self.dataChanged.emit(self.index(0, 6), self.index(len(self.rows) - 1, 6))

    def _tooltip(self, row: agenda.AgendaRow, col: int) -> str | None:
        """The cell's full text (it may be elided), and on the contact and the reason
        what the columns that give way on a narrow window would have said."""
        lines = [self._text(row, col)]
        if col == 4 and self.section != "none" and row.whose == "theirs":
            lines[0] = self._their_sentence(row) or lines[0]
        if col == 0:
            lines.append(row.company)
        elif col == 2 and self.section == "keydates" and row.channel:  # its reminder
            lines.append(_("Reminder: {what}").format(what=channel_label(row.channel)))
        elif col == 2 and self.section not in ("none", "losing") and row.channel:
            lines.append(_("By {channel}").format(channel=channel_label(row.channel)))
        if col in (0, 2):
            lines.append(_("Last interaction: {when}").format(when=self._text(row, 5)))
        text = "\n".join(line for line in lines if line)
        return plain_tip(text) or None

    def _losing_text(self, row: agenda.AgendaRow, col: int) -> str:
        if col == 3:
            return category_label(row.category)
        if col == 4:
            return cadence.describe_rhythm(row.rhythm)
        if row.rhythm is None or row.touch_since is None:
            return ""
        past = cadence.describe_past(cadence.days_past(row.touch_since.date(), row.rhythm,
                                                       self.today))  # fmt: skip
        return past if row.last_at else _("{past} (never contacted)").format(past=past)

    @staticmethod
    def long_due_texts(section: str, day: date) -> tuple[str, ...]:
        """The long Due cells of ``section`` in the chosen language, dated ``day`` (what
        its Due column is fitted to, ``columns.for_section``): overdue, a day count and
        the date, or their lapsed promise's; today, a time or "you call today"; the
        week, a date; their move, the short forms of their promises; key dates, a date
        and how far off it is."""
        at = f" {dates.format_time(time(10, 30))}"
        fmt = dates.format_short
        days = timedelta(days=1)
        if section == "overdue":
            cue = _.n("%n day overdue", "%n days overdue", 34)
            late = PromiseStatus("theirs", day - 40 * days, day - 34 * days, day)
            return (f"{cue} \u00b7 {fmt(day)}{at}", late.short_text(fmt, at))
        if section == "today":
            lapsed = PromiseStatus("theirs", day - days, day, day)
            return (_("Today") + at, lapsed.short_text(fmt, at))
        if section == "week":
            return (fmt(day) + at,)
        if section == "theirs":
            waiting = PromiseStatus("theirs", day, day + 2 * days, day - 10 * days)
            lapsed = PromiseStatus("theirs", day - 2 * days, day, day - days)
            return (waiting.short_text(fmt, at), lapsed.short_text(fmt, at))
        if section == "keydates":
            return (f"{fmt(day)} ({dates.relative(day + KEY_DATE_WINDOW * days, day)})",)
        return ()

    def _their_sentence(self, row: agenda.AgendaRow) -> str:
        if row.due_date is None or row.act_on is None:
            return ""
        at = f" {dates.format_time(row.due_time)}" if row.due_time else ""
        status = PromiseStatus(row.whose, row.due_date, row.act_on, self.today)
        return status.state_text(dates.format_short, at)

    def _due_text(self, row: agenda.AgendaRow) -> str:
        if self.section == "none" or row.due_date is None or row.act_on is None:
            return ""
        at = f" {dates.format_time(row.due_time)}" if row.due_time else ""
        status = PromiseStatus(row.whose, row.due_date, row.act_on, self.today)
        if status.theirs:
            # The short form of the calendar's and the printed list's sentence
            # (followup_rules); the whole sentence is the cell's tooltip.
            text = status.short_text(dates.format_short, at)
        elif self.section == "overdue":
            cue = _.n("%n day overdue", "%n days overdue", status.days_overdue)
            text = f"{cue} \u00b7 {dates.format_short(row.act_on)}{at}"
        elif self.section == "today":
            text = _("Today") + at
        elif self.section == "keydates":
            return f"{dates.format_short(row.act_on)} ({dates.relative(row.act_on, self.today)})"
        else:
            text = dates.format_short(row.act_on) + at
        if row.original_due_date and row.original_due_date != row.due_date:
            was = dates.format_short(row.original_due_date)
            text = _("{when} (was due {day})").format(when=text, day=was)
        return text
