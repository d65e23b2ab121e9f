"""The error log, without Qt: a private rotating file and what goes into it.

The window's error handler (``ui.shell.error_handler``) and the command line's one
error boundary (``cli.run``) both write here: ``<data dir>/logs/followup-desktop.log``,
0600 in a 0700 folder. Nothing written holds note text: exception messages have
every quoted string blanked and are cut short, and no local variables are written.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from . import APP_NAME, __version__
from .i18n import translator

LOG_DIRNAME = "logs"
LOG_FILENAME = "followup-desktop.log"
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 3
log = logging.getLogger("followup_desktop")
_ = translator(__name__)

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

    def _open(self):
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
        if self.stream is not None:
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
    from .store.database import db
    from .store.errors import StoreError
    from .store.sqlite_errors import translate_error

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
            return _("{error} The last change may not have been saved.").format(error=translated)
    return _(
        "Something went wrong that Follow-up Desktop did not expect. "
        "What you saved before is safe; the last action may not have finished."
    )
