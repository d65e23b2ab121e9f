"""The contact dialog's Personal tab: birthday, key dates, addresses, things to remember.

Every date is typed ("15 March", "15 March 1980", 1980-03-15) and checked as it is
typed by ``domain.personal``: an impossible one (31 February, a birthday in the
future) says why beside the field, and the dialog will not save until it is fixed.
``PersonalEditor.value()`` returns a plain ``PersonalValues``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...domain import personal as rules
from ...domain.dateparse import parse_when
from ...domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from ...i18n import translator
from ...store import personal as store
from ..kit.date_field import locale_day_first

_ = translator(__name__)

_ADDRESS_TITLES = {"work": _.mark("Work address"), "home": _.mark("Home address")}


@dataclass
class PersonalValues:
    info: PersonalInfo = field(default_factory=PersonalInfo)
    key_date_ids: list[int | None] = field(default_factory=list)
    card_lead_days: int | None = None  # None: the category's (or 7)
    #: Follow-ups to plan for dated things to remember: (day, reason).
    follow_ups: list[tuple[date, str]] = field(default_factory=list)


def _error_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("field_error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def _show(label: QLabel, message: str | None) -> None:
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


def _reminder_combo(parent, action: str) -> QComboBox:
    combo = QComboBox(parent)
    for key in rules.ACTIONS:
        combo.addItem(rules.ACTION_LABELS[key], key)
    combo.setCurrentIndex(max(0, combo.findData(action)))
    combo.setToolTip(_("A card is planned the lead time before; a call on the day itself"))
    return combo


def _typed(kd: KeyDate | None) -> str:
    return rules.format_key_date(kd) if kd is not None else ""


class KeyDateRow(QWidget):
    """One labelled date: what it is (a choice or the user's own words), when, reminder."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent, *, day_first: bool, today: date, kd=None, kd_id=None) -> None:
        super().__init__(parent)
        self.kd_id = kd_id
        self._day_first = day_first
        self._today = today
        self.what = QComboBox(self)
        self.what.setEditable(True)
        self.what.setAccessibleName(_("What the date is"))
        for kind in ("anniversary", "customer_since"):
            self.what.addItem(rules.KIND_LABELS[kind], kind)
        self.what.lineEdit().setPlaceholderText(_("Your own label"))
        self.when = QLineEdit(self)
        self.when.setAccessibleName(_("Date"))
        self.when.setPlaceholderText(_("15 March 2010"))
        self.remind = _reminder_combo(self, kd.action if kd else "card")
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(_("Remove this date"))
        self.error = _error_label(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.what, 0, 0)
        grid.addWidget(self.when, 0, 1)
        grid.addWidget(self.remind, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.error, 1, 0, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        if kd is not None:
            index = self.what.findData(kd.kind) if not kd.label else -1
            if index >= 0:
                self.what.setCurrentIndex(index)
            else:
                self.what.setEditText(kd.title)
            self.when.setText(_typed(kd))
        self.what.currentTextChanged.connect(lambda _value: self._check())
        self.when.textChanged.connect(lambda _value: self._check())
        self.remind.currentIndexChanged.connect(lambda _value: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _kind_label(self) -> tuple[str, str]:
        text = " ".join(self.what.currentText().split())
        for i in range(self.what.count()):
            if self.what.itemText(i).lower() == text.lower():
                return self.what.itemData(i), ""
        return "other", text

    def value(self) -> KeyDate | str:
        """The date, or why it cannot be one."""
        kind, label = self._kind_label()
        if kind == "other" and not label:
            return _("Give the date a label (for example “Daughter's graduation”).")
        found = rules.parse_typed_date(
            self.when.text(), day_first=self._day_first, kind=kind, today=self._today
        )
        if found.empty:
            return _("{what}: type the date.").format(what=label or rules.KIND_LABELS[kind])
        if found.problem:
            return found.problem
        return KeyDate(kind, found.month, found.day, found.year, label, self.remind.currentData())

    def _check(self) -> None:
        value = self.value()
        _show(self.error, value if isinstance(value, str) and self.when.text().strip() else None)
        self.changed.emit()


class ThingRow(QWidget):
    """One thing to remember, with an optional date and "plan a follow-up after it"."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent, *, today: date, day_first: bool, thing=None) -> None:
        super().__init__(parent)
        self._today = today
        self._day_first = day_first
        self.text = QLineEdit(self)
        self.text.setAccessibleName(_("Thing to remember"))
        self.text.setPlaceholderText(_("Trip to Japan, daughter starts university, likes golf…"))
        self.on = QLineEdit(self)
        self.on.setAccessibleName(_("Its date (optional)"))
        self.on.setPlaceholderText(_("Date (optional)"))
        self.plan = QCheckBox(_("Plan a follow-up after it"), self)
        self.plan.setEnabled(False)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(_("Forget this"))
        self.error = _error_label(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0)
        grid.addWidget(self.on, 0, 1)
        grid.addWidget(self.plan, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.error, 1, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        if thing is not None:
            self.text.setText(thing.text)
            if thing.on:
                self.on.setText(dates.format_day(thing.on))
        self.text.textChanged.connect(lambda _value: self._check())
        self.on.textChanged.connect(lambda _value: self._check())
        self.plan.toggled.connect(lambda _value: self._check())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._check()

    def day(self) -> date | None | str:
        typed = self.on.text().strip()
        if not typed:
            return None
        result = parse_when(typed, self._today, day_first=self._day_first)
        return result.day if result.ok and result.day else result.message

    def value(self) -> ThingToRemember | str | None:
        text = " ".join(self.text.text().split())
        day = self.day()
        if isinstance(day, str):
            return _("“{typed}”: {problem}").format(typed=self.on.text().strip(), problem=day)
        if not text:
            return None if day is None else _("Say what there is to remember on that day.")
        return ThingToRemember(text, day)

    def follow_up(self) -> tuple[date, str] | None:
        value = self.value()
        if self.plan.isChecked() and isinstance(value, ThingToRemember) and value.on:
            return rules.follow_up_for(value, self._today)
        return None

    def _check(self) -> None:
        value = self.value()
        _show(self.error, value if isinstance(value, str) else None)
        dated = isinstance(value, ThingToRemember) and value.on is not None
        self.plan.setEnabled(dated)
        if dated:
            day, reason = rules.follow_up_for(value, self._today)
            self.plan.setToolTip(
                _("“{reason}” on {day}").format(reason=reason, day=dates.format_day(day))
            )
        self.changed.emit()


class AddressBox(QGroupBox):
    """Street (several lines), city, region, postal code, country, and the block as it
    will be printed on a label."""

    changed = Signal()

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(_(_ADDRESS_TITLES[kind]), parent)
        self.kind = kind
        self.street = QPlainTextEdit(self)
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 3 + 12)
        self.street.setAccessibleName(
            _("Street of the work address") if kind == "work" else _("Street of the home address")
        )
        self.city = QLineEdit(self)
        self.region = QLineEdit(self)
        self.postal_code = QLineEdit(self)
        self.country = QLineEdit(self)
        self.preview = QLabel(self)
        self.preview.setObjectName("address_preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(self)
        form.addRow(_("Street:"), self.street)
        form.addRow(_("City:"), self.city)
        form.addRow(_("State / region:"), self.region)
        form.addRow(_("Postal code:"), self.postal_code)
        form.addRow(_("Country:"), self.country)
        form.addRow(_("On a label:"), self.preview)
        self.street.textChanged.connect(self._update)
        for edit in (self.city, self.region, self.postal_code, self.country):
            edit.textChanged.connect(self._update)
        self._update()

    def set_value(self, address: Address | None) -> None:
        a = address or Address(self.kind)
        self.street.setPlainText(a.street)
        self.city.setText(a.city)
        self.region.setText(a.region)
        self.postal_code.setText(a.postal_code)
        self.country.setText(a.country)

    def value(self) -> Address:
        street = "\n".join(
            line.strip() for line in self.street.toPlainText().splitlines() if line.strip()
        )
        return Address(
            self.kind,
            street,
            self.city.text().strip(),
            self.region.text().strip(),
            self.postal_code.text().strip(),
            self.country.text().strip(),
        )

    def _update(self) -> None:
        address = self.value()
        self.preview.setText("—" if address.is_empty else rules.address_text(address))
        self.changed.emit()


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
        self.birthday_remind = _reminder_combo(self, "card")
        self.birthday_error = _error_label(self)
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
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_date)
        self.date_rows.append(row)
        self.dates_box.addWidget(row)
        self.changed.emit()
        return row

    def _remove_date(self, row: KeyDateRow) -> None:
        self.date_rows.remove(row)
        row.deleteLater()
        self.changed.emit()

    def add_thing_row(self, thing: ThingToRemember | None = None) -> ThingRow:
        row = ThingRow(self, today=self.today, day_first=self._day_first, thing=thing)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_thing)
        self.thing_rows.append(row)
        self.things_box.addWidget(row)
        self.changed.emit()
        return row

    def _remove_thing(self, row: ThingRow) -> None:
        self.thing_rows.remove(row)
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
                self.birthday.setText(_typed(kd))
                self.birthday_remind.setCurrentIndex(self.birthday_remind.findData(kd.action))
            else:
                self.add_date_row(kd, stored.id)
        self.work.set_value(info.address("work"))
        self.home.set_value(info.address("home"))
        for thing in info.things:
            self.add_thing_row(thing)
        self.lead.setValue(-1 if lead_days is None else lead_days)

    def _birthday(self) -> KeyDate | str | None:
        found = rules.parse_typed_date(
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
        _show(self.birthday_error, value if isinstance(value, str) else None)
        self.changed.emit()

    def problem(self) -> str | None:
        """Why the tab cannot be saved as it is (the first reason), or None."""
        bday = self._birthday()
        if isinstance(bday, str):
            return _("Birthday: {problem}").format(problem=bday)
        for row in self.date_rows:
            value = row.value()
            if isinstance(value, str):
                return value
        for row in self.thing_rows:
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
