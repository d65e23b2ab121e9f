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
import os
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from ... import APP_NAME, __version__

LOG_DIRNAME = "logs"
LOG_FILENAME = "followup-desktop.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 3
log = logging.getLogger("followup_desktop")

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»|“[^”]*”")


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file readable by the user only (0600), rotated at ``max_bytes`` into
    ``.1`` … ``.<backups>`` (the oldest dropped).

    It does what ``logging.handlers.RotatingFileHandler`` does; that module is not used
    because it brings ``socket`` and ``pickle`` into every start for handlers we never use.
    """

    def __init__(self, filename: Path, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(filename, mode="a", encoding="utf-8")

    def _open(self):  # noqa: D401 (logging's own hook)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            size = len(f"{self.format(record)}\n".encode(self.encoding or "utf-8"))
            if self.stream.tell() + size > self.max_bytes and self.stream.tell() > 0:
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIRNAME / LOG_FILENAME


def setup_logging(data_dir: Path) -> Path:
    """Send the app's log to ``<data dir>/logs`` (rotating, 0600); return the file."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    for handler in list(log.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(path, LOG_MAX_BYTES, LOG_BACKUPS)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    log.info("%s %s started", APP_NAME, __version__)
    return path


def redact(message: str, limit: int = 240) -> str:
    """An exception message with quoted text blanked and cut short (no note text in logs)."""
    text = _QUOTED.sub("'…'", message.replace("\n", " "))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What went wrong and where, without locals and with the message redacted."""
    lines = [f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}: {redact(str(exc))}")
    return "\n".join(lines)


def summary(exc: BaseException) -> str:
    """One or two plain sentences for the dialog."""
    from ...store.database import db, translate_error
    from ...store.errors import StoreError

    if isinstance(exc, StoreError):
        return str(exc)
    try:
        import peewee

        database_error = isinstance(exc, (peewee.DatabaseError, __import__("sqlite3").Error))
    except ImportError:  # pragma: no cover
        database_error = False
    if database_error:
        translated = translate_error(exc, db.database or "in use")
        if type(translated) is not StoreError:
            return f"{translated} The last change may not have been saved."
    return (
        "Something went wrong that Follow-up Desktop did not expect. "
        "What you saved before is safe; the last action may not have finished."
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
