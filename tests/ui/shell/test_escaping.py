"""Names, companies, reasons and notes with ' " < > & read exactly as typed, everywhere.

Each view is filled with such words and what a user would read is collected: a label's
text as Qt shows it (rich text rendered to plain text, like the screen), every cell of
every table and its tooltip (which Qt takes for HTML when it looks like HTML). The words
must be there as typed, and no HTML entity or stray markup may show ("Tom&#x27;s",
"&amp;", a bold "<b>" that swallowed the text).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from followup_desktop.store import contacts, followups, notes

FIRST = 'Tom\'s "A&B"'
LAST = "<b>Smith</b>"
COMPANY = "O'Neil & <Sons>"
REASON = 'send Tom\'s <i>"Q&A"</i> & the price list'
# An apostrophe alone: escaped as "&#x27;", which Qt's guess takes for plain text.
APOSTROPHE = "call Tom's office"
NOTE = 'He said <don\'t> & "maybe"'
CATEGORY = "R&D <Europe>"
ENTITIES = ("&#x27;", "&#39;", "&amp;", "&lt;", "&gt;", "&quot;")


def shown_text(widget: QWidget) -> str:
    """Everything a user reads in the widget and its visible children."""
    parts: list[str] = []
    for label in [widget, *widget.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisibleTo(widget.window()):
            continue
        text = label.text()
        fmt = label.textFormat()
        if fmt == Qt.TextFormat.RichText or (
            fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
        ):
            doc = QTextDocument()
            doc.setHtml(text)
            text = doc.toPlainText()
        parts.append(text)
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(widget.window()):
            continue
        header = getattr(view, "horizontalHeader", None)
        columns = header().count() if header else 1
        for row in range(min(model.rowCount(), 50)):
            for col in range(columns):
                value = model.index(row, col).data()
                if isinstance(value, str):
                    parts.append(value)
                tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    parts.append(tooltip_text(tip))
    return "\n".join(parts)


def tooltips(widget: QWidget) -> str:
    """The tooltips of every cell of the widget's visible tables, as Qt shows them."""
    parts: list[str] = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(widget.window()):
            continue
        header = getattr(view, "horizontalHeader", None)
        for row in range(min(model.rowCount(), 50)):
            for col in range(header().count() if header else 1):
                tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    parts.append(tooltip_text(tip))
    return "\n".join(parts)


def tooltip_text(tip: str) -> str:
    """A tooltip as Qt shows it: rich text when it looks like HTML, else as it is."""
    if QtGui.Qt.mightBeRichText(tip):
        doc = QTextDocument()
        doc.setHtml(tip)
        return doc.toPlainText()
    return tip


def assert_reads_as_typed(text: str, *expected: str) -> None:
    for words in expected:
        assert words in text, f"{words!r} not shown as typed in:\n{text}"
    for entity in ENTITIES:
        assert entity not in text, f"{entity!r} shown in:\n{text}"


@pytest.fixture(params=[REASON, APOSTROPHE], ids=["all-signs", "apostrophe"])
def reason(request):
    return request.param


@pytest.fixture
def book(store, reason):
    cat = contacts.add_category(CATEGORY).id
    c = contacts.create_contact(
        first_name=FIRST,
        last_name=LAST,
        company=COMPANY,
        phone="+1 415 555 0142",
        email="tom@example.com",
        notes=NOTE,
        category=cat,
    )
    notes.save_note(
        notes.NoteInput(
            c.id,
            "call",
            "reached",
            NOTE,
            no_next_step_reason="x",
            occurred_at=datetime.combine(date.today(), time(9)),
        )
    )
    fu = followups.create_followup(c.id, date.today(), reason)
    return c, fu


@pytest.fixture
def window(book, qtbot, qsettings, data_dir):
    from followup_desktop.ui.shell.main_window import MainWindow

    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.resize(1280, 680)
    w.show()
    QApplication.processEvents()
    return w


def test_the_agenda_and_work_the_list(window, book, reason):
    agenda = window.agenda
    agenda._select_section("today")
    assert_reads_as_typed(shown_text(agenda), FIRST, COMPANY, reason)
    assert_reads_as_typed(tooltips(agenda), FIRST, COMPANY, reason)  # the whole cells
    panel = agenda.work_the_list()
    QApplication.processEvents()
    assert_reads_as_typed(shown_text(panel), FIRST, reason, CATEGORY)


def test_the_contact_list_pane_next_step_and_timeline(window, book, reason):
    contact, _fu = book
    view = window.show_contacts()
    view.select_contact(contact.id)
    view.pane.show_contact(contact.id)
    QApplication.processEvents()
    text = shown_text(view)
    assert_reads_as_typed(text, FIRST, LAST, COMPANY, reason, NOTE, CATEGORY)


def test_the_calendar_day_and_its_legend(window, book, reason):
    from followup_desktop.domain.calendar_grid import Mode

    window.tabs.setCurrentIndex(window.calendar_tab)
    window.calendar.set_mode(Mode.DAY)
    window.calendar.go_to(date.today())
    QApplication.processEvents()
    assert_reads_as_typed(shown_text(window.calendar), FIRST, reason, CATEGORY)
    assert_reads_as_typed(tooltips(window.calendar), reason)


