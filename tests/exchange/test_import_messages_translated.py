"""What the import says about a file, in the user's language: the whole file refused, a
row left out, the extra values kept in the notes."""

from __future__ import annotations

import pytest

from followup_desktop.exchange.detect import read_contacts_file
from followup_desktop.exchange.errors import ImportFileError


@pytest.mark.parametrize(
    ("language", "content", "expected"),
    [
        ("de", b"", "„contacts.csv“ ist leer: Es sind keine Kontakte darin."),
        ("fr", b"%PDF-1.7\n...", "« contacts.csv » est un document PDF, pas un fichier"),
        (
            "es",
            b"First Name,Last Name\nAna,Lee\nB\x81b,\x8dLee\n",
            "la línea 3 contiene bytes que no se pueden leer como UTF-8 ni Windows-1252",
        ),
    ],
)
def test_a_refused_file_is_explained_in_the_language(tmp_path, speak, language, content, expected):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    speak(language)
    with pytest.raises(ImportFileError) as info:
        read_contacts_file(path)
    assert expected in str(info.value)


def test_a_bad_row_and_the_kept_extras_read_german(tmp_path, speak):
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\n"
        "EMAIL;TYPE=INTERNET,PREF:jane@example.com\r\nEMAIL;TYPE=INTERNET:jd@home.example\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Max;;;\r\n",
        encoding="utf-8",
    )
    speak("de")
    parsed = read_contacts_file(path)
    jane, broken = parsed.records
    assert jane.notes == "Weitere E-Mail: jd@home.example"
    assert broken.problem == "ist eine abgeschnittene vCard (es fehlt die Zeile END:VCARD)"
