"""Every dialog, the import wizard and the print preview fit a 1280×720 laptop screen.

The screen's available area is made 1280×680 (a 40-pixel task bar) for the sizing
rule in ``ui.kit.screen``; each dialog is built with real data, shown, and its size
plus a title bar and borders must fit in that area, with nothing in it cut off. A dialog
that ignores the rule (a fixed ``resize`` or a layout taller than the screen) fails here.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from followup_desktop.paths import database_path
from followup_desktop.store import backup, contacts, followups, notes
from followup_desktop.ui.kit import screen
from tests.lookups import category_by_name
from tests.ui.languages import TRANSLATED, speaking

TODAY = date(2026, 12, 7)
LAPTOP = QRect(0, 0, 1280, 720 - 40)


@pytest.fixture
def laptop(monkeypatch, qapp):
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: LAPTOP)


@pytest.fixture
def book(store, data_dir):
    """A contact with a long name, three interactions and an open follow-up."""
    cat = category_by_name("Clients").id
    c = contacts.create_contact(
        first_name="Maximiliane-Charlotte",
        last_name="von Hohenberg-Schwarzenfeld",
        company="Schwarzenfeld Präzisionsmaschinenbau und Industrieautomation GmbH & Co. KG",
        email="maximiliane.von-hohenberg@schwarzenfeld-praezision.example",
        phone="+49 170 1234567",
        category=cat,
    )
    for day in (2, 9, 16):
        notes.save_note(
            notes.NoteInput(
                c.id,
                "call",
                "reached",
                "A long talk about the new production line, the budget for next year, "
                "the people who decide and when they meet again; " * 2,
                no_next_step_reason="x",
                occurred_at=datetime(2026, 11, day, 10),
            )
        )
    fu = followups.create_followup(
        c.id, date(2026, 12, 4), "send the revised pricing for all three production lines"
    )
    backup.make_backup(database_path(data_dir), "daily", now=datetime(2026, 12, 1, 9))
    return c.id, fu.id


def _dialogs(contact_id, followup_id, data_dir, tmp_path):
    from followup_desktop.domain.dates import WorkingWeek
    from followup_desktop.domain.first_contact import NewContact
    from followup_desktop.store.errors import StoreError
    from followup_desktop.ui.agenda.catchup_dialog import CatchUpDialog
    from followup_desktop.ui.backup.restore_dialog import RestoreDialog
    from followup_desktop.ui.categories.cadence_widgets import RhythmDialog
    from followup_desktop.ui.contacts.dialog import ContactDialog
    from followup_desktop.ui.followups.dialogs import CancelDialog, PickDateDialog
    from followup_desktop.ui.followups.note_dialog import NoteDialog
    from followup_desktop.ui.followups.plan_dialog import PlanDialog
    from followup_desktop.ui.followups.series_dialogs import ApplySeriesDialog, SeriesDialog
    from followup_desktop.ui.followups.series_editor import SeriesEditor
    from followup_desktop.ui.followups.talking_points_dialog import (
        TemplateEditor,
        WhatToSayDialog,
    )
    from followup_desktop.ui.import_export.export_dialog import ExportDialog
    from followup_desktop.ui.import_export.first_contact import FirstContactDialog
    from followup_desktop.ui.import_export.ics_export_dialog import IcsExportDialog
    from followup_desktop.ui.import_export.import_wizard import ImportWizard
    from followup_desktop.ui.jogger.cards_dialog import HolidayCardsDialog
    from followup_desktop.ui.jogger.preview import JoggerPreviewDialog
    from followup_desktop.ui.shell.about_dialog import AboutDialog, AboutInfo
    from followup_desktop.ui.shell.error_dialog import ErrorDialog
    from followup_desktop.ui.shell.recovery_dialog import Problem, RecoveryDialog
    from followup_desktop.ui.shell.working_days import WorkingDaysDialog

    csv = tmp_path / "people.csv"
    csv.write_text(
        "First Name,Last Name,Company,E-mail Address,Mobile Phone,Categories,Notes\n"
        "Jürgen,Müller,Müller GmbH,jm@example.de,+49 170 1234567,Clients,Fair\n",
        encoding="utf-8",
    )
    db_path = database_path(data_dir)
    infos = backup.list_backups(db_path)
    yield "note", lambda: NoteDialog(contact_id, followup_id, today=TODAY)
    yield "note without follow-up", lambda: NoteDialog(contact_id, today=TODAY)
    yield "contact", lambda: ContactDialog(None, contact_id)
    yield "new contact", lambda: ContactDialog(None)
    yield "catch up", lambda: CatchUpDialog(TODAY)
    yield "rhythm", lambda: RhythmDialog("Industry Colleagues", 60)
    yield "error", lambda: ErrorDialog("Something went wrong.", "Traceback\n" * 80, None)
    yield "about", lambda: AboutDialog(AboutInfo.collect(data_dir))
    yield "restore", lambda: RestoreDialog(infos)
    yield (
        "recovery",
        lambda: RecoveryDialog(Problem(StoreError("The file is damaged."), db_path, infos[0])),
    )
    yield "series editor", SeriesEditor
    yield "apply series", lambda: ApplySeriesDialog(contact_id, TODAY)
    yield "series", lambda: SeriesDialog(contact_id, QUndoStack(), TODAY)
    yield "template", lambda: TemplateEditor("promised")
    yield "what to say", lambda: WhatToSayDialog(followup_id)
    yield "cancel", lambda: CancelDialog("send the revised pricing for all three lines")
    yield "reschedule", lambda: PickDateDialog(TODAY, None, TODAY)
    yield "export contacts", ExportDialog
    yield "export to calendar", lambda: IcsExportDialog(today=TODAY)
    yield "import wizard", lambda: ImportWizard(path=csv)
    yield "print preview", lambda: JoggerPreviewDialog(today=TODAY)
    # Plan follow-up (also offered after saving a new contact), Plan first contact
    # (after an import), Holiday cards and Working days (File and Edit menus).
    yield "plan follow-up", lambda: PlanDialog(contact_id, today=TODAY)
    yield (
        "plan first contact",
        lambda: FirstContactDialog([NewContact(contact_id, has_phone=True)] * 30, TODAY),
    )
    yield "holiday cards", lambda: HolidayCardsDialog(selected=[contact_id], today=TODAY)
    yield "working days", lambda: WorkingDaysDialog(WorkingWeek())


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_every_dialog_fits_a_1280x720_laptop(laptop, book, data_dir, tmp_path, qtbot, language):
    with speaking(QApplication.instance(), language):
        _check_every_dialog_fits(book, data_dir, tmp_path, qtbot)


def _check_every_dialog_fits(book, data_dir, tmp_path, qtbot):
    contact_id, followup_id = book
    too_big = []
    seen = 0
    for name, make in _dialogs(contact_id, followup_id, data_dir, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if name == "import wizard":
            dialog.next()  # the column mapping, its widest page
        QApplication.processEvents()
        width = dialog.width() + screen.FRAME_WIDTH
        height = dialog.height() + screen.FRAME_HEIGHT
        if width > LAPTOP.width() or height > LAPTOP.height():
            too_big.append(f"{name}: {dialog.width()}×{dialog.height()}")
        too_big += [f"{name}: {cut}" for cut in _cut_off(dialog)]
        dialog.hide()
        seen += 1
    assert seen == 25
    assert too_big == []


def _cut_off(dialog) -> list[str]:
    """What the dialog shows cut off: a layout that needs more than the dialog's size
    (a fixed minimum width squeezed German quick-pick buttons to "Nächster Mona"), or a
    scrolling body wider than its view (it scrolls only up and down, so a long name and
    company cut the note dialog's right-hand column)."""
    cut = []
    need = dialog.minimumSizeHint()
    if need.width() > dialog.width() or need.height() > dialog.height():
        cut.append(f"needs {need.width()}×{need.height()}, has {dialog.width()}×{dialog.height()}")
    for body in dialog.findChildren(screen.ScrollingBody):
        if body.isVisible() and body.body.minimumSizeHint().width() > body.viewport().width():
            cut.append(
                f"body needs {body.body.minimumSizeHint().width()} px, "
                f"shows {body.viewport().width()}"
            )
    return cut


def test_a_dialog_asks_for_its_size_and_gets_what_the_screen_has(laptop, qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    screen.fit_to_screen(dialog, 1060, 860)
    assert dialog.width() == 1060
    assert dialog.height() == LAPTOP.height() - screen.FRAME_HEIGHT
    screen.fit_to_screen(dialog, 500, 300)
    assert (dialog.width(), dialog.height()) == (500, 300)


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_no_dialog_shares_an_alt_letter_or_a_shortcut(
    laptop, book, data_dir, tmp_path, qtbot, language
):
    """Every dialog (each wizard page and each mode as it is shown) against the clash
    finders of the main window's keyboard test (tests/ui/shortcuts.py), in every language
    (a translation picks its own & letters)."""
    with speaking(QApplication.instance(), language):
        _check_no_dialog_clashes(book, data_dir, tmp_path, qtbot)


def _check_no_dialog_clashes(book, data_dir, tmp_path, qtbot):
    from PySide6.QtWidgets import QWizard

    from tests.ui.shortcuts import mnemonic_clashes, shortcut_clashes

    contact_id, followup_id = book
    clashes = []
    for name, make in _dialogs(contact_id, followup_id, data_dir, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        clashes += [f"{name}: {c}" for c in mnemonic_clashes(dialog)]
        if isinstance(dialog, QWizard):
            dialog.next()  # its next page
            QApplication.processEvents()
            clashes += [f"{name} (page 2): {c}" for c in mnemonic_clashes(dialog)]
        clashes += [f"{name}: {c}" for c in shortcut_clashes(dialog)]
        if name.startswith("note"):
            dialog.none_radio.setChecked(True)  # its other page
            clashes += [f"{name} (no next step): {c}" for c in mnemonic_clashes(dialog)]
        dialog.hide()
    assert clashes == []
