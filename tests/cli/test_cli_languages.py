"""The command line in the user's language (``--lang``): its messages, counts and help,
a built-in category named as the user reads it; the data keeps its stored words."""

from __future__ import annotations

import pytest

from followup_desktop import i18n, preflight
from followup_desktop.app import main
from followup_desktop.store.database import open_database
from followup_desktop.store.models import Contact
from tests.exchange.samples import OUTLOOK_TEXT, write


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), *args])


def test_an_import_in_german_names_the_category_as_shown_and_keeps_its_stored_name(
    tmp_path, data_dir, capsys
):
    path = write(tmp_path, "outlook.csv", OUTLOOK_TEXT, "utf-16")
    assert cli(data_dir, "--lang", "de", "import", str(path), "--category", "Kunden") == 0
    out = capsys.readouterr().out
    assert "3 Zeilen" in out
    assert "Rückgängig machen: followup-desktop undo-import 1" in out
    open_database(data_dir / "followup.sqlite3")
    assert Contact.get(Contact.first_name == "Carl").category.name == "Clients"

    assert cli(data_dir, "--lang", "de", "undo-import", "1") == 0
    assert "3 Kontakte entfernt" in capsys.readouterr().out


def test_french_counts_and_a_spanish_unknown_category(tmp_path, data_dir, capsys):
    path = write(tmp_path, "outlook.csv", OUTLOOK_TEXT, "utf-16")
    assert cli(data_dir, "import", str(path), "--category", "Clients") == 0  # Carl
    capsys.readouterr()
    out = tmp_path / "all.csv"
    assert cli(data_dir, "--lang", "fr", "export-contacts", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"3 contacts exportés dans {out}."
    assert cli(data_dir, "--lang", "fr", "export-contacts", "--out", str(out), "--force",
               "--category", "prospects") == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == f"1 contact exporté dans {out}."  # fr: 1 singular

    ics = tmp_path / "f.ics"
    assert (
        cli(data_dir, "--lang", "es", "export-ics", "--out", str(ics), "--category", "Nadie") == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("followup-desktop: No hay ninguna categoría «Nadie» (existen: ")
    assert "Clientes" in err and "Clients" not in err


def test_the_help_speaks_the_language(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "de", "demo", "--help"])
    out = capsys.readouterr().out
    assert "wie viele Kontakte (Standard 200)" in out


def test_preflight_says_it_in_the_language():
    i18n.set_language("fr")
    text = preflight.run(env={}, system_dirs=[])
    assert text.startswith("Follow-up Desktop ne peut pas ouvrir sa fenêtre : il n’y a pas")
    assert text == i18n.translate("preflight", preflight.NO_DISPLAY)


def test_argparse_own_words_speak_the_language_too(capsys, monkeypatch):
    with pytest.raises(SystemExit):
        main(["--lang", "de", "demo", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: followup-desktop demo") and "\nOptionen:\n" in out
    assert "diese Hilfe anzeigen und beenden" in out
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "demo", "--contacts", "x"])
    err = capsys.readouterr().err
    assert "erreur : argument --contacts : valeur invalide : 'x'" in err
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C")
    with pytest.raises(SystemExit):
        main(["demo", "--contacts", "x"])  # English again on an English system
    assert "error: argument --contacts: invalid int value: 'x'" in capsys.readouterr().err


def test_counts_are_written_as_the_language_writes_them(data_dir, capsys, monkeypatch):
    from followup_desktop.cli import count_format

    assert [count_format("de")(n) for n in (999, 2992, 1234567)] == ["999", "2.992", "1.234.567"]
    assert count_format("fr")(2992) == "2\u202f992"
    assert [count_format("es")(n) for n in (2992, 12345)] == ["2992", "12.345"]
    assert count_format("en") is str
    assert cli(data_dir, "--lang", "de", "demo", "--contacts", "0") == 0
    capsys.readouterr()
    rows = ("cli.import_contacts", "%n row", "%n rows", 2992)
    assert i18n.translate_n(*rows) == "2.992 Zeilen"
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C")
    assert cli(data_dir, "demo", "--contacts", "0", "--force") == 0  # English again
    assert i18n.translate_n(*rows) == "2992 rows"
