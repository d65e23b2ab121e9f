"""The spreadsheet formula guard of CSV exports, in one place (pure Python).

A cell that Excel, LibreOffice or Google Sheets would evaluate as a formula (it
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with
a leading apostrophe so it stays text: ``=HYPERLINK(...)``, ``@SUM(...)``,
``+cmd|' /C calc'!A0`` and ``-2+3`` cannot run. A plain phone number is not
guarded, so ``+48 22 123 45 67`` reaches Outlook or Google Contacts as it is: only
digits, spaces and ``+ ( ) - . /`` (the ``+`` only in front), at least five digits,
and an optional extension ("ext. 12", "x12", "#12"). Such a value can call no
function and name no other cell.
"""

from __future__ import annotations

import re

from ..i18n import translator

_ = translator(__name__)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_PHONE = re.compile(
    r"\+?[0-9(][0-9 ().\-/]*(?:\s*(?:ext\.?|extension|x|#)\s*[0-9]{1,6})?",
    re.IGNORECASE,
)
MIN_PHONE_DIGITS = 5

#: What the export dialog and the README say the guard does.
EXPLANATION = _.mark(
    "Cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a "
    "line break) are written with a leading apostrophe, so Excel shows them as text "
    "instead of running them. Phone numbers such as +48 22 123 45 67 are written as "
    "they are."
)


def is_plain_phone(value: str) -> bool:
    """Digits, spaces, + ( ) - . / and an optional extension; at least five digits."""
    if not _PLAIN_PHONE.fullmatch(value):
        return False
    return sum(ch.isdigit() for ch in value) >= MIN_PHONE_DIGITS


def needs_guard(value: str) -> bool:
    """Would a spreadsheet evaluate this cell, and is it more than a phone number?"""
    return value.startswith(FORMULA_STARTS) and not is_plain_phone(value)


def guard(value: str) -> str:
    """The cell as written: prefixed with ' when ``needs_guard``."""
    return "'" + value if needs_guard(value) else value
