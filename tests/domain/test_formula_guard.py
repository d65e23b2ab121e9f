"""The CSV formula guard: what a spreadsheet would run is kept text; phone numbers pass."""

import pytest

from followup_desktop.domain.formula_guard import guard, is_plain_phone

PHONES = [
    "+48 22 123 45 67",
    "+81 90-1234-5678",
    "+1 (555) 010-2030",
    "+1 (555) 010-2030 ext. 12",
    "+44 20 7946 0000 x45",
    "+49 30/1234567",
    "+33 1.23.45.67.89",
    "+7 495 123-45-67 #3",
]
ATTACKS = [
    '=HYPERLINK("http://evil","click")',
    "=1+1",
    "@SUM(A1:A9)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "+1+1",
    "+48 22 123 45 67+A1",
    "-0 70",
    "-1234567",
    "\t=1+1",
    "\r=1+1",
    "\tplain",
    "+SUM(A1)",
    "+12",
]


@pytest.mark.parametrize("number", PHONES)
def test_phone_numbers_are_written_as_they_are(number):
    assert is_plain_phone(number)
    assert guard(number) == number


@pytest.mark.parametrize("value", ATTACKS)
def test_what_a_spreadsheet_would_run_is_neutralised(value):
    assert guard(value) == "'" + value


@pytest.mark.parametrize("value", ["plain", "Acme, Inc.", "12 Main St", "", "ann@x.example"])
def test_ordinary_text_is_untouched(value):
    assert guard(value) == value
