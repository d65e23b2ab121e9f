"""How the agenda's columns give way on a narrow window (``kit.columns.PriorityColumns``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QFontMetrics

from ..kit.columns import Column

# What the list must show at any width, in order: who, why, when, and the phone or
# e-mail to act on; then the channel, the company and the last interaction, which give
# way (hidden, with their text in the row's tooltips) on a narrow laptop window.
# (column, priority, minimum, preferred, stretches)
COLUMNS = [
    Column(0, 0, 120, 170),
    Column(2, 1, 150, 300, stretch=True, essential=True),
    Column(4, 2, 150, 220, essential=True),
    Column(6, 3, 150, 230, essential=True),
    Column(3, 4, 60, 80),
    Column(1, 5, 100, 150),
    Column(5, 6, 170, 300),
]
# Losing touch has shorter texts where the others have the due date.
LOSING_COLUMNS = [
    Column(0, 0, 120, 170),
    Column(2, 1, 120, 170, essential=True),
    Column(6, 2, 150, 230, essential=True),
    Column(4, 3, 90, 130),
    Column(3, 4, 100, 140),
    Column(1, 5, 100, 150),
    Column(5, 6, 170, 300, stretch=True),
]


def fitted(
    columns: list[Column], metrics: QFontMetrics, due_texts: tuple[str, ...]
) -> list[Column]:
    """``columns`` with the Due column as wide as the longest of some long due texts in
    the language and font on screen ("34 Tage überfällig · Mi., 30. Nov." needs ~270 px
    where English needs 220); essential columns reach their preferred width before the
    others grow (``kit.columns.plan_widths``)."""
    longest = max(metrics.horizontalAdvance(text) for text in due_texts)
    wanted = longest + 24 + 16  # the warning icon, the padding
    return [
        replace(c, preferred=max(c.preferred, wanted)) if c.index == 4 and c.essential else c
        for c in columns
    ]
