"""What the two printing commands (``jogger``, ``review``) share: their --week, --pdf,
--paper and --force options, and a start that puts Qt's painting in the command line's language.

Printing needs QtGui, so these commands (and only they) start a QGuiApplication, on the
offscreen platform unless one was chosen: they work on a server without a display.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..i18n import translator
from . import add_force_option

_ = translator(__name__)


def add_page_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--week",
        metavar="YYYY-Www",
        help=_("the week, e.g. 2026-W48 (default: this week; it starts on the locale's first day)"),
    )
    p.add_argument("--pdf", required=True, metavar="FILE", help=_("the PDF file to write"))
    p.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=_("paper size (default: from the locale, Letter in the US and Canada, else A4)"),
    )
    add_force_option(p)


_app = None  # the QGuiApplication, alive until the command has painted and exits


def start() -> None:
    """Start QtGui for painting, speaking the command line's language (--lang or the
    system's): its dates, its first day of the week (which --week and "this week"
    depend on), Qt's own words."""
    global _app
    from PySide6.QtGui import QGuiApplication

    from .. import i18n
    from ..ui.kit import language

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "followup-desktop"])
    language.install(app, i18n.language())
    _app = app


def page_size(paper: str | None):
    """``--paper``'s QPageSize, or None for the locale's."""
    if not paper:
        return None
    from PySide6.QtGui import QPageSize

    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
