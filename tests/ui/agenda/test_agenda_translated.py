"""The agenda in German, French and Spanish: what a salesperson in Munich, Lyon or Madrid
reads (columns, counts with their plural, channels, categories, buttons, the first-start
page), while the data keeps its English codes."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from followup_desktop.domain.agenda_sections import SECTIONS
from followup_desktop.store import followups
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.models import Category, FollowUp
from followup_desktop.ui.agenda import model as agenda_model
from followup_desktop.ui.agenda.catchup_dialog import CatchUpDialog
from followup_desktop.ui.agenda.model import count_text
from followup_desktop.ui.agenda.view import AgendaView
from followup_desktop.ui.agenda.welcome import WelcomePanel
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.agenda.cells import shows_whole
from tests.ui.hosts import Host
from tests.ui.shortcuts import mnemonic_clashes

TODAY = date(2026, 11, 25)  # a Wednesday
H = Qt.Orientation.Horizontal


@pytest.fixture
def book(store):
    prospects = next(c for c in categories() if c.name == "Prospects")
    ann = create_contact(first_name="Ann", last_name="Archer", email="ann@acme.test",
                         category=prospects.id)  # fmt: skip
    bob = create_contact(first_name="Bob", last_name="Baker", phone="555", category=prospects.id)
    create_contact(first_name="Cy", last_name="Idle", category=prospects.id)
    followups.create_followup(ann.id, TODAY - timedelta(days=1), "send the offer", channel="email")
    followups.create_followup(bob.id, TODAY - timedelta(days=6), "call about the quote")
    return ann, bob


def _view(qtbot, speak, language: str) -> AgendaView:
    speak(language)
    host = Host(TODAY)
    qtbot.addWidget(host)
    view = AgendaView(host, today=lambda: TODAY, actions=host.followup_actions)
    view.host = host
    return view


def _column(model, title: str) -> int:
    titles = [model.headerData(c, H) for c in range(model.columnCount())]
    return titles.index(title)


def test_german_overdue_list_reads_german_and_the_channel_stays_a_code(qtbot, book, speak):
    view = _view(qtbot, speak, "de")
    model = view.model
    assert model.section == "overdue"
    # (a long name takes two lines in the section list: read as one)
    names = [view.sections.index(r).data().replace("\n", " ")
             for r in range(view.sections.rowCount())]  # fmt: skip
    assert names[:3] == ["Überfällig  (2)", "Heute  (0)", "Diese Woche  (0)"]
    assert "Kontakt ist am Zug  (0)" in names
    assert view.title.text() == "Überfällig \u2014 2"
    headers = [model.headerData(c, H) for c in range(model.columnCount())]
    assert headers == ["Kontakt", "Firma", "Anlass", "Kanal", "Fällig", "Letzte Interaktion",
                       "Telefon / E-Mail"]  # fmt: skip
    due = {model.index(r, 0).data(): model.index(r, _column(model, "Fällig")).data()
           for r in range(model.rowCount())}  # fmt: skip
    assert due["Ann Archer"].startswith("1 Tag überfällig")
    assert due["Bob Baker"].startswith("6 Tage überfällig")
    ann_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Ann Archer")
    assert model.index(ann_row, _column(model, "Kanal")).data() == "E-Mail"
    assert model.index(ann_row, _column(model, "Letzte Interaktion")).data() == "nie"
    assert FollowUp.get(FollowUp.reason == "send the offer").channel == "email"
    assert view.done_button.text() == "&Erledigt…"
    assert view.catch_up_button.text() == "A&ufholen…"


def test_no_next_step_shows_the_built_in_category_translated_the_data_keeps_its_name(
    qtbot, book, speak
):
    view = _view(qtbot, speak, "de")
    view._select_section("none")
    model = view.model
    assert model.headerData(2, H) == "Warum kein nächster Schritt"
    assert model.headerData(4, H) == ""
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["Interessenten"]
    assert model.index(0, 2).data() == "(kein Grund angegeben)"
    assert view.done_button.text() == "Follow-up &planen…"
    assert Category.select().where(Category.name == "Prospects").count() == 1


def test_french_section_counts_take_frances_plural(qtbot, book, speak):
    speak("fr")
    sections = agenda_model.SectionModel()
    sections.set_counts({"overdue": 2, "today": 0, "week": 1})
    role = Qt.ItemDataRole.AccessibleTextRole
    texts = [sections.index(r).data(role) for r in range(3)]
    # French says "0 élément" and "1 élément" (the singular), "2 éléments".
    assert texts[0].endswith(", 2 éléments")
    assert texts[1].endswith(", 0 élément")
    assert texts[2].endswith(", 1 élément")
    tip = sections.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Relances dont le jour est passé, les plus anciennes d'abord"


def test_the_empty_hint_and_week_title_read_spanish(qtbot, book, speak):
    view = _view(qtbot, speak, "es")
    view._select_section("week")
    assert view.empty.text() == "Nada planificado para los próximos seis días."
    assert "(hasta el " in view.title.text()


def test_catch_up_counts_working_days_with_the_right_plural_while_typing(qtbot, book, speak):
    speak("de")
    dialog = CatchUpDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.days.setValue(1)
    assert dialog.days.text() == "1 Werktag"
    dialog.days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.days, "12")  # "1" then "12": the unit changes under the cursor
    assert dialog.days.value() == 12
    assert dialog.days.text() == "12 Werktage"
    assert dialog.cap.suffix() == " pro Tag"


@pytest.mark.parametrize(
    ("language", "key", "signal"),
    [("de", Qt.Key.Key_P, "try_sample"), ("fr", Qt.Key.Key_T, "try_sample"),
     ("es", Qt.Key.Key_C, "add_contact"), ("en", Qt.Key.Key_T, "try_sample")],
)  # fmt: skip
def test_the_welcome_pages_plain_keys_are_the_translations_underlined_letters(
    qtbot, speak, language, key, signal
):
    speak(language)
    welcome = WelcomePanel()
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.activateWindow()
    welcome.focus_first()
    qtbot.waitUntil(lambda: welcome.buttons[0].hasFocus())
    with qtbot.waitSignal(getattr(welcome, signal)):
        qtbot.keyClick(welcome.buttons[0], key)
    letters = [b.text().replace("&&", "").split("&")[1][0].upper() for b in welcome.buttons]
    assert len(set(letters)) == 3
    for button, letter in zip(welcome.buttons, letters, strict=True):
        assert button.toolTip().endswith(f"({letter})")


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_long_section_names_and_the_weeks_title_fit_a_laptop(qtbot, book, speak, language):
    """Every section's name shows in full (a long one on two lines, broken between words)
    with its count beside it, and the week's title ("Cette semaine (jusqu'au mar. 1 déc.
    2026) — 0") wraps rather than widening the agenda."""
    view = _view(qtbot, speak, language)
    view.host.resize(1100, 500)
    view.resize(1100, 500)
    view.host.show()
    qtbot.waitExposed(view.host)
    sections = view.section_list
    bold = sections.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    two_lines = 0
    for row in range(view.sections.rowCount()):
        index = view.sections.index(row)
        rect = sections.visualRect(index)
        assert rect.width() <= sections.viewport().width()
        icon = 24 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        room = rect.width() - icon - 6  # less the icon and the text's margins
        words = index.data().split()  # no word cut: each fits a line; the count shows
        assert max(metrics.horizontalAdvance(word) for word in words) <= room
        assert words[-1] == f"({count_text(view.sections.counts[SECTIONS[row]])})"
        lines = round(rect.height() / metrics.lineSpacing())
        assert 1 <= lines <= 2, index.data()  # a long name takes two lines, never three
        two_lines += lines == 2
    assert two_lines  # the longest names wrap: the list is narrower than they are
    view._select_section("week")
    # The agenda beside a 250-pixel categories dock still fits a 1366-pixel window.
    assert view.minimumSizeHint().width() + 250 <= 1366


