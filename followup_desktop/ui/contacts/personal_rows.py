"""The Personal tab's rows: a labelled key date, a thing to remember, an address.

Each checks what is typed as it is typed (``domain.personal``) and says why beside
the field; ``PersonalEditor`` (personal_editor.py) lays them out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from ...domain import addresses, dates, key_date_text
from ...domain import personal as rules
from ...domain.dateparse import parse_when
from ...domain.personal import Address, KeyDate, ThingToRemember
from ...i18n import translator

_ = translator(__name__)

_ADDRESS_TITLES = {"work": _.mark("Work address"), "home": _.mark("Home address")}


def error_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("field_error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, message: str | None) -> None:
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


def reminder_combo(parent, action: str) -> QComboBox:
    combo = QComboBox(parent)
    for key in rules.ACTIONS:
        combo.addItem(rules.ACTION_LABELS[key], key)
    combo.setCurrentIndex(max(0, combo.findData(action)))
    combo.setToolTip(_("A card is planned the lead time before; a call on the day itself"))
    return combo


def typed(kd: KeyDate | None) -> str:
    return rules.format_key_date(kd) if kd is not None else ""


class _PersonalRow(QWidget):
    """A row of the Personal tab: its three fields side by side, ✕ to remove the row, and
    on the line below why what is typed cannot be saved."""

    changed = Signal()
    remove_requested = Signal(object)

    def _lay_out(
        self, fields: tuple[QWidget, QWidget, QWidget], remove_tip: str, stretch: tuple[int, int]
    ) -> None:
        """Adds the ✕ button and the error line (``remove``, ``error``) after ``fields``."""
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(remove_tip)
        self.error = error_label(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((*fields, self.remove)):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.error, 1, 0, 1, 4)
        for column, factor in enumerate(stretch):
            grid.setColumnStretch(column, factor)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))


class KeyDateRow(_PersonalRow):
    """One labelled date: what it is (a choice or the user's own words), when, reminder."""

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
        own_label = self.what.lineEdit()
        assert own_label is not None  # the combo was made editable just above
        own_label.setPlaceholderText(_("Your own label"))
        self.when = QLineEdit(self)
        self.when.setAccessibleName(_("Date"))
        self.when.setPlaceholderText(_("15 March 2010"))
        self.remind = reminder_combo(self, kd.action if kd else "card")
        self._lay_out((self.what, self.when, self.remind), _("Remove this date"), (2, 2))
        if kd is not None:
            index = self.what.findData(kd.kind) if not kd.label else -1
            if index >= 0:
                self.what.setCurrentIndex(index)
            else:
                self.what.setEditText(kd.title)
            self.when.setText(typed(kd))
        self.what.currentTextChanged.connect(lambda _value: self._check())
        self.when.textChanged.connect(lambda _value: self._check())
        self.remind.currentIndexChanged.connect(lambda _value: self.changed.emit())

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
        found = key_date_text.parse_typed_date(
            self.when.text(), day_first=self._day_first, kind=kind, today=self._today
        )
        if found.empty:
            return _("{what}: type the date.").format(what=label or rules.KIND_LABELS[kind])
        if found.problem:
            return found.problem
        return KeyDate(kind, found.month, found.day, found.year, label, self.remind.currentData())

    def _check(self) -> None:
        value = self.value()
        show_problem(
            self.error, value if isinstance(value, str) and self.when.text().strip() else None
        )
        self.changed.emit()


class ThingRow(_PersonalRow):
    """One thing to remember, with an optional date and "plan a follow-up after it"."""

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
        self._lay_out((self.text, self.on, self.plan), _("Forget this"), (3, 1))
        if thing is not None:
            self.text.setText(thing.text)
            if thing.on:
                self.on.setText(dates.format_day(thing.on))
        self.text.textChanged.connect(lambda _value: self._check())
        self.on.textChanged.connect(lambda _value: self._check())
        self.plan.toggled.connect(lambda _value: self._check())
        self._check()

    def day(self) -> date | None | str:
        text = self.on.text().strip()
        if not text:
            return None
        result = parse_when(text, self._today, day_first=self._day_first)
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
        show_problem(self.error, value if isinstance(value, str) else None)
        dated = value if isinstance(value, ThingToRemember) and value.on is not None else None
        self.plan.setEnabled(dated is not None)
        if dated is not None:
            day, reason = rules.follow_up_for(dated, self._today)
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
        self.preview.setText("—" if address.is_empty else addresses.address_text(address))
        self.changed.emit()
