"""Applying and stopping follow-up series, undoable (``kit.undo.UndoCommand``).

``apply_series`` / ``stop_series`` push one command on the window's undo stack (which
writes through ``store.series`` and announces the change); errors come back as one
sentence for the dialog to show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from ...i18n import translator
from ...store import series
from ..kit.events import events
from ..kit.undo import UndoCommand, push

_ = translator(__name__)


def _announce(contact_id: int) -> None:
    events().followups_changed.emit([])
    events().contacts_changed.emit([contact_id])


class ApplySeriesCommand(UndoCommand):
    def __init__(self, template_id: int, contact_id: int, start: date, shift) -> None:
        super().__init__(_("Apply follow-up series"))
        self.run_id: int | None = None
        self.args = (template_id, contact_id, start)
        self.shift = shift

    def write(self) -> None:
        self.run_id, _unused = series.apply(*self.args, shift_on_early=self.shift)

    def unwrite(self) -> None:
        assert self.run_id is not None
        series.undo_apply(self.run_id)

    def announced(self) -> None:
        _announce(self.args[1])


class StopSeriesCommand(UndoCommand):
    def __init__(self, run_id: int, contact_id: int) -> None:
        super().__init__(_("Stop follow-up series"))
        self.run_id = run_id
        self.contact_id = contact_id
        self.states: list = []

    def write(self) -> None:
        self.states = series.stop(self.run_id)

    def unwrite(self) -> None:
        series.undo_stop(self.run_id, self.states)

    def announced(self) -> None:
        _announce(self.contact_id)


def apply_series(
    stack: QUndoStack, template_id: int, contact_id: int, start: date, shift: bool | None = None
) -> tuple[int | None, str]:
    """(run id, "") or (None, why it was not applied)."""
    command = ApplySeriesCommand(template_id, contact_id, start, shift)
    error = push(stack, command, quiet=True)
    if error is not None:
        return None, str(error)
    return command.run_id, ""


def stop_series(stack: QUndoStack, run_id: int, contact_id: int) -> str:
    """ "" when stopped, else why not."""
    error = push(stack, StopSeriesCommand(run_id, contact_id), quiet=True)
    return "" if error is None else str(error)
