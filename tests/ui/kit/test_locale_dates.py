"""One date style per kind of use, from the locale, everywhere.

With a German locale installed, a table cell, an undo text, the catch-up sentence, the
contact pane and the printed list all speak German in their kind's style (short in
tables and list lines, long in sentences), and none shows an ISO date.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from followup_desktop.domain import catchup, dates
from followup_desktop.store import contacts, followups
from followup_desktop.ui.kit import locale_dates

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def german(qapp):
    style = locale_dates.install(GERMAN)
    yield style
    dates.use_style(dates.ENGLISH)


def test_the_styles_follow_the_locales_language_and_order(qapp):
    day = date(2026, 12, 8)
    de, us = locale_dates.style_for(GERMAN), locale_dates.style_for(US)
    assert "Dez" in de.long(day) and "2026" in de.long(day)
    assert de.long(day).index("8") < de.long(day).index("Dez")  # day first
    assert us.long(day).index("Dec") < us.long(day).index("8")  # month first
    this_year = date(date.today().year, 3, 4)
    assert str(this_year.year) not in us.short(this_year)  # tables leave this year out
    assert "2031" in us.short(date(2031, 3, 4))
    assert ISO.search(de.long(day) + de.short(day)) is None


def test_catch_up_says_one_day_once():
    monday = date(2026, 12, 7)
    one_day = catchup.CatchUpPlan(moves=[(1, monday), (2, monday)], days_used=1)
    assert one_day.describe().count(dates.format_day(monday)) == 1
    assert "from" not in one_day.describe()
    spread = catchup.CatchUpPlan(moves=[(1, monday), (2, monday + timedelta(days=1))])
    assert "from Mon 7 Dec 2026 to Tue 8 Dec 2026" in spread.describe()


def test_views_undo_texts_and_the_printout_use_the_installed_style(german, store, qtbot, tmp_path):
    from pypdf import PdfReader

    from followup_desktop.domain.jogger import week_of
    from followup_desktop.store.jogger import load_sheet
    from followup_desktop.ui.agenda.view import AgendaView
    from followup_desktop.ui.contacts.pane import ContactPane
    from followup_desktop.ui.followups.actions import FollowUpActions
    from followup_desktop.ui.jogger.printing import locale_formats, write_pdf

    today = date.today()
    cat = contacts.categories()[0].id
    c = contacts.create_contact(first_name="Jürgen", last_name="Müller", category=cat)
    late = today - timedelta(days=40)
    fu = followups.create_followup(c.id, late, "Angebot nachfassen")

    host = QWidget()
    qtbot.addWidget(host)
    host.undo_stack = QUndoStack(host)
    actions = FollowUpActions(host, host.undo_stack)
    view = AgendaView(host, today=lambda: today, actions=actions)
    host.resize(1400, 500)
    host.show()
    view._select_section("overdue")
    due_cell = view.model.index(0, 4).data()
    assert dates.format_short(late) in due_cell  # the table style, in German
    assert ISO.search(due_cell) is None

    target = today + timedelta(days=3)
    actions.reschedule(fu.id, target)
    assert host.undo_stack.undoText() == f"Reschedule to {dates.format_day(target)}"
    assert GERMAN.monthName(target.month, QLocale.FormatType.ShortFormat) in (
        host.undo_stack.undoText()
    )

    pane = ContactPane()
    qtbot.addWidget(pane)
    pane.show_contact(c.id)
    QApplication.processEvents()
    added = pane.fields["added"].text()
    assert added == dates.format_day(today) and ISO.search(added) is None

    path = tmp_path / "list.pdf"
    write_pdf(
        load_sheet(week_of(today), fmt=locale_formats(GERMAN)), path, fmt=locale_formats(GERMAN)
    )
    text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))
    assert ISO.search(text.replace("\t", " ")) is None
    assert GERMAN.dayName(today.isoweekday(), QLocale.FormatType.ShortFormat) in text


@pytest.mark.parametrize(
    ("code", "locale_name", "expected"),
    [
        ("de", "de_DE", "Di., 8. Dez. 2026"),
        ("fr", "fr_FR", "mar. 8 d\u00e9c. 2026"),
        ("es", "es_ES", "mar, 8 dic 2026"),
    ],
)
def test_the_window_and_the_command_line_write_dates_alike(qapp, code, locale_name, expected):
    """The window's style comes from QLocale, the command line's from domain.dates (no Qt):
    they read the same, so a date on screen, on paper and in a CLI sentence agree."""
    window, cli = locale_dates.style_for(QLocale(locale_name)), dates.style_for_language(code)
    assert window.long(date(2026, 12, 8)) == cli.long(date(2026, 12, 8)) == expected
    this_year = date.today().year
    for day in [date(this_year, m, d) for m, d in ((1, 1), (3, 2), (5, 31), (9, 14))] + [
        date(2027, 2, 28),
        date(2031, 7, 6),
        date(this_year, 12, 31),
    ]:
        assert window.long(day) == cli.long(day)
        assert window.short(day) == cli.short(day)  # without the year when it is this year's
    assert str(this_year) not in cli.short(date(this_year, 3, 2))
    for at in (time(9, 5), time(14, 0), time(0, 30)):
        assert window.time(at) == cli.time(at)
    for index in range(7):
        assert window.weekday(index) == cli.weekday(index)
        assert window.weekday_short(index) == cli.weekday_short(index)
    for month in range(1, 13):
        assert window.month(month) == cli.month(month)


def test_the_german_date_edit_reads_like_every_other_german_date(qapp, qtbot):
    from followup_desktop import i18n
    from followup_desktop.ui.kit.date_field import DueDateField

    before = QLocale()
    QLocale.setDefault(GERMAN)
    i18n.set_language("de")
    locale_dates.install(GERMAN)
    try:
        field = DueDateField(date(2026, 11, 30))
        qtbot.addWidget(field)
        field.set_date(date(2026, 12, 8))
        assert field.date_edit.text() == "Di., 8. Dez. 2026" == dates.format_day(date(2026, 12, 8))
        assert [b.text() for b in field.pick_buttons.values()][:2] == ["Morgen", "In 2 Tagen"]
        qtbot.keyClicks(field.text, "am Freitag um 9")
        assert field.understood.text() == "\u2192 Verstanden: Fr., 4. Dez. 2026, 09:00 Uhr"
        assert field.value() == date(2026, 12, 4) and field.time_value() == time(9, 0)
        field.text.clear()
        qtbot.keyClicks(field.text, "nach den Feiertagen")
        assert not field.is_valid()
        assert field.problem().startswith("F\u00e4lligkeitsdatum: \u201enach den Feiertagen\u201c")
        assert field.value() == date(2026, 12, 4)  # nothing typed wrongly is taken
    finally:
        i18n.set_language("en")
        QLocale.setDefault(before)
        dates.use_style(dates.ENGLISH)
