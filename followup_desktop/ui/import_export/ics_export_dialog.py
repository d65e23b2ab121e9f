"""File → Export to calendar… (Ctrl+E), and "Add to calendar (.ics)" for one follow-up.

The dialog collects a scope and options, shows how many events the file will
hold, and writes it when the user presses Export. A failed write keeps the
dialog open with a plain message, so nothing the user chose is lost. What it asks
(and the scope and options that makes) is ``ics_export_choices``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...exchange import ics_export, ics_options
from ...i18n import translator
from ...store import ics_state
from ...store.errors import StoreError
from ...store.ics_state import Scope
from ...store.settings import set_setting
from ..kit import settings
from ..kit.background import Task
from ..kit.screen import fit_size_hint
from ..kit.targets import may_replace
from .ics_export_choices import ExportChoices

_ = translator(__name__)

TITLE = _.mark("Export to calendar")
NOT_WRITTEN = _.mark("The calendar file was not written")
CANCELLED = _.mark("Export cancelled: no file was written.")
WRITING = _.mark("Writing the calendar file…")


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog collected (and, after Export, what it wrote)."""

    path: Path
    scope: Scope
    options: ics_export.ExportOptions
    count: int = 0
    result: ics_export.ExportResult | None = None


# -- seams tests replace ------------------------------------------------------------------
def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the .ics file ("" when cancelled)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _(TITLE), suggested, _("Calendar files (*.ics)")
    )
    return path


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    if error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def _documents() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where else Path.home()


