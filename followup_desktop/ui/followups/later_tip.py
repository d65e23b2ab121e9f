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
    """Gives ``button`` the tip ``tip_for()`` returns, and until it is asked for (or when
    it returns "") ``fallback``: by default LATER_TIP, which says what +1 day does (a
    screen reader reads it as the button's description, so +2 days and Next week need
    words of their own)."""

    def __init__(
        self, button: QAbstractButton, tip_for: Callable[[], str], fallback: str | None = None
    ) -> None:
        super().__init__(button)
        self.tip_for = tip_for
        self.fallback = _(LATER_TIP) if fallback is None else fallback
        button.setToolTip(self.fallback)
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QAbstractButton):
            watched.setToolTip(self.tip_for() or self.fallback)
        return False  # the button shows it as usual
