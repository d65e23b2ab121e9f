"""The note dialog's outcome suggestions: pre-fill the next step, never force it.

Choosing "no answer" or "left message" fills the next step with a retry in two
working days (another channel from the third unanswered attempt); choosing an
answer takes back whatever was pre-filled. A field the user has changed is never
overwritten: only fields still holding the dialog's default or the last
suggestion are touched. The rule itself is ``domain.outcomes``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ...domain import outcomes, politeness
from ...i18n import translator
from .code_combo import select_code

_ = translator(__name__)

HINT_STYLE = "font-style: italic;"


class OutcomeSuggester(QObject):
    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.suggestion: outcomes.Suggestion | None = None
        self._defaults = (
            dialog.reason.text(),
            dialog.due.value(),
            dialog.step_channel.currentData(),
        )
        self._filled = self._defaults
        self.hint = QLabel(dialog)
        self.hint.setObjectName("suggestion")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(False)  # the dialog places it above the next step's reason
        dialog.outcome.currentIndexChanged.connect(lambda _index: self.update())
        dialog.channel.currentIndexChanged.connect(lambda _index: self.update())
        self.update()

    def attempts(self) -> int:
        """Unanswered attempts in a row, counting the one being logged."""
        d = self.dialog
        touch = politeness.Touch(datetime.now(), d.outcome.currentData())
        return politeness.assess([*d._history, touch], d.today).attempts_since_reply

    def update(self) -> None:
        d = self.dialog
        outcome = d.outcome.currentData()
        base = d.followup.reason if d.followup is not None else ""
        self.suggestion = outcomes.suggest(
            outcome, d.channel.currentData(), self.attempts(), d.today, base
        )
        if self.suggestion is None:
            self._fill(*self._defaults)
            prior = politeness.assess(d._history, d.today).attempts_since_reply
            note = outcomes.cleared_note(outcome, prior)
        else:
            s = self.suggestion
            self._fill(s.reason, s.due_date, s.channel)
            note = _("\u2139 {suggestion} Change anything you like.").format(suggestion=s.note)
        self.hint.setText(note)
        self.hint.setVisible(bool(note))

    def _fill(self, reason: str, due, channel: str) -> None:
        """Set each field that still holds what was last filled in (or the default);
        a field the user changed keeps its value for good."""
        d = self.dialog
        last_reason, last_due, last_channel = self._filled
        if d.reason.text().strip() in ("", last_reason):
            d.reason.setText(reason)
            last_reason = reason
        if d.due.value() == last_due and d.due.time_value() is None:
            d.due.set_date(due)
            last_due = due
        if d.step_channel.currentData() == last_channel:
            select_code(d.step_channel, channel)
            last_channel = channel
        self._filled = (last_reason, last_due, last_channel)
