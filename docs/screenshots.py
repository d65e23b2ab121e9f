"""Makes docs/screens/*.png: every main view and the big dialogs on laptop screens.

Each screen size runs in its own offscreen Qt whose one screen has exactly that size
(the offscreen platform's ``configfile``), so the app sizes itself as it would on such a
laptop: the window fills the screen less a task bar and a title bar, and every dialog
sizes itself to the available geometry (``ui.kit.screen``). The data is the demo book
(300 contacts, seed 7) in a throw-away data folder.

    PYTHONPATH=. python docs/screenshots.py [--out docs/screens] [--size 1366x768 ...]
    PYTHONPATH=. python docs/screenshots.py --lang de --size 1366x768   # docs/screens/de/

Shots: agenda, agenda-their-move (the Their move section), contacts, calendar-month,
calendar-week, calendar-day, note-dialog, import-wizard, print-preview, each as
``<shot>-<W>x<H>.png``. With ``--lang`` the window,
its dialogs and the demo book's reasons are in that language (and the shots go to a
folder named after it, unless ``--out`` says otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = ("1366x768", "1280x720")
# What a desktop takes from the screen before our window: a task bar or panel (~40 px)
# and the window's title bar (~32 px). The offscreen platform draws neither.
TASKBAR = 40
TITLE_BAR = 32
IMPORT_CSV = (
    "First Name,Last Name,Company,E-mail Address,Mobile Phone,Categories,Notes\n"
    "Jürgen,Müller,Müller Haustechnik GmbH,jm@example.de,+49 170 1234567,Clients,"
    "Met at the trade fair\n"
    "Åsa,Ørsted,Nordlys AS,asa@example.no,+47 912 34 567,Prospects,Wants a quote by May\n"
    "Tom,O'Brien,Harbour & Sons,tom@example.ie,+353 87 123 4567,Referrals,Sister's practice\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent / "screens"))
    parser.add_argument("--size", action="append", help="WxH (default: 1366x768 and 1280x720)")
    parser.add_argument("--lang", help="de, fr or es (default: English)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, Path(args.out), Path(args.data_dir), args.lang)
    out = Path(args.out)
    if args.lang and "--out" not in (argv if argv is not None else sys.argv):
        out = out / args.lang
    lang = ["--lang", args.lang] if args.lang else []
    out.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="followup-screens-") as tmp:
        data_dir = Path(tmp) / "data"
        env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
        subprocess.run(
            [sys.executable, "-m", "followup_desktop", *lang, "--data-dir", str(data_dir)]
            + ["demo", "--contacts", "300", "--seed", "7"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        for size in args.size or SIZES:
            width, height = (int(n) for n in size.split("x"))
            config = Path(tmp) / f"screen-{size}.json"
            screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
            child_env = dict(
                env,
                QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                XDG_CONFIG_HOME=str(Path(tmp) / f"config-{size}"),
            )
            subprocess.run(
                [sys.executable, __file__, "--child", size, "--out", str(out)]
                + ["--data-dir", str(data_dir), *lang],
                check=True,
                env=child_env,
            )
    return 0


def _child(size: str, out: Path, data_dir: Path, lang: str | None) -> int:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from followup_desktop.app import make_application
    from followup_desktop.paths import database_path
    from followup_desktop.store import database

    app = make_application(language=lang or "en")
    database.open_database(database_path(data_dir))
    from followup_desktop.ui.kit import screen as kit_screen

    # A real desktop reports its task bar as not available; the offscreen screen has none.
    whole_screen = kit_screen.available_geometry

    def without_taskbar(widget=None):
        return whole_screen(widget).adjusted(0, 0, 0, -TASKBAR)

    kit_screen.available_geometry = without_taskbar
    from followup_desktop.ui.shell.main_window import MainWindow

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def shot(widget, name: str) -> None:
        settle()
        path = out / f"{name}-{size}.png"
        widget.grab().save(str(path), "PNG", 0)  # 0: smallest file
        print(f"{path}: {widget.width()}x{widget.height()}")

    window = MainWindow(data_dir=data_dir)
    avail = kit_screen.available_geometry(window)
    window.setGeometry(
        QRect(avail.x(), avail.y() + TITLE_BAR, avail.width(), avail.height() - TITLE_BAR)
    )
    window.show()
    shot(window, "agenda")
    from followup_desktop.domain.agenda_sections import SECTIONS

    agenda = window.agenda  # their promises: the Due column's short form of the sentence
    agenda.section_list.setCurrentIndex(agenda.sections.index(SECTIONS.index("theirs")))
    shot(window, "agenda-their-move")
    agenda.section_list.setCurrentIndex(agenda.sections.index(SECTIONS.index("overdue")))
    window.show_contacts()
    shot(window, "contacts")
    from followup_desktop.domain.calendar_grid import Mode

    window.tabs.setCurrentIndex(window.calendar_tab)
    for mode in (Mode.MONTH, Mode.WEEK, Mode.DAY):
        window.calendar.set_mode(mode)
        shot(window, f"calendar-{mode.name.lower()}")
    window.show_agenda()

    from followup_desktop.ui.followups.note_dialog import NoteDialog

    row = window.agenda.current_row()
    note = NoteDialog(row.contact_id, row.followup_id, parent=window)
    note.show()
    shot(note, "note-dialog")
    note.reject()

    from followup_desktop.ui.import_export.import_wizard import ImportWizard

    csv_path = data_dir / "contacts-to-import.csv"
    csv_path.write_text(IMPORT_CSV, encoding="utf-8")
    wizard = ImportWizard(window, path=csv_path)
    wizard.show()
    settle()
    from PySide6.QtCore import QEventLoop

    waiting = QEventLoop()
    wizard.task_finished.connect(lambda _name: waiting.quit())
    wizard.next()  # Outlook columns are recognised: straight to the check before importing
    waiting.exec()  # until the file has been read
    shot(wizard, "import-wizard")
    wizard.hide()

    from followup_desktop.ui.jogger.preview import JoggerPreviewDialog

    preview = JoggerPreviewDialog(window)
    preview.show()
    shot(preview, "print-preview")
    preview.hide()
    window.hide()
    QApplication.processEvents()
    database.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
