"""Labels with links as Tab stops that behave: one press per link, and out again.

A QLabel whose links are reachable from the keyboard takes two Tab presses to reach its
first link (the first focuses the label with no link chosen, so Enter does nothing), and
Shift+Tab never leaves a label whose text starts with a link (the e-mail, the phone
number): Qt finds the same link again and again. ``links_by_keyboard(label, on)`` makes
such a label one Tab stop per link, its first (Shift+Tab: last) link chosen on arrival,
Enter following it, and Tab or Shift+Tab past its last or first link leaving it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel

_KEYBOARD = Qt.TextInteractionFlag.LinksAccessibleByKeyboard
_TAB_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class _LinkStops(QObject):
    """Installed on a label: which of its links Tab has chosen, and when to leave."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.at = 0  # the chosen link, counted from the first

    def eventFilter(self, label, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self.at = 0
            if event.reason() in _TAB_REASONS:
                forward = event.reason() == Qt.FocusReason.TabFocusReason
                self.at = 0 if forward else _links(label) - 1
                # The first (Shift+Tab: the last) link chosen, searched from the start:
                # Qt searches from where the text cursor was left, maybe past the link.
                label.setSelection(0, 0)
                for _link in range(self.at + 1):
                    label.focusNextPrevChild(True)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return False
            if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                return False  # Ctrl+Tab and the like: not ours
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            step = -1 if back else 1
            if 0 <= self.at + step < _links(label):
                self.at += step
                return False  # the label moves to its next (previous) link
            parent = label.parentWidget()  # past the last (first) link: on to the next stop
            if parent is not None:
                parent.focusNextPrevChild(not back)
                return True
        return False


def _links(label: QLabel) -> int:
    return label.text().count("<a ")


def links_by_keyboard(label: QLabel, on: bool) -> None:
    """Make ``label``'s links Tab stops (``on``), one press each, or none (not ``on``:
    a value without a link is nothing to act on)."""
    flags = label.textInteractionFlags()
    label.setTextInteractionFlags(flags | _KEYBOARD if on else flags & ~_KEYBOARD)
    if on and label.findChild(_LinkStops) is None:
        label.installEventFilter(_LinkStops(label))