def _with_ics_suffix(text: str) -> Path:
    path = Path(text).expanduser()
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class IcsExportDialog(ExportChoices, QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_(TITLE))
        self.today = today or date.today()
        self.result_choice: ExportChoice | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self._was_cancelled = False
        self.last_export = ics_state.last_export_at()
        range_row, name_row = self._build_choices()

        default_path = _documents() / ics_export.default_file_name(self.today)
        saved_path = settings.ICS_FOLDER.get()
        if saved_path:
            default_path = Path(saved_path) / default_path.name
        self.path_edit = QLineEdit(str(default_path))
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        form = QFormLayout()
        form.addRow(_("&Follow-ups:"), self.scope_combo)
        form.addRow(_("Dates:"), range_row)
        form.addRow(_("Categories:"), self.categories)
        form.addRow(_("&Whose move:"), self.whose_combo)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length_spin)
        length_row.addStretch(1)
        length_label = QLabel(_("Timed events &last:"))
        length_label.setBuddy(self.length_spin)
        form.addRow(length_label, length_row)
        form.addRow(_("File:"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(_("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.changed_only)
        layout.addWidget(self.changed_note)
        layout.addWidget(self.reminders)
        layout.addWidget(self.reminder_note)
        layout.addWidget(self.key_dates)
        layout.addLayout(name_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.categories.itemChanged.connect(self.refresh)
        self.whose_combo.currentIndexChanged.connect(self.refresh)
        self.changed_only.toggled.connect(self.refresh)
        # What the events say depends on these too: a change to them changes every event.
        self.reminders.toggled.connect(self.refresh)
        self.length_spin.valueChanged.connect(self.refresh)
        self.separate.toggled.connect(self.calendar_name.setEnabled)
        self.calendar_name.setEnabled(self.separate.isChecked())
        self.refresh()
        fit_size_hint(self, 560)

    # -- what the dialog says --------------------------------------------------------------
    def refresh(self) -> None:
        scope = self.scope()
        if scope.start and scope.end and scope.end < scope.start:
            self.count = 0
            self.count_label.setText(_("The end date is before the start date."))
            self.export_button.setEnabled(False)
            return
        try:
            options = self.options()
            key = ics_export.options_key(options, ics_export.resolve_zone(options.zone))
            counted = ics_state.count_rows(scope, key)
            self.count = counted.total
        except StoreError as exc:
            self.count = 0
            self.count_label.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        if self.count == 0:
            if scope.changed_only:
                text = _(
                    "No follow-ups new or changed since the last export match; there is "
                    "nothing to export."
                )
            else:
                text = _("No follow-ups match; there is nothing to export.")
            self.count_label.setText(text)
        elif counted.removals:
            self.count_label.setText(
                _.n(
                    "%n event will be written, {removals} of them to withdraw follow-ups that "
                    "are done, cancelled, deleted, archived or no longer in scope.",
                    "%n events will be written, {removals} of them to withdraw follow-ups "
                    "that are done, cancelled, deleted, archived or no longer in scope.",
                    self.count,
                ).format(removals=QLocale().toString(counted.removals))
            )
        else:
            self.count_label.setText(
                _.n("%n event will be written.", "%n events will be written.", self.count)
            )
        self.export_button.setEnabled(self.count > 0)

    def browse(self) -> None:
        chosen = ask_save_path(self, self.path_edit.text())
        if chosen:
            self.path_edit.setText(str(_with_ics_suffix(chosen)))

    # -- writing ---------------------------------------------------------------------------
    def accept(self) -> None:
        """Write the file in the background; close only once it is complete."""
        if self.task is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            show_message(self, _(TITLE), _("Choose a file to write."), error=True)
            return
        path = _with_ics_suffix(text)
        scope, options = self.scope(), self.options()
        replace = may_replace(self, path, _(TITLE))
        if replace is False:
            return

        def work(progress, cancelled):
            return ics_export.export_to_file(
                path,
                scope,
                options,
                progress=progress,
                cancelled=cancelled,
                replace_read_only=bool(replace),
            )

        self.task = Task(work, self, cancel_exceptions=(ics_export.ExportCancelled,))
        self.progress = QProgressDialog(_(WRITING), _("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(_(TITLE))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(lambda result: self._written(path, scope, options, result))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.done.connect(self._task_done)
        self._set_busy(True)
        self.task.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.scope_combo,
            self.categories,
            self.whose_combo,
            self.path_edit,
            self.length_spin,
        ):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.count > 0)
        if busy:
            self.count_label.setText(_(WRITING))

    def _written(self, path: Path, scope: Scope, options, result) -> None:
        settings.ICS_SCOPE.set(self.scope_combo.currentData())
        settings.ICS_REMINDERS.set(self.reminders.isChecked())
        settings.ICS_KEY_DATES.set(self.key_dates.isChecked())
        settings.ICS_SEPARATE.set(self.separate.isChecked())
        settings.ICS_CALENDAR_NAME.set(self.calendar_name.text())
        settings.ICS_FOLDER.set(str(path.parent))
        try:  # the length is shared with the CLI, so it lives in the database
            set_setting(ics_options.EVENT_MINUTES_KEY, str(options.event_minutes))
        except StoreError:
            pass  # the file is written; the length is only a preference
        self.result_choice = ExportChoice(path, scope, options, result.count, result)

    def _failed(self, text: str) -> None:
        self._close_progress()
        show_message(self, _(NOT_WRITTEN), text, error=True)

    def _cancelled(self) -> None:
        self._close_progress()
        self._was_cancelled = True

    def _task_done(self) -> None:
        self._close_progress()
        self.task = None
        self._set_busy(False)
        if self.result_choice is not None:
            super().accept()
            return
        self.refresh()
        if self._was_cancelled:
            self._was_cancelled = False
            self.count_label.setText(_(CANCELLED))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def reject(self) -> None:
        if self.task is not None:  # Esc while writing = cancel the write, keep the dialog
            self.task.cancel()
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> ExportChoice | None:
        """Open the dialog; what was written, or None if cancelled."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.result_choice


#: How to bring a file into each calendar, and what each does with a later file's
#: changes and removals (docs/calendar-import.md has the sources).
IMPORT_HELP = _.mark(
    "Outlook (Windows): File → Open & Export → Import/Export → “Import an iCalendar "
    "(.ics) or vCalendar file (.vcs)” → Next → choose the file → Import. Not “Open "
    "Calendar”: that opens the file as a calendar of its own, and every later file would "
    "become another one. Outlook matches events by UID and keeps the highest SEQUENCE, so "
    "a later file moves changed follow-ups and marks closed ones “Done:” or “Cancelled:”.\n\n"
    "Google Calendar: import into a calendar kept for follow-ups. Create it once: "
    "Settings → Add calendar → Create new calendar → “Follow-ups”. Then Settings → "
    "Import & export → Import, choose the file and that calendar. Google adds new events "
    "but ignores a later file's changes and removals of events it already has; to bring "
    "it up to date, delete the Follow-ups calendar, create it again and import a full "
    "export (without “Only what changed”).\n\n"
    "The separate calendar name is used by Outlook only."
)


def written_message(count: int, path: Path, result: ics_export.ExportResult | None = None) -> str:
    head = ics_export.written_summary(result or ics_export.ExportResult(path, count))
    return f"{head}\n\n{_(IMPORT_HELP)}"


def export_to_calendar(parent: QWidget | None = None) -> ExportChoice | None:
    """File → Export to calendar…: the dialog, then a short note on how to import."""
    choice = IcsExportDialog.ask(parent)
    if choice is not None:
        show_message(parent, APP_NAME, written_message(choice.count, choice.path, choice.result))
    return choice


def add_to_calendar(parent: QWidget | None, followup_id: int) -> Path | None:
    """Right-click → Add to calendar (.ics): one follow-up, one small file.

    A closed follow-up that was exported writes its withdrawal (STATUS:CANCELLED),
    so the event leaves the calendar it was added to.
    """
    folder = settings.ICS_FOLDER.get() or str(_documents())
    name = _("follow-up-{number}.ics").format(number=followup_id)
    chosen = ask_save_path(parent, str(Path(folder) / name))
    if not chosen:
        return None
    path = _with_ics_suffix(chosen)
    scope = Scope(followup_ids=(followup_id,), open_only=False)
    options = ics_options.options_from_settings(reminders=settings.ICS_REMINDERS.get())
    replace = may_replace(parent, path, _(TITLE))
    if replace is False:
        return None
    try:
        result = ics_export.export_to_file(
            path, scope, options, full=False, replace_read_only=bool(replace)
        )
    except (ics_export.ExportError, StoreError) as exc:
        show_message(parent, _(NOT_WRITTEN), str(exc), error=True)
        return None
    if result.count == 0:
        show_message(
            parent,
            APP_NAME,
            _(
                "That follow-up is closed or no longer exists, and no calendar file held it, "
                "so there is nothing to add."
            ),
            error=True,
        )
        return None
    settings.ICS_FOLDER.set(str(path.parent))
    show_message(parent, APP_NAME, written_message(1, path, result))
    return path