@pytest.mark.parametrize("language", ["de", "fr", "es"])
@pytest.mark.parametrize("empty", [True, False])
def test_the_agendas_alt_letters_clash_with_nothing_in_the_window(
    store, qtbot, qsettings, data_dir, speak, language, empty
):
    """The first-start page's three buttons, or the agenda's five, against the menus,
    the tabs and the sidebar of the real window, in the language."""
    if not empty:
        ann = create_contact(first_name="Ann", category=categories()[0].id)
        followups.create_followup(ann.id, date.today(), "call")
    speak(language)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    agenda = window.agenda
    assert agenda.showing_welcome() == empty
    mine = agenda.welcome.buttons if empty else agenda.focus_chain()[2:]
    texts = {button.text() for button in mine}
    clashes = [c for c in mnemonic_clashes(window) if any(repr(t) in c for t in texts)]
    assert clashes == []


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_an_overdue_rows_due_date_shows_whole_on_a_laptop(qtbot, book, speak, language):
    """ "34 Tage überfällig · Mo., 2. Nov." was cut to "34 Tage überfällig · Mo., 2.…" at
    1366 px while the section list beside it had room to spare."""
    view = _view(qtbot, speak, language)
    view.host.resize(1366 - 250, 700)  # the window less the categories dock
    view.host.show()
    qtbot.waitExposed(view.host)
    view._select_section("overdue")
    due = _column(view.model, agenda_model._(agenda_model.COLUMNS[4]))
    width = view.table.horizontalHeader().sectionSize(due)
    metrics = view.table.fontMetrics()
    for row in range(view.model.rowCount()):
        text = view.model.index(row, due).data()
        assert metrics.horizontalAdvance(text) + 24 <= width, text


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_their_move_shows_whole_on_a_laptop_with_the_sentence_in_its_tooltip(
    store, qtbot, qsettings, data_dir, speak, language
):
    """ "They get back by Fri 11 Dec; you call Mon 14 Dec if not" was cut in every
    language: the cell has its short form, the tooltip the whole sentence."""
    today = date.today()
    prospects = next(c for c in categories() if c.name == "Prospects")
    ann = create_contact(first_name="Ann", last_name="Archer", category=prospects.id)
    bob = create_contact(first_name="Bob", last_name="Baker", category=prospects.id)
    followups.create_followup(ann.id, today + timedelta(days=20), "they sign the contract",
                              whose="theirs", due_time=time(10, 30))  # fmt: skip
    followups.create_followup(bob.id, today - timedelta(days=1), "they confirm the budget",
                              whose="theirs", fallback_date=today + timedelta(days=3))  # fmt: skip
    speak(language)
    window = MainWindow(data_dir=data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768 - 72)  # a laptop screen less the task bar and the title bar
    window.show()
    qtbot.waitExposed(window)
    view = window.agenda
    view._select_section("theirs")
    due = _column(view.model, agenda_model._(agenda_model.COLUMNS[4]))
    width = view.table.horizontalHeader().sectionSize(due)
    metrics = view.table.fontMetrics()
    assert view.model.rowCount() == 2
    for row in range(2):
        cell = view.model.index(row, due)
        text, tip = cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole)
        assert shows_whole(view.table, cell), (text, width, metrics.horizontalAdvance(text))
        assert len(tip) > len(text) and text not in tip  # the whole sentence, not the cell
