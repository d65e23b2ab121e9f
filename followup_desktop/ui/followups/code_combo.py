"""Drop-downs of stored words (channels, outcomes...): each entry shows the word in the
user's language (``domain.vocabulary``'s labels) and holds the code the data keeps, so
what is saved is the same in every language. Read ``currentData()``, never the text."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QComboBox, QWidget


def code_combo(
    codes: Iterable[str], label: Callable[[str], str], parent: QWidget | None = None
) -> QComboBox:
    """A drop-down of ``codes``, each shown as ``label(code)``."""
    combo = QComboBox(parent)
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def select_code(combo: QComboBox, code: str) -> None:
    """Show the entry holding ``code`` (a code the list does not hold changes nothing)."""
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
