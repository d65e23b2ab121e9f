"""The follow-up dialogs and menus in German, French and Spanish: what a salesperson reads
is in their language, what is saved is the same in every language."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from followup_desktop.store import contacts, followups, series
from followup_desktop.store.models import FollowUp, Interaction, SeriesTemplate
from followup_desktop.ui.followups import talking_points_dialog
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.followups.commands import CatchUpCommand
from followup_desktop.ui.followups.menus import followup_menu
from followup_desktop.ui.followups.note_dialog import NoteDialog
from followup_desktop.ui.followups.series_commands import apply_series
from followup_desktop.ui.followups.series_dialogs import SeriesDialog
from followup_desktop.ui.followups.series_editor import SeriesEditor
from followup_desktop.ui.followups.talking_points_dialog import TemplateEditor
from tests.lookups import category_by_name
from tests.ui.shortcuts import menu_mnemonic_clashes

TODAY = date.today()


@pytest.fixture
def grace(store):
    cat = category_by_name("Prospects").id
    return contacts.create_contact(
        first_name="Grace", last_name="Hopper", email="grace@example.org",
        phone="+49 30 1234567", category=cat,
    )  # fmt: skip


def _texts(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_note_dialog_speaks_german_and_saves_the_same_codes(qtbot, grace, speak):
    speak("de")
    fu = followups.create_followup(grace.id, TODAY, "Angebot nachfassen", channel="email")
    dialog = NoteDialog(grace.id, fu.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Interaktion erfassen \u2014 Grace Hopper"
    assert "E-Mail" in _texts(dialog.channel) and "Anruf" in _texts(dialog.channel)
    assert dialog.channel.currentText() == "E-Mail"  # the follow-up's channel, in German
    assert "Nachricht hinterlassen" in _texts(dialog.outcome)
    assert dialog.plan_radio.text() == "Nächsten Schritt planen"
    assert dialog.mine.text() == "Ich bin am Zug"
    context = dialog.findChild(type(dialog.status), "followup_reason").text()
    assert "Angebot nachfassen" in context and "E-Mail, fällig" in context
    # The user picks the German words; the database gets the English codes.
    dialog.outcome.setCurrentIndex(_texts(dialog.outcome).index("Nachricht hinterlassen"))
    dialog.step_channel.setCurrentIndex(_texts(dialog.step_channel).index("Brief oder Karte"))
    dialog.reason.setText("Preise schicken")
    assert dialog.try_save()
    note = Interaction.get()
    assert (note.channel, note.outcome) == ("email", "left message")
    step = FollowUp.get(FollowUp.reason == "Preise schicken")
    assert step.channel == "letter or card"


def test_the_note_dialog_says_what_is_missing_in_french(qtbot, grace, speak):
    speak("fr")
    dialog = NoteDialog(grace.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.reason.clear()
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text() == (
        "La prochaine étape a besoin d'un motif : de quoi allez-vous leur parler ?"
    )
    dialog.none_radio.setChecked(True)
    assert dialog.status.text() == "Dites pourquoi il n'y a pas de prochaine étape."


def test_open_steps_count_in_the_languages_plural(qtbot, grace, speak):
    followups.create_followup(grace.id, TODAY + timedelta(days=3), "Vertrag prüfen")
    speak("de")
    dialog = NoteDialog(grace.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.reason.setText("Rabatt anbieten")
    summary = dialog.open_steps.summary.text()
    assert "Grace Hopper 2 offene Schritte" in summary
    assert "\u201eRabatt anbieten\u201c und \u201eVertrag prüfen\u201c" in summary
    dialog.none_radio.setChecked(True)  # the kept step stays: one of it
    assert dialog.open_steps.summary.text().startswith("Nach dem Speichern bleibt")


@pytest.mark.parametrize(
    ("language", "first", "snooze"),
    [
        ("de", "&Erledigt\u2026", ["15 Minuten", "1 Stunde", "3 Stunden"]),
        ("fr", "Marquer comme &fait\u2026", ["15 minutes", "1 heure", "3 heures"]),
        ("es", "Marcar como &hecho\u2026", ["15 minutos", "1 hora", "3 horas"]),
    ],
)
def test_the_follow_up_menu_in_each_language(qtbot, grace, speak, language, first, snooze):
    fu = followups.create_followup(grace.id, TODAY, "call")
    speak(language)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = FollowUpActions(parent)
    actions.now = lambda: datetime.combine(TODAY, time(10, 0))  # each snooze says when
    menu = followup_menu(actions, fu.id)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == first
    assert any("Grace Hopper" in t for t in texts)
    reschedule, snooze_menu = [a.menu() for a in menu.actions() if a.menu() is not None]
    # Each snooze says when it reminds again (from 10:00).
    whens = ("(10:15)", "(11:00)", "(13:00)")
    assert [a.text() for a in snooze_menu.actions()] == [
        f"{words} {when}" for words, when in zip(snooze, whens, strict=True)
    ]
    # Every entry keeps one mnemonic, and no two share a letter.
    assert all(t.replace("&&", "").count("&") == 1 for t in texts)
    assert menu_mnemonic_clashes(menu) == []


def test_undo_texts_count_in_german_and_french(store, speak):
    speak("de")
    assert CatchUpCommand([(1, TODAY), (2, TODAY)]).text() == "Aufholen (2 Follow-ups)"
    speak("fr")
    assert CatchUpCommand([(1, TODAY)]).text() == "Rattrapage (1 relance)"


def test_the_series_editor_shows_spanish_channels_and_stores_the_codes(qtbot, store, speak):
    speak("es")
    editor = SeriesEditor()
    qtbot.addWidget(editor)
    editor.new_series()
    assert editor.steps.item(0, 2).text() == "Nota de agradecimiento"
    channel = editor.steps.cellWidget(0, 3)
    assert channel.currentText() == "correo"
    channel.setCurrentIndex(_texts(channel).index("llamada"))
    editor.name.setText("Feria")
    assert editor.save()
    assert editor.status.text() == "Guardado. Las series ya aplicadas conservan sus pasos."
    tpl = SeriesTemplate.get(SeriesTemplate.name == "Feria")
    assert [s.channel for s in series.template(tpl.id).steps] == ["call"]


def test_a_template_edited_in_german_stays_german(qtbot, grace, speak):
    fu = followups.create_followup(grace.id, TODAY, "Angebot", whose="theirs")
    english = talking_points_dialog.message_for(fu.id, "promised")
    speak("de")
    editor = TemplateEditor("promised")
    qtbot.addWidget(editor)
    assert editor.windowTitle().startswith("Vorlage \u2014 ")
    editor.subject.setText("Kurze Frage, {first_name}")
    editor.body.setPlainText("Hallo {first_name}, gibt es Neuigkeiten?")
    assert editor.save()
    assert talking_points_dialog.message_for(fu.id, "promised") == (
        "Kurze Frage, Grace",
        "Hallo Grace, gibt es Neuigkeiten?",
    )
    speak("en")  # the English message is still the built-in one
    assert talking_points_dialog.message_for(fu.id, "promised") == english


def test_a_built_in_series_saved_in_german_still_reads_english_in_english(qtbot, store, speak):
    speak("de")
    editor = SeriesEditor()
    qtbot.addWidget(editor)
    assert editor.name.text() == "Nach dem Verkauf"
    german_reason = editor.steps.item(0, 2).text()
    assert german_reason != "Thank-you note for the order"
    editor.shift.setChecked(True)  # a change of the option only
    assert editor.save()
    editor.steps.item(1, 2).setText("Nachfragen, ob alles läuft")  # one step reworded
    assert editor.save()
    after = series.template(series.AFTER_THE_SALE)
    assert after.name == "Nach dem Verkauf" and after.steps[0].reason == german_reason
    speak("en")
    after = series.template(series.AFTER_THE_SALE)
    assert after.name == "After the sale" and after.shift_on_early
    assert after.steps[0].reason == "Thank-you note for the order"
    assert after.steps[1].reason == "Nachfragen, ob alles läuft"  # as the user typed it


def test_the_series_dialog_names_a_built_in_series_in_the_language(qtbot, grace, speak):
    stack = QUndoStack()
    apply_series(stack, series.AFTER_THE_SALE, grace.id, TODAY)  # applied in English
    speak("fr")
    dialog = SeriesDialog(grace.id, stack, TODAY)
    qtbot.addWidget(dialog)
    top = dialog.tree.topLevelItem(0)
    assert top.text(0).startswith("Après la vente (à partir du ")
    assert top.text(4) == "5 ouvertes"
    assert dialog.stop_current()
    assert dialog.status.text() == "« Après la vente » arrêtée (Ctrl+Z pour revenir en arrière)."
