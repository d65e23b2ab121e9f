"""The backup's words in French and German, counted in each language's plural forms."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from followup_desktop.store.backup import BackupInfo
from followup_desktop.ui.backup.actions import describe_counts
from followup_desktop.ui.backup.restore_dialog import RestoreDialog


def _info(contacts: int, interactions: int, followups: int) -> BackupInfo:
    return BackupInfo(
        path=Path("/tmp/b.sqlite3"),
        taken_at=datetime(2026, 11, 26, 9, 12),
        kind="daily",
        size=4096,
        contacts=contacts,
        interactions=interactions,
        followups=followups,
    )


def test_counts_take_each_languages_plural(speak):
    assert describe_counts(_info(1, 2, 0)) == "1 contact, 2 interactions, 0 follow-ups"
    speak("de")
    assert describe_counts(_info(1, 2, 0)) == "1 Kontakt, 2 Interaktionen, 0 Follow-ups"
    speak("fr")  # French: 0 and 1 are singular
    assert describe_counts(_info(1, 2, 0)) == "1 contact, 2 échanges, 0 relance"


def test_the_restore_list_speaks_german(qtbot, speak):
    speak("de")
    dialog = RestoreDialog([_info(3, 4, 5)])
    qtbot.addWidget(dialog)
    header = dialog.list.headerItem()
    assert [header.text(i) for i in range(6)] == [
        "Erstellt",
        "Art",
        "Kontakte",
        "Interaktionen",
        "Follow-ups",
        "Größe",
    ]
    assert dialog.windowTitle() == "Aus Sicherung wiederherstellen"
    assert dialog.restore_button.text() == "&Wiederherstellen"
