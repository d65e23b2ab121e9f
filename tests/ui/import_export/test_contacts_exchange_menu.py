"""File → Import contacts… / Export contacts… from the main window."""

from __future__ import annotations

import csv

from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.models import Category
from followup_desktop.ui.import_export import export_dialog
from followup_desktop.ui.import_export.export_dialog import ExportChoice, ExportDialog
from followup_desktop.ui.import_export.import_wizard import ImportWizard
from followup_desktop.ui.shell.main_window import MainWindow


def make_window(qtbot, data_dir):
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    return window


def test_export_menu_writes_the_chosen_contacts(
    qtbot, qsettings, store, data_dir, tmp_path, monkeypatch
):
    clients = Category.get(Category.name == "Clients").id
    store_contacts.create_contact(first_name="Ada", last_name="Lee", category=clients)
    store_contacts.create_contact(first_name="=cmd", last_name="Evil", category=clients)
    window = make_window(qtbot, data_dir)
    out = tmp_path / "clients.csv"
    choice = ExportChoice("csv", "Clients", False, out)
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent=None: choice))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "Exported 2 contacts" in window.statusBar().currentMessage())
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows] == ["First Name", "'=cmd", "Ada"]


def test_export_dialog_offers_formats_and_categories(qtbot, qsettings, store):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())] == [
        "csv",
        "vcf",
    ]
    names = [dialog.category_combo.itemText(i) for i in range(dialog.category_combo.count())]
    assert names[0] == "All categories" and "Prospects" in names


def test_export_failure_is_a_sentence(qtbot, qsettings, store, data_dir, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        export_dialog.ExportRunner, "show_message", lambda self, text, failed: shown.append(text)
    )
    window = make_window(qtbot, data_dir)
    bad = ExportChoice("vcf", None, False, tmp_path / "missing" / "x.vcf")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent=None: bad))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert "Cannot write to the folder" in shown[0]


def test_import_menu_opens_the_wizard_with_the_window_undo_stack(
    qtbot, qsettings, store, data_dir, monkeypatch
):
    seen = {}

    def fake_ask(cls, parent=None, *, undo_stack=None):
        seen["stack"] = undo_stack
        return None

    monkeypatch.setattr(ImportWizard, "ask", classmethod(fake_ask))
    window = make_window(qtbot, data_dir)
    window.import_action.trigger()
    assert seen["stack"] is window.undo_stack
