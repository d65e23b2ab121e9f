"""The screen the start-up benchmarks show their windows on: a 1366×768 laptop's.

Qt's offscreen platform otherwise has one 800×800 screen. The app fits its window to
the screen (``ui.kit.screen.fit_to_screen``), so there it was cut to 800 pixels and grew
back only to its minimum width: 993 in English, 1176 in German. The floor's window,
resized without fitting, stayed 1200×760. So the app painted and encoded a fifth fewer
pixels than the floor, and German a fifth more than English. On a laptop's screen
every window is the 1200×760 a user's would be.
"""

from __future__ import annotations

import json
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


def offscreen_laptop(folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value: offscreen, on one 1366×768 screen at 96 dpi (the
    offscreen default's density)."""
    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"
