"""Makes docs/their-move.png and docs/plan-follow-up.png for the README.

Maria's case from issue 15, on an offscreen screen of 1366×768 (less a 40-pixel task
bar): she promised to get back by Friday; on Wednesday the call reached her with no
news. The note dialog lists her open steps (her promise kept, proposed but not closed),
and the next step is their move, with its promise and fallback in one sentence. The
second picture is "Plan follow-up…" for a contact just added.

    PYTHONPATH=. python docs/make_promise_png.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

OUT = Path(__file__).parent
WEDNESDAY, FRIDAY = date(2026, 12, 9), date(2026, 12, 11)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return _child(Path(sys.argv[2]))
    with tempfile.TemporaryDirectory(prefix="followup-promise-") as tmp:
        config = Path(tmp) / "screen.json"
        screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
        env = dict(
            os.environ,
            PYTHONPATH=str(OUT.parent),
            QT_QPA_PLATFORM=f"offscreen:configfile={config}",
            FOLLOWUP_DATA_DIR=str(Path(tmp) / "data"),
        )
        return subprocess.run(
            [sys.executable, __file__, "--child", str(Path(tmp) / "data")], env=env, check=False
        ).returncode


def _child(data_dir: Path) -> int:
    from followup_desktop.app import make_application
    from followup_desktop.paths import database_path
    from followup_desktop.store import database

    app = make_application()
    data_dir.mkdir(parents=True, exist_ok=True)
    database.open_database(database_path(data_dir))
    from followup_desktop.store import followups
    from followup_desktop.store.contacts import categories, create_contact
    from followup_desktop.ui.followups.note_dialog import NoteDialog
    from followup_desktop.ui.followups.plan_dialog import PlanDialog
    from followup_desktop.ui.kit import screen as kit_screen

    whole = kit_screen.available_geometry
    kit_screen.available_geometry = lambda widget=None: whole(widget).adjusted(0, 0, 0, -40)

    prospects = categories()[2].id
    maria = create_contact(
        first_name="Maria", last_name="Lopez", company="Lopez Logistics", category=prospects
    )
    followups.create_followup(
        maria.id,
        FRIDAY,
        "decision on the pricing",
        whose="theirs",
        fallback_date=date(2026, 12, 14),
    )
    mine = followups.create_followup(maria.id, WEDNESDAY, "call about the pricing", channel="call")
    dialog = NoteDialog(maria.id, mine.id, today=WEDNESDAY)
    dialog.show()
    dialog.outcome.setCurrentText("reached")
    dialog.notes_edit.setPlainText("No news on the pricing decision yet; the board meets Friday.")
    dialog.reason.setText("their board's decision on the pricing")
    dialog.theirs.setChecked(True)
    dialog.due.text.setText("friday week")
    # Its body scrolls; the picture shows it pulled to the laptop's full height (768 less
    # a task bar and a title bar), as a user would, so the whole next step is in view.
    dialog.resize(dialog.width(), 768 - 40 - 32)
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(OUT / "their-move.png"), "PNG", 0)
    print(f"their-move.png: {dialog.width()}x{dialog.height()}")
    dialog.confirm_discard = lambda: True
    dialog.reject()

    ben = create_contact(
        first_name="Ben", last_name="Okafor", company="Okafor Bau", category=prospects
    )
    plan = PlanDialog(ben.id, today=WEDNESDAY)
    plan.reason.setText("introduce our service")
    plan.due.text.setText("monday morning")
    plan.show()
    for _ in range(3):
        app.processEvents()
    plan.grab().save(str(OUT / "plan-follow-up.png"), "PNG", 0)
    print(f"plan-follow-up.png: {plan.width()}x{plan.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
