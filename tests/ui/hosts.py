"""A stand-in for the main window, shared by the view tests (tests import it like keyboard.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.ui.followups.actions import FollowUpActions


class Host(QWidget):
    """Owns the undo stack and the shared follow-up actions, as the main window does.

    ``today`` fixes the actions' day; errors the actions would show collect in ``errors``.
    """

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.undo_stack = QUndoStack(self)
        self.followup_actions = FollowUpActions(self, self.undo_stack)
        if today is not None:
            self.followup_actions.today = lambda: today
        self.errors: list[str] = []
        self.followup_actions.report_error = self.errors.append
