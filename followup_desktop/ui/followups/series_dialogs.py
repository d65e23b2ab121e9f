"""Follow-up series for one contact: its series shown together, apply one, stop one.

``SeriesDialog(contact_id, undo_stack)`` lists the contact's series with their steps
(date, reason, channel, with whom, status); "Apply a series…" asks through
``ApplySeriesDialog.ask(parent, contact_id, today) -> ApplyChoice | None`` (the seam
tests drive) and "Stop series" cancels the open steps. Both are undoable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...domain import dates
from ...domain import series as rules
from ...domain.vocabulary import channel_label, status_label
from ...i18n import translator
from ...store import series
from ...store.cards import contact_card
from ...store.referrals import referral
from ..kit.contrast import set_tone
from ..kit.date_field import from_qdate, to_qdate
from ..kit.events import events
from ..kit.locale_dates import long_format
from ..kit.rich import menu_text, plain_label
from ..kit.screen import fit_to_screen
from .series_commands import apply_series, stop_series
from .styles import ERROR

_ = translator(__name__)

RUN_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ApplyChoice:
    template_id: int
    start: date
    shift_on_early: bool
    thank_referrer: bool = False  # also a follow-up today to thank whoever referred them


class ApplySeriesDialog(QDialog):
    def __init__(self, contact_id: int, today: date, parent=None) -> None:
        super().__init__(parent)
        self.contact = contact_card(contact_id)
        self.setWindowTitle(
            _("Apply a follow-up series \u2014 {name}").format(name=self.contact.name)
        )
        self.templates = series.templates()
        self.template = QComboBox(self)
        self.template.setAccessibleName(_("Series"))
        for t in self.templates:
            self.template.addItem(t.name, t.id)
        self.start = QDateEdit(to_qdate(today), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(long_format())
        self.start.setAccessibleName(_("Start date"))
        self.shift = QCheckBox(_("When a step is done early, move the later steps as much"), self)
        referrer = referral(contact_id)
        self.referrer = referrer
        thank = _("Also thank {name} for the referral (a follow-up for today)")
        self.thank = QCheckBox(
            thank.format(name=menu_text(referrer.referrer_name) if referrer else ""), self
        )
        self.preview = QTreeWidget(self)
        self.preview.setHeaderLabels([_("Due"), _("When"), _("Reason"), _("Channel"), _("With")])
        self.preview.setRootIsDecorated(False)
        self.preview.setMinimumHeight(160)
        self.problem = plain_label("", self)  # may name the contact or a series
        set_tone(self.problem, ERROR)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("&Series:"), self.template)
        form.addRow(_("S&tart:"), self.start)
        form.addRow("", self.shift)
        form.addRow("", self.thank)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("&Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(lambda _index: self._template_changed())
        self.start.dateChanged.connect(lambda _day: self._update())
        self.setMinimumWidth(680)
        self._template_changed()

    def _current(self) -> series.Template | None:
        i = self.template.currentIndex()
        return self.templates[i] if 0 <= i < len(self.templates) else None

    def _template_changed(self) -> None:
        tpl = self._current()
        self.shift.setChecked(bool(tpl and tpl.shift_on_early))
        # A sale with a referred contact: offer thanking the referrer (unless the series
        # already does).
        has_thanks = bool(tpl and any(s.target == "referrer" for s in tpl.steps))
        self.thank.setVisible(self.referrer is not None and not has_thanks)
        # By its id: the built-in's name reads in the user's language.
        self.thank.setChecked(bool(tpl and tpl.id == series.AFTER_THE_SALE))
        self._update()

    def _update(self) -> None:
        self.preview.clear()
        tpl = self._current()
        problem = "" if tpl else _("There is no series yet: create one with Edit series.")
        if tpl:
            start = from_qdate(self.start.date())
            referrer = self.referrer
            for step, due in zip(tpl.steps, rules.plan(start, tpl.steps), strict=True):
                who = self.contact.name
                if step.target == "referrer":
                    who = referrer.referrer_name if referrer else _("(no referrer set)")
                    if referrer is None:
                        problem = _(
                            "This series thanks whoever referred {name}; "
                            "set Referred by on the contact first."
                        ).format(name=self.contact.name)
                self.preview.addTopLevelItem(
                    QTreeWidgetItem(
                        [
                            dates.format_short(due),
                            rules.describe_offset(step),
                            step.reason,
                            channel_label(step.channel),
                            who,
                        ]
                    )  # fmt: skip
                )
            for col in (0, 1, 3):
                self.preview.resizeColumnToContents(col)
            self.preview.setColumnWidth(2, 250)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok.setEnabled(not problem)

    def value(self) -> ApplyChoice:
        return ApplyChoice(
            self.template.currentData(),
            from_qdate(self.start.date()),
            self.shift.isChecked(),
            self.thank.isVisibleTo(self) and self.thank.isChecked(),
        )

    @classmethod
    def ask(cls, parent, contact_id: int, today: date) -> ApplyChoice | None:
        dialog = cls(contact_id, today, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class SeriesDialog(QDialog):
    """A contact's series, each with its steps together; apply, stop, edit templates."""

    def __init__(
        self,
        contact_id: int,
        undo_stack,
        today: date | None = None,
        parent=None,
        thank_referrer: Callable[[int, date], object] | None = None,
    ):
        super().__init__(parent)
        self.contact_id = contact_id
        self.undo_stack = undo_stack
        self.today = today or date.today()
        #: Carries out "also thank the referrer" (the follow-up actions' thank_referrer).
        self.thank_referrer = thank_referrer
        name = contact_card(contact_id).name
        self.setWindowTitle(_("Follow-up series \u2014 {name}").format(name=name))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [_("Series / step"), _("Due"), _("Channel"), _("With"), _("Status")]
        )
        self.tree.setAccessibleName(_("Series"))
        self.empty = plain_label(_("No series for {name} yet.").format(name=name), self)
        self.status = plain_label("", self)
        self.status.setWordWrap(True)
        self.apply_button = QPushButton(_("&Apply a series\u2026"), self)
        self.stop_button = QPushButton(_("&Stop series"), self)
        self.stop_button.setToolTip(_("Cancel the steps still open (undo with Ctrl+Z)"))
        self.edit_button = QPushButton(_("&Edit series\u2026"), self)
        close = QPushButton(_("Close"), self)
        row = QHBoxLayout()
        for b in (self.apply_button, self.stop_button, self.edit_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.apply_button.clicked.connect(self.apply)
        self.stop_button.clicked.connect(self.stop_current)
        self.edit_button.clicked.connect(self.edit_templates)
        close.clicked.connect(self.accept)
        self.tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        fit_to_screen(self, 760, 420)
        self.reload()

    def reload(self, select_run: int | None = None) -> None:
        self.tree.clear()
        runs = series.runs_for_contact(self.contact_id)
        for run in runs:
            if run.status == "stopped":
                state = _("stopped")
            else:
                state = _.n("%n open", "%n open", run.open_steps, "steps of a series")
            if run.shift_on_early:
                state += " \u00b7 " + _("shifts", "the later steps move when one is done early")
            title = _("{series} (from {day})").format(
                series=rules.series_label(run.name), day=dates.format_day(run.start_date)
            )
            top = QTreeWidgetItem([title, "", "", "", state])
            top.setData(0, RUN_ROLE, run.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for step in run.steps:
                child = QTreeWidgetItem(
                    [step.reason, dates.format_short(step.due_date), channel_label(step.channel),
                     step.with_name, status_label(step.status)]
                )  # fmt: skip
                child.setData(0, RUN_ROLE, run.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if run.id == select_run or (select_run is None and self.tree.currentItem() is None):
                self.tree.setCurrentItem(top)
        for col in range(5):
            self.tree.resizeColumnToContents(col)
        # Wide enough for every column (a long name under With, a long status in German),
        # within the screen's room.
        needed = sum(self.tree.columnWidth(col) for col in range(5)) + 48
        if needed > self.width():
            fit_to_screen(self, needed, self.height())
        self.tree.setVisible(bool(runs))
        self.empty.setVisible(not runs)
        self._update_buttons()

    def current_run(self) -> series.Run | None:
        item = self.tree.currentItem()
        run_id = item.data(0, RUN_ROLE) if item else None
        return next((r for r in series.runs_for_contact(self.contact_id) if r.id == run_id), None)

    def _update_buttons(self) -> None:
        run = self.current_run()
        self.stop_button.setEnabled(bool(run and run.status == "active" and run.open_steps))

    def apply(self) -> int | None:
        choice = ApplySeriesDialog.ask(self, self.contact_id, self.today)
        if choice is None:
            return None
        run_id, problem = apply_series(
            self.undo_stack, choice.template_id, self.contact_id, choice.start,
            choice.shift_on_early,
        )  # fmt: skip
        self.status.setText(problem)
        if run_id is not None and choice.thank_referrer and self.thank_referrer is not None:
            self.thank_referrer(self.contact_id, self.today)
        self.reload(run_id)
        return run_id

    def stop_current(self) -> bool:
        run = self.current_run()
        if run is None:
            return False
        problem = stop_series(self.undo_stack, run.id, self.contact_id)
        stopped = _("Stopped \u201c{series}\u201d (Ctrl+Z to undo).").format(
            series=rules.series_label(run.name)
        )
        self.status.setText(problem or stopped)
        self.reload(run.id)
        return not problem

    def edit_templates(self) -> None:
        from .series_editor import SeriesEditor

        SeriesEditor.edit(self)

    @classmethod
    def open_for(
        cls,
        parent,
        contact_id: int,
        undo_stack,
        today: date | None = None,
        thank_referrer: Callable[[int, date], object] | None = None,
    ) -> None:
        dialog = cls(contact_id, undo_stack, today, parent, thank_referrer)
        hub = events()
        hub.followups_changed.connect(dialog._data_changed)
        try:
            dialog.exec()
        finally:
            hub.followups_changed.disconnect(dialog._data_changed)
            dialog.deleteLater()

    def _data_changed(self, *_args) -> None:
        run = self.current_run()
        self.reload(run.id if run else None)
