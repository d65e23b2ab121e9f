"""Files that cannot be imported end in a sentence naming the problem (and the line)."""

import pytest

from followup_desktop.exchange.detect import read_contacts_file
from followup_desktop.exchange.errors import ImportFileError

from .samples import VCARD_30


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \r\n\r\n", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"First Name,Last Name,E-mail Address\r\n", "header row but no contacts"),
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-an-xlsx", "ZIP archive"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x10junk" * 20, "binary file"),
        (b"First Name,Last Name\nAna,Lee\nB\x81b,\x8dLee\n", "unknown text encoding: line 3"),
        (b"BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nFN:Jane Doe\n", "truncated vCard"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_contacts_file(path)
    assert expected in str(info.value)
    assert "contacts.csv" in str(info.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_contacts_file(tmp_path / "nope.csv")


def test_a_truncated_last_card_does_not_hide_the_good_ones(tmp_path):
    path = tmp_path / "phone.vcf"
    broken = "BEGIN:VCARD\nVERSION:3.0\nN:Cut;Off;;;\n"
    path.write_text(VCARD_30 + broken, encoding="utf-8")
    parsed = read_contacts_file(path)
    good, cut = parsed.records
    assert good.problem == "" and good.last_name == "Rossi"
    assert "truncated" in cut.problem and cut.line == 13


def test_an_unreadable_card_is_one_invalid_row(tmp_path):
    path = tmp_path / "phone.vcf"
    bad = "BEGIN:VCARD\nVERSION:3.0\nBEGIN:VEVENT\nFN:x\nEND:VCARD\n"
    path.write_text(bad + VCARD_30, encoding="utf-8")
    parsed = read_contacts_file(path)
    assert "not a readable vCard" in parsed.records[0].problem
    assert parsed.records[1].last_name == "Rossi"


def test_an_odd_line_in_a_card_is_dropped_and_the_card_kept(tmp_path):
    path = tmp_path / "phone.vcf"
    odd = "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Odd\nthis line has no colon\nEND:VCARD\n"
    path.write_text(odd, encoding="utf-8")
    record = read_contacts_file(path).records[0]
    assert (record.first_name, record.last_name, record.problem) == ("Ann", "Odd", "")
