"""The run-time reader (one area's file, the first time one of its texts is shown) reads
exactly the finished translations the full reader finds."""

from __future__ import annotations

import pytest

from followup_desktop.i18n import catalogue
from followup_desktop.i18n.extract import TARGETS


def test_the_fast_reader_agrees_with_the_full_one_for_every_file():
    for language in TARGETS:
        for path in sorted((catalogue.translations_dir() / language).glob("*.ts")):
            full = {i: m["forms"] for i, m in catalogue.read_ts(path).items() if m["finished"]}
            assert catalogue.finished_forms(path) == full, path
            assert all(catalogue.area_of(context) == path.stem for context, _key in full)


def test_a_text_is_looked_up_in_its_own_area_only(tmp_path, monkeypatch):
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "ui.agenda.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de_DE">\n'
        "<context><name>ui.agenda.view</name>\n"
        "<message><source>Due</source><translation>Fällig</translation></message>\n"
        '<message><source>Open</source><translation type="unfinished">Offen</translation>'
        "</message>\n"
        '<message numerus="yes"><source>%n contacts</source><translation>'
        "<numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform>"
        "</translation></message>\n</context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    catalogue.load_area.cache_clear()
    try:
        assert catalogue.lookup("de", "ui.agenda.view", "Due") == ("Fällig",)
        assert catalogue.lookup("de", "ui.agenda.view", "Open") is None  # unfinished
        assert catalogue.lookup("de", "ui.agenda.view", "%n contacts") == (
            "%n Kontakt",
            "%n Kontakte",
        )
        assert catalogue.lookup("de", "ui.shell.main_window", "Due") is None  # no such file
        assert catalogue.load_area.cache_info().currsize == 2  # ui.agenda, then ui.shell
    finally:
        catalogue.load_area.cache_clear()


def test_a_read_area_is_kept_in_the_cache_until_its_file_changes(tmp_path, monkeypatch):
    source = tmp_path / "i18n"
    (source / "fr").mkdir(parents=True)
    ts = source / "fr" / "app.ts"

    def write(translation: str) -> None:
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="fr_FR">\n'
            f"<context><name>app</name><message><source>Quit</source>"
            f"<translation>{translation}</translation></message></context></TS>\n",
            encoding="utf-8",
        )

    write("Quitter")
    monkeypatch.setattr(catalogue, "translations_dir", lambda: source)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    catalogue.load_area.cache_clear()
    try:
        assert catalogue.lookup("fr", "app", "Quit") == ("Quitter",)
        assert (catalogue.cache_dir() / "fr-app.marshal").is_file()

        catalogue.load_area.cache_clear()  # a new start: read from the cache, not the file
        monkeypatch.setattr(catalogue, "finished_forms", lambda path: pytest.fail("parsed"))
        assert catalogue.lookup("fr", "app", "Quit") == ("Quitter",)
        monkeypatch.undo()
        monkeypatch.setattr(catalogue, "translations_dir", lambda: source)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

        write("Fermer le programme")  # an edited translation is read again
        catalogue.load_area.cache_clear()
        assert catalogue.lookup("fr", "app", "Quit") == ("Fermer le programme",)

        (catalogue.cache_dir() / "fr-app.marshal").write_bytes(b"not marshal")
        catalogue.load_area.cache_clear()  # a damaged cache file is read past, then renewed
        assert catalogue.lookup("fr", "app", "Quit") == ("Fermer le programme",)

        monkeypatch.setenv("XDG_CACHE_HOME", str(ts))  # a cache that cannot be written
        catalogue.load_area.cache_clear()
        assert catalogue.lookup("fr", "app", "Quit") == ("Fermer le programme",)
    finally:
        catalogue.load_area.cache_clear()
