"""The last page of File → Import contacts…: the import runs (progress), then its outcome,
with Undo and the offer to plan a first contact for the new contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...i18n import translator
from .progress_row import ProgressRow
from .wizard_step import WizardStep

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

_ = translator(__name__)


class RunPage(WizardStep):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, _("Importing"))
        self.progress = ProgressRow()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.undo_button = QPushButton(_("&Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self._wizard.undo_import())
        # New contacts land in "No next step": offer their first call at once.
        self.plan_button = QPushButton()
        self.plan_button.setVisible(False)
        self.plan_button.clicked.connect(lambda: self._wizard.plan_first_contacts())
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.summary.clear()
        self.headline.clear()
        self.progress.begin(_("Importing…"))
        self._wizard.start_import(self)

    def show_outcome(self, headline: str, lines: list[str], can_undo: bool) -> None:
        self.progress.hide()
        self.setTitle(_("Import finished") if can_undo else _("Import"))
        self.headline.setText(headline)
        self.summary.setPlainText("\n".join(lines))
        self.undo_button.setEnabled(can_undo)
        self.finished = True
        self._wizard.offer_first_contacts()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished
