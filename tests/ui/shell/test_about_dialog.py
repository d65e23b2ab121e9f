"""Help -> About shows the version and where the data lives, and opens that folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from followup_desktop import APP_NAME, __version__
from followup_desktop.ui.shell import about_dialog
from followup_desktop.ui.shell.about_dialog import AboutDialog, AboutInfo


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_urls(qapp):
    """Catch file:// URLs the app asks the desktop to open (no file manager starts)."""
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def dialog(qtbot, qsettings, store, data_dir):
    dlg = AboutDialog(AboutInfo.collect(data_dir))
    qtbot.addWidget(dlg)
    return dlg


def test_about_shows_version_data_folder_and_versions(dialog, data_dir):
    assert dialog.version_label.text() == f"Version {__version__}"
    assert dialog.data_dir_label.text() == str(data_dir)
    assert dialog.database_label.text().startswith("followup.sqlite3 (")
    assert "not created yet" not in dialog.database_label.text()
    assert f"Qt {qVersion()}" in dialog.versions_label.text()
    assert dialog.windowTitle() == f"About {APP_NAME}"
    dialog.show()
    assert not dialog.grab().isNull()


def test_database_not_created_yet_is_said_plainly(qtbot, qsettings, tmp_path):
    info = AboutInfo.collect(tmp_path / "empty")
    dlg = AboutDialog(info)
    qtbot.addWidget(dlg)
    assert info.database_size is None
    assert "not created yet" in dlg.database_label.text()


def test_open_data_folder_button_opens_the_folder(qtbot, dialog, data_dir, file_urls):
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in file_urls.urls] == [str(data_dir)]


def test_folder_that_cannot_be_opened_shows_its_path(qtbot, dialog, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(about_dialog, "open_folder", lambda path: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and str(data_dir) in shown[0]


def test_copy_version_info_fills_the_clipboard(qtbot, dialog):
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == dialog.info.versions_text()
    assert f"{APP_NAME} {__version__}" in text and f"Qt {qVersion()}" in text


def test_help_menu_opens_about_for_the_window_data(qtbot, qsettings, store, data_dir, monkeypatch):
    from followup_desktop.ui.shell.main_window import MainWindow

    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    assert len(opened) == 1
    assert opened[0].info.data_dir == data_dir
    assert opened[0].parent() is window
