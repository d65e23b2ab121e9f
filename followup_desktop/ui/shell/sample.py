"""Try it with sample data: a separate, clearly labelled, throw-away book.

The sample lives in its own folder (``paths.sample_data_dir``, marked by
``paths.SAMPLE_MARKER``) and opens in a second window of its own process, so the user's
database is never touched and both windows can stay open. A window on a sample book
says so in its title and in a banner with "Throw the sample away".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ... import APP_NAME, i18n
from ...paths import SAMPLE_MARKER, SAMPLE_NOTE, database_path, sample_data_dir

_ = i18n.translator(__name__)

SAMPLE_CONTACTS = 300
TITLE_MARK = _.mark("SAMPLE DATA (throw-away)")


def app_command() -> list[str]:
    """How to start this app again: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "followup_desktop"]


def prepare_sample(data_dir: Path) -> Path:
    """The sample book's folder, filled with demo data the first time."""
    folder = sample_data_dir(data_dir)
    if database_path(folder).exists() and (folder / SAMPLE_MARKER).exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SAMPLE_MARKER).write_text(SAMPLE_NOTE, encoding="utf-8")
    done = subprocess.run(  # the sample's reasons and names in the window's language
        [*app_command(), "--lang", i18n.language(), "--data-dir", str(folder), "demo"]
        + ["--contacts", str(SAMPLE_CONTACTS), "--force"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise OSError(done.stderr.strip() or _("the sample data could not be made"))
    return folder


def open_sample(parent: QWidget, data_dir: Path, *, start=QProcess.startDetached) -> bool:
    """Make (once) and open the sample book in its own window; False with a message
    when that was not possible."""
    try:
        folder = prepare_sample(data_dir)
    except (OSError, subprocess.SubprocessError) as exc:
        QMessageBox.warning(
            parent, APP_NAME, _("The sample data could not be made: {error}").format(error=exc)
        )
        return False
    program, *args = app_command()
    started = start(program, [*args, "--lang", i18n.language(), "--data-dir", str(folder)])
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        QMessageBox.warning(parent, APP_NAME, _("The sample window could not be started."))
    return ok


class SampleBanner(QWidget):
    """Says, on every screen of a sample window, that this is throw-away sample data."""

    def __init__(self, on_discard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample-banner")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#sample-banner { background: #fff3c4; } QLabel { color: #4a3b00; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(
            _(
                "<b>Sample data.</b> Try anything here: this book is separate from yours "
                "and can be thrown away."
            ),
            self,
        )
        row.addWidget(self.label, 1)
        self.discard_button = QPushButton(_("Throw the sample away\u2026"), self)
        self.discard_button.clicked.connect(on_discard)
        row.addWidget(self.discard_button)


def confirm_discard(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        _("Throw the sample away?"),
        _("Close this window and delete the sample book? Your own book is not touched."),
    )
    return answer == QMessageBox.StandardButton.Yes
