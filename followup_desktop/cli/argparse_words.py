"""argparse's own words ("usage:", "options", "show this help message and exit", its error
lines) in the chosen language: argparse asks ``gettext`` for them, which knows none of
ours, so ``install()`` hands it this table instead. Only the words a person meets in
``--help`` and in a mistyped command are here; argparse's messages to programmers stay
English. ``%(prog)s``-style slots are argparse's own and are kept as they are.
"""

from __future__ import annotations

import argparse

from ..i18n import translator

_ = translator(__name__)

MESSAGES = (
    _.mark("usage: "),
    _.mark("options"),
    _.mark("positional arguments"),
    _.mark("show this help message and exit"),
    _.mark("%(prog)s: error: %(message)s\n"),
    _.mark("argument %(argument_name)s: %(message)s"),
    _.mark("invalid choice: %(value)r (choose from %(choices)s)"),
    _.mark("invalid %(type)s value: %(value)r"),
    _.mark("the following arguments are required: %s"),
    _.mark("unrecognized arguments: %s"),
    _.mark("expected one argument"),
    _.mark("expected at least one argument"),
    _.mark("expected at most one argument"),
    _.mark("not allowed with argument %s"),
    _.mark("one of the arguments %s is required"),
    _.mark("ambiguous option: %(option)s could match %(matches)s"),
)
_BY_TEXT = {str(m): m for m in MESSAGES}


def gettext(text: str) -> str:
    """argparse's word in the chosen language (English when it is not one of ours)."""
    message = _BY_TEXT.get(text)
    return _(message) if message is not None else text


def install() -> None:
    """From now on argparse speaks the chosen language (its module-level ``_``)."""
    argparse._ = gettext  # type: ignore[attr-defined]
