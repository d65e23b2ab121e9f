"""The first start on a real X server: docs/first-start-xvfb.png.

    xvfb-run -s "-screen 0 1366x768x24" python docs/first_start_xvfb.py [OUT.png]

Starts the window as a new user would see it (a fresh data folder and fresh settings,
Qt's xcb platform, the machine's own fonts; no window manager, so no title bar) and
saves the whole X screen, so the picture shows the window's first size against the
screen as well as the sidebar's category names. The preflight runs first, as in the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "first-start-xvfb.png")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    home = Path(tempfile.mkdtemp(prefix="followup-first-start-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(ROOT))
    from followup_desktop import preflight

    problem = preflight.run()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from followup_desktop.app import make_application
    from followup_desktop.paths import database_path
    from followup_desktop.store.database import open_database

    app = make_application()
    data_dir = home / "data" / "followup-desktop"
    data_dir.mkdir(parents=True)
    open_database(database_path(data_dir))
    from followup_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(data_dir=data_dir)
    window.show()
    handle = window.windowHandle()
    while not handle.isExposed():
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    screen = app.primaryScreen()
    ok = screen.grabWindow(0).save(str(out), "PNG")
    size = screen.size()
    print(
        f"{out}: screen {size.width()}x{size.height()}, window {window.width()}x"
        f"{window.height()}, platform {app.platformName()}, font {app.font().family()} "
        f"{app.font().pointSize()} pt"
    )
    window.hide()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
