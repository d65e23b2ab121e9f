"""A tab widget that does not repaint the whole window when one of its pages relayouts.

When anything inside a page changes size (a count label getting longer, a scroll bar
appearing, the contact pane showing another contact), Qt's layouts pass a
LayoutRequest up from parent to parent until it reaches the tab widget, and
QTabWidget answers every LayoutRequest by placing its tab bar and pages again and
repainting itself, with everything on it: the whole window, on every search keystroke
that changed the match count. The pages have already laid themselves out by then;
the tab widget's own layout only depends on its size, its tab bar and its corner
widgets. ``SteadyTabWidget`` skips the request when none of those changed, and still
tells the window that its size hints may have (a page may have grown a minimum size).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTabWidget


class SteadyTabWidget(QTabWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._placed_for: tuple | None = None

    def _placement(self) -> tuple:
        """Everything QTabWidget places its tab bar and pages by."""
        bar = self.tabBar()
        corners = tuple(
            (widget.isVisibleTo(self), widget.sizeHint(), widget.minimumSizeHint())
            if (widget := self.cornerWidget(corner)) is not None
            else None
            for corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
        )
        return (
            self.size(),
            bar.isVisibleTo(self),
            bar.sizeHint(),
            bar.minimumSizeHint(),
            self.tabPosition(),
            self.documentMode(),
            self.layoutDirection(),
            corners,
        )

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LayoutRequest or not self.isVisible():
            return super().event(event)
        placement = self._placement()
        if placement == self._placed_for:
            self.updateGeometry()  # a page's minimum or preferred size may have changed
            return True
        handled = super().event(event)
        self._placed_for = placement
        return handled

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # places the tab bar and pages for the new size
        if self.isVisible():
            self._placed_for = self._placement()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._placed_for = None  # the style's margins may differ: place anew
        super().changeEvent(event)
