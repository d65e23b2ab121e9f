"""File → Import contacts… driven as a person would, the work running in its worker thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.import_preview import ImportCancelled
from followup_desktop.store.models import Category, Contact, ImportBatch
from followup_desktop.ui.import_export import import_wizard
from followup_desktop.ui.import_export.import_wizard import ImportWizard
from followup_desktop.ui.kit.events import events
from tests.exchange.samples import OUTLOOK_TEXT, write

TIMEOUT = 20000


@pytest.fixture
def carl(store):
    clients = Category.get(Category.name == "Clients").id
    return store_contacts.create_contact(
        first_name="Carl", last_name="Berg", email="carl@berg.example", category=clients
    )


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def choose(qtbot, wizard, path):
    edit = wizard.file_page.path_edit
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def test_outlook_import_previews_imports_and_undoes(qtbot, wizard, carl, tmp_path, qtmodeltester):
    path = write(tmp_path, "outlook.csv", OUTLOOK_TEXT, "utf-16")
    choose(qtbot, wizard, path)
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT) as blocker:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert blocker.args == ["analysis"]
    page = wizard.preview_page
    model = page.model
    qtmodeltester.check(model)
    statuses = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert statuses == ["New", "Duplicate", "New"]  # Carl is already a contact
    assert "Outlook CSV" in page.summary.text() and "UTF-16" in page.summary.text()
    assert "VIP → Prospects" in page.categories_label.text()
    assert "Clients → Clients" in page.categories_label.text()
    assert Contact.select().count() == 1  # the preview wrote nothing

    page.filter_combo.setCurrentIndex(page.filter_combo.findData("duplicate"))
    assert page.filter.rowCount() == 1
    assert page.filter.index(0, 5).data() == "Carl Berg"
    page.filter_combo.setCurrentIndex(page.filter_combo.findData(""))
    assert page.filter.rowCount() == 3
    # Update duplicates instead of skipping them, default category Referrals.
    page.duplicates.setCurrentIndex(page.duplicates.findData("update"))
    page.default_category.setCurrentIndex(page.default_category.findText("Referrals"))
    assert model.index(1, 3).data() == "Update existing"
    # Leave Dora out: select her row's tick box and press Space.
    page.table.setFocus()
    page.table.setCurrentIndex(page.filter.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert model.index(2, 3).data() == "Skip"
    assert "add 1 contact, update 1" in page.plan_label.text()

    with qtbot.waitSignals([wizard.task_finished, events().contacts_changed], timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == wizard.PAGE_RUN
    run = wizard.run_page
    assert "Imported 1 new contact and updated 1" in run.headline.text()
    assert "line 5: skipped, left out in the preview" in run.summary.toPlainText()
    zoe = Contact.get(Contact.first_name == "Zoë")
    assert zoe.category.name == "Clients"
    assert zoe.referred_by_id == carl.id
    assert Contact.get_by_id(carl.id).phone == "+46 8 555"
    assert not Contact.select().where(Contact.first_name == "Dora").exists()
    assert wizard.stack.count() == 1 and "Import of 2 contacts" in wizard.stack.undoText()
    wizard.grab().save(str(tmp_path / "summary.png"))

    with qtbot.waitSignals([wizard.task_finished, events().contacts_changed], timeout=TIMEOUT):
        qtbot.mouseClick(run.undo_button, Qt.MouseButton.LeftButton)
    assert "undone" in run.headline.text()
    assert [c.first_name for c in Contact.select()] == ["Carl"]
    assert Contact.get_by_id(carl.id).phone == ""
    assert ImportBatch.get().undone_at is not None
    assert not run.undo_button.isEnabled() and wizard.stack.canRedo()
    # Edit → Redo puts the import back.
    with qtbot.waitSignal(events().contacts_changed, timeout=TIMEOUT):
        wizard.stack.redo()
    assert Contact.select().count() == 2
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.import_result.created == 1


def test_any_csv_goes_through_the_column_page_and_is_remembered(qtbot, wizard, tmp_path):
    path = write(tmp_path, "crm.csv", "Who;Firm;Mail;Memo\nAda Lovelace;Engines;ada@x.org;hi\n")
    choose(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.PAGE_MAPPING
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == ["", "company", "email", "notes"]
    page.combos[0].setCurrentIndex(page.combos[0].findData("full_name"))
    page.combos[3].setCurrentIndex(page.combos[3].findData("notes"))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    ada = Contact.get()
    assert (ada.first_name, ada.last_name, ada.company, ada.notes) == (
        "Ada",
        "Lovelace",
        "Engines",
        "hi",
    )
    # A second file with the same columns starts from the remembered choice.
    again = ImportWizard(path=path)
    qtbot.addWidget(again)
    again.show()
    click(qtbot, again, QWizard.WizardButton.NextButton)
    assert [c.currentData() for c in again.mapping_page.combos] == [
        "full_name",
        "company",
        "email",
        "notes",
    ]


def test_a_bad_file_is_explained_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    choose(qtbot, wizard, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == wizard.PAGE_FILE
    assert "PNG image" in wizard.file_page.error_label.text()


def test_cancel_while_reading_keeps_the_window_and_writes_nothing(
    qtbot, wizard, tmp_path, monkeypatch
):
    clicked = threading.Event()

    def slow_preview(parsed, progress=None, cancelled=None):
        progress(1, 2)
        clicked.wait(TIMEOUT / 1000)  # held halfway until the test has pressed Cancel
        assert cancelled()
        raise ImportCancelled()

    monkeypatch.setattr(import_wizard, "build_preview", slow_preview)
    choose(qtbot, wizard, write(tmp_path, "o.csv", OUTLOOK_TEXT))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        page = wizard.preview_page
        qtbot.waitUntil(lambda: page.progress.bar.value() == 3)  # halfway: 3 of 4
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert "Cancelled" in page.summary.text()
    assert not page.isComplete()
    assert Contact.select().count() == 0


def test_cancel_during_the_import_writes_nothing(qtbot, wizard, tmp_path, monkeypatch):
    real_apply = import_wizard.apply_import

    clicked = threading.Event()

    def slow_apply(preview, *, source, progress, cancelled):
        progress(1, 4)
        clicked.wait(TIMEOUT / 1000)  # held before writing until the test has pressed Cancel
        return real_apply(preview, source=source, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(import_wizard, "apply_import", slow_apply)
    choose(qtbot, wizard, write(tmp_path, "o.csv", OUTLOOK_TEXT))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT) as blocker:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        run = wizard.run_page
        qtbot.waitUntil(lambda: run.progress.bar.value() == 1)
        qtbot.mouseClick(run.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert blocker.args == ["import"]
    assert "cancelled: nothing was written" in run.headline.text()
    assert not run.undo_button.isEnabled()
    assert Contact.select().count() == 0 and ImportBatch.select().count() == 0
    assert wizard.stack.count() == 0


def test_the_check_page_shows_who_is_imported_on_a_1280_laptop(
    qtbot, qsettings, store, tmp_path, monkeypatch
):
    """Name, company, e-mail, phone and category side by side without scrolling on a
    1280×720 screen (the wizard was 980 px wide with an empty Details column in the
    middle, so e-mail, phone and category were off to the right)."""
    from PySide6.QtCore import QRect

    from followup_desktop.ui.kit import screen

    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(0, 0, 1280, 680))
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    choose(qtbot, wizard, write(tmp_path, "outlook.csv", OUTLOOK_TEXT, "utf-16"))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    table = wizard.preview_page.table
    header = table.horizontalHeader()
    model = table.model()
    room = table.viewport().width()
    for column in range(5, 10):  # name, company, e-mail, phone, category
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= room, model.headerData(
            column, Qt.Orientation.Horizontal
        )
    assert wizard.width() + screen.FRAME_WIDTH <= 1280
