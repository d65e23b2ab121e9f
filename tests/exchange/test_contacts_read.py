"""Reading every supported format and encoding into records (no database)."""

import codecs

import pytest

from followup_desktop.exchange.contacts_csv import parse_csv, sniff_delimiter
from followup_desktop.exchange.detect import read_contacts_file

from .samples import (
    GOOGLE_LEGACY_TEXT,
    GOOGLE_TEXT,
    OUTLOOK_TEXT,
    VCARD_21,
    VCARD_30,
    VCARD_40,
    write,
)


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8"),
        ("utf-16", "UTF-16"),
        ("utf-16-le", "UTF-16"),
        ("cp1252", "Windows-1252"),
    ],
)
def test_outlook_csv_in_every_encoding(tmp_path, encoding, label):
    path = write(tmp_path, "export.txt", OUTLOOK_TEXT, encoding)
    parsed = read_contacts_file(path)
    assert (parsed.kind, parsed.encoding) == ("outlook", label)
    zoe = parsed.records[0]
    assert (zoe.first_name, zoe.last_name, zoe.company, zoe.job_title) == (
        "Zoë",
        "Ångström",
        "Nordic Gears",
        "Buyer",
    )
    assert (zoe.email, zoe.phone, zoe.mobile) == (
        "zoe@nordic.example",
        "+46 8 123 45",
        "+46 70 111 22",
    )
    assert zoe.categories == ["Clients", "VIP"]
    assert zoe.referred_by == "Carl Berg"
    # The quoted line break is kept; values we have no column for are kept in the notes.
    assert zoe.notes.startswith("Met at the fair.\nLikes blue.")
    assert "E-mail 2 Address: zoe.private@example.org" in zoe.notes
    assert "Home Phone: +46 8 999" in zoe.notes
    assert zoe.line == 2 and parsed.records[1].line == 4  # the note spans lines 2-3
    assert [r.problem for r in parsed.records] == ["", "", ""]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter):
    text = OUTLOOK_TEXT.replace(",", delimiter) if delimiter != "," else OUTLOOK_TEXT
    # Keep the sample's quoted commas intact for the other delimiters.
    if delimiter != ",":
        text = "First Name{0}Last Name{0}Company{0}E-mail Address\nAna{0}Lee{0}Lee, Inc{0}a@l.io\n"
        text = text.format(delimiter)
    assert sniff_delimiter(text) == delimiter
    parsed = parse_csv(text)
    assert parsed.records[0].last_name in ("Ångström", "Lee")


def test_google_current_export_with_multi_values(tmp_path):
    parsed = read_contacts_file(write(tmp_path, "contacts.csv", GOOGLE_TEXT))
    assert parsed.kind == "google"
    ana, bea = parsed.records
    assert (ana.first_name, ana.last_name, ana.company, ana.job_title) == (
        "Ana",
        "Souza",
        "Souza Ltda",
        "CEO",
    )
    assert ana.email == "ana@souza.example"
    assert "ana@home.example" in ana.notes
    assert ana.mobile == "+55 11 9999" and ana.phone == "+55 11 3333"
    assert "+55 11 4444" in ana.notes
    assert ana.notes.startswith("first line\nsecond line")
    assert ana.categories == ["Clients", "Golf"]  # "* myContacts" is Google's, not a label
    assert ana.referred_by == "Bea Lima"
    assert bea.email == "bea@lima.example" and bea.categories == []


def test_google_older_given_name_export(tmp_path):
    parsed = read_contacts_file(write(tmp_path, "google.csv", GOOGLE_LEGACY_TEXT))
    assert parsed.kind == "google-legacy"
    kim = parsed.records[0]
    assert (kim.first_name, kim.last_name, kim.company, kim.job_title) == (
        "Kim",
        "Park",
        "Park Co",
        "Owner",
    )
    assert (kim.email, kim.mobile, kim.categories) == (
        "kim@park.example",
        "010-1234",
        ["Prospects"],
    )


def test_vcards_21_30_40_in_one_file_named_csv(tmp_path):
    path = write(tmp_path, "phone.csv", VCARD_21 + VCARD_30 + VCARD_40)
    parsed = read_contacts_file(path)
    assert parsed.kind == "vcard"
    juergen, maria, jane = parsed.records
    assert (juergen.first_name, juergen.last_name) == ("Jürgen", "Müller")
    assert (juergen.mobile, juergen.phone) == ("+49 170 1", "+49 30 2")
    assert juergen.notes == "Erste Zeile\nZweite Zeile"
    assert maria.company == "Rossi, Figli & Co."
    assert maria.categories == ["Clients", "Italy"]
    assert "folded across two" in maria.notes
    assert (jane.first_name, jane.mobile, jane.email) == ("Jane", "+1-555-0100", "jane@doe.example")
    assert [r.line for r in parsed.records] == [1, 11, 23]


def test_generic_csv_guess_and_explicit_mapping():
    text = "Name;Firm;Mail;Cell;Remarks\nAda Lovelace;Engines;ada@x.org;+44 7;hello\n"
    parsed = parse_csv(text)
    assert parsed.kind == "generic"
    assert parsed.mapping == {0: "full_name", 1: "company", 2: "email", 3: "mobile", 4: "notes"}
    ada = parsed.records[0]
    assert (ada.first_name, ada.last_name, ada.company, ada.mobile) == (
        "Ada",
        "Lovelace",
        "Engines",
        "+44 7",
    )
    mapped = parse_csv(text, mapping={0: "company", 2: "email"})
    assert (mapped.records[0].company, mapped.records[0].first_name) == ("Ada Lovelace", "")


def test_bad_rows_are_marked_and_the_others_still_read():
    text = (
        "First Name,Last Name,Company,E-mail Address\n"
        "Ada,Lovelace,,ada@x.org\n"
        ",,,\n"
        ",,,not-an-email-but-no-name\n"
        "Bob,,,bob at example\n"
        "Cy,Young,Acme,cy@acme.example,extra,values\n"
        "Dee,Dee,,dee@x.org\n"
    )
    parsed = parse_csv(text)
    problems = {r.line: r.problem for r in parsed.records}
    assert problems[2] == ""
    assert "not valid" in problems[4] and "not valid" in problems[5]
    assert "6 values" in problems[6]
    assert problems[7] == ""
    assert 3 not in problems  # a blank row is not a contact and not an error


def test_unclosed_quote_is_reported_on_its_line():
    text = (
        'First Name,Last Name,E-mail Address\nAda,L,a@x.org\nBob,"Never closed,b@x.org\n'
        "C,D,c@x.org\n"
    )
    parsed = parse_csv(text)
    assert parsed.records[0].problem == ""
    assert "line 3" in parsed.records[-1].problem and "never closed" in parsed.records[-1].problem


def test_bom_variants_are_all_recognised(tmp_path):
    for bom, codec in ((codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8")):
        path = tmp_path / f"{codec}.csv"
        path.write_bytes(bom + OUTLOOK_TEXT.encode(codec))
        assert read_contacts_file(path).records[0].first_name == "Zoë"
