"""File → Export contacts…: what to export, where, then the write in the background."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
)

from ...domain import formula_guard
from ...domain.vocabulary import category_label
from ...exchange.export import FORMATS, export_contacts
from ...i18n import translator
from ...store.contacts import categories
from ...store.import_preview import ImportCancelled
from ..kit import settings
from ..kit.background import Task
from ..kit.targets import may_replace

_ = translator(__name__)


@dataclass
class ExportChoice:
    fmt: str  # "csv" or "vcf"
    category: str | None  # None: every category
    include_archived: bool
    path: Path
    #: The file is read-only and the user said to replace it.
    replace_read_only: bool = False


class ExportDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export contacts"))
        self.format_combo = QComboBox()
        for key, label in FORMATS.items():
            self.format_combo.addItem(_(label), key)
        self.category_combo = QComboBox()
        self.category_combo.addItem(_("All categories"), None)
        for cat in categories():  # shown in the language, chosen by the stored name
            self.category_combo.addItem(category_label(cat.name), cat.name)
        self.archived_check = QCheckBox(_("Include &archived contacts"))
        self.guard_note = QLabel(
            _("CSV: {explanation}").format(explanation=_(formula_guard.EXPLANATION))
        )
        self.guard_note.setWordWrap(True)
        self.format_combo.currentIndexChanged.connect(
            lambda: self.guard_note.setVisible(self.format_combo.currentData() == "csv")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("&Format:"), self.format_combo)
        form.addRow(_("&Contacts:"), self.category_combo)
        form.addRow("", self.archived_check)
        form.addRow(self.guard_note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def choose_path(self, fmt: str) -> Path | None:
        folder = settings.EXPORT_FOLDER.get() or str(Path.home())
        suggested = str(Path(folder) / _("contacts.{extension}").format(extension=fmt))
        filters = _("CSV (*.csv)") if fmt == "csv" else _("vCard (*.vcf)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Export contacts"), suggested, filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".vcf", ".vcard"):
            path = path.with_suffix(f".{fmt}")
        settings.EXPORT_FOLDER.set(str(path.parent))
        return path

    @classmethod
    def ask(cls, parent=None) -> ExportChoice | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        fmt = dialog.format_combo.currentData()
        path = dialog.choose_path(fmt)
        if path is None:
            return None
        replace = may_replace(parent, path, _("Export contacts"))
        if replace is False:
            return None
        return ExportChoice(
            fmt,
            dialog.category_combo.currentData(),
            dialog.archived_check.isChecked(),
            path,
            replace_read_only=bool(replace),
        )


class ExportRunner(QObject):
    """Runs one export in the background with a progress dialog; says how it went."""

    finished = Signal(str)  # the sentence shown to the person

    def __init__(self, choice: ExportChoice, parent=None) -> None:
        super().__init__(parent)
        self.window = parent
        self.choice = choice
        self.dialog = QProgressDialog(_("Exporting contacts…"), _("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.task = Task(self._run, self, cancel_exceptions=(ImportCancelled,))
        self.task.progress.connect(self._progress)
        self.dialog.canceled.connect(self.task.cancel)
        self.task.finished.connect(lambda n: self._end(self.exported(n), False))
        self.task.failed.connect(lambda text: self._end(text, True))
        self.task.cancelled.connect(
            lambda: self._end(_("Export cancelled: no file was written."), False)
        )

    def exported(self, count: int) -> str:
        return _.n(
            "Exported %n contact to {path}.", "Exported %n contacts to {path}.", count
        ).format(path=self.choice.path)

    def _run(self, progress, cancelled) -> int:
        c = self.choice
        return export_contacts(
            c.path,
            c.fmt,
            category=c.category,
            include_archived=c.include_archived,
            progress=progress,
            cancelled=cancelled,
            replace_read_only=c.replace_read_only,
        )

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    def _end(self, text: str, failed: bool) -> None:
        self.dialog.canceled.disconnect(self.task.cancel)
        self.dialog.reset()
        self.dialog.hide()
        if failed:
            self.show_message(text, failed)
        self.finished.emit(text)

    def show_message(self, text: str, failed: bool) -> None:
        QMessageBox.warning(self.window, _("Export contacts"), text)

    def start(self) -> None:
        self.task.start()
