"""The note dialog's "Next step": plan one (``NextStepForm``), say why there is none, or,
while open steps are kept, let those be the next step. One page a choice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translator
from ..kit.rich import rich_label
from .next_step_form import NextStepForm

_ = translator(__name__)


class NextStepBox(QGroupBox):
    """The choice and its page; ``changed`` when either changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(_("Next step"), parent)
        col = QVBoxLayout(self)
        choice = QHBoxLayout()
        self.plan_radio = QRadioButton(_("Plan the next step"), self)
        self.none_radio = QRadioButton(_("No next step"), self)
        # Shown while open steps are kept: they already are the next step.
        self.keep_radio = QRadioButton(_("Nothing new: the open steps above stay"), self)
        self.keep_radio.setVisible(False)
        self.plan_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.plan_radio)
        group.addButton(self.keep_radio)
        group.addButton(self.none_radio)
        choice.addWidget(self.plan_radio)
        choice.addWidget(self.keep_radio)
        choice.addWidget(self.none_radio)
        choice.addStretch(1)
        col.addLayout(choice)

        self.pages = QStackedWidget(self)
        # How often they were contacted lately, under the due date (the dialog writes it).
        self.politeness = rich_label(parent=self)
        self.politeness.setObjectName("politeness")
        self.politeness.setWordWrap(True)
        self.step = NextStepForm(
            today,
            placeholder=_('What will they hear about? e.g. "send revised pricing"'),
            channel_name=_("Next step channel"),
            below_due=self.politeness,
            with_reason_hint=True,
            parent=self,
        )
        self.pages.addWidget(self.step)

        none_page = QWidget(self)
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
            _("No new follow-up: what is kept open above stays planned as it is."), self
        )
        keep_page.setWordWrap(True)
        self.pages.addWidget(keep_page)
        col.addWidget(self.pages)
        for radio in (self.keep_radio, self.plan_radio, self.none_radio):
            radio.toggled.connect(self._mode_changed)
        self.step.changed.connect(self.changed)
        self.no_step_reason.textChanged.connect(lambda _text: self.changed.emit())

    def offer_keep(self, kept: bool) -> None:
        """Offer "nothing new" only while open steps are kept (else back to planning)."""
        self.keep_radio.setVisible(kept)
        if not kept and self.keep_radio.isChecked():
            self.plan_radio.setChecked(True)

    def _mode_changed(self, *_args) -> None:
        """Show the page of the checked choice: plan, no next step, or keep."""
        index = 1 if self.none_radio.isChecked() else 2 if self.keep_radio.isChecked() else 0
        if index != self.pages.currentIndex():
            self.pages.setCurrentIndex(index)
            if index < 2:
                (self.no_step_reason if index else self.step.reason).setFocus()
        self.changed.emit()
