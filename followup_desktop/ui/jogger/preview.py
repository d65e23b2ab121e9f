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

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtPrintSupport import (
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QBoxLayout,
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
from ...i18n import translator
from ...store import jogger as jogger_store
from ...store.errors import StoreError
from ...store.settings import set_setting
from ..kit import settings
from ..kit.screen import fit_to_screen
from ..kit.targets import may_replace
from .printing import (
    NOTHING_PRINTED,
    PDF_FILES,
    PdfWriteError,
    default_page_size,
    first_weekday,
    locale_formats,
    page_layout,
    render_sheet,
    write_pdf,
)

_ = translator(__name__)


def choose_pdf_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to save a printout as PDF ("" when cancelled): the list, the review, labels."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _(PDF_FILES))
    return path


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the PDF ("" when cancelled). Tests replace this."""
    return choose_pdf_path(parent, _("Save weekly list as PDF"), suggested)


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
        # Kept here: Qt's dialog does not own its printer. (Not "self.printer", which
        # would hide QPrintPreviewDialog.printer(), the same printer.)
        self._printer = make_printer()
        super().__init__(self._printer, parent)
        self.setWindowTitle(_("Print weekly list"))
        fit_to_screen(self, 1060, 860)
        self.today = today or date.today()
        self.fmt = locale_formats()
        self.week: Week = week_of(self.today, first_weekday())
        self.sheet: Sheet | None = None
        self.preview: QPrintPreviewWidget | None = self.findChild(QPrintPreviewWidget)
        self._build_bar()
        self._hook_print_action()
        self.paintRequested.connect(self._paint)
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if shortcut is not None:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = _("{action} ({keys})").format(action=tip or text.replace("&", ""), keys=keys)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_bar(self) -> None:
        bar = QToolBar(_("Week"), self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_action = self._action(
            _("◀ &Previous"), lambda: self.set_week(self.week.shifted(-1)), "Alt+Left"
        )
        self.this_action = self._action(
            _("This week"),
            lambda: self.set_week(week_of(self.today, first_weekday())),
            "Alt+Home",
        )
        self.next_action = self._action(
            _("Ne&xt ▶"), lambda: self.set_week(self.week.shifted(1)), "Alt+Right"
        )
        self.week_label = QLabel(self)
        self.week_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("W") * 34)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addAction(self.prev_action)
        bar.addWidget(self.week_label)
        bar.addAction(self.next_action)
        bar.addAction(self.this_action)
        bar.addSeparator()
        name_label = QLabel(_("&Your name:") + " ", self)
        bar.addWidget(name_label)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(_("printed in the header"))
        self.name_edit.setMaximumWidth(170)
        self.name_edit.setText(jogger_store.user_name())
        self.name_edit.setCursorPosition(0)
        name_label.setBuddy(self.name_edit)
        self.name_edit.editingFinished.connect(self._name_changed)
        bar.addWidget(self.name_edit)
        bar.addSeparator()
        self.pdf_action = self._action(
            _("Save as &PDF…"), self.save_pdf, QKeySequence.StandardKey.Save, _("Save as PDF")
        )
        bar.addAction(self.pdf_action)
        self.week_bar = bar
        self.options_bar = self._build_options_bar()
        # Qt's dialog holds its tool bar and the pages in an inner QMainWindow:
        # ours go on rows of their own under Qt's (one row is too narrow for all).
        inner = self.preview.parentWidget() if self.preview is not None else None
        layout = self.layout()
        for n, row in enumerate((self.week_bar, self.options_bar)):
            row.setMovable(False)
            if isinstance(inner, QMainWindow):
                inner.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
                inner.addToolBar(Qt.ToolBarArea.TopToolBarArea, row)
            elif isinstance(layout, QBoxLayout):
                layout.insertWidget(n, row)

    def _build_options_bar(self) -> QToolBar:
        """What goes on the paper: the check boxes, each re-renders the pages."""
        bar = QToolBar(_("Print options"), self)
        self.no_next_step_box = QCheckBox(_("No &next step"), self)
        self.no_next_step_box.setToolTip(_("List the contacts with no follow-up planned"))
        self.no_next_step_box.setChecked(settings.JOGGER_NO_NEXT_STEP.get())
        self.prompts_box = QCheckBox(_("Pro&mpts"), self)
        self.prompts_box.setToolTip(_("Questions that help you think of people to contact"))
        self.prompts_box.setChecked(settings.JOGGER_PROMPTS.get())
        for box in (self.no_next_step_box, self.prompts_box):
            box.toggled.connect(self._options_changed)
            bar.addWidget(box)
        self.page_per_category_box = QCheckBox(_("Start each &category on a new page"), self)
        self.page_per_category_box.setToolTip(
            _("Untick to print the categories one after another and save paper")
        )
        self.page_per_category_box.setChecked(jogger_store.page_per_category())
        self.page_per_category_box.toggled.connect(self._page_per_category_changed)
        bar.addWidget(self.page_per_category_box)
        return bar

    def _hook_print_action(self) -> None:
        """Give Qt's own Print button the usual Ctrl+P (found by its text in the language
        Qt speaks: "Print", "Drucken", "Imprimer"...)."""
        self.print_action = None
        wanted = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        for toolbar in self.findChildren(QToolBar):
            for action in toolbar.actions():
                if action.text().replace("&", "").strip() == wanted:
                    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
                    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    action.setToolTip(_("{action} ({keys})").format(action=wanted, keys=keys))
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
        if empty:
            label = _("{week} \u2014 nothing to print").format(week=label)
        self.week_label.setText(label)
        due = self.sheet.due_count
        self.week_label.setToolTip(
            _.n("%n to follow up", "%n to follow up", due) if due else _("Nothing due this week")
        )
        # Another week may have nothing to print: then Print and Save as PDF say so.
        for action in (self.print_action, self.pdf_action):
            if action is not None:
                action.setEnabled(not empty)
                tip = action.data() or action.toolTip()
                action.setData(tip)  # the usual tip, kept for a week with something in it
                action.setToolTip(self.sheet.nothing_to_print(self.fmt) if empty else tip)
        if self.preview is not None:
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
            show_error(self, f"{exc}\n\n" + _("The choice is used now but not remembered."))
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
            show_error(self, _(NOTHING_PRINTED).format(error=exc))

    # -- PDF ---------------------------------------------------------------------------
    def suggested_pdf_path(self) -> str:
        folder = settings.JOGGER_PDF_DIR.get() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return str(Path(folder) / (_("Follow-ups {week}").format(week=self.week.iso) + ".pdf"))

    def save_pdf(self) -> bool:
        path = ask_pdf_path(self, self.suggested_pdf_path())
        if not path or self.sheet is None:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        size = self._printer.pageLayout().pageSize()
        replace = may_replace(self, path, _("Save as PDF"))
        if replace is False:
            return False
        try:
            write_pdf(
                self.sheet, path, page_size=size, fmt=self.fmt, replace_read_only=bool(replace)
            )
        except PdfWriteError as exc:
            show_error(self, f"{exc}\n\n" + _("The list was not saved; choose another place."))
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
        QMessageBox.information(parent, _("Print weekly list"), text)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
