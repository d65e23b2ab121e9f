"""The one undo-command base: write on push, a failure shown and the command dropped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from followup_desktop.store.errors import StoreError
from followup_desktop.ui.kit import undo


class Counter(undo.UndoCommand):
    def __init__(self, log, *, fail_write=False, fail_undo=False, written=False):
        super().__init__("Count", written=written)
        self.log, self.fail_write, self.fail_undo = log, fail_write, fail_undo

    def write(self):
        if self.fail_write:
            raise StoreError("The database is locked by another program.")
        self.log.append("write")

    def unwrite(self):
        if self.fail_undo:
            raise KeyError(7)  # e.g. the row was deleted meanwhile
        self.log.append("unwrite")

    def announced(self):
        self.log.append("announced")


@pytest.fixture
def shown(monkeypatch):
    seen = []
    monkeypatch.setattr(undo, "show_failure", lambda title, text: seen.append((title, text)))
    return seen


def test_push_writes_undo_takes_back_redo_writes_again(qapp, shown):
    log, stack = [], QUndoStack()
    assert undo.push(stack, Counter(log)) is None
    assert log == ["write", "announced"] and stack.count() == 1
    stack.undo()
    stack.redo()
    assert log == ["write", "announced", "unwrite", "announced", "write", "announced"]
    assert shown == []


def test_a_failed_write_is_shown_and_the_command_is_not_kept(qapp, shown):
    log, stack = [], QUndoStack()
    error = undo.push(stack, Counter(log, fail_write=True))
    assert isinstance(error, StoreError)
    assert stack.count() == 0 and log == []
    assert shown == [("Not saved", "The database is locked by another program.")]


def test_quiet_leaves_showing_the_failure_to_the_caller(qapp, shown):
    stack = QUndoStack()
    assert undo.push(stack, Counter([], fail_write=True), quiet=True) is not None
    assert shown == [] and stack.count() == 0


def test_a_failed_undo_is_shown_and_the_step_leaves_the_stack(qapp, shown):
    log, stack = [], QUndoStack()
    undo.push(stack, Counter(log, fail_undo=True))
    stack.undo()
    assert stack.count() == 0 and not stack.canRedo()
    assert shown and shown[0][0] == "Undo failed" and "Count could not be undone" in shown[0][1]


def test_a_write_done_before_the_push_is_not_done_twice(qapp, shown):
    log, stack = [], QUndoStack()
    assert undo.push(stack, Counter(log, written=True)) is None
    assert log == []
    stack.undo()
    stack.redo()
    assert log == ["unwrite", "announced", "write", "announced"]


def test_every_undo_command_of_the_app_uses_the_base():
    from pathlib import Path

    ui = Path(undo.__file__).resolve().parents[1]
    own = [
        str(p.relative_to(ui))
        for p in ui.rglob("*.py")
        if p.name != "undo.py" and "(QUndoCommand)" in p.read_text(encoding="utf-8")
    ]
    assert own == []
