"""Every test runs headless, on its own data dir and its own settings file."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from followup_desktop.store import database


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """No test touches the real data dir or the real settings."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("FOLLOWUP_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield data_dir
    database.close_database()
    # A fresh data-change hub per test: views from an earlier test (already deleted)
    # must not receive this test's signals.
    hub_module = sys.modules.get("followup_desktop.ui.kit.events")
    if hub_module is not None and hub_module._events is not None:
        old, hub_module._events = hub_module._events, None
        old.deleteLater()


@pytest.fixture(autouse=True)
def language_kept():
    """Each test leaves the process's language as it found it: texts, counts, the date
    style, the working week and Qt's default locale. A command run in-process with
    ``--lang de`` installs German for the whole process (as it should: the process ends
    with the command), and a later English test read "6 days overdue · Do., 19. Nov."."""
    from followup_desktop import i18n
    from followup_desktop.domain import dates

    qt_core = sys.modules.get("PySide6.QtCore")
    locale = qt_core.QLocale() if qt_core is not None else None
    language, counts = i18n.language(), i18n._count_format
    style, week = dates._style, dates._week
    yield
    i18n.set_language(language)
    i18n.use_count_format(counts)
    dates.use_style(style)
    dates.set_working_week(week)
    if locale is not None:
        qt_core.QLocale.setDefault(locale)


@pytest.fixture
def data_dir(isolated_env):
    return isolated_env


@pytest.fixture
def speak():
    """``speak("de")``: the app's texts in that language for this test (``language_kept``
    puts the language back after it)."""
    from followup_desktop import i18n

    return i18n.set_language


@pytest.fixture
def store(data_dir):
    """An open, empty, fully migrated database in the test's own data dir."""
    from followup_desktop.paths import database_path

    data_dir.mkdir(parents=True, exist_ok=True)
    database.open_database(database_path(data_dir))
    yield database.db
    database.close_database()


@pytest.fixture
def qsettings(tmp_path, qapp):
    """QSettings redirected to an INI file under tmp_path."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield
