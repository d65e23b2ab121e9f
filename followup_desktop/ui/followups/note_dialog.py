""" "Log interaction" (Ctrl+L; also opened when a follow-up is marked done).

What happened (channel, outcome, notes) and, in the same dialog, the next step
(reason, due date, time, channel, whose move, agreed) or an explicit reason
there is none. The dialog collects a ``store.notes.NoteInput``; saving is done by
the ``save`` callable it is given (``store.notes.save_note`` by default; the
follow-up actions pass one that also pushes an undo command). A store error is
shown in the dialog, which stays open with everything typed still there.

Its parts: ``what_happened`` (the context and what happened, left), ``open_steps`` and
``next_step_box`` (with the ``NextStepForm`` that "Plan follow-up…" shares, right); this
module puts them together, says what stops Save and saves.

What the dialog returns is a plain ``NoteResult``: the saved note and whether to thank
the referrer; the follow-up actions carry the thank-you out.

Seam for tests and callers: ``NoteDialog.ask(parent, contact_id, ...) -> NoteResult | None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates, politeness
from ...domain.followup_rules import NO_REASON
from ...i18n import translator
from ...store import notes
from ...store.cards import contact_card, followup_card
from ...store.errors import StoreError
from ...store.referrals import Referral, referral
from ..kit.contrast import set_tone, tone_css
from ..kit.rich import esc, rich_label
from ..kit.screen import ScrollingBody, fit_size_hint
from .code_combo import select_code
from .next_step_box import NextStepBox
from .note_suggestions import OutcomeSuggester
from .open_steps import CHOICE_TEXT, OpenStepsBox
from .referral_offer import ReferralOffer
from .styles import ERROR, WARN
from .what_happened import ContextBox, HappenedBox

_ = translator(__name__)


@dataclass(frozen=True)
class NoteResult:
    """What the dialog did: the note it saved, and the referrer to thank (or None)."""

    saved: notes.SavedNote
    thank_referrer: Referral | None = None


class NoteDialog(QDialog):
    def __init__(
        self,
        contact_id: int,
        followup_id: int | None = None,
        *,
        save: Callable[[notes.NoteInput], notes.SavedNote] = notes.save_note,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.followup_id = followup_id
        self.today = today or date.today()
        self._save = save
        self.saved: notes.SavedNote | None = None
        self.contact = contact_card(contact_id)
        self.followup = followup_card(followup_id) if followup_id else None
        self._history = notes.touches_since(contact_id, self.today - timedelta(days=13))
        self.setWindowTitle(_("Log interaction \u2014 {name}").format(name=self.contact.name))
        self.setMinimumWidth(620)

        outer = QVBoxLayout(self)
        # Everything above the status line and the buttons scrolls when the screen is too
        # short for it (many open steps on a 720-pixel laptop); Save stays in view.
        self.body_scroll = ScrollingBody(self)  # not "scroll": QWidget.scroll() is a method
        outer.addWidget(self.body_scroll, 1)
        # Two columns, as laptop screens are wide and short: what was, then what next.
        columns = QHBoxLayout(self.body_scroll.body)
        columns.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        title = self.contact.name
        if self.contact.company and self.contact.company != title:
            title += f" \u00b7 {self.contact.company}"
        heading = rich_label(f"<b>{esc(title)}</b>", self)
        heading.setWordWrap(True)  # a long name and company would push the column off
        layout.addWidget(heading)
        layout.addWidget(ContextBox(contact_id, self.followup, self.today, self))
        happened = HappenedBox(self.followup.channel if self.followup else None, self)
        layout.addWidget(happened, 1)
        self.channel, self.outcome = happened.channel, happened.outcome
        self.when, self.notes_edit = happened.when, happened.notes_edit
        self.outcome.currentIndexChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        # The contact's open follow-ups, each with its own choice (nothing closed unseen).
        self.open_steps = OpenStepsBox(notes.open_steps(contact_id), followup_id, self.today, self)
        self.open_steps.setVisible(bool(self.open_steps.steps))
        layout.addWidget(self.open_steps)
        self.next_step = box = NextStepBox(self.today, self)
        layout.addWidget(box)
        # Its parts, as the dialog's own (the suggester and tests read them here).
        self.plan_radio = box.plan_radio
        self.keep_radio = box.keep_radio
        self.none_radio = box.none_radio
        self.no_step_reason = box.no_step_reason
        self.politeness = box.politeness
        self.step = step = box.step
        self.reason, self.reason_hint, self.due = step.reason, step.reason_hint, step.due
        self.step_channel, self.mine, self.theirs = step.channel, step.mine, step.theirs
        self.promise, self.agreed = step.promise, step.agreed
        if self.followup is not None:
            select_code(self.step_channel, self.followup.channel)
        box.changed.connect(self.refresh)
        self.open_steps.changed.connect(self.refresh)
        self.outcome.currentIndexChanged.connect(
            lambda _index: self.open_steps.set_outcome(self.outcome_code())
        )
        self.open_steps.set_outcome(self.outcome_code())
        # First meeting with a referred contact: offer thanking the referrer.
        self.referral_offer = ReferralOffer(referral(contact_id), self)
        layout.addWidget(self.referral_offer)
        layout.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(_("Save (Enter, or Ctrl+Enter from the notes)"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_save)
        self.suggester = OutcomeSuggester(self)  # outcome -> pre-filled next step
        self.step.add_hint(self.suggester.hint)
        self.outcome.currentIndexChanged.connect(
            lambda _index: self.referral_offer.show_for(self.outcome_code())
        )
        self.referral_offer.show_for(self.outcome_code())
        self.notes_edit.setFocus()
        self.refresh()
        # Wide rather than tall: the wider the two columns, the fewer lines the open steps
        # and hints wrap to (German and French wrap more), and the less there is to scroll.
        fit_size_hint(self, min_width=1320)

    # -- state ---------------------------------------------------------------------------
    def outcome_code(self) -> str:
        """The outcome being logged, as stored ("left message"), whatever the language."""
        return self.outcome.currentData()

    def problems(self) -> list[str]:
        """Why Save is disabled (empty when it is enabled)."""
        if self.keep_radio.isChecked():
            if not self.open_steps.kept():
                return [
                    _("Nothing is kept open above: plan a next step, or say why there is none.")
                ]
        if not self.plan_radio.isChecked():
            found = []
            if self.none_radio.isChecked() and not self.no_step_reason.text().strip():
                found.append(_("Say why there is no next step."))
            if self.open_steps.replaced():
                text = _(
                    "Nothing replaces \u201c{reason}\u201d: plan a next step, or choose "
                    "\u201c{done}\u201d or \u201c{keep}\u201d for it."
                )
                found.append(
                    text.format(
                        reason=self.open_steps.replaced()[0].reason,
                        done=_(CHOICE_TEXT["done"]),
                        keep=_(CHOICE_TEXT["keep"]),
                    )
                )
            return found
        return self.step.problems(_(NO_REASON))

    def refresh(self) -> None:
        if not hasattr(self, "save_button"):
            return  # still being built
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        self.reason_hint.setText(
            _("Required \u2014 Save stays disabled until you say what they will hear about.")
            if not self.reason.text().strip()
            else ""
        )
        self.reason_hint.setVisible(bool(self.reason_hint.text()))
        warning = self.step.past_warning() if self.plan_radio.isChecked() else ""
        if self.open_steps.steps:
            self.next_step.offer_keep(bool(self.open_steps.kept()))
            planned = self.reason.text().strip() if self.plan_radio.isChecked() else None
            self.open_steps.summarise(self.contact.name, planned)
        self.status.setText(" ".join(problems) if problems else warning)
        set_tone(self.status, ERROR if problems else WARN)
        self._update_politeness()

    def changeEvent(self, event) -> None:
        # The desktop switched scheme: the warning's colour is written into its text.
        if event.type() == event.Type.PaletteChange and hasattr(self, "save_button"):
            self._update_politeness()
        super().changeEvent(event)

    def _update_politeness(self) -> None:
        now = datetime.now()
        current = politeness.Touch(now, self.outcome_code())
        info = politeness.assess(
            [*self._history, current],
            self.today,
            planned=self.due.value() if self.plan_radio.isChecked() else None,
            whose=self.step.whose(),
        )
        text = esc(info.summary)
        if info.warning:
            style = tone_css(self.palette(), WARN)  # the dialog's: changed before its labels'
            text += f"<br><span style='{style}'>\u26a0 {esc(info.warning)}</span>"
        self.politeness.setText(text)

    # -- result ---------------------------------------------------------------------------
    def result_value(self) -> notes.NoteInput:
        """What the dialog holds, as the value ``store.notes.save_note`` takes."""
        step = None
        no_reason = ""
        if self.none_radio.isChecked():
            no_reason = self.no_step_reason.text().strip()
        elif self.keep_radio.isChecked():
            pass  # the open steps kept above are the next step
        else:
            step = self.step.value()
        moment = self.when.dateTime()  # to the minute, as shown
        day, clock = moment.date(), moment.time()
        when = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        return notes.NoteInput(
            contact_id=self.contact_id,
            channel=self.channel.currentData(),
            outcome=self.outcome_code(),
            notes=self.notes_edit.toPlainText().rstrip(),
            next_step=step,
            no_next_step_reason=no_reason,
            from_followup_id=self.followup_id,
            occurred_at=when,
            open_steps=self.open_steps.choices(),
        )

    def try_save(self) -> bool:
        if self.problems():
            self.refresh()
            return False
        value = self.result_value()
        step = value.next_step
        if (
            step is not None
            and step.whose == "theirs"
            and step.due_date < self.today
            and not self.confirm_past_promise(step.due_date)
        ):
            self.status.setText(_("Not saved: change the day they promised, then save."))
            set_tone(self.status, ERROR)
            return False
        try:
            self.saved = self._save(value)
        except StoreError as exc:
            self.status.setText(_("Not saved: {problem}").format(problem=exc))
            set_tone(self.status, ERROR)
            return False
        self.accept()
        return True

    def note_result(self) -> NoteResult | None:
        """The plain value for the caller: None until a note was saved."""
        if self.saved is None:
            return None
        thank = self.referral_offer.referral if self.referral_offer.wanted() else None
        return NoteResult(self.saved, thank)

    def has_typed(self) -> bool:
        return bool(
            self.notes_edit.toPlainText().strip()
            or self.reason.text().strip()
            or self.no_step_reason.text().strip()
        )

    def confirm_discard(self) -> bool:
        """Ask before throwing typed text away (tests replace this)."""
        answer = QMessageBox.question(
            self,
            _("Discard this note?"),
            _("You have typed notes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def confirm_past_promise(self, day: date) -> bool:
        """Ask before saving a promise whose day has already passed (tests replace this)."""
        answer = QMessageBox.question(
            self,
            _("A promise in the past?"),
            _(
                "They promised to get back to you by {day}, which has passed. "
                "Save it anyway? Its fallback call is then due as shown."
            ).format(day=dates.format_day(day)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def reject(self) -> None:
        if self.saved is None and self.has_typed() and not self.confirm_discard():
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPlainTextEdit
        ):
            self.try_save()
            return
        super().keyPressEvent(event)

    # -- seam ------------------------------------------------------------------------------
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        contact_id: int,
        followup_id: int | None = None,
        *,
        save: Callable[[notes.NoteInput], notes.SavedNote] = notes.save_note,
        today: date | None = None,
    ) -> NoteResult | None:
        """Show the dialog; what it saved, or None when the user cancelled."""
        dialog = cls(contact_id, followup_id, save=save, today=today, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.note_result()
            return None
        finally:
            dialog.deleteLater()
