"""File → Print weekly list…: Qt's print preview with week navigation and the sheet's options.

QPrintPreviewDialog gives zoom, page view, page setup and Print; a second tool
bar adds the week (previous / this / next), the name printed in the header and
Save as PDF; a third the "No next step", "Prompts" and "Start each category on a
new page" check boxes (the last kept in the database, shared with the CLI). Every change re-reads
the week from the store and refreshes the pages.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import (
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from ... import APP_NAME
from ...domain.jogger import Options, Sheet, Week, week_of
from ...store import jogger as jogger_store
from ...store.errors import StoreError
from ...store.settings import set_setting
from ..kit import settings
from ..kit.screen import fit_to_screen
from ..kit.targets import may_replace
from .printing import (
    PdfWriteError,
    default_page_size,
    first_weekday,
    locale_formats,
    page_layout,
    render_sheet,
    write_pdf,
)


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the PDF ("" when cancelled). Tests replace this."""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Save weekly list as PDF", suggested, "PDF documents (*.pdf)"
    )
    return path


def show_error(parent: QWidget, text: str) -> None:
    """Tell the user what went wrong. Tests replace this."""
    QMessageBox.warning(parent, APP_NAME, text)


def make_printer() -> QPrinter:
    """A printer set to the default printer's paper, or the locale's (A4 or Letter)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    info = QPrinterInfo.defaultPrinter()
    size = info.defaultPageSize() if not info.isNull() else QPageSize()
    if not size.isValid() or size.id() not in (
        QPageSize.PageSizeId.A4,
        QPageSize.PageSizeId.Letter,
    ):
        size = default_page_size()
    printer.setPageLayout(page_layout(size))
    return printer


class JoggerPreviewDialog(QPrintPreviewDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        self.printer = make_printer()
        super().__init__(self.printer, parent)
        self.setWindowTitle("Print weekly list")
        fit_to_screen(self, 1060, 860)
        self.today = today or date.today()
        self.fmt = locale_formats()
        self.week: Week = week_of(self.today, first_weekday())
        self.sheet: Sheet | None = None
        self.preview = self.findChild(QPrintPreviewWidget)
        self._build_bar()
        self._hook_print_action()
        self.paintRequested.connect(self._paint)
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text} ({action.shortcut().toString()})" if shortcut else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_bar(self) -> None:
        bar = QToolBar("Week", self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_action = self._action(
            "◀ &Previous", lambda: self.set_week(self.week.shifted(-1)), "Alt+Left"
        )
        self.this_action = self._action(
            "This week",
            lambda: self.set_week(week_of(self.today, first_weekday())),
            "Alt+Home",
        )
        self.next_action = self._action(
            "Ne&xt ▶", lambda: self.set_week(self.week.shifted(1)), "Alt+Right"
        )
        self.week_label = QLabel(self)
        self.week_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("W") * 34)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addAction(self.prev_action)
        bar.addWidget(self.week_label)
        bar.addAction(self.next_action)
        bar.addAction(self.this_action)
        bar.addSeparator()
        bar.addWidget(QLabel("&Your name: ", self))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("printed in the header")
        self.name_edit.setMaximumWidth(170)
        self.name_edit.setText(jogger_store.user_name())
        self.name_edit.setCursorPosition(0)
        bar.findChildren(QLabel)[-1].setBuddy(self.name_edit)
        self.name_edit.editingFinished.connect(self._name_changed)
        bar.addWidget(self.name_edit)
        bar.addSeparator()
        self.pdf_action = self._action(
            "Save as &PDF…", self.save_pdf, QKeySequence.StandardKey.Save, "Save as PDF"
        )
        bar.addAction(self.pdf_action)
        self.week_bar = bar
        self.options_bar = self._build_options_bar()
        # Qt's dialog holds its tool bar and the pages in an inner QMainWindow:
        # ours go on rows of their own under Qt's (one row is too narrow for all).
        inner = self.preview.parentWidget()
        for n, row in enumerate((self.week_bar, self.options_bar)):
            row.setMovable(False)
            if isinstance(inner, QMainWindow):
                inner.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
                inner.addToolBar(Qt.ToolBarArea.TopToolBarArea, row)
            else:
                self.layout().insertWidget(n, row)

    def _build_options_bar(self) -> QToolBar:
        """What goes on the paper: the check boxes, each re-renders the pages."""
        bar = QToolBar("Print options", self)
        self.no_next_step_box = QCheckBox("No &next step", self)
        self.no_next_step_box.setToolTip("List the contacts with no follow-up planned")
        self.no_next_step_box.setChecked(settings.JOGGER_NO_NEXT_STEP.get())
        self.prompts_box = QCheckBox("Pro&mpts", self)
        self.prompts_box.setToolTip("Questions that help you think of people to contact")
        self.prompts_box.setChecked(settings.JOGGER_PROMPTS.get())
        for box in (self.no_next_step_box, self.prompts_box):
            box.toggled.connect(self._options_changed)
            bar.addWidget(box)
        self.page_per_category_box = QCheckBox("Start each &category on a new page", self)
        self.page_per_category_box.setToolTip(
            "Untick to print the categories one after another and save paper"
        )
        self.page_per_category_box.setChecked(jogger_store.page_per_category())
        self.page_per_category_box.toggled.connect(self._page_per_category_changed)
        bar.addWidget(self.page_per_category_box)
        return bar

    def _hook_print_action(self) -> None:
        """Give Qt's own Print button the usual Ctrl+P."""
        self.print_action = None
        for toolbar in self.findChildren(QToolBar):
            for action in toolbar.actions():
                if action.text().replace("&", "").strip().lower() == "print":
                    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
                    action.setToolTip("Print (Ctrl+P)")
                    self.print_action = action

    # -- state -------------------------------------------------------------------------
    def options(self) -> Options:
        return Options(
            include_no_next_step=self.no_next_step_box.isChecked(),
            include_prompts=self.prompts_box.isChecked(),
            page_per_category=self.page_per_category_box.isChecked(),
        )

    def set_week(self, week: Week) -> None:
        self.week = week
        self.reload()

    def reload(self) -> None:
        try:
            self.sheet = jogger_store.load_sheet(
                self.week, self.today, options=self.options(), fmt=self.fmt
            )
        except StoreError as exc:
            show_error(self, str(exc))
            return
        empty = self.sheet.is_empty
        label = self.week.label(self.fmt)
        self.week_label.setText(f"{label} \u2014 nothing to print" if empty else label)
        due = self.sheet.due_count
        self.week_label.setToolTip(f"{due} to follow up" if due else "Nothing due this week")
        # Another week may have nothing to print: then Print and Save as PDF say so.
        for action in (self.print_action, self.pdf_action):
            if action is not None:
                action.setEnabled(not empty)
                tip = action.data() or action.toolTip()
                action.setData(tip)  # the usual tip, kept for a week with something in it
                action.setToolTip(self.sheet.nothing_to_print(self.fmt) if empty else tip)
        self.preview.updatePreview()

    def _options_changed(self) -> None:
        settings.JOGGER_NO_NEXT_STEP.set(self.no_next_step_box.isChecked())
        settings.JOGGER_PROMPTS.set(self.prompts_box.isChecked())
        self.reload()

    def _page_per_category_changed(self, on: bool) -> None:
        # Kept in the database, not QSettings: the CLI prints the same way.
        try:
            jogger_store.set_page_per_category(on)
        except StoreError as exc:
            show_error(self, f"{exc}\n\nThe choice is used now but not remembered.")
        self.reload()

    def _name_changed(self) -> None:
        name = self.name_edit.text().strip()
        if name == jogger_store.user_name():
            return
        try:
            set_setting(jogger_store.USER_NAME, name)
        except StoreError as exc:
            show_error(self, str(exc))
            return
        self.reload()

    def _paint(self, printer: QPrinter) -> None:
        if self.sheet is None:
            return
        try:
            render_sheet(self.sheet, printer, fmt=self.fmt, printed_on=date.today())
        except PdfWriteError as exc:  # the printer (or its file) could not be opened
            show_error(self, f"Nothing was printed: {exc}")

    # -- PDF ---------------------------------------------------------------------------
    def suggested_pdf_path(self) -> str:
        folder = settings.JOGGER_PDF_DIR.get() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return str(Path(folder) / f"Follow-ups {self.week.iso}.pdf")

    def save_pdf(self) -> bool:
        path = ask_pdf_path(self, self.suggested_pdf_path())
        if not path or self.sheet is None:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        size = self.printer.pageLayout().pageSize()
        replace = may_replace(self, path, "Save as PDF")
        if replace is False:
            return False
        try:
            write_pdf(
                self.sheet, path, page_size=size, fmt=self.fmt, replace_read_only=bool(replace)
            )
        except PdfWriteError as exc:
            show_error(self, f"{exc}\n\nThe list was not saved; choose another place.")
            return False
        settings.JOGGER_PDF_DIR.set(str(Path(path).parent))
        return True


def open_preview(parent: QWidget | None = None) -> JoggerPreviewDialog | None:
    """Open the preview (modal to its window); returns the dialog, or None when this
    week has nothing to print (then a message says so instead of blank pages)."""
    dialog = JoggerPreviewDialog(parent)
    if dialog.sheet is not None and dialog.sheet.is_empty:
        text = dialog.sheet.nothing_to_print(dialog.fmt)
        dialog.deleteLater()
        QMessageBox.information(parent, "Print weekly list", text)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
