"""The Contacts tab and the contact dialog in German, French and Spanish: column titles,
counts with their plural, built-in categories by their translated names (the data keeps
its own), the pane's sections, and a dialog whose Alt letters still do not clash."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop import i18n
from followup_desktop.store import contacts, followups, notes
from followup_desktop.store.models import Category, Contact
from followup_desktop.ui.contacts import timeline as timeline_ui
from followup_desktop.ui.contacts.commands import ArchiveContactsCommand
from followup_desktop.ui.contacts.dialog import ContactDialog
from followup_desktop.ui.contacts.view import ContactsView
from followup_desktop.ui.followups.actions import FollowUpActions
from tests.ui.keyboard import type_text
from tests.ui.shortcuts import mnemonic_clashes

H = Qt.Orientation.Horizontal


@pytest.fixture
def book(store):
    cats = {c.name: c.id for c in contacts.categories()}
    zoe = contacts.create_contact(first_name="Zoë", last_name="Ångström", company="Nordlys AS",
                                  phone="+47 22 33 44 55", category=cats["Clients"])  # fmt: skip
    contacts.create_contact(first_name="José", last_name="Peña", category=cats["Prospects"])
    return zoe


def _view(qtbot, speak, language: str) -> ContactsView:
    speak(language)
    view = ContactsView(QUndoStack())
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def test_german_list_headers_counts_and_categories(qtbot, book, speak):
    view = _view(qtbot, speak, "de")
    model = view.model
    assert [model.headerData(c, H) for c in range(model.columnCount())] == [
        "Name", "Firma", "Kategorie", "Telefon", "E-Mail", "Letzter Kontakt", "Nächstes Follow-up",
    ]  # fmt: skip
    assert view.count_label.text() == "2 Kontakte"
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows == {"Zoë Ångström": "Kunden", "José Peña": "Interessenten"}
    assert model.index(0, 5).data() == "nie"
    tip = view.table.horizontalHeader().toolTip()
    assert tip.startswith("Sortieren: auf eine Spalte klicken oder ")
    assert "+1 Name, " in tip and tip.endswith("+7 Nächstes Follow-up (nochmals: umgekehrt)")
    type_text(qtbot, view.search, "zoë")
    assert view.count_label.text() == "1 Treffer"
    # The data keeps its names: the categories are stored as they were seeded.
    assert Category.get_by_id(Contact.get_by_id(book.id).category_id).name == "Clients"


def test_french_pane_names_the_fields_and_the_category(qtbot, book, speak):
    view = _view(qtbot, speak, "fr")
    view.select_contact(book.id)
    pane = view.pane
    assert pane.fields["category"].text() == "Clients"
    assert pane._form.labelForField(pane.fields["category"]).text() == "Catégorie :"
    assert pane._form.labelForField(pane.fields["phone"]).text() == "Téléphone :"
    assert pane.archive_button.text() == "Archiver"
    assert pane.notes.text() == "Pas encore de notes de contexte."


def test_spanish_next_step_counts_the_days_overdue(qtbot, book, speak):
    speak("es")
    followups.create_followup(book.id, date.today() - timedelta(days=3), "enviar la oferta",
                              channel="email")  # fmt: skip
    notes.save_note(
        notes.NoteInput(book.id, "call", "reached", "Buena charla", no_next_step_reason="x")
    )
    host = QWidget()
    qtbot.addWidget(host)
    step = timeline_ui.NextStepSection(FollowUpActions(host), host)
    step.show_contact(book.id)
    assert step.headline.text() == "enviar la oferta"
    assert step.when.text().startswith("\u26a0 3 días de retraso — Correo, ")
    line = timeline_ui.TimelineSection(host)
    line.show_contact(book.id)
    assert "<b>Planificado:</b> enviar la oferta" in line.body.text()


def test_archiving_names_the_step_in_the_language(book, speak):
    speak("de")
    assert ArchiveContactsCommand([book.id]).text() == "Zoë Ångström archivieren"
    two = [book.id, contacts.create_contact(first_name="Bo", category=1).id]
    assert ArchiveContactsCommand(two, archive=False).text() == "2 Kontakte wiederherstellen"
    speak("fr")
    assert ArchiveContactsCommand(two).text() == "Archiver 2 contacts"


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_contact_dialog_in_each_language_has_no_clashing_alt_letters(
    qtbot, book, speak, language
):
    speak(language)
    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert mnemonic_clashes(dialog) == []
    # A new contact starts as a prospect, found by its stored name whatever it is called.
    prospects = next(c.id for c in contacts.categories() if c.name == "Prospects")
    assert dialog.category.currentData() == prospects
    assert dialog.category.currentText() == i18n.translator("followup_desktop.domain.vocabulary")(
        "Prospects"
    )
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.personal.isVisible())
    assert mnemonic_clashes(dialog) == []


def test_the_card_lead_time_takes_the_plural_of_its_number(qtbot, book, speak):
    speak("de")
    dialog = ContactDialog(contact_id=book.id)
    qtbot.addWidget(dialog)
    lead = dialog.personal.lead
    lead.setValue(1)
    assert lead.text() == "1 Tag vorher"
    lead.setValue(7)
    assert lead.text() == "7 Tage vorher"
    lead.setValue(-1)
    assert lead.text() == "wie in der Kategorie"


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_contact_pane_never_scrolls_sideways_on_a_laptop(qtbot, book, speak, language):
    """The pane beside the list is about 300 pixels wide: long labels ("Adresse
    professionnelle :"), a long e-mail address and the next step's buttons fit in it."""
    speak(language)
    contacts.update_contact(book.id, email="annemarie.vandenberghe@archer-landscape.example",
                            job_title="Regional Purchasing Manager")  # fmt: skip
    followups.create_followup(book.id, date.today() + timedelta(days=3), "send the offer")
    view = _view(qtbot, speak, language)
    host = QWidget()
    qtbot.addWidget(host)
    timeline_ui.install(view.pane, FollowUpActions(host))
    view.select_contact(book.id)
    view.splitter.setSizes([800, 300])
    qtbot.waitUntil(lambda: view.pane.fields["email"].isVisible())
    assert view.pane.width() <= 310
    assert view.pane.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_date_examples_shown_in_the_personal_tab_are_dates_the_tab_accepts(
    qtbot, book, speak, language
):
    """Typing what the hint shows ("15. März 2010", "15 de marzo") gives a valid date."""
    speak(language)
    dialog = ContactDialog(contact_id=book.id)
    qtbot.addWidget(dialog)
    editor = dialog.personal
    row = editor.add_date_row()
    row.when.setText(row.when.placeholderText())
    assert not isinstance(row.value(), str), row.value()
    first, _sep, second = editor.birthday.placeholderText().rpartition(
        {"en": ", or ", "de": " oder ", "fr": ", ou ", "es": ", o "}[language]
    )
    for typed in (first, second):
        editor.birthday.setText(typed)
        assert editor.problem() is None, typed
        assert editor.value().info.key_dates[0].month == 3
