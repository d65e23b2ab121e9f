"""Rich text with the user's words in it: one way to escape, one way to show it.

A QLabel left at ``Qt.AutoText`` guesses whether its text is HTML: "Tom's call" escaped
to "Tom&#x27;s call" is guessed to be plain text and shows the entity, while a name
like "<b>" unescaped would be taken as markup. So every label that shows rich text
says so (``rich``/``rich_label``), every user-typed value in it goes through ``esc``,
and labels of the user's words alone are plain text (``plain``/``plain_label``).
Tooltips have no text format: one with the user's words goes through ``plain_tip``.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# What ``html.escape(quote=True)`` replaces, with the same entities: the ``html`` package
# also loads its 2,000-entity table (for unescaping), about a millisecond of every start.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def esc(value: object) -> str:
    """The value as HTML text (also safe inside a quoted attribute)."""
    return str(value).translate(_ESCAPES)


def rich(label: QLabel, html: str) -> QLabel:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(html)
    return label


def rich_label(html: str = "", parent: QWidget | None = None) -> QLabel:
    return rich(QLabel(parent), html)


def plain(label: QLabel, text: str) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    return plain(QLabel(parent), text)


def menu_text(value: object) -> str:
    """The user's words in a menu item or button: "&" doubled, so "Tom & Jerry" is not
    read as a mnemonic (which would show "Tom  Jerry" and take Alt+Space)."""
    return str(value).replace("&", "&&")


def plain_tip(text: str) -> str:
    """A tooltip that shows the user's words exactly as typed.

    Qt guesses whether a tooltip is HTML: a reason like "compare option <A> and <B>" or
    a name with "<b>" in it would lose the tags and turn bold. Such a text is escaped
    into rich text that reads as typed (its line breaks kept); any other text, most of
    them, is returned unchanged."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return "<qt>" + esc(text).replace("\n", "<br>") + "</qt>"
