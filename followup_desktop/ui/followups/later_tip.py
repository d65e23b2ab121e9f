"""The tip of a "+1 day" / "+2 days" / "Next week" button (the agenda, the day view, Work
the list): the day it would move the chosen follow-up to, and why there
(``FollowUpActions.later_tip``).

Worked out when the tip is about to show, not whenever the chosen row changes: with a
holiday region set, the first working-day question loads the ``holidays`` package
(~40-80 ms), which the first screen must not wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

from ...i18n import translator
from .actions import LATER_TIP

_ = translator(__name__)


class LaterTip(QObject):
    """Gives ``button`` the tip ``tip_for()`` returns (LATER_TIP when it returns "")."""

    def __init__(self, button: QAbstractButton, tip_for: Callable[[], str]) -> None:
        super().__init__(button)
        self.tip_for = tip_for
        button.setToolTip(_(LATER_TIP))
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QAbstractButton):
            watched.setToolTip(self.tip_for() or _(LATER_TIP))
        return False  # the button shows it as usual
