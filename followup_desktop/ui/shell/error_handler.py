"""Unexpected errors anywhere: a short message, copyable details, a private rotating log.

``install(data_dir)`` sets ``sys.excepthook`` (PySide6 routes exceptions raised
in slots there and the event loop carries on), ``threading.excepthook``
(reported on the GUI thread through a queued signal) and a Qt message handler
(Qt warnings go to the log only). The log never holds note text: exception
messages have every quoted string blanked and are cut short, and no local
variables are written.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from ...errorlog import (  # noqa: F401 (LOG_* and setup_logging are used through here)
    LOG_BACKUPS,
    LOG_DIRNAME,
    LOG_FILENAME,
    LOG_MAX_BYTES,
    PrivateRotatingFileHandler,
    details,
    log,
    log_path,
    redact,
    setup_logging,
    summary,
)


def _show_dialog(parent: QWidget | None, message: str, detail_text: str, log_file) -> None:
    from .error_dialog import ErrorDialog  # built only when there is something to show

    ErrorDialog.show_error(parent, message, detail_text, log_file)


class ErrorReporter(QObject):
    """Logs every unexpected error and shows it on the GUI thread, one dialog at a time."""

    reported = Signal(str, str)

    def __init__(self, log_file: Path | None = None, show=None) -> None:
        super().__init__()
        self.log_file = log_file
        self.show = show or _show_dialog
        self._showing = False
        self.count = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb, where: str = "") -> None:
        self.count += 1
        text = details(exc_type, exc, tb)
        try:
            log.error("Unexpected error%s\n%s", f" in thread {where}" if where else "", text)
        except Exception:  # the log must never make things worse
            pass
        self.reported.emit(summary(exc), text)

    def _show(self, message: str, detail_text: str) -> None:
        if self._showing:  # errors while one is on screen are only logged
            return
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            self.show(parent, message, detail_text, self.log_file)
        finally:
            self._showing = False

    # -- hooks ------------------------------------------------------------------------------
    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)


_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class Installed:
    """The hooks in place; ``uninstall()`` puts the previous ones back (tests, shutdown)."""

    def __init__(self, reporter: ErrorReporter) -> None:
        self.reporter = reporter
        self._sys = sys.excepthook
        self._threading = threading.excepthook
        sys.excepthook = reporter.excepthook
        threading.excepthook = reporter.thread_excepthook
        self._previous_qt = None
        self._previous_qt = qInstallMessageHandler(self._qt_message)

    def _qt_message(self, mode, context, message) -> None:
        level = _LEVELS.get(mode)
        if level is not None:
            log.log(level, "Qt: %s", redact(message, 400))
        if self._previous_qt is not None:
            self._previous_qt(mode, context, message)
        elif mode != QtMsgType.QtDebugMsg and mode != QtMsgType.QtInfoMsg:
            print(message, file=sys.stderr)

    def uninstall(self) -> None:
        sys.excepthook = self._sys
        threading.excepthook = self._threading
        qInstallMessageHandler(self._previous_qt)


def install(data_dir: Path) -> Installed:
    """Log to the data folder and catch every unexpected error from now on."""
    log_file = setup_logging(data_dir)
    return Installed(ErrorReporter(log_file))
