"""Applying and stopping follow-up series, undoable (same pattern as followup_commands).

``apply_series`` / ``stop_series`` write through ``store.series``, push one command on
the window's undo stack and announce the change; errors come back as one sentence.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from ...store import series
from ...store.errors import StoreError
from ..kit.events import events
from .commands import _Command


def _announce(contact_id: int) -> None:
    events().followups_changed.emit([])
    events().contacts_changed.emit([contact_id])


class ApplySeriesCommand(_Command):
    def __init__(self, run_id: int, template_id: int, contact_id: int, start: date, shift):
        super().__init__("Apply follow-up series")
        self.run_id = run_id
        self.args = (template_id, contact_id, start)
        self.shift = shift

    def do(self) -> None:
        self.run_id, _ = series.apply(*self.args, shift_on_early=self.shift)
        _announce(self.args[1])

    def undo_it(self) -> None:
        series.undo_apply(self.run_id)
        _announce(self.args[1])


class StopSeriesCommand(_Command):
    def __init__(self, run_id: int, contact_id: int, states) -> None:
        super().__init__("Stop follow-up series")
        self.run_id = run_id
        self.contact_id = contact_id
        self.states = states

    def do(self) -> None:
        self.states = series.stop(self.run_id)
        _announce(self.contact_id)

    def undo_it(self) -> None:
        series.undo_stop(self.run_id, self.states)
        _announce(self.contact_id)


def apply_series(
    stack: QUndoStack, template_id: int, contact_id: int, start: date, shift: bool | None = None
) -> tuple[int | None, str]:
    """(run id, "") or (None, why it was not applied)."""
    try:
        run_id, _ = series.apply(template_id, contact_id, start, shift_on_early=shift)
    except StoreError as exc:
        return None, str(exc)
    stack.push(ApplySeriesCommand(run_id, template_id, contact_id, start, shift))
    _announce(contact_id)
    return run_id, ""


def stop_series(stack: QUndoStack, run_id: int, contact_id: int) -> str:
    """ "" when stopped, else why not."""
    try:
        states = series.stop(run_id)
    except StoreError as exc:
        return str(exc)
    stack.push(StopSeriesCommand(run_id, contact_id, states))
    _announce(contact_id)
    return ""
