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
