"""The agenda's list of sections (Overdue, Today, ... each with its count), and what each
says when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
_ICON = 24  # the overdue section's warning icon and its gap
_PADDING = 12 + 4  # an item's text margins, and a little room


def _words(text: str) -> list[str]:
    """The places a line may break: between the name's words; the count ("(16)")
    stays with the last one."""
    name, sep, count = text.rpartition("  (")
    if not sep:
        return text.split(" ")
    words = name.split(" ")
    words[-1] = f"{words[-1]}{sep}{count}"
    return words


def two_lines(metrics: QFontMetrics, text: str) -> tuple[str, int]:
    """``text`` on two lines as even as they come, broken between words (one line when
    it is one word), and the width of the wider line."""
    words = _words(text)
    best = (text, metrics.horizontalAdvance(text))
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        width = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if cut == 1 or width < best[1]:
            best = (f"{first}\n{second}", width)
    return best


class SectionList(QListView):
    """The sections, each with its count: no wider than it needs. Where a language's
    names are long (German, French, Spanish) the longest take two lines, broken between
    words, the count with the last word, so the list of follow-ups beside it keeps its
    room. Qt draws the items (drawing them in Python would build QPainter's types before
    the first screen): the model gives the lines (``SectionModel.wrap``)."""

    def __init__(self, model: SectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(_("Agenda sections"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Items laid out again when the width changes: the highlight spans the list.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.wanted = 0
        self._room = 0  # the text's width on one line; wider ones take two
        self._metrics = QFontMetrics(self.font())
        self._lines: dict[tuple[str, bool], str] = {}  # the text shown, by text and icon
        self.sections = model
        model.wrap = self._wrap

    def _wrap(self, text: str, icon: bool) -> str:
        # Asked for at every paint of every item: each text's lines are worked out once.
        if not self._room:
            return text
        shown = self._lines.get((text, icon))
        if shown is None:
            if len(self._lines) > 64:  # counts change through the day: keep it small
                self._lines.clear()
            room = self._room - (_ICON if icon else 0)
            wide = self._metrics.horizontalAdvance(text) > room
            shown = self._lines[(text, icon)] = two_lines(self._metrics, text)[0] if wide else text
        return shown

    def fit(self) -> bool:
        """Size the list to its sections' names and counts, in bold as Overdue is drawn:
        one line each where that is narrow (English), else two for the longest. It only
        grows, so the list does not jitter as counts change: True when it grew (to
        ``wanted``)."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = self._metrics = QFontMetrics(bold)
        model = self.sections
        one_line = two = 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = (index.data() or "").replace("\n", " ")
            icon = _ICON if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            one_line = max(one_line, metrics.horizontalAdvance(text) + icon)
            two = max(two, two_lines(metrics, text)[1] + icon)
        # Names on one line where that is narrow (English needs about 17 average
        # characters); longer ones on two lines, not in the room of the list beside it.
        text_width = one_line if one_line <= 18 * metrics.averageCharWidth() else two
        frame = _PADDING + 2 * self.spacing() + 2 * self.frameWidth()
        if text_width + frame <= self.wanted:
            return False
        self.wanted = text_width + frame
        # What an item's text has of that: less the frame, the spacing, its margins.
        room = self.wanted - 2 * self.frameWidth() - 2 * self.spacing() - 8
        self._room = room if text_width == two else 0
        self._lines.clear()
        self.setMinimumWidth(two + frame)
        self.updateGeometry()
        self.sections.set_counts(self.sections.counts)  # shown again, lines for this width
        return True

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.wanted, hint.height()) if self.wanted else hint
