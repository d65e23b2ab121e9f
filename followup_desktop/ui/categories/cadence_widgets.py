"""Editing keep-in-touch rhythms: a category's default (a small dialog from the
category list) and a contact's own rhythm or opt-out (a field in the contact dialog).

Seam: ``RhythmDialog.ask(parent, name, days) -> RhythmChoice | None``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import cadence
from ...i18n import translator
from ...store import cadence as store_cadence
from ...store.errors import StoreError
from ..kit.events import events
from ..kit.rich import esc, rich_label

_ = translator(__name__)


def _days_spin(parent: QWidget, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(cadence.MIN_DAYS, cadence.MAX_DAYS)
    spin.setSuffix(_(" days", "after a number of days in a spin box"))
    spin.setValue(value)
    spin.setAccessibleName(_("Days between touches"))
    return spin


@dataclass(frozen=True)
class RhythmChoice:
    days: int | None  # None: not tracked


class RhythmDialog(QDialog):
    """A category's keep-in-touch rhythm: every N days, or not tracked."""

    def __init__(self, name: str, days: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keep-in-touch rhythm \u2014 {category}").format(category=name))
        layout = QVBoxLayout(self)
        intro = rich_label(
            _(
                "Contacts in <b>{category}</b> without a planned follow-up appear under "
                "\u201cLosing touch\u201d once this long has passed since the last "
                "interaction. A contact can have its own rhythm (edit the contact)."
            ).format(category=esc(name)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.track = QCheckBox(_("Keep in touch every"), self)
        self.track.setChecked(days is not None)
        self.days = _days_spin(self, days or 30)
        self.days.setEnabled(days is not None)
        self.words = QLabel(self)
        row.addWidget(self.track)
        row.addWidget(self.days)
        row.addWidget(self.words, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.track.toggled.connect(self.days.setEnabled)
        self.track.toggled.connect(lambda _on: self._describe())
        self.days.valueChanged.connect(lambda _value: self._describe())
        self._describe()
        self.setMinimumWidth(440)

    def _describe(self) -> None:
        value = self.value().days
        self.words.setText(f"({cadence.describe_rhythm(value)})")

    def value(self) -> RhythmChoice:
        return RhythmChoice(self.days.value() if self.track.isChecked() else None)

    @classmethod
    def ask(cls, parent, name: str, days: int | None) -> RhythmChoice | None:
        dialog = cls(name, days, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def edit_category_rhythm(parent: QWidget, category_id: int, name: str) -> bool:
    """Ask for and save a category's rhythm; True when it changed."""
    current = store_cadence.category_rhythms().get(category_id)
    choice = RhythmDialog.ask(parent, name, current)
    if choice is None or choice.days == current:
        return False
    try:
        store_cadence.set_category_rhythm(category_id, choice.days)
    except StoreError as exc:
        QMessageBox.warning(parent, _("The rhythm was not saved"), str(exc))
        return False
    events().categories_changed.emit()
    events().contacts_changed.emit([])
    return True


class ContactRhythmField(QWidget):
    """In the contact dialog: the category's rhythm, an own rhythm, or not tracked."""

    changed = Signal()
    MODES = ("category", "own", "off")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._category_days: int | None = None
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(_("Keep in touch"))
        self.mode.addItems([_("As its category"), _("Every\u2026"), _("Don't track")])
        self.days = _days_spin(self, 30)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode)
        row.addWidget(self.days)
        row.addStretch(1)
        self.mode.currentIndexChanged.connect(lambda _index: self._update())
        self.days.valueChanged.connect(lambda _value: self.changed.emit())
        self._update()

    def set_category_days(self, days: int | None) -> None:
        self._category_days = days
        self._update()

    def set_value(self, days: int | None, opt_out: bool) -> None:
        if opt_out:
            self.mode.setCurrentIndex(2)
        elif days:
            self.days.setValue(days)
            self.mode.setCurrentIndex(1)
        else:
            self.mode.setCurrentIndex(0)
        self._update()

    def value(self) -> tuple[int | None, bool]:
        """(own rhythm or None, opted out)."""
        mode = self.MODES[self.mode.currentIndex()]
        if mode == "off":
            return None, True
        return (self.days.value() if mode == "own" else None), False

    def _update(self) -> None:
        mode = self.MODES[self.mode.currentIndex()]
        self.days.setVisible(mode == "own")
        self.mode.setItemText(
            0,
            _("As its category ({rhythm})").format(
                rhythm=cadence.describe_rhythm(self._category_days)
            ),
        )
        self.changed.emit()
