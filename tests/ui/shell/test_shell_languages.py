"""The window's frame in German, French and Spanish: menus, tabs, the undo entry naming
its step, the recovery dialog's counts; the data does not change with the language."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtGui import QUndoCommand

from followup_desktop.paths import database_path
from followup_desktop.store import backup, contacts, database, followups
from followup_desktop.store.cards import contact_details
from followup_desktop.ui.shell.main_window import MainWindow
from followup_desktop.ui.shell.recovery_dialog import Problem, Recovery, RecoveryDialog
from tests.store.damage import damage
from tests.store.safety_data import fill
from tests.ui.languages import speaking


def _window(qtbot, data_dir) -> MainWindow:
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    return w


def _titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("code", "menus", "tabs"),
    [
        ("de", ["&Datei", "&Bearbeiten", "A&nsicht", "&Hilfe"],
         ["&Agenda", "K&ontakte", "Ka&lender", "&Rückblick"]),
        ("fr", ["&Fichier", "É&dition", "Affi&chage", "Aid&e"],
         ["&Agenda", "C&ontacts", "Ca&lendrier", "&Bilan"]),
        ("es", ["&Archivo", "&Editar", "&Ver", "A&yuda"],
         ["A&genda", "C&ontactos", "Ca&lendario", "&Revisión"]),
    ],
)  # fmt: skip
def test_the_menus_and_tabs_speak_the_chosen_language(
    qapp, qtbot, store, data_dir, code, menus, tabs
):
    with speaking(qapp, code):
        window = _window(qtbot, data_dir)
        assert _titles(window) == menus
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == tabs
        window.contacts  # noqa: B018 (built later, still in the language)
        assert window.tabs.tabText(window.contacts_tab) == tabs[1]


def test_undo_names_its_step_in_one_sentence_of_the_language(qapp, qtbot, store, data_dir):
    with speaking(qapp, "de"):
        window = _window(qtbot, data_dir)
        undo, redo = window.action_registry["edit.undo"], window.action_registry["edit.redo"]
        assert (undo.text(), undo.isEnabled()) == ("&Rückgängig", False)
        step = QUndoCommand("Tom & Jerry archivieren")  # the & is shown, not an Alt+key
        window.undo_stack.push(step)
        assert (undo.text(), undo.isEnabled()) == ("&Rückgängig: Tom && Jerry archivieren", True)
        undo.trigger()
        assert redo.text() == "Wieder&holen: Tom && Jerry archivieren" and redo.isEnabled()
        assert (undo.text(), undo.isEnabled()) == ("&Rückgängig", False)


def test_the_status_line_counts_in_the_language(qapp, qtbot, store, data_dir, monkeypatch):
    ada = contacts.create_contact(first_name="Ada", category=contacts.categories()[0].id)
    followups.create_followup(ada.id, date.today(), "send the offer")
    with speaking(qapp, "fr"):
        window = _window(qtbot, data_dir)
        window.tabs.setCurrentIndex(window.calendar_tab)  # no contact selected there
        window.plan_followup()
        assert window.statusBar().currentMessage() == "Sélectionnez d’abord un contact."
    assert contact_details(ada.id).first_name == "Ada"  # the data keeps its words


def test_the_recovery_dialog_in_french_counts_its_backup(qapp, qtbot, data_dir, store):
    fill(1)
    path = database_path(data_dir)
    made = backup.make_backup(path, "daily", now=datetime(2026, 3, 6, 9, 0))
    database.close_database()
    damage(path, "garbage-in-pages")
    with pytest.raises(Exception) as caught:
        database.open_database(path)
    with speaking(qapp, "fr"):
        dialog = RecoveryDialog(Problem(caught.value, path, backup.describe(made)))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle().endswith("Votre base de données est endommagée")
        body = dialog.body.text()
        # The backup named as the restore list names it (the date style, then the time).
        assert "La dernière sauvegarde valide date du ven. 6 mars 2026, 09:00 — " in body
        assert (
            "— 1\u00a0contact, 1\u00a0échange, 1\u00a0relance." in body
        )  # French: 1 (and 0) singular
        assert dialog.buttons[Recovery.RESTORE_LATEST].text() == "&Restaurer la dernière sauvegarde"


def test_an_unexpected_error_is_explained_in_the_language(qapp):
    from followup_desktop.errorlog import summary

    with speaking(qapp, "es"):
        assert summary(RuntimeError("boom")).startswith(
            "Follow-up Desktop encontró un error inesperado. Lo que guardó antes está a salvo"
        )
