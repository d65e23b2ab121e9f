"""The import preview's New / Duplicate statuses and the file page's error are readable
on the light and the dark theme (WCAG AA, 4.5:1): the colours the table and the label
really show, against the table's row colours and the page's window colour."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QWizard

from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.import_preview import ImportCancelled
from followup_desktop.store.models import Category
from followup_desktop.ui.import_export import import_wizard
from followup_desktop.ui.import_export.import_wizard import ImportWizard
from followup_desktop.ui.kit.contrast import AA_TEXT, contrast_ratio
from tests.exchange.samples import OUTLOOK_TEXT, write
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette, dark, light


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_statuses_and_the_file_error_meet_aa(qtbot, qsettings, store, tmp_path, make):
    clients = Category.get(Category.name == "Clients").id
    store_contacts.create_contact(
        first_name="Carl", last_name="Berg", email="carl@berg.example", category=clients
    )
    with app_palette(make()):
        wizard = ImportWizard(undo_stack=QUndoStack())
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.file_page
        qtbot.keyClicks(page.path_edit, str(tmp_path / "missing.csv"))
        wizard.next()
        label = page.error_label
        assert label.isVisible() and label.text()
        red = label.palette().color(label.foregroundRole())
        assert contrast_ratio(red, label.palette().color(QPalette.ColorRole.Window)) >= AA_TEXT

        page.path_edit.clear()
        qtbot.keyClicks(page.path_edit, str(write(tmp_path, "o.csv", OUTLOOK_TEXT, "utf-16")))
        with qtbot.waitSignal(wizard.task_finished, timeout=20000):
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
        preview = wizard.preview_page
        rows = preview.table.palette()
        seen = set()
        for row in range(preview.filter.rowCount()):
            index = preview.filter.index(row, 2)
            ground = QPalette.ColorRole.AlternateBase if row % 2 else QPalette.ColorRole.Base
            colour = index.data(Qt.ItemDataRole.ForegroundRole).color()
            seen.add(index.data())
            assert contrast_ratio(colour, rows.color(ground)) >= AA_TEXT, index.data()
        assert seen == {"New", "Duplicate"}
    wizard.cancel_task()


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_a_problem_reading_the_file_is_readable_and_follows_the_palette(
    qtbot, qsettings, store, tmp_path, monkeypatch, make
):
    def cancelled(parsed, progress=None, cancelled=None):
        raise ImportCancelled()

    monkeypatch.setattr(import_wizard, "build_preview", cancelled)
    with app_palette(make()):
        wizard = ImportWizard(undo_stack=QUndoStack())
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.file_page.path_edit, str(write(tmp_path, "o.csv", OUTLOOK_TEXT)))
        with qtbot.waitSignal(wizard.task_finished, timeout=20000):
            qtbot.mouseClick(
                wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
        summary = wizard.preview_page.summary
        assert "Cancelled" in summary.text()

        def ratio() -> float:
            # the colour painted: a rich-text span's own, or else the label's
            span = re.search(r"color: ?(#[0-9a-fA-F]{6})", summary.text())
            shown = QColor(span[1]) if span else summary.palette().color(summary.foregroundRole())
            return contrast_ratio(shown, summary.palette().color(QPalette.ColorRole.Window))

        assert ratio() >= AA_TEXT
        other = dark() if make is light else light()
        with app_palette(other):  # the desktop switches scheme while it is shown
            window = other.color(QPalette.ColorRole.Window)
            qtbot.waitUntil(lambda: summary.palette().color(QPalette.ColorRole.Window) == window)
            assert ratio() >= AA_TEXT
