"""What the import wizard's tests share."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from followup_desktop.ui.import_export.import_wizard import ImportWizard


@pytest.fixture
def wizard(qtbot, qsettings, store):
    """The import wizard, shown, with its own undo stack (``wizard.stack``); a task still
    running at the end of the test is cancelled."""
    stack = QUndoStack()
    wiz = ImportWizard(undo_stack=stack)
    wiz.stack = stack
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.cancel_task()
