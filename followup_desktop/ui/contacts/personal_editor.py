"""The contact dialog's Personal tab: birthday, key dates, addresses, things to remember.

Every date is typed ("15 March", "15 March 1980", 1980-03-15) and checked as it is
typed by ``domain.personal``: an impossible one (31 February, a birthday in the
future) says why beside the field, and the dialog will not save until it is fixed.
``PersonalEditor.value()`` returns a plain ``PersonalValues``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import key_date_text
from ...domain.personal import KeyDate, PersonalInfo, ThingToRemember
from ...i18n import translator
from ...store import personal as store
from ..kit.date_field import locale_day_first
from .personal_rows import (
    AddressBox,
    KeyDateRow,
    ThingRow,
    error_label,
    reminder_combo,
    show_problem,
    typed,
)

_ = translator(__name__)

Row = TypeVar("Row", KeyDateRow, ThingRow)


@dataclass
class PersonalValues:
    info: PersonalInfo = field(default_factory=PersonalInfo)
    key_date_ids: list[int | None] = field(default_factory=list)
    card_lead_days: int | None = None  # None: the category's (or 7)
    #: Follow-ups to plan for dated things to remember: (day, reason).
    follow_ups: list[tuple[date, str]] = field(default_factory=list)


class PersonalEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._day_first = locale_day_first()
        self.date_rows: list[KeyDateRow] = []
        self.thing_rows: list[ThingRow] = []

        self.birthday = QLineEdit(self)
        self.birthday.setAccessibleName(_("Birthday"))
        self.birthday.setPlaceholderText(_("15 March, or 15 March 1980"))
        self.birthday_remind = reminder_combo(self, "card")
        self.birthday_error = error_label(self)
        self.birthday_id: int | None = None
        bday = QWidget(self)
        row = QHBoxLayout(bday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birthday, 1)
        row.addWidget(self.birthday_remind)

        self.dates_box = QVBoxLayout()
        self.dates_box.setContentsMargins(0, 0, 0, 0)
        self.add_date_button = QPushButton(_("Add a &date"), self)
        self.add_date_button.setAutoDefault(False)
        self.add_date_button.clicked.connect(lambda: self.add_date_row().what.setFocus())

        self.lead = QSpinBox(self)
        self.lead.setRange(-1, 60)
        self.lead.setSpecialValueText(_("as the category says"))
        self.lead.setMaximumWidth(self.lead.fontMetrics().horizontalAdvance("x" * 32))
        self.lead.setValue(-1)  # the category's lead time (else 7 days) until changed
        self.lead.setToolTip(_("How long before the date a card's reminder is planned"))
        self.lead.valueChanged.connect(self._lead_unit)
        self._lead_unit(self.lead.value())

        self.work = AddressBox("work", self)
        self.home = AddressBox("home", self)
        addresses = QHBoxLayout()
        addresses.addWidget(self.work)
        addresses.addWidget(self.home)

        self.things_box = QVBoxLayout()
        self.things_box.setContentsMargins(0, 0, 0, 0)
        self.add_thing_button = QPushButton(_("Add a thing to re&member"), self)
        self.add_thing_button.setAutoDefault(False)
        self.add_thing_button.clicked.connect(lambda: self.add_thing_row().text.setFocus())

        form = QFormLayout()
        form.addRow(_("&Birthday:"), bday)
        label = form.labelForField(bday)
        if isinstance(label, QLabel):
            label.setBuddy(self.birthday)
        form.addRow("", self.birthday_error)
        dates_widget = QWidget(self)
        dates_col = QVBoxLayout(dates_widget)
        dates_col.setContentsMargins(0, 0, 0, 0)
        dates_col.addLayout(self.dates_box)
        dates_col.addWidget(self.add_date_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(_("Key dates:"), dates_widget)
        form.addRow(_("Card reminders:"), self.lead)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(addresses)
        things = QGroupBox(_("Things to remember"), self)
        things_col = QVBoxLayout(things)
        things_col.addLayout(self.things_box)
        things_col.addWidget(self.add_thing_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(things)
        layout.addStretch(1)

        self.birthday.textChanged.connect(lambda _value: self._check_birthday())
        self.birthday_remind.currentIndexChanged.connect(lambda _value: self.changed.emit())
        for box in (self.work, self.home):
            box.changed.connect(self.changed)

    def _lead_unit(self, days: int) -> None:
        """The unit after the lead time, in the number's plural form ("1 day before")."""
        self.lead.setSuffix(_.n(" day before", " days before", days))

    # -- rows ------------------------------------------------------------------------------
    def add_date_row(self, kd: KeyDate | None = None, kd_id: int | None = None) -> KeyDateRow:
        row = KeyDateRow(self, day_first=self._day_first, today=self.today, kd=kd, kd_id=kd_id)
        self._hold(row, self.date_rows, self.dates_box)
        return row

    def add_thing_row(self, thing: ThingToRemember | None = None) -> ThingRow:
        row = ThingRow(self, today=self.today, day_first=self._day_first, thing=thing)
        self._hold(row, self.thing_rows, self.things_box)
        return row

    def _hold(self, row: Row, rows: list[Row], box: QVBoxLayout) -> None:
        """Shows ``row`` at the end of ``box`` and keeps it in ``rows`` until its ✕."""
        row.changed.connect(self.changed)
        row.remove_requested.connect(lambda gone: self._forget(gone, rows))
        rows.append(row)
        box.addWidget(row)
        self.changed.emit()

    def _forget(self, row: Row, rows: list[Row]) -> None:
        rows.remove(row)
        row.deleteLater()
        self.changed.emit()

    # -- load / value ------------------------------------------------------------------------
    def load(self, contact_id: int | None, lead_days: int | None = None) -> None:
        if contact_id is None:
            return
        info = store.personal_info(contact_id)
        for stored in store.stored_key_dates(contact_id):
            kd = stored.date
            if kd.kind == "birthday":
                self.birthday_id = stored.id
                self.birthday.setText(typed(kd))
                self.birthday_remind.setCurrentIndex(self.birthday_remind.findData(kd.action))
            else:
                self.add_date_row(kd, stored.id)
        self.work.set_value(info.address("work"))
        self.home.set_value(info.address("home"))
        for thing in info.things:
            self.add_thing_row(thing)
        self.lead.setValue(-1 if lead_days is None else lead_days)

    def _birthday(self) -> KeyDate | str | None:
        found = key_date_text.parse_typed_date(
            self.birthday.text(), day_first=self._day_first, kind="birthday", today=self.today
        )
        if found.empty:
            return None
        if found.problem:
            return found.problem
        action = self.birthday_remind.currentData()
        return KeyDate("birthday", found.month, found.day, found.year, action=action)

    def _check_birthday(self) -> None:
        value = self._birthday()
        show_problem(self.birthday_error, value if isinstance(value, str) else None)
        self.changed.emit()

    def problem(self) -> str | None:
        """Why the tab cannot be saved as it is (the first reason), or None."""
        bday = self._birthday()
        if isinstance(bday, str):
            return _("Birthday: {problem}").format(problem=bday)
        rows: list[KeyDateRow | ThingRow] = [*self.date_rows, *self.thing_rows]
        for row in rows:
            value = row.value()
            if isinstance(value, str):
                return value
        customer = [r for r in self.date_rows if r._kind_label()[0] == "customer_since"]
        if len(customer) > 1:
            return _("A contact has one “Customer since” date.")
        return None

    def value(self) -> PersonalValues:
        dates_: list[KeyDate] = []
        ids: list[int | None] = []
        bday = self._birthday()
        if isinstance(bday, KeyDate):
            dates_.append(bday)
            ids.append(self.birthday_id)
        for row in self.date_rows:
            value = row.value()
            if isinstance(value, KeyDate):
                dates_.append(value)
                ids.append(row.kd_id)
        things = [v for v in (r.value() for r in self.thing_rows) if isinstance(v, ThingToRemember)]
        addresses = [b.value() for b in (self.work, self.home) if not b.value().is_empty]
        follow_ups = [f for f in (r.follow_up() for r in self.thing_rows) if f is not None]
        lead = self.lead.value()
        return PersonalValues(
            PersonalInfo(tuple(addresses), tuple(dates_), tuple(things)),
            ids,
            None if lead < 0 else lead,
            follow_ups,
        )
