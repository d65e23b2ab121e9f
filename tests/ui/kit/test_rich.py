"""The one escaping helper writes what ``html.escape`` writes, without loading ``html``."""

from __future__ import annotations

import html

import pytest

from followup_desktop.ui.kit.rich import esc

WORDS = (
    'Tom\'s "A&B"',
    "<b>Smith</b>",
    "O'Neil & <Sons>",
    "&amp; is already an entity",
    "Müller, Øst & Ås 😀",
    "",
    42,
    None,
)


@pytest.mark.parametrize("value", WORDS)
def test_esc_is_html_escape_with_quotes(value):
    assert esc(value) == html.escape(str(value), quote=True)


def test_esc_leaves_no_character_html_would_read_as_markup():
    text = esc("".join(chr(c) for c in range(32, 127)))
    assert not {"<", ">", '"', "'"} & set(text)
    assert text.count("&") == 5  # the five entities, each opened by its own "&"


def test_a_tooltip_reads_as_typed_even_when_it_looks_like_html():
    from PySide6 import QtGui
    from PySide6.QtGui import QTextDocument

    from followup_desktop.ui.kit.rich import plain_tip

    def as_shown(tip: str) -> str:  # Qt's guess, as QToolTip makes it
        if not QtGui.Qt.mightBeRichText(tip):
            return tip
        doc = QTextDocument()
        doc.setHtml(tip)
        return doc.toPlainText()

    looks_like_html = 'Compare option <A> and <B> & Tom\'s "Q&A"\nLast interaction: never'
    assert as_shown(looks_like_html) != looks_like_html  # Qt would drop the tags
    assert as_shown(plain_tip(looks_like_html)) == looks_like_html
    ordinary = "Call Tom about <terms> & the price"
    assert plain_tip(ordinary) == ordinary  # most tooltips stay as they are
