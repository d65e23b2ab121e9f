""" "Log interaction" (Ctrl+L; also opened when a follow-up is marked done).

What happened (channel, outcome, notes) and, in the same dialog, the next step
(reason, due date, time, channel, whose move, agreed) or an explicit reason
there is none. The dialog collects a ``store.notes.NoteInput``; saving is done by
the ``save`` callable it is given (``store.notes.save_note`` by default; the
follow-up actions pass one that also pushes an undo command). A store error is
shown in the dialog, which stays open with everything typed still there.

What the dialog returns is a plain ``NoteResult``: the saved note and whether to thank
the referrer; the follow-up actions carry the thank-you out.

Seam for tests and callers: ``NoteDialog.ask(parent, contact_id, ...) -> NoteResult | None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import dates, politeness
from ...domain.vocabulary import CHANNELS, OUTCOMES, channel_label, outcome_label, whose_label
from ...i18n import translator
from ...store import notes
from ...store.cards import contact_card, followup_card
from ...store.errors import StoreError
from ...store.referrals import Referral, referral
from ..kit.locale_dates import long_format
from ..kit.rich import esc, rich_label
from ..kit.screen import ScrollingBody, fit_size_hint
from .code_combo import code_combo, select_code
from .next_step_form import NextStepForm
from .note_suggestions import OutcomeSuggester
from .open_steps import CHOICE_TEXT, OpenStepsBox
from .referral_offer import ReferralOffer

_ = translator(__name__)

WARN_STYLE = "color: #8a5300;"  # amber text; every warning also starts with a ⚠ sign
ERROR_STYLE = "color: #b3261e;"


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
        self.scroll = ScrollingBody(self)
        outer.addWidget(self.scroll, 1)
        # Two columns, as laptop screens are wide and short: what was, then what next.
        columns = QHBoxLayout(self.scroll.body)
        columns.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        title = self.contact.name
        if self.contact.company and self.contact.company != title:
            title += f" \u00b7 {self.contact.company}"
        heading = rich_label(f"<b>{esc(title)}</b>", self)
        layout.addWidget(heading)
        layout.addWidget(self._build_context())
        layout.addWidget(self._build_happened(), 1)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        # The contact's open follow-ups, each with its own choice (nothing closed unseen).
        self.open_steps = OpenStepsBox(notes.open_steps(contact_id), followup_id, self.today, self)
        self.open_steps.setVisible(bool(self.open_steps.steps))
        layout.addWidget(self.open_steps)
        layout.addWidget(self._build_next_step())
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
            QShortcut(QKeySequence(keys), self, activated=self.try_save)
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

    # -- construction ------------------------------------------------------------------
    def _build_context(self) -> QWidget:
        box = QGroupBox(_("Context"), self)
        col = QVBoxLayout(box)
        if self.followup is not None:
            fu = self.followup
            text = _("Follow-up: <b>{reason}</b> \u2014 {channel}, due {day} ({relative})").format(
                reason=esc(fu.reason),
                channel=esc(channel_label(fu.channel)),
                day=esc(dates.format_day(fu.due_date)),
                relative=esc(dates.relative(fu.due_date, self.today)),
            )
            if fu.whose == "theirs":
                text += f" \u00b7 {esc(whose_label('theirs'))}"
            label = rich_label(text, box)
            label.setObjectName("followup_reason")
            label.setWordWrap(True)
            col.addWidget(label)
        recent = notes.recent_interactions(self.contact_id, 3)
        if not recent:
            col.addWidget(QLabel(_("No interactions logged yet."), box))
        for item in recent:
            first = next((ln.strip() for ln in item.notes.splitlines() if ln.strip()), "")
            line = rich_label(
                f"{dates.format_day(item.occurred_at.date())} \u00b7 "
                f"{esc(channel_label(item.channel))} \u00b7 {esc(outcome_label(item.outcome))}"
                + (f" \u2014 {esc(first[:140])}" if first else ""),
                box,
            )
            line.setWordWrap(True)  # a long note wraps; it never widens the dialog
            line.setToolTip(item.notes)
            col.addWidget(line)
        if self.followup is None and not recent:
            box.setVisible(False)
        return box

    def _build_happened(self) -> QWidget:
        box = QGroupBox(_("What happened"), self)
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.channel = code_combo(CHANNELS, channel_label, box)
        self.outcome = code_combo(OUTCOMES, outcome_label, box)
        if self.followup is not None:
            select_code(self.channel, self.followup.channel)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), box)
        self.when.setDisplayFormat(f"{long_format()} HH:mm")
        self.when.setCalendarPopup(True)
        self.channel.setAccessibleName(_("Channel"))
        self.outcome.setAccessibleName(_("Outcome"))
        # When on a row of its own: the labels run longer in German and French, and the
        # next step beside this column needs the width more.
        row.addWidget(self.channel)
        row.addWidget(QLabel(_("Outcome:"), box))
        row.addWidget(self.outcome)
        row.addStretch(1)
        form.addRow(_("Channel:"), row)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        form.addRow(_("When:"), when_row)
        self.notes_edit = QPlainTextEdit(box)
        self.notes_edit.setPlaceholderText(_("What was said, what they need, anything to remember"))
        self.notes_edit.setAccessibleName(_("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(64)
        form.addRow(_("Notes:"), self.notes_edit)
        self.outcome.currentIndexChanged.connect(lambda _index: self.refresh())
        return box

    def _build_next_step(self) -> QWidget:
        box = QGroupBox(_("Next step"), self)
        col = QVBoxLayout(box)
        choice = QHBoxLayout()
        self.plan_radio = QRadioButton(_("Plan the next step"), box)
        self.none_radio = QRadioButton(_("No next step"), box)
        # Shown while open steps are kept: they already are the next step.
        self.keep_radio = QRadioButton(_("Nothing new: the open steps above stay"), box)
        self.keep_radio.setVisible(False)
        self.plan_radio.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.plan_radio)
        group.addButton(self.keep_radio)
        group.addButton(self.none_radio)
        choice.addWidget(self.plan_radio)
        choice.addWidget(self.keep_radio)
        choice.addWidget(self.none_radio)
        choice.addStretch(1)
        col.addLayout(choice)

        self.pages = QStackedWidget(box)
        self.politeness = rich_label(parent=box)
        self.politeness.setObjectName("politeness")
        self.politeness.setWordWrap(True)
        self.step = NextStepForm(
            self.today,
            placeholder=_('What will they hear about? e.g. "send revised pricing"'),
            channel_name=_("Next step channel"),
            below_due=self.politeness,
            with_reason_hint=True,
            parent=box,
        )
        # The step's fields, as the dialog's own (the suggester and tests read them here).
        self.reason, self.reason_hint, self.due = (
            self.step.reason,
            self.step.reason_hint,
            self.step.due,
        )
        self.step_channel, self.mine, self.theirs = (
            self.step.channel,
            self.step.mine,
            self.step.theirs,
        )
        self.promise, self.agreed = self.step.promise, self.step.agreed
        if self.followup is not None:
            select_code(self.step_channel, self.followup.channel)
        self.pages.addWidget(self.step)

        none_page = QWidget(box)
        none_form = QFormLayout(none_page)
        none_form.setContentsMargins(0, 0, 0, 0)
        self.no_step_reason = QLineEdit(none_page)
        self.no_step_reason.setPlaceholderText(
            _('Why there is none, e.g. "bought elsewhere, confirmed by phone"')
        )
        self.no_step_reason.setAccessibleName(_("Why no next step"))
        form_hint = QLabel(
            _("The contact will be listed under \u201cNo next step\u201d."), none_page
        )
        form_hint.setWordWrap(True)
        none_form.addRow(_("Why:"), self.no_step_reason)
        none_form.addRow("", form_hint)
        self.pages.addWidget(none_page)
        keep_page = QLabel(
            _("No new follow-up: what is kept open above stays planned as it is."), box
        )
        keep_page.setWordWrap(True)
        self.pages.addWidget(keep_page)
        col.addWidget(self.pages)
        self.keep_radio.toggled.connect(self._mode_changed)
        self.plan_radio.toggled.connect(self._mode_changed)

        self.none_radio.toggled.connect(self._mode_changed)
        self.step.changed.connect(self.refresh)
        self.no_step_reason.textChanged.connect(lambda _text: self.refresh())
        return box

    # -- state ---------------------------------------------------------------------------
    def outcome_code(self) -> str:
        """The outcome being logged, as stored ("left message"), whatever the language."""
        return self.outcome.currentData()

    def _mode_changed(self, *_args) -> None:
        """Show the page of the checked choice: plan, no next step, or keep."""
        index = 1 if self.none_radio.isChecked() else 2 if self.keep_radio.isChecked() else 0
        if index != self.pages.currentIndex():
            self.pages.setCurrentIndex(index)
            if index < 2:
                (self.no_step_reason if index else self.reason).setFocus()
        self.refresh()

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
        return self.step.problems(_("The next step needs a reason: what will they hear about?"))

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
        self._update_open_steps_summary()
        self.status.setText(" ".join(problems) if problems else warning)
        self.status.setStyleSheet(ERROR_STYLE if problems else WARN_STYLE)
        self._update_politeness()

    def _update_open_steps_summary(self) -> None:
        box = self.open_steps
        if not box.steps:
            return
        kept = box.kept()
        self.keep_radio.setVisible(bool(kept))
        if not kept and self.keep_radio.isChecked():
            self.plan_radio.setChecked(True)
        quoted = _("\u201c{reason}\u201d", "a follow-up's reason in quotation marks")
        names = ", ".join(quoted.format(reason=esc(s.reason)) for s in kept)
        name = esc(self.contact.name)
        if self.plan_radio.isChecked() and kept:
            new = esc(self.reason.text().strip()) or esc(_("the one planned here"))
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
            box.set_summary(
                text.format(name=name, new=new, others=names, replaced=replaced), WARN_STYLE
            )
        elif kept:
            text = _.n(
                "After saving, {names} stays open.", "After saving, {names} stay open.", len(kept)
            )
            box.set_summary(text.format(names=names))
        else:
            box.set_summary("")

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
            text += f"<br><span style='{WARN_STYLE}'>\u26a0 {esc(info.warning)}</span>"
        self.politeness.setText(text)
        self.politeness_info = info

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
        when = self.when.dateTime().toPython()
        return notes.NoteInput(
            contact_id=self.contact_id,
            channel=self.channel.currentData(),
            outcome=self.outcome_code(),
            notes=self.notes_edit.toPlainText().rstrip(),
            next_step=step,
            no_next_step_reason=no_reason,
            from_followup_id=self.followup_id,
            occurred_at=when.replace(second=0, microsecond=0),
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
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        try:
            self.saved = self._save(value)
        except StoreError as exc:
            self.status.setText(_("Not saved: {problem}").format(problem=exc))
            self.status.setStyleSheet(ERROR_STYLE)
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
