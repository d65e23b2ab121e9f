"""File → Import contacts…: choose, (map columns,) preview, import in the background, undo.

The reading/preview and the import itself run in a worker thread (``Task``)
with a progress bar and Cancel; the window stays responsive. After an import
``events().contacts_changed`` is emitted, and the import can be undone from
the summary page or, when the wizard was given the window's undo stack,
with Edit → Undo.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from ...exchange.detect import Peek, read_contacts_file
from ...i18n import translator
from ...store import first_contact
from ...store.import_later_work import LaterWork, later_work
from ...store.import_plan import ImportResult
from ...store.import_preview import ImportCancelled, Preview, build_preview
from ...store.imports import apply_import, undo_import
from ..kit import settings
from ..kit.background import Task
from ..kit.date_field import locale_day_first
from ..kit.events import events
from ..kit.screen import fit_to_screen
from .first_contact import plan_first_contacts
from .import_commands import ImportCommand, confirm_undo_losing
from .import_pages import FilePage, MappingPage, PreviewPage
from .run_page import RunPage

_ = translator(__name__)

FILE_FILTER = _.mark("Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)")


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RUN = range(4)

    #: A background step ended (any outcome): "analysis", "import" or "undo".
    task_finished = Signal(str)
    #: An import was written (the result), after contacts_changed.
    imported = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        path: str | Path | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Wide enough on a 1280-pixel laptop for the check page's name, company, e-mail,
        # phone and category side by side (980 px hid e-mail, phone and category).
        fit_to_screen(self, 1240, 680)
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.peek: Peek | None = None
        self.mapping: dict[int, str] | None = None
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None
        self.command: ImportCommand | None = None
        self.task: Task | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.setPage(self.PAGE_FILE, self.file_page)
        self.setPage(self.PAGE_MAPPING, self.mapping_page)
        self.setPage(self.PAGE_PREVIEW, self.preview_page)
        self.setPage(self.PAGE_RUN, self.run_page)
        if path:
            self.file_page.path_edit.setText(str(path))

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, *, undo_stack: QUndoStack | None = None
    ) -> ImportResult | None:
        """Run the wizard modally; the import's result, or None if nothing was imported."""
        wizard = cls(parent, undo_stack=undo_stack)
        wizard.exec()
        return wizard.import_result

    # -- seams -----------------------------------------------------------------------------
    def choose_file(self) -> str:
        folder = settings.IMPORT_FOLDER.get() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Import contacts"), folder, _(FILE_FILTER)
        )
        if chosen:
            settings.IMPORT_FOLDER.set(str(Path(chosen).parent))
        return chosen

    def confirm_undo(self, work: LaterWork) -> bool:
        return confirm_undo_losing(self, work)

    # -- background steps ------------------------------------------------------------------
    def _start(self, name: str, fn, progress_row, on_done, on_problem) -> None:
        self.cancel_task()
        task = Task(fn, self, cancel_exceptions=(ImportCancelled,))
        self.task = task
        task.progress.connect(progress_row.report)
        progress_row.cancel_button.clicked.connect(task.cancel)
        task.finished.connect(on_done)
        task.failed.connect(on_problem)
        task.cancelled.connect(lambda: on_problem(None))
        task.done.connect(lambda: progress_row.cancel_button.clicked.disconnect(task.cancel))
        task.done.connect(lambda: self.task_finished.emit(name))
        task.start()

    def cancel_task(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait()

    def start_analysis(self, page: PreviewPage) -> None:
        path, mapping = self.path, self.mapping
        assert path is not None  # the file page leads on only once it has read a file
        force = mapping is not None
        day_first = locale_day_first()  # 3/4 in a file is read as the person writes dates

        def analyse(progress, cancelled):
            # Reading is the first half of the bar, the duplicate check the second.
            parsed = read_contacts_file(
                path,
                mapping=mapping,
                force_generic=force,
                day_first=day_first,
                progress=lambda done, total: progress(done, 2 * total),
                cancelled=cancelled,
            )
            return build_preview(
                parsed,
                progress=lambda done, total: progress(total + done, 2 * total),
                cancelled=cancelled,
            )

        def done(preview: Preview) -> None:
            self.preview = preview
            page.show_preview(preview, path)

        def problem(text: str | None) -> None:
            page.show_problem(text or _("Cancelled. Press Back to choose another file."))

        self._start("analysis", analyse, page.progress, done, problem)

    def start_import(self, page: RunPage) -> None:
        preview, source = self.preview, str(self.path)
        # The preview page (the commit page) lets the user on only once it shows one.
        assert preview is not None
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        def run(progress, cancelled):
            return apply_import(preview, source=source, progress=progress, cancelled=cancelled)

        def done(result: ImportResult) -> None:
            self.import_result = result
            events().contacts_changed.emit([])
            if self.undo_stack is not None and result.imported_anything:
                self.command = ImportCommand(preview, result, source)
                self.undo_stack.push(self.command)
            page.show_outcome(self._headline(result), result.lines(), result.imported_anything)
            self.imported.emit(result)

        def problem(text: str | None) -> None:
            if text is None:
                text = _("Import cancelled: nothing was written.")
            page.show_outcome(text, [], False)

        self._start("import", run, page.progress, done, problem)

    @staticmethod
    def _headline(result: ImportResult) -> str:
        return _.n(
            "Imported %n new contact and updated {updated}. {skipped} skipped, {invalid} invalid.",
            "Imported %n new contacts and updated {updated}. {skipped} skipped, {invalid} invalid.",
            result.created,
        ).format(
            updated=QLocale().toString(result.updated),
            skipped=QLocale().toString(len(result.skipped)),
            invalid=QLocale().toString(len(result.invalid)),
        )

    # -- first contact -----------------------------------------------------------------------
    def offer_first_contacts(self) -> None:
        """Show "Plan first contact for the N new contacts…" when there are any."""
        button = self.run_page.plan_button
        n = 0
        if self.import_result is not None and self.import_result.batch_id is not None:
            n = len(first_contact.new_without_next_step(self.import_result.batch_id))
        button.setText(
            _.n(
                "&Plan first contact for the %n new contact\u2026",
                "&Plan first contact for the %n new contacts\u2026",
                n,
            )
        )
        button.setVisible(n > 0)

    def plan_first_contacts(self) -> None:
        if self.import_result is None or self.import_result.batch_id is None:
            return
        command = plan_first_contacts(
            self, self.import_result.batch_id, self.today(), self.undo_stack
        )
        if command is not None:
            self.run_page.headline.setText(
                f"{self.run_page.headline.text()} {command.plan.describe()}"
            )
        self.offer_first_contacts()

    def today(self) -> date:
        return date.today()

    # -- undo --------------------------------------------------------------------------------
    def undo_import(self) -> None:
        """Undo in the background (50,000 contacts take seconds), then tell the views."""
        if self.import_result is None or self.import_result.batch_id is None:
            return
        batch_id = self.import_result.batch_id
        work = later_work(batch_id)
        if work and not self.confirm_undo(work):
            return
        page = self.run_page
        page.undo_button.setEnabled(False)
        page.progress.begin(_("Undoing the import…"))
        page.progress.cancel_button.setEnabled(False)

        def undo(progress, cancelled):
            return undo_import(batch_id, force=bool(work))

        def done(undone) -> None:
            page.progress.hide()
            self._sync_undo_stack()
            self.offer_first_contacts()
            events().contacts_changed.emit([])
            words = _.n(
                "The import was undone: the %n contact it added was removed.",
                "The import was undone: the %n contacts it added were removed.",
                undone.removed,
            )
            if undone.reverted:
                reverted = _.n(
                    "The %n contact it updated is as it was.",
                    "The %n contacts it updated are as they were.",
                    undone.reverted,
                )
                words = f"{words} {reverted}"
            if undone.backup:
                kept = _("What it removed is kept in the backup {path}.")
                words = f"{words} {kept.format(path=undone.backup)}"
            page.headline.setText(words)

        def problem(text: str | None) -> None:
            page.progress.hide()
            page.headline.setText(text or _("The import was not undone."))

        self._start("undo", undo, page.progress, done, problem)

    def _sync_undo_stack(self) -> None:
        """The window's Edit → Undo/Redo follow what the button did."""
        stack, command = self.undo_stack, self.command
        if stack is None or command is None:
            return
        command.undone = True  # its undo() now only moves the stack's index
        if stack.canUndo() and stack.command(stack.index() - 1) is command:
            stack.undo()
        else:
            command.setObsolete(True)

    # -- closing -----------------------------------------------------------------------------
    def done(self, code: int) -> None:
        self.cancel_task()
        super().done(code)
