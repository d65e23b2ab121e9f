"""Makes the README's pictures of the weekly review: the Review tab and its printed page,
in a light and a dark palette, at 1366×768, and the PDF page itself.

The data is the demo book (2,000 contacts, seed 1) in a throw-away data folder; the
palettes are Fusion's light one and a dark one like a desktop's dark mode. The page is
written as an A4 PDF and rendered at 75 dpi by pdftoppm (poppler-utils).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python docs/make_review_pngs.py [--out docs]

Writes review-tab-light.png, review-tab-dark.png, review-print-light.png,
review-print-dark.png and review-page.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e6e6e6",
    "Base": "#1e1e1e",
    "AlternateBase": "#2b2b2b",
    "Text": "#e6e6e6",
    "Button": "#3a3a3a",
    "ButtonText": "#e6e6e6",
    "Highlight": "#4a90d9",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#e6e6e6",
    "PlaceholderText": "#9a9a9a",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent))
    args = parser.parse_args(argv)
    out = Path(args.out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="followup-review-") as tmp:
        data_dir = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
            + ["demo", "--contacts", "2000", "--seed", "1"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _shots(out, data_dir, Path(tmp))
    return 0


def _shots(out: Path, data_dir: Path, tmp: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from followup_desktop.app import make_application
    from followup_desktop.paths import database_path
    from followup_desktop.store import database

    app = make_application()
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.style().standardPalette()
    dark = QPalette(light)
    for role, colour in DARK.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    database.open_database(database_path(data_dir))
    from followup_desktop.ui.shell.main_window import MainWindow

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    for name, palette in (("light", light), ("dark", dark)):
        app.setPalette(palette)
        window = MainWindow(data_dir=data_dir)
        window.resize(1366, 768)
        window.show()
        window.tabs.setCurrentIndex(window.review_tab)
        view = window.review
        if view.result is None:
            waiting = QEventLoop()
            view.figures_shown.connect(waiting.quit)
            waiting.exec()
        view.given_up_view.selectRow(0)
        settle()
        window.grab().save(str(out / f"review-tab-{name}.png"), "PNG", 0)
        preview = view.print_review()
        preview.resize(1366, 768)
        settle()
        preview.grab().save(str(out / f"review-print-{name}.png"), "PNG", 0)
        preview.close()
        window.close()
        settle()
    from followup_desktop.store import review as store_review
    from followup_desktop.ui.review.sheet import write_review_pdf

    pdf = tmp / "review.pdf"
    result = view.result or store_review.load(view.week_start, view.today(), view.period)
    write_review_pdf(result, pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "75", "-singlefile", str(pdf), str(out / "review-page")],
            check=True,
        )
    database.close_database()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
