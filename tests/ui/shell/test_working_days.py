"""Edit > Working days…: the week and the holiday region are saved and used at once;
an unknown region is kept with a note; a typed weekend date is allowed, with a note."""

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, QTime

from followup_desktop.domain import dates
from followup_desktop.domain.dateparse import parse_when
from followup_desktop.store import working_week
from followup_desktop.ui.kit.date_field import DueDateField
from followup_desktop.ui.shell import working_days
from followup_desktop.ui.shell.working_days import WorkingDaysDialog


@pytest.fixture(autouse=True)
def keep_week():
    before = dates.working_week()
    yield
    dates.set_working_week(before)


def test_the_default_week_comes_from_the_locale(store):
    assert working_days.locale_working_days(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    ) == frozenset(range(5))
    week = working_days.install()
    assert week.days == working_days.locale_working_days()


def test_choosing_days_and_a_region_is_saved_and_installed(store, qtbot, monkeypatch):
    def fill(cls, parent, week):
        dialog = cls(week, parent)
        qtbot.addWidget(dialog)
        dialog.day_boxes[4].setChecked(False)  # no Fridays
        qtbot.keyClicks(dialog.region, "de-by")
        assert dialog.note.text() == ""
        dialog.morning.setTime(QTime(8, 30))
        dialog.save_button.click()
        return dialog.week

    monkeypatch.setattr(WorkingDaysDialog, "ask", classmethod(fill))
    chosen = working_days.edit(None)
    assert chosen == dates.WorkingWeek(frozenset(range(4)), "DE-BY", time(8, 30))
    assert working_week.load() == chosen and dates.working_week() == chosen
    assert dates.next_working_day(date(2026, 12, 10)) == date(2026, 12, 14)  # Thu -> Mon
    assert parse_when("monday morning", date(2026, 12, 10)).at == time(8, 30)


def test_an_unknown_region_is_noted_and_no_day_is_refused(store, qtbot):
    dialog = WorkingDaysDialog(dates.WorkingWeek())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.region, "Atlantis")
    assert "weekends only" not in dialog.note.text()
    assert "only the working week is used" in dialog.note.text()
    assert dialog.save_button.isEnabled()
    for box in dialog.day_boxes:
        box.setChecked(False)
    assert not dialog.save_button.isEnabled() and "at least one" in dialog.note.text()


def test_a_typed_weekend_date_is_allowed_with_a_visible_note(qtbot):
    field = DueDateField(date(2026, 12, 9))
    qtbot.addWidget(field)
    qtbot.keyClicks(field.text, "saturday")
    assert field.value() == date(2026, 12, 12) and field.is_valid()
    assert "not a working day" in field.relative.text()


def test_the_window_says_the_working_days_in_one_sentence_in_german(
    qapp, store, qtbot, qsettings, data_dir, monkeypatch
):
    # German short day names end in a full stop ("Sa."): the status read "…, Sa..".
    from followup_desktop.ui.shell.main_window import MainWindow
    from tests.ui.languages import speaking

    week = dates.WorkingWeek(frozenset(range(6)))  # Monday to Saturday, no region
    monkeypatch.setattr(working_days, "edit", lambda parent: week)
    with speaking(qapp, "de"):
        window = MainWindow(data_dir=data_dir)
        qtbot.addWidget(window)
        window.edit_working_days()
        said = window.statusBar().currentMessage()
    assert said == "Arbeitstage: Mo., Di., Mi., Do., Fr., Sa."
    assert ".." not in said
