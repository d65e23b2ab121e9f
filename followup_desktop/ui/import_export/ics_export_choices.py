"""What the .ics export dialog asks: which follow-ups (a period or a custom range, the
categories, whose move, only what changed since the last export) and how they are
written (event length, reminders, key dates, a separate Outlook calendar); and the
``Scope`` and ``ExportOptions`` those choices make.

A part of ``IcsExportDialog`` (its base class): ``_build_choices`` makes the widgets,
the dialog places them.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from ...domain.calendar_copy import CHANGED_ONLY_RULE
from ...domain.vocabulary import category_label
from ...exchange import ics_options
from ...i18n import translator
from ...store import contacts
from ...store.ics_state import Scope
from ..kit import settings
from ..kit.contrast import MUTED, set_tone
from ..kit.date_field import from_qdate, to_qdate

_ = translator(__name__)

SCOPES = [
    ("next2weeks", _.mark("Next 2 weeks")),
    ("month", _.mark("This month")),
    ("open", _.mark("All open follow-ups")),
    ("custom", _.mark("Custom range")),
]
WHOSE = [
    (None, _.mark("Mine and theirs")),
    ("mine", _.mark("Only my move")),
    ("theirs", _.mark("Only their move")),
]
GOOGLE_NOTE = _.mark(
    "Outlook keeps these reminders. Google Calendar ignores reminders in imported "
    "files and uses the calendar's default notifications instead."
)


def scope_dates(kind: str, today: date, start: date, end: date) -> tuple[date | None, date | None]:
    """The inclusive date range of a scope choice."""
    if kind == "next2weeks":
        return today, today + timedelta(days=14)
    if kind == "month":
        last = _calendar.monthrange(today.year, today.month)[1]
        return today.replace(day=1), today.replace(day=last)
    if kind == "custom":
        return start, end
    return None, None


class ExportChoices:
    """The dialog's choices; mixed into ``IcsExportDialog`` before ``QDialog``."""

    # Set by the dialog before ``_build_choices``.
    today: date
    last_export: datetime | None

    def _build_choices(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Make the choices' widgets; returns the date range row and the calendar name row."""
        self.scope_combo = QComboBox()
        for key, label in SCOPES:
            self.scope_combo.addItem(_(label), key)
        saved_scope = settings.ICS_SCOPE.get()
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(saved_scope)))
        self.from_edit = QDateEdit(to_qdate(self.today))
        self.to_edit = QDateEdit(to_qdate(self.today + timedelta(days=30)))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        range_row = QHBoxLayout()
        range_row.addWidget(self.from_edit)
        range_row.addWidget(QLabel(_("to", "between two dates")))
        range_row.addWidget(self.to_edit)
        range_row.addStretch(1)

        self.categories = QListWidget()
        self.categories.setMaximumHeight(110)
        self.category_items: list[QListWidgetItem] = []
        for category in contacts.categories():
            item = QListWidgetItem(category_label(category.name))
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.categories.addItem(item)
            self.category_items.append(item)

        self.whose_combo = QComboBox()
        for whose, label in WHOSE:
            self.whose_combo.addItem(_(label), whose)

        if self.last_export:
            # PySide6 converts a datetime to a QDateTime; its stubs leave that overload out.
            shown = QDateTime(self.last_export)  # type: ignore[call-overload]
            when = QLocale().toString(shown, QLocale.FormatType.ShortFormat)
            last = _("last export {when}").format(when=when)
        else:
            last = _("nothing exported yet")
        self.changed_only = QCheckBox(
            _("Only what changed since the last export ({last})").format(last=last)
        )
        self.changed_only.setChecked(self.last_export is not None)
        self.changed_only.setToolTip(_(CHANGED_ONLY_RULE))
        self.changed_note = QLabel(_(CHANGED_ONLY_RULE))
        self.changed_note.setWordWrap(True)
        set_tone(self.changed_note, MUTED)  # secondary text, readable (AA)
        stored = ics_options.options_from_settings()
        self.length_spin = QSpinBox()
        self.length_spin.setRange(5, 480)
        self.length_spin.setSingleStep(5)
        self.length_spin.setSuffix(_(" minutes", "after a number of minutes in a spin box"))
        self.length_spin.setValue(stored.event_minutes)
        self.length_spin.setToolTip(_("How long a follow-up with a time blocks your calendar"))
        before = stored.reminder_minutes
        if before:
            when = _.n("%n minute before", "%n minutes before", before)
        else:
            when = _("at the start")
        self.reminders = QCheckBox(
            _("Include reminders ({when}; 09:00 the day before all-day)").format(when=when)
        )
        self.reminders.setChecked(settings.ICS_REMINDERS.get())
        self.reminder_note = QLabel(_(GOOGLE_NOTE))
        self.reminder_note.setWordWrap(True)
        set_tone(self.reminder_note, MUTED)

        self.key_dates = QCheckBox(
            _("Include birthdays and anniversaries (yearly all-day events, shown as free)")
        )
        self.key_dates.setChecked(settings.ICS_KEY_DATES.get())
        self.separate = QCheckBox(_("Outlook: import into a separate calendar named"))
        self.calendar_name = QLineEdit(settings.ICS_CALENDAR_NAME.get())
        self.separate.setChecked(settings.ICS_SEPARATE.get())
        name_row = QHBoxLayout()
        name_row.addWidget(self.separate)
        name_row.addWidget(self.calendar_name, 1)
        return range_row, name_row

    def scope(self) -> Scope:
        kind = self.scope_combo.currentData()
        custom = kind == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        start, end = scope_dates(
            kind, self.today, from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        )
        if not custom and start and end:
            # Show the range the choice stands for (and start a custom range from it).
            for edit, value in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(value))
                edit.blockSignals(False)
        checked = [i for i in self.category_items if i.checkState() == Qt.CheckState.Checked]
        # All ticked = no filter (so categories added later are included too);
        # none ticked = nothing (-1 is no category's id).
        if len(checked) == len(self.category_items):
            ids: tuple[int, ...] = ()
        else:
            ids = tuple(int(i.data(Qt.ItemDataRole.UserRole)) for i in checked) or (-1,)
        return Scope(
            start=start,
            end=end,
            category_ids=ids,
            whose=self.whose_combo.currentData(),
            changed_only=self.changed_only.isChecked(),
        )

    def options(self) -> ics_options.ExportOptions:
        name = self.calendar_name.text().strip() if self.separate.isChecked() else None
        return ics_options.options_from_settings(
            reminders=self.reminders.isChecked(),
            include_key_dates=self.key_dates.isChecked(),
            calendar_name=name or None,
            event_minutes=self.length_spin.value(),
        )
