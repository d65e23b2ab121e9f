"""Makes docs/dark/*.png: the views with warning, overdue and secondary colours, on a
Fusion dark palette at 1366×768 (the light ones are in docs/screens).

The palette is the usual Fusion dark scheme (window #353535, base #2a2a2a, alternate rows
#424242, white text); the data is the demo book (300 contacts, seed 7). Shots: the
agenda's Overdue section, a contact with an overdue next step, a contact without notes
scrolled down to "No background notes yet.", the calendar's month, and the note dialog
with two errors (no reason, a date it cannot read).

    PYTHONPATH=. python docs/make_dark_pngs.py [--out docs/dark]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent / "dark"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="followup-dark-") as tmp:
        data_dir = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir)]
            + ["demo", "--contacts", "300", "--seed", "7"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _shots(out, data_dir)
    return 0


def _shots(out: Path, data_dir: Path) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from followup_desktop.app import make_application
    from followup_desktop.domain.agenda_sections import SECTIONS
    from followup_desktop.domain.calendar_grid import Mode
    from followup_desktop.paths import database_path
    from followup_desktop.store import database
    from tests.ui.palettes import dark

    app = make_application(language="en")
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark())  # the palette the contrast tests measure against
    database.open_database(database_path(data_dir))
    from followup_desktop.ui.followups.note_dialog import NoteDialog
    from followup_desktop.ui.shell.main_window import MainWindow

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG", 0)
        print(f"{path}: {widget.width()}x{widget.height()}")

    window = MainWindow(data_dir=data_dir)
    window.setGeometry(QRect(0, 32, 1366, 768 - 72))  # less a task bar and a title bar
    window.show()
    agenda = window.agenda
    agenda.section_list.setCurrentIndex(agenda.sections.index(SECTIONS.index("overdue")))
    shot(window, "agenda-overdue")
    row = agenda.current_row()
    window.open_contact(row.contact_id)
    shot(window, "contact-overdue")
    from followup_desktop.store.cards import contact_details

    rows = [agenda.model.row_at(i) for i in range(agenda.model.rowCount())]
    bare = next((r for r in rows if r and not contact_details(r.contact_id).notes), row)
    window.open_contact(bare.contact_id)  # "No background notes yet."
    pane = window.show_contacts().pane
    for _ in range(5):
        app.processEvents()
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    shot(window, "contact-background")
    window.tabs.setCurrentIndex(window.calendar_tab)
    window.calendar.set_mode(Mode.MONTH)
    shot(window, "calendar-month")
    window.show_agenda()
    note = NoteDialog(row.contact_id, row.followup_id, parent=window)
    note.show()
    note.reason.clear()  # two errors: no reason, and a date it cannot read
    note.due.text.setText("32nd of Smarch")
    shot(note, "note-dialog-errors")
    note.reject()
    window.hide()
    QApplication.processEvents()
    database.close_database()


if __name__ == "__main__":
    sys.exit(main())
