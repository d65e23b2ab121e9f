"""The main window composes the views, menus and docks and wires their signals. Nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

from .. import APP_NAME
from .calendar_view import CalendarView


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        # One undo stack for the window: archive, done/reschedule/cancel, catch-up,
        # drag-to-reschedule all push commands here (Ctrl+Z / Ctrl+Shift+Z).
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_views()
        self._build_menus()
        self._restore_geometry()

    # -- composition -------------------------------------------------------------------
    def _build_views(self) -> None:
        self.tabs.addTab(QLabel("Agenda"), "&Agenda")
        self.tabs.addTab(QLabel("Contacts"), "C&ontacts")
        self.calendar = CalendarView(self.undo_stack, self)
        self.tabs.addTab(self.calendar, "Ca&lendar")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.view_menu = bar.addMenu("&View")
        self.help_menu = bar.addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog.show_for(self, self.data_dir)

    # -- window state ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    # -- screenshot --------------------------------------------------------------------
    def save_screenshot(self, path: str) -> int:
        """Show, let the first screen load and paint, save it as PNG; 0 on success."""
        self.show()
        QApplication.processEvents()
        ok = self.grab().save(path, "PNG")
        self.close()
        if not ok:
            import sys

            print(f"followup-desktop: cannot write the screenshot to {path}", file=sys.stderr)
            return 2
        return 0