@pytest.mark.parametrize("mode", ["month", "week"])
def test_the_calendar_grids_tooltip_on_an_item(window, book, reason, mode, qtbot):
    """Month and week are painted; what they show of an item whole is its tooltip."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from followup_desktop.domain.calendar_grid import Mode

    window.tabs.setCurrentIndex(window.calendar_tab)
    window.calendar.set_mode(Mode[mode.upper()])
    window.calendar.go_to(date.today())
    canvas = window.calendar.canvas()
    qtbot.waitUntil(lambda: bool(canvas.hits))
    hit = next(h for h in canvas.hits if h.kind == "item")
    spot = hit.rect.center().toPoint()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, spot, canvas.mapToGlobal(spot))
    QApplication.sendEvent(canvas, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert_reads_as_typed(tooltip_text(QToolTip.text()), FIRST, reason, CATEGORY)
    QToolTip.hideText()


def test_the_note_and_what_to_say_dialogs(book, reason, qtbot):
    from followup_desktop.ui.categories.cadence_widgets import RhythmDialog
    from followup_desktop.ui.followups.note_dialog import NoteDialog
    from followup_desktop.ui.followups.talking_points_dialog import WhatToSayDialog

    contact, fu = book
    note = NoteDialog(contact.id, fu.id)
    qtbot.addWidget(note)
    note.show()
    assert_reads_as_typed(shown_text(note), FIRST, COMPANY, reason, "He said <don't>")
    say = WhatToSayDialog(fu.id)
    qtbot.addWidget(say)
    say.show()
    assert_reads_as_typed(shown_text(say), reason)
    rhythm = RhythmDialog(CATEGORY, 30)
    qtbot.addWidget(rhythm)
    rhythm.show()
    assert_reads_as_typed(shown_text(rhythm), CATEGORY)


def test_the_note_dialogs_open_steps_name_each_reason_as_typed(book, reason, qtbot):
    """The open steps' lines (the reason is also in the context box above them, so the
    whole dialog's text would not notice one of them losing it) and the hint a their-move
    step gets when they answered."""
    from followup_desktop.ui.followups.code_combo import select_code
    from followup_desktop.ui.followups.note_dialog import NoteDialog

    contact, fu = book
    promise = followups.create_followup(contact.id, date.today(), reason, whose="theirs")
    note = NoteDialog(contact.id, fu.id)
    qtbot.addWidget(note)
    note.show()
    box = note.open_steps
    for step_id in (fu.id, promise.id):
        assert_reads_as_typed(shown_text(box.labels[step_id]), reason)
    select_code(note.outcome, "replied")  # they answered: is their promise kept?
    assert box.hints[promise.id].isVisible()
    assert_reads_as_typed(shown_text(box.hints[promise.id]), f"\u201c{reason}\u201d")


def test_the_printed_list(book, reason, tmp_path, qapp):
    from pypdf import PdfReader

    from followup_desktop.domain.jogger import week_of
    from followup_desktop.store.jogger import load_sheet
    from followup_desktop.ui.jogger.printing import write_pdf

    path = tmp_path / "list.pdf"
    write_pdf(load_sheet(week_of(date.today())), path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬃ" ligatures too
    for words in (FIRST, COMPANY, reason, CATEGORY):
        assert " ".join(words.split()) in flat
    for entity in ENTITIES:
        assert entity not in flat


def test_the_dialogs_that_name_the_contact_or_the_reason(book, reason, qtbot):
    """Plan follow-up (its heading and what is already open), Cancel (the reason), the
    series dialogs and Holiday cards (the contact's name). Cancel's question and the
    series dialog's "No series for …" guessed HTML: a reason's <i> and a name's <b>
    vanished."""
    from followup_desktop.ui.followups.dialogs import CancelDialog
    from followup_desktop.ui.followups.plan_dialog import PlanDialog
    from followup_desktop.ui.followups.series_dialogs import ApplySeriesDialog, SeriesDialog
    from followup_desktop.ui.jogger.cards_dialog import HolidayCardsDialog

    contact, _fu = book
    shown = []
    for dialog, words in (
        (PlanDialog(contact.id), (FIRST, LAST, reason)),
        (CancelDialog(reason), (reason,)),
        (ApplySeriesDialog(contact.id, date.today()), ()),
        (SeriesDialog(contact.id, QtGui.QUndoStack(), date.today()), (FIRST, LAST)),
        (HolidayCardsDialog(selected=[contact.id]), (FIRST,)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        text = shown_text(dialog) + "\n" + dialog.windowTitle()
        assert_reads_as_typed(text, *words)
        shown.append(text)
    assert FIRST in shown[2]  # the series dialogs name the contact (window title or text)


def test_the_reviews_week_in_numbers_names_a_category_as_typed(qtbot, qapp):
    """The week in numbers lists the categories losing touch by name."""
    from followup_desktop.domain.jogger import Formats
    from followup_desktop.domain.review_week import LosingTouch, WeekNumbers
    from followup_desktop.ui.review.week_numbers import WeekNumbersBox

    box = WeekNumbersBox(Formats())
    qtbot.addWidget(box)
    box.show_figures(WeekNumbers(date.today()), [LosingTouch("<b>VIP</b> & R&D", 3)], [])
    box.show()
    assert_reads_as_typed(shown_text(box), "<b>VIP</b> & R&D 3")
