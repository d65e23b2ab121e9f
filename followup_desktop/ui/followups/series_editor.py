"""Edit series templates: the built-in ones and the user's own.

A list of templates on the left; on the right the name, the "shift when done early"
option and the steps (months, days, reason, channel, with whom). Save checks the
template (``domain.series.check_steps``) and says what to fix; nothing typed is lost.
Seam: ``SeriesEditor.edit(parent)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain import series as rules
from ...domain.vocabulary import CHANNELS, channel_label
from ...i18n import translator
from ...store import series
from ...store.errors import StoreError
from ..kit.screen import fit_to_screen
from .code_combo import code_combo, select_code

_ = translator(__name__)

TARGET_LABELS = {"contact": _.mark("the contact"), "referrer": _.mark("their referrer")}


class SeriesEditor(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Follow-up series"))
        self.current_id: int | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(_("Series templates"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(_("Series name"))
        self.shift = QCheckBox(_("When a step is done early, move the later steps as much"), self)
        self.steps = QTableWidget(0, 5, self)
        self.steps.setHorizontalHeaderLabels(
            [_("Months"), _("Days"), _("Reason"), _("Channel"), _("With")]
        )
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Each row's months, days, channel and "with" widgets, as appended (row order).
        self._step_widgets: list[tuple[QSpinBox, QSpinBox, QComboBox, QComboBox]] = []
        header = self.steps.horizontalHeader()
        # The reason takes the room; the numbers and drop-downs as much as their words
        # need ("letter or card", "Brief oder Karte").
        for col in (0, 1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.add_step = QPushButton(_("Add &step"), self)
        self.remove_step = QPushButton(_("&Remove step"), self)
        self.new_button = QPushButton(_("&New series"), self)
        self.delete_button = QPushButton(_("&Delete series"), self)
        self.save_button = QPushButton(_("Sa&ve"), self)
        self.save_button.setDefault(True)
        close = QPushButton(_("Close"), self)

        form = QFormLayout()
        form.addRow(_("Na&me:"), self.name)  # Alt+N is New series
        form.addRow("", self.shift)
        step_row = QHBoxLayout()
        step_row.addWidget(self.add_step)
        step_row.addWidget(self.remove_step)
        step_row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(_("Steps, counted from the day the series is applied:"), self))
        right.addWidget(self.steps)
        right.addLayout(step_row)
        right.addWidget(self.status)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.list.currentItemChanged.connect(lambda cur, _previous: self._load(cur))
        self.add_step.clicked.connect(lambda: self.append_step(rules.Step("", 7)))
        self.remove_step.clicked.connect(self._remove_step)
        self.new_button.clicked.connect(self.new_series)
        self.delete_button.clicked.connect(self.delete_series)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        fit_to_screen(self, 860, 420)
        self.reload()

    # -- list -------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for t in series.templates():
            name = _("{series} (built in)").format(series=t.name) if t.builtin else t.name
            item = QListWidgetItem(name, self.list)
            item.setData(256, t.id)
            if t.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        # As wide as the longest name ("Después de la venta (predefinida)"), within reason.
        wanted = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 8
        self.list.setFixedWidth(max(160, min(wanted, 320)))
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._load(self.list.currentItem())

    def _load(self, item) -> None:
        self._clear_steps()
        if item is None:
            self.current_id = None
            return
        tpl = series.template(item.data(256))
        self.current_id = tpl.id
        self.name.setText(tpl.name)
        self.shift.setChecked(tpl.shift_on_early)
        for step in tpl.steps:
            self.append_step(step)
        self.delete_button.setEnabled(not tpl.builtin)
        self.status.clear()

    def new_series(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name.setText("")
        self.name.setFocus()
        self.shift.setChecked(False)
        self._clear_steps()
        self.append_step(rules.Step(_("Thank-you note"), 1, 0, "email"))
        self.delete_button.setEnabled(False)
        self.status.setText(_("A new series: name it, set its steps, then Save."))

    def delete_series(self) -> None:
        if self.current_id is None:
            return
        try:
            series.delete_template(self.current_id)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.reload()

    # -- steps --------------------------------------------------------------------------
    def append_step(self, step: rules.Step) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        spins = []
        for col, (value, top) in enumerate(((step.offset_months, 120), (step.offset_days, 3650))):
            spin = QSpinBox(self.steps)
            spin.setRange(0, top)
            spin.setValue(value)
            self.steps.setCellWidget(row, col, spin)
            spins.append(spin)
        self.steps.setItem(row, 2, QTableWidgetItem(step.reason))
        channel = code_combo(CHANNELS, channel_label, self.steps)
        select_code(channel, step.channel)
        self.steps.setCellWidget(row, 3, channel)
        target = code_combo(TARGET_LABELS, lambda key: _(TARGET_LABELS[key]), self.steps)
        target.setCurrentIndex(max(0, target.findData(step.target)))
        self.steps.setCellWidget(row, 4, target)
        self._step_widgets.append((spins[0], spins[1], channel, target))

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)
            del self._step_widgets[row]

    def _clear_steps(self) -> None:
        self.steps.setRowCount(0)
        self._step_widgets.clear()

    def step_values(self) -> list[rules.Step]:
        result = []
        for row, (months, days, channel, target) in enumerate(self._step_widgets):
            item = self.steps.item(row, 2)
            result.append(
                rules.Step(
                    reason=item.text() if item else "",
                    offset_days=days.value(),
                    offset_months=months.value(),
                    channel=channel.currentData(),
                    target=target.currentData(),
                )
            )
        return result

    def save(self) -> bool:
        try:
            saved = series.save_template(
                self.current_id, self.name.text(), self.step_values(), self.shift.isChecked()
            )
        except StoreError as exc:
            self.status.setText(_("Not saved: {problem}").format(problem=exc))
            return False
        self.reload(saved)
        self.status.setText(_("Saved. Series already applied keep their steps."))
        return True

    @classmethod
    def edit(cls, parent=None) -> None:
        dialog = cls(parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
