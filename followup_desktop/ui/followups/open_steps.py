"""The note dialog's "Open steps": the contact's open follow-ups, mine and theirs, each
with one choice (done by this interaction, keep open, replaced by the next step planned
here). The follow-up the dialog was opened from is done by default, every other one is
kept: nothing is closed that the user did not see. An answer ("reached", "replied",
"met") only *proposes* that their promise was kept, with a hint; it never decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from ...domain import dates
from ...domain.followup_rules import PromiseStatus, they_got_back
from ...domain.vocabulary import outcome_label
from ...i18n import translator
from ...store import notes
from ..kit.contrast import set_tone
from ..kit.rich import esc, plain_label
from .styles import WARN

_ = translator(__name__)

#: (action, what the choice says), in the order the menu lists them.
ACTIONS = (
    ("done", _.mark("Done by this interaction")),
    ("keep", _.mark("Keep open")),
    ("replace", _.mark("Replaced by the next step planned here")),
)
CHOICE_TEXT = dict(ACTIONS)
HINT_STYLE = "font-style: italic;"


def describe(step: notes.OpenStep, today: date) -> str:
    """One line: whose move, the reason and where it stands (the agenda's words)."""
    at = f" {dates.format_time(step.due_time)}" if step.due_time else ""
    status = PromiseStatus(step.whose, step.due_date, step.act_on, today)
    if status.theirs:
        text = _("Their move \u00b7 {reason} \u00b7 {state}")
        return text.format(reason=step.reason, state=status.state_text(at=at))
    if status.overdue:
        text = _("Your move \u00b7 {reason} \u00b7 {state}")
        return text.format(reason=step.reason, state=status.state_text(at=at))
    when = dates.format_day(step.due_date) + at
    return _("Your move \u00b7 {reason} \u00b7 due {when}").format(reason=step.reason, when=when)


class OpenStepsBox(QGroupBox):
    """One row per open follow-up; ``choices()`` is what the user decided."""

    changed = Signal()

    def __init__(
        self,
        steps: list[notes.OpenStep],
        source_id: int | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Open steps ({count})").format(count=len(steps)), parent)
        self.setObjectName("openSteps")
        self.steps = steps
        self.today = today
        grid = QGridLayout(self)
        self.labels: dict[int, QLabel] = {}
        self.menus: dict[int, QComboBox] = {}
        self.hints: dict[int, QLabel] = {}
        for row, step in enumerate(steps):
            # The reason as typed: Qt would take "compare <A> and <B>" for HTML and drop it.
            label = plain_label(describe(step, today), self)
            label.setWordWrap(True)
            menu = QComboBox(self)
            for key, text in ACTIONS:
                menu.addItem(_(text), key)
            menu.setAccessibleName(_("What happens to: {reason}").format(reason=step.reason))
            menu.setCurrentIndex(0 if step.id == source_id else 1)
            menu.currentIndexChanged.connect(lambda _index=0: self.changed.emit())
            hint = plain_label(parent=self)  # it quotes the reason too
            hint.setStyleSheet(HINT_STYLE)
            hint.setWordWrap(True)
            hint.setVisible(False)
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(menu, 2 * row, 1)
            grid.addWidget(hint, 2 * row + 1, 0, 1, 2)
            self.labels[step.id], self.menus[step.id], self.hints[step.id] = label, menu, hint
        grid.setColumnStretch(0, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("openStepsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # the reasons come escaped
        grid.addWidget(self.summary, 2 * len(steps), 0, 1, 2)
        self.changed.connect(self._update_hints)
        self._outcome = ""

    # -- what the user chose --------------------------------------------------------
    def action(self, followup_id: int) -> str:
        return self.menus[followup_id].currentData()

    def set_action(self, followup_id: int, action: str) -> None:
        menu = self.menus[followup_id]
        menu.setCurrentIndex(menu.findData(action))

    def choices(self) -> tuple[notes.StepChoice, ...]:
        return tuple(notes.StepChoice(s.id, self.action(s.id)) for s in self.steps)

    def kept(self) -> list[notes.OpenStep]:
        return [s for s in self.steps if self.action(s.id) == "keep"]

    def replaced(self) -> list[notes.OpenStep]:
        return [s for s in self.steps if self.action(s.id) == "replace"]

    # -- proposals, never decisions -------------------------------------------------
    def set_outcome(self, outcome: str) -> None:
        """The outcome being logged (its code: "replied")."""
        self._outcome = outcome
        self._update_hints()

    def _update_hints(self) -> None:
        answered = they_got_back(self._outcome)
        for step in self.steps:
            hint = self.hints[step.id]
            show = answered and step.whose == "theirs" and self.action(step.id) == "keep"
            text = _(
                "\u2139 They answered ({outcome}). If they got back to you about "
                "\u201c{reason}\u201d, choose \u201c{done}\u201d; "
                "if not, keep it open and the fallback call stays planned."
            )
            hint.setText(
                text.format(
                    outcome=outcome_label(self._outcome),
                    reason=step.reason,
                    done=_(CHOICE_TEXT["done"]),
                )
                if show
                else ""
            )
            hint.setVisible(show)

    def summarise(self, name: str, planned: str | None) -> None:
        """Say under the steps what stays open after saving. ``planned`` is the reason of
        the step planned beside them ("" while untyped; None when none is planned): with
        one, and steps kept, the contact will have several, and one may be replaced."""
        if not self.steps:
            return
        kept = self.kept()
        quoted = _("\u201c{reason}\u201d", "a follow-up's reason in quotation marks")
        names = ", ".join(quoted.format(reason=esc(s.reason)) for s in kept)
        if planned is not None and kept:
            new = esc(planned) or esc(_("the one planned here"))
            text = _.n(
                "\u26a0 After saving, {name} will have %n open step: \u201c{new}\u201d and "
                "{others}. If the new step takes the place of one, choose \u201c{replaced}\u201d "
                "for it.",
                "\u26a0 After saving, {name} will have %n open steps: \u201c{new}\u201d and "
                "{others}. If the new step takes the place of one, choose \u201c{replaced}\u201d "
                "for it.",
                len(kept) + 1,
            )
            replaced = esc(_(CHOICE_TEXT["replace"]))
            self.set_summary(
                text.format(name=esc(name), new=new, others=names, replaced=replaced), WARN
            )
        elif kept:
            text = _.n(
                "After saving, {names} stays open.", "After saving, {names} stay open.", len(kept)
            )
            self.set_summary(text.format(names=names))
        else:
            self.set_summary("")

    def set_summary(self, text: str, kind: str | None = None) -> None:
        self.summary.setText(text)
        set_tone(self.summary, kind)
        self.summary.setVisible(bool(text))
