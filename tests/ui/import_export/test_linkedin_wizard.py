"""LinkedIn's Connections.csv through File → Import contacts…, and the export dialog's
words about the formula guard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from followup_desktop.store.models import Contact
from followup_desktop.ui.import_export.export_dialog import ExportDialog
from followup_desktop.ui.import_export.import_wizard import ImportWizard
from tests.exchange.linkedin_sample import CONNECTIONS
from tests.exchange.samples import write

TIMEOUT = 20000


def test_the_wizard_says_how_to_get_the_file_and_shows_the_header_line(
    qtbot, qsettings, store, tmp_path
):
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    help_text = wizard.file_page.linkedin_help.text()
    assert "Get a copy of your data" in help_text and "Connections.csv" in help_text
    path = write(tmp_path, "Connections.csv", CONNECTIONS)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.PAGE_PREVIEW  # no column page: the format is known
    summary = wizard.preview_page.summary.text()
    assert "LinkedIn connections CSV" in summary
    assert "columns read from line 4 (lines 1–3 skipped)" in summary
    assert "5 new" in summary
    wizard.grab().save(str(tmp_path / "linkedin-preview.png"))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton
        )
    assert Contact.select().where(Contact.profile_url != "").count() == 5


def test_the_export_dialog_says_what_the_formula_guard_does(qtbot, qsettings, store):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.guard_note
    assert note.isVisible()
    assert "leading apostrophe" in note.text() and "+48 22 123 45 67" in note.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcf"))
    assert not note.isVisible()  # vCard cells are never run as formulas
