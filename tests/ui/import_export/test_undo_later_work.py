"""Issue 17, item 3 in the window: undoing an import asks before it deletes later work."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWizard

from followup_desktop.store import backup, database
from followup_desktop.store.models import Contact, Interaction
from followup_desktop.ui.import_export import import_commands
from followup_desktop.ui.import_export.import_wizard import ImportWizard

TIMEOUT = 20000
CSV = "First Name,Last Name,E-mail Address\nAna,Ort,ana@x.org\nBo,Ort,bo@x.org\n"


@pytest.fixture
def imported(qtbot, qsettings, store, tmp_path):
    stack = QUndoStack()
    wizard = ImportWizard(undo_stack=stack)
    wizard.stack = stack
    qtbot.addWidget(wizard)
    wizard.show()
    path = tmp_path / "in.csv"
    path.write_text(CSV)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton
        )
    ana = Contact.get(Contact.email == "ana@x.org")
    with database.db.atomic():
        Interaction.create(
            contact=ana.id,
            occurred_at=datetime(2026, 3, 1, 10),
            channel="call",
            outcome="reached",
            notes="Wants a quote",
            created_at=datetime.now(),
        )
    yield wizard
    wizard.cancel_task()


def test_declining_keeps_everything(qtbot, imported):
    asked = []
    imported.confirm_undo = lambda work: asked.append(work.sentence()) or False
    qtbot.mouseClick(imported.run_page.undo_button, Qt.MouseButton.LeftButton)
    assert asked == ["1 note made since with 1 contact it added"]
    assert Contact.select().count() == 2 and Interaction.select().count() == 1


def test_agreeing_removes_it_after_a_backup(qtbot, imported, data_dir):
    imported.confirm_undo = lambda work: True
    with qtbot.waitSignal(imported.task_finished, timeout=TIMEOUT):
        qtbot.mouseClick(imported.run_page.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.select().count() == 0
    [kept] = backup.list_backups(data_dir / "followup.sqlite3")
    assert kept.kind == "pre-undo" and kept.interactions == 1
    assert str(kept.path) in imported.run_page.headline.text()


def test_edit_undo_asks_too_and_a_no_keeps_the_import(qtbot, imported, monkeypatch):
    monkeypatch.setattr(import_commands, "confirm_undo_losing", lambda parent, work: False)
    imported.stack.undo()
    assert Contact.select().count() == 2 and Interaction.select().count() == 1
    assert imported.stack.count() == 0  # the step was taken off: nothing to redo either
