"""Typed settings: every key in one table; a value that cannot be read is the default."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QSettings

from followup_desktop.domain.catchup import DEFAULT_CAP, DEFAULT_DAYS
from followup_desktop.ui.kit import settings


def _write_ini(text: str) -> None:
    """What a user's hand-edited settings file says (the real file, on disk)."""
    path = QSettings().fileName()
    from pathlib import Path

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def test_every_key_once_with_a_default_of_its_type(qsettings):
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    assert "catchup/days" in keys and "window/geometry" in keys
    for s in settings.ALL:
        if s.default is not None:
            assert s.parse(s.default) == s.default, s.key


def test_plain_defaults_agree_with_the_rules_they_feed():
    # The table holds plain values so that a start does not load the calendar's and
    # catch-up's rules; they must still say what those rules say.
    from followup_desktop.domain.calendar_grid import Mode

    assert settings.CALENDAR_MODE.choices == tuple(m.value for m in Mode)
    assert settings.CALENDAR_MODE.default == Mode.MONTH.value
    assert settings.CATCHUP_DAYS.default == DEFAULT_DAYS
    assert settings.CATCHUP_CAP.default == DEFAULT_CAP


def test_a_word_for_the_catch_up_days_opens_the_dialog_with_the_default(
    qsettings, store, qtbot, caplog
):
    from followup_desktop.ui.agenda.catchup_dialog import CatchUpDialog

    _write_ini("[catchup]\ndays=ten\ncap=3\n")
    with caplog.at_level(logging.WARNING, logger=settings.__name__):
        dialog = CatchUpDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    assert dialog.days.value() == DEFAULT_DAYS
    assert dialog.cap.value() == 3  # the readable one is kept
    assert any("catchup/days" in r.getMessage() and "ten" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("ini", "setting", "expected"),
    [
        ("[catchup]\ncap=0\n", settings.CATCHUP_CAP, DEFAULT_CAP),  # out of range
        ("[catchup]\ncap=9999\n", settings.CATCHUP_CAP, DEFAULT_CAP),
        ("[sidebar]\nshow_archived=maybe\n", settings.SIDEBAR_SHOW_ARCHIVED, False),
        ("[reminders]\nminimise_to_tray=perhaps\n", settings.MINIMISE_TO_TRAY, True),
        ("[calendar]\nmode=year\n", settings.CALENDAR_MODE, "month"),
        ("[calendar]\nwhose=everyone\n", settings.CALENDAR_WHOSE, ""),
        ("[calendar]\nfirst_day_of_week=8\n", settings.CALENDAR_FIRST_DAY, 0),
        ("[window]\ngeometry=not bytes\n", settings.WINDOW_GEOMETRY, None),
        ("[window]\ntab=-1\n", settings.WINDOW_TAB, 0),
    ],
)
def test_unreadable_values_fall_back_to_the_default(qsettings, ini, setting, expected):
    _write_ini(ini)
    assert setting.get() == expected


@pytest.mark.parametrize(
    ("ini", "setting", "expected"),
    [
        ("[catchup]\ndays= 7 \n", settings.CATCHUP_DAYS, 7),
        ("[sidebar]\nshow_archived=Yes\n", settings.SIDEBAR_SHOW_ARCHIVED, True),
        ("[jogger]\ninclude_prompts=off\n", settings.JOGGER_PROMPTS, False),
        ("[calendar]\nmode=week\n", settings.CALENDAR_MODE, "week"),
    ],
)
def test_hand_written_values_that_make_sense_are_read(qsettings, ini, setting, expected):
    _write_ini(ini)
    assert setting.get() == expected


def test_what_the_app_writes_it_reads_back_from_the_file(qsettings):
    settings.CATCHUP_DAYS.set(12)
    settings.ICS_REMINDERS.set(True)
    settings.CONTACTS_SPLITTER.set(QByteArray(b"\x00\x01state"))
    QSettings().sync()
    # A new process reads the INI file: numbers and yes/no come back as text.
    assert QSettings(QSettings().fileName(), QSettings.Format.IniFormat).value("catchup/days") in (
        12,
        "12",
    )
    assert settings.CATCHUP_DAYS.get() == 12
    assert settings.ICS_REMINDERS.get() is True
    assert bytes(settings.CONTACTS_SPLITTER.get()) == b"\x00\x01state"


def test_nothing_outside_the_settings_module_touches_qsettings():
    from pathlib import Path

    ui = Path(settings.__file__).resolve().parents[1]
    users = [
        str(p.relative_to(ui))
        for p in ui.rglob("*.py")
        if p.name != "settings.py" and "QSettings(" in p.read_text(encoding="utf-8")
    ]
    assert users == []
