"""The one undo-command base: every undoable write of the app is an ``UndoCommand``.

``write()`` runs in ``redo()``, the first one included (pushing the command runs it);
``unwrite()`` runs in ``undo()``. A write that fails (a StoreError, a row deleted
meanwhile) is shown as one sentence and the command drops itself from the stack
(``setObsolete``), so the stack never claims a state the database does not have.
``announced()`` runs after each successful write or unwrite: tell the views what changed.

``push(stack, command)`` returns None when the first write succeeded, else what it raised;
with ``quiet=True`` the caller shows the failure itself (the note dialog keeps it in its
status line, the follow-up actions hand it to their ``report_error``).

A write that has to run before the push - a long import in a worker with progress and
Cancel - is made with ``written=True``: its first redo does nothing, later ones write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from ...i18n import translator
from ...store.errors import StoreError

_ = translator(__name__)

# What a failed step says: the step's own words, then why.
_NOT_DONE = _.mark("{step} was not done ({error}).")
_NOT_UNDONE = _.mark("{step} could not be undone ({error}).")


def show_failure(title: str, text: str) -> None:
    """Tell the user a write or an undo did not happen (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox  # its enums are built when first needed

    QMessageBox.warning(QApplication.activeWindow(), title, text)


class _Outcome:
    """Kept outside the Qt object: the stack deletes a command that dropped itself."""

    def __init__(self) -> None:
        self.error: Exception | None = None
        self.quiet = False


class UndoCommand(QUndoCommand):
    def __init__(self, text: str, *, written: bool = False) -> None:
        super().__init__(text)
        self._skip_next_redo = written
        self.outcome = _Outcome()

    # -- what a command defines ------------------------------------------------------------
    def write(self) -> None:
        raise NotImplementedError

    def unwrite(self) -> None:
        raise NotImplementedError

    def announced(self) -> None:
        """After each successful write or unwrite (emit on ``ui.events``)."""

    # -- Qt's side ----------------------------------------------------------------------------
    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.write, _("Not saved"), _NOT_DONE)

    def undo(self) -> None:
        self._run(self.unwrite, _("Undo failed"), _NOT_UNDONE)

    def _run(self, fn: Callable[[], object], title: str, sentence: str) -> None:
        try:
            fn()
        except Exception as exc:  # a failed write says so and leaves the stack honest
            self.outcome.error = exc
            self.setObsolete(True)
            if not self.outcome.quiet:
                text = str(exc) if isinstance(exc, StoreError) and str(exc) else ""
                show_failure(title, text or _(sentence).format(step=self.text(), error=exc))
            return
        self.outcome.error = None
        self.announced()


def push(stack: QUndoStack, command: UndoCommand, *, quiet: bool = False) -> Exception | None:
    """Push (which writes): None when the write succeeded, else what it raised. A failed
    command is not kept (Qt deletes it: use nothing of it afterwards)."""
    outcome = command.outcome
    outcome.quiet = quiet
    try:
        stack.push(command)
    finally:
        outcome.quiet = False
    return outcome.error
