"""The note dialog's left column, what was: the context (the follow-up being done and
the last three interactions) and what happened (channel, outcome, when, notes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates
from ...domain.vocabulary import CHANNELS, OUTCOMES, channel_label, outcome_label, whose_label
from ...i18n import translator
from ...store import notes
from ...store.cards import FollowUpCard
from ..kit.locale_dates import long_format
from ..kit.rich import esc, plain_tip, rich_label
from .code_combo import code_combo, select_code

_ = translator(__name__)


class ContextBox(QGroupBox):
    """What the user sees before logging; hidden when there is nothing to show."""

    def __init__(
        self,
        contact_id: int,
        followup: FollowUpCard | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Context"), parent)
        col = QVBoxLayout(self)
        if followup is not None:
            fu = followup
            text = _("Follow-up: <b>{reason}</b> \u2014 {channel}, due {day} ({relative})").format(
                reason=esc(fu.reason),
                channel=esc(channel_label(fu.channel)),
                day=esc(dates.format_day(fu.due_date)),
                relative=esc(dates.relative(fu.due_date, today)),
            )
            if fu.whose == "theirs":
                text += f" \u00b7 {esc(whose_label('theirs'))}"
            label = rich_label(text, self)
            label.setObjectName("followup_reason")
            label.setWordWrap(True)
            col.addWidget(label)
        recent = notes.recent_interactions(contact_id, 3)
        if not recent:
            col.addWidget(QLabel(_("No interactions logged yet."), self))
        for item in recent:
            first = next((ln.strip() for ln in item.notes.splitlines() if ln.strip()), "")
            line = rich_label(
                f"{dates.format_day(item.occurred_at.date())} \u00b7 "
                f"{esc(channel_label(item.channel))} \u00b7 {esc(outcome_label(item.outcome))}"
                + (f" \u2014 {esc(first[:140])}" if first else ""),
                self,
            )
            line.setWordWrap(True)  # a long note wraps; it never widens the dialog
            line.setToolTip(plain_tip(item.notes))
            col.addWidget(line)
        if followup is None and not recent:
            self.setVisible(False)


class HappenedBox(QGroupBox):
    """Channel, outcome, when and notes of the interaction being logged."""

    def __init__(self, channel: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(_("What happened"), parent)
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.channel = code_combo(CHANNELS, channel_label, self)
        self.outcome = code_combo(OUTCOMES, outcome_label, self)
        if channel is not None:  # the follow-up's: the call that was planned
            select_code(self.channel, channel)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat(f"{long_format()} HH:mm")
        self.when.setCalendarPopup(True)
        self.channel.setAccessibleName(_("Channel"))
        self.outcome.setAccessibleName(_("Outcome"))
        # When on a row of its own: the labels run longer in German and French, and the
        # next step beside this column needs the width more.
        row.addWidget(self.channel)
        row.addWidget(QLabel(_("Outcome:"), self))
        row.addWidget(self.outcome)
        row.addStretch(1)
        form.addRow(_("Channel:"), row)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        form.addRow(_("When:"), when_row)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(_("What was said, what they need, anything to remember"))
        self.notes_edit.setAccessibleName(_("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(64)
        form.addRow(_("Notes:"), self.notes_edit)
