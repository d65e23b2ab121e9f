"""What a widget's tip says when the mouse rests on it (tests import it like hosts.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def tip_shown(widget: QWidget) -> str:
    """Rest the mouse on ``widget`` (a tool-tip event, as Qt sends one) and read the tip."""
    at = widget.rect().center()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text
