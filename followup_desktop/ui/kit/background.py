"""Long work off the UI thread: ``Task(fn)`` runs ``fn(progress, cancelled)`` in a QThread.

``fn`` reports with ``progress(done, total)`` and polls ``cancelled()``; it ends
by returning a result, raising ``TaskCancelled``-like exceptions listed in
``cancel_exceptions``, or raising a ``StoreError`` (shown as its sentence).
Every signal is delivered on the UI thread. The worker closes its own database
connection when done (peewee keeps one connection per thread).
"""

from __future__ import annotations

import atexit
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...i18n import translator
from ...store.database import db
from ...store.errors import StoreError

_ = translator(__name__)


class _Worker(QObject):
    progress = Signal(int, int)
    outcome = Signal(str, object)

    def __init__(self, fn, cancel: threading.Event, cancel_exceptions) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel
        self._cancel_exceptions = cancel_exceptions

    @Slot()
    def run(self) -> None:
        kind, payload = "finished", None
        try:
            payload = self._fn(self.progress.emit, self._cancel.is_set)
        except self._cancel_exceptions:
            kind = "cancelled"
        except StoreError as exc:
            kind, payload = "failed", str(exc)
        except Exception as exc:  # shown as a sentence; details for a bug report on stderr
            traceback.print_exc()
            kind = "failed"
            payload = _("Something went wrong that should not have: {error}").format(error=exc)
        finally:
            if not db.is_closed():
                db.close()
        self.outcome.emit(kind, payload)


class Task(QObject):
    """One background job. Connect to the signals, then ``start()``."""

    progress = Signal(int, int)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a sentence for the person
    cancelled = Signal()
    #: After finished, failed or cancelled (the thread has ended).
    done = Signal()

    def __init__(
        self,
        fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
        *,
        cancel_exceptions: tuple[type[BaseException], ...] = (),
    ) -> None:
        from PySide6.QtCore import QThread  # built with the first task, not at start-up

        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(fn, self._cancel, cancel_exceptions or (_NeverRaised,))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.outcome.connect(self._on_outcome)
        self.running = False

    def start(self) -> None:
        self.running = True
        _running.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Cancel and block until the thread ended (closing a window mid-task)."""
        self._cancel.set()
        self._thread.quit()
        self._thread.wait()
        _running.discard(self)

    @Slot(str, object)
    def _on_outcome(self, kind: str, payload: object) -> None:
        self._thread.quit()
        self._thread.wait()
        _running.discard(self)
        self.running = False
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(str(payload))
        self.done.emit()


class _NeverRaised(Exception):
    pass


#: Tasks whose thread may still run. Held here so that neither Python nor Qt destroys a
#: QThread that is still running, which aborts the whole process ("QThread: Destroyed
#: while thread is still running"): the app leaving while the Review tab's figures were
#: still being worked out did exactly that.
_running: set[Task] = set()


def wait_for_all() -> None:
    """Cancel every task still running and wait for its thread to end."""
    for task in list(_running):
        task.wait()


# The last moment before Python tears the objects down, whichever way the app ends
# (the window closed, --screenshot done, an error): no thread is left running.
atexit.register(wait_for_all)
