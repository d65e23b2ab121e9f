"""The store's words in German and French: the sample book a German salesperson makes,
the messages a dialog or the command line shows, the built-in series; the data's codes
and stored names stay the same in every language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup_desktop.domain import series as series_rules
from followup_desktop.domain.personal import KeyDate, PersonalInfo
from followup_desktop.store import contacts, database, demo, personal, series
from followup_desktop.store.errors import DataDirError, InvalidInputError
from followup_desktop.store.models import Category


def _book(store):
    return store.execute_sql(
        "SELECT c.id, c.job_title, c.notes, f.due_date, f.whose, f.status, f.reason"
        " FROM contact c JOIN followup f ON f.contact_id = c.id ORDER BY f.id"
    ).fetchall()


def test_a_sample_book_made_in_german_reads_german_and_has_the_same_shape(store, speak):
    speak("de")
    summary = demo.generate(40, seed=7)
    german = _book(store)
    assert str(summary).startswith("40 Kontakte, ")
    assert str(summary).endswith(" hinzugefügt.")
    reasons = {r[6] for r in german}
    assert "Überarbeitete Preise schicken" in reasons or "Zum Angebot nachfassen" in reasons
    assert not reasons & {"send revised pricing", "follow up on the proposal"}
    notes = {n for (n,) in store.execute_sql("SELECT notes FROM interaction")}
    assert "Broschüre und Preisliste geschickt." in notes
    # Its numbers are German ones, as a German salesperson's book would hold: most at
    # home, read as valid German numbers (an English book's US numbers were read as
    # German ones or not at all, and showed in mixed formats).
    import phonenumbers

    numbers = [n for (n,) in store.execute_sql("SELECT phone FROM contact WHERE phone != ''")]
    german_ones = [
        n for n in numbers
        if n.startswith(("0", "+49"))  # written as in Germany, not "(720) 419-0614"
        and phonenumbers.is_valid_number(parsed := phonenumbers.parse(n, "DE"))
        and phonenumbers.region_code_for_number(parsed) == "DE"
    ]  # fmt: skip
    assert numbers and len(german_ones) >= 0.7 * len(numbers)
    # The same seed in English: the same people, dates and moves; only the words differ.
    for table in ("remembered", "key_date", "contact_address", "followup", "interaction"):
        store.execute_sql(f"DELETE FROM {table}")
    store.execute_sql("DELETE FROM contact")
    speak("en")
    demo.generate(40, seed=7)
    english = _book(store)
    assert [r[3:6] for r in english] == [r[3:6] for r in german]
    assert {r[6] for r in english} & {"send revised pricing", "follow up on the proposal"}
    # Stored codes never follow the language.
    codes = {c for (c,) in store.execute_sql("SELECT DISTINCT channel FROM interaction")}
    assert codes <= {
        "call",
        "email",
        "meeting",
        "text message",
        "letter or card",
        "social",
        "other",
    }


def test_a_full_book_is_refused_in_french_with_its_count(store, speak):
    demo.generate(1, seed=1)
    speak("fr")
    with pytest.raises(demo.DemoRefusedError) as raised:
        demo.ensure_empty()
    assert str(raised.value).startswith("La base de données contient déjà 1 contact ;")


def test_store_messages_reach_the_dialog_in_german(store, speak, tmp_path: Path):
    speak("de")
    with pytest.raises(InvalidInputError, match="^Eine Kategorie braucht einen Namen.$"):
        contacts.add_category("  ")
    folder = tmp_path / "a-file"
    folder.write_text("x")
    with pytest.raises(DataDirError) as raised:
        database.ensure_data_dir(folder)
    assert str(raised.value) == f"Der Datenordner {folder} ist eine Datei, kein Ordner."
    two = PersonalInfo(key_dates=(KeyDate("birthday", 1, 2), KeyDate("birthday", 3, 4)))
    assert personal.check_personal(two, date(2026, 1, 1)) == "Ein Kontakt hat einen Geburtstag."


def test_built_in_series_read_in_the_language_and_stay_stored_in_english(store, speak):
    speak("de")
    shown = {t.id: t for t in series.templates()}
    assert shown[series.AFTER_THE_SALE].name == "Nach dem Verkauf"
    assert shown[series.AFTER_THE_SALE].steps[0].reason == "Dankeskarte für den Auftrag"
    stored = store.execute_sql("SELECT name FROM series_template WHERE id = 1").fetchone()[0]
    assert stored == "After the sale"
    assert series_rules.series_label("My own series") == "My own series"
    clients = Category.get(Category.name == "Clients")
    contact = contacts.create_contact(first_name="Ada", last_name="Lovelace", category=clients)
    series.apply(series.AFTER_THE_SALE, contact.id, date(2026, 12, 7))
    (run,) = series.runs_for_contact(contact.id)
    assert run.name == "Nach dem Verkauf"
    assert run.steps[0].reason == "Dankeskarte für den Auftrag"  # planned in German
    speak("en")
    (run,) = series.runs_for_contact(contact.id)
    assert run.name == "After the sale"  # the run keeps the series' stored name
