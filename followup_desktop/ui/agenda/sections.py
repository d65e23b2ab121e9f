"""The agenda's list of sections (Overdue, Today, ... each with its count), and what each
says when it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QWidget

from ...i18n import translator
from .model import SectionModel

_ = translator(__name__)

HINTS = {
    "overdue": _.mark("Nothing is overdue. Well done."),
    "today": _.mark("Nothing due today."),
    "week": _.mark("Nothing planned for the next six days."),
    "theirs": _.mark("Nobody owes you a reply."),
    "losing": _.mark("Everyone has heard from you within their rhythm."),
    "none": _.mark("Every contact has a next step."),
    "keydates": _.mark(
        "No birthdays, anniversaries or dated things to remember in the next 14 days."
    ),
}


class SectionList(QListView):
    """The sections, each with its count; as wide as its longest name in the language."""

    def __init__(self, model: SectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(_("Agenda sections"))
        self.setMinimumWidth(150)
        self.setSpacing(2)

    def fit(self) -> None:
        """Widen the section list to its longest name and count ("Kein nächster Schritt
        (37)", "Pas de prochaine étape (37)"), in bold as Overdue is drawn; it only
        grows, so the list does not jitter as counts change."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            icon = 24 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, metrics.horizontalAdvance(index.data() or "") + icon)
        # The item's padding and spacing, the frame. Nothing more: every pixel beyond
        # goes to the list beside it, whose Due column is long in German.
        needed = widest + 12 + 2 * self.spacing() + 2 * self.frameWidth() + 4
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)
