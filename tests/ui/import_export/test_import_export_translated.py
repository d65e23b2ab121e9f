"""The import wizard and the export dialogs in German and French: what a salesperson in
Munich or Lyon reads, with the counts in their plural forms; the data stays as it was."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from followup_desktop.store import contacts, followups
from followup_desktop.store.models import Category, Contact
from followup_desktop.ui.import_export import ics_export_dialog as dlg
from followup_desktop.ui.import_export.export_dialog import ExportDialog
from followup_desktop.ui.import_export.import_wizard import ImportWizard
from tests.exchange.samples import OUTLOOK_TEXT, write

TIMEOUT = 20000
TODAY = date(2024, 3, 11)


def test_the_import_wizard_previews_in_german(qtbot, qsettings, store, tmp_path, speak):
    clients = Category.get(Category.name == "Clients").id
    contacts.create_contact(
        first_name="Carl", last_name="Berg", email="carl@berg.example", category=clients
    )
    speak("de")
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Kontakte importieren"
    assert wizard.file_page.title() == "Datei zum Importieren wählen"
    qtbot.keyClicks(wizard.file_page.path_edit, str(write(tmp_path, "o.csv", OUTLOOK_TEXT)))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Import", "Zeile", "Status", "Aktion"]
    assert [model.index(r, 2).data() for r in range(3)] == ["Neu", "Duplikat", "Neu"]
    assert "3 Zeilen: 2 neu, 1 Duplikat, 0 ungültig" in page.summary.text()
    assert "Clients → Kunden" in page.categories_label.text()  # the file's name → ours
    assert page.default_category.findText("Empfehlungen") >= 0
    assert page.plan_label.text() == (
        "Importieren fügt 2 Kontakte hinzu, aktualisiert 0, führt 0 mit Zeilen darüber "
        "zusammen, überspringt 1 und lässt 0 ungültige Zeilen weg."
    )
    wizard.cancel_task()
    assert Contact.select().count() == 1  # the preview wrote nothing


def test_the_contacts_export_dialog_reads_french_and_keeps_the_stored_name(
    qtbot, qsettings, store, speak
):
    speak("fr")
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter les contacts"
    combo = dialog.category_combo
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "Toutes les catégories",
        "Contacts personnels",
        "Clients",
    ]
    combo.setCurrentIndex(combo.findText("Collègues du secteur"))
    assert combo.currentData() == "Industry Colleagues"  # what the export selects by


def test_the_calendar_dialog_counts_in_german(
    qtbot, qsettings, store, tmp_path, speak, monkeypatch
):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setattr(dlg, "_documents", lambda: tmp_path)
    ann = contacts.create_contact(first_name="Ann", category=2)
    followups.create_followup(ann.id, TODAY + timedelta(days=2), "Call", due_time=time(9))
    speak("de")
    d = dlg.IcsExportDialog(None, today=TODAY)
    qtbot.addWidget(d)
    assert d.count_label.text() == "1 Termin wird geschrieben."
    assert d.scope_combo.currentText() == "Nächste 2 Wochen"
    items = [d.categories.item(i).text() for i in range(d.categories.count())]
    assert items[1:3] == ["Kunden", "Interessenten"]
    assert d.path_edit.text().endswith("follow-ups-2024-03-11.ics")
    followups.create_followup(ann.id, TODAY + timedelta(days=3), "Mail")
    d.refresh()
    assert d.count_label.text() == "2 Termine werden geschrieben."


def test_undoing_an_import_says_so_in_french(qtbot, qsettings, store, tmp_path, speak):
    speak("fr")
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(write(tmp_path, "o.csv", OUTLOOK_TEXT)))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton
        )
    run = wizard.run_page
    assert run.headline.text() == (
        "3 nouveaux contacts importés et 0 mis à jour. Ignorés : 0, non valides : 0."
    )
    assert run.plan_button.text() == ("&Planifier un premier contact pour les 3 nouveaux contacts…")
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(run.undo_button, Qt.MouseButton.LeftButton)
    assert run.headline.text() == (
        "L'import a été annulé : les 3 contacts ajoutés ont été supprimés."
    )
    assert Contact.select().count() == 0
