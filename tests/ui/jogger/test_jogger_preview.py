"""File → Print weekly list…: the preview, its week navigation, options and Save as PDF."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from followup_desktop.store.jogger import USER_NAME
from followup_desktop.store.settings import get_setting
from followup_desktop.ui.jogger import preview as jogger_preview
from followup_desktop.ui.jogger.preview import JoggerPreviewDialog
from followup_desktop.ui.kit import settings
from tests.jogger_data import TODAY, fill_week
from tests.ui.languages import TRANSLATED, speaking


def pdf_text(path) -> str:
    return "\n".join(p.extract_text().replace("\t", " ") for p in PdfReader(str(path)).pages)


def make_dialog(qtbot) -> JoggerPreviewDialog:
    dialog = JoggerPreviewDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_opens_on_this_week_and_navigates(qtbot, qsettings, store):
    data = fill_week(per_category=2)
    dialog = make_dialog(qtbot)
    assert dialog.week_label.text() == "Week 48 · Mon 23 Nov – Sun 29 Nov 2026"
    assert dialog.sheet.due_count == len(data.in_week) + len(data.carried)
    assert dialog.preview.pageCount() >= 1
    dialog.next_action.trigger()
    assert dialog.week_label.text().startswith("Week 49 ")
    assert dialog.sheet.week.iso == "2026-W49"
    dialog.prev_action.trigger()
    dialog.prev_action.trigger()
    assert dialog.sheet.week.iso == "2026-W47"
    dialog.this_action.trigger()
    assert dialog.sheet.week.iso == "2026-W48"


def test_keyboard_shortcuts(qtbot, qsettings, store):
    dialog = make_dialog(qtbot)
    assert dialog.print_action is not None
    assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert dialog.sheet.week.iso == "2026-W49"


def test_options_change_the_sheet_and_are_remembered(qtbot, qsettings, store):
    data = fill_week(per_category=1)
    dialog = make_dialog(qtbot)
    assert any(s.prompts for s in dialog.sheet.sections)
    qtbot.mouseClick(dialog.prompts_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.no_next_step_box, Qt.MouseButton.LeftButton)
    assert not any(s.prompts or s.idle for s in dialog.sheet.sections)
    assert dialog.sheet.due_count == len(data.in_week) + len(data.carried)
    assert QSettings().value(settings.JOGGER_PROMPTS.key) in (False, "false")
    again = make_dialog(qtbot)
    assert not again.prompts_box.isChecked() and not again.no_next_step_box.isChecked()


def test_name_typed_is_saved_and_printed(qtbot, qsettings, store):
    dialog = make_dialog(qtbot)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Robin Rep")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert get_setting(USER_NAME) == "Robin Rep"
    assert dialog.sheet.user_name == "Robin Rep"


def test_save_as_pdf(qtbot, qsettings, store, tmp_path, monkeypatch):
    data = fill_week(per_category=1)
    dialog = make_dialog(qtbot)
    target = tmp_path / "list"  # .pdf is added
    monkeypatch.setattr(jogger_preview, "ask_pdf_path", lambda parent, suggested: str(target))
    assert dialog.save_pdf()
    text = pdf_text(tmp_path / "list.pdf")
    assert all(reason in text for reason in data.in_week)
    assert dialog.suggested_pdf_path() == str(tmp_path / "Follow-ups 2026-W48.pdf")


def test_save_as_pdf_cancelled_writes_nothing(qtbot, qsettings, store, tmp_path, monkeypatch):
    dialog = make_dialog(qtbot)
    monkeypatch.setattr(jogger_preview, "ask_pdf_path", lambda parent, suggested: "")
    assert not dialog.save_pdf()
    assert not list(tmp_path.glob("*.pdf"))


def test_unwritable_pdf_path_explains(qtbot, qsettings, store, tmp_path, monkeypatch):
    dialog = make_dialog(qtbot)
    said = []
    monkeypatch.setattr(
        jogger_preview, "ask_pdf_path", lambda parent, s: str(tmp_path / "gone" / "x.pdf")
    )
    monkeypatch.setattr(jogger_preview, "show_error", lambda parent, text: said.append(text))
    assert not dialog.save_pdf()
    (message,) = said
    assert "does not exist" in message and "choose another place" in message


def test_file_menu_opens_the_preview(qtbot, qsettings, store, data_dir):
    from followup_desktop.ui.shell.main_window import MainWindow

    fill_week(per_category=1)  # idle contacts and overdue items: something to print
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    action = window.print_list_action
    assert action in window.file_menu.actions()
    assert action.text() == "&Print weekly list…"
    dialog = window.print_weekly_list()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Print weekly list"
    dialog.close()


def test_week_and_paper_follow_the_locale(qtbot, qsettings, store):
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        dialog = make_dialog(qtbot)
        assert dialog.sheet.week.start.isoformat() == "2026-11-22"  # a Sunday
        assert dialog.week_label.text().startswith("Week 48 · Sun Nov 22 – Sat Nov 28, 2026")
        if jogger_preview.QPrinterInfo.defaultPrinter().isNull():
            size = dialog.printer().pageLayout().pageSize().id()
            assert size == QPageSize.PageSizeId.Letter
    finally:
        QLocale.setDefault(previous)


def test_page_per_category_box_repaginates_and_is_remembered_for_the_cli(qtbot, qsettings, store):
    from followup_desktop.store import jogger as jogger_store

    fill_week(per_category=1)
    dialog = make_dialog(qtbot)
    box = dialog.page_per_category_box
    assert box.text().replace("&", "") == "Start each category on a new page"
    assert box.isChecked() and dialog.sheet.options.page_per_category
    per_category = dialog.preview.pageCount()
    assert per_category == len(dialog.sheet.sections) == 5
    with qtbot.waitSignal(dialog.paintRequested):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not dialog.sheet.options.page_per_category
    assert dialog.preview.pageCount() < per_category
    # kept in the database, where the CLI reads it too
    assert get_setting(jogger_store.PAGE_PER_CATEGORY) == "0"
    assert not jogger_store.page_per_category()
    again = make_dialog(qtbot)
    assert not again.page_per_category_box.isChecked()
    assert again.preview.pageCount() < per_category
    with qtbot.waitSignal(again.paintRequested):
        again.page_per_category_box.click()
    assert again.preview.pageCount() == per_category
    assert jogger_store.page_per_category()


def test_an_empty_week_says_there_is_nothing_to_print(
    qtbot, qsettings, store, data_dir, monkeypatch
):
    from followup_desktop.ui.shell.main_window import MainWindow

    told = []
    monkeypatch.setattr(
        jogger_preview.QMessageBox, "information", lambda parent, title, text: told.append(text)
    )
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    assert window.print_weekly_list() is None  # no preview of blank pages
    assert len(told) == 1 and told[0].startswith("There is nothing to print for Week ")


def test_moving_to_an_empty_week_disables_print_and_says_why(qtbot, qsettings, store):
    fill_week(per_category=1)
    dialog = make_dialog(qtbot)
    assert dialog.pdf_action.isEnabled()
    dialog.no_next_step_box.setChecked(False)  # only what is due that week
    dialog.set_week(dialog.week.shifted(-30))
    assert dialog.week_label.text().endswith("nothing to print")
    assert not dialog.pdf_action.isEnabled()
    assert dialog.print_action is None or not dialog.print_action.isEnabled()
    assert "nothing to print" in dialog.pdf_action.toolTip()
    dialog.set_week(dialog.week.shifted(30))
    assert dialog.pdf_action.isEnabled() and dialog.pdf_action.toolTip() == "Save as PDF (Ctrl+S)"


@pytest.mark.parametrize("code", TRANSLATED)
def test_in_each_language_qts_print_button_still_gets_ctrl_p(qapp, qtbot, qsettings, store, code):
    """Qt names its Print button in the language ("Drucken", "Imprimer"): it is still found."""
    fill_week(per_category=1)
    with speaking(qapp, code):
        dialog = make_dialog(qtbot)
        assert dialog.print_action is not None
        assert dialog.print_action.text().replace("&", "").lower() != "print"
        assert dialog.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
        assert dialog.windowTitle() != "Print weekly list"
        assert dialog.print_action.isEnabled()
