"""The follow-up dialogs' errors and warnings are readable on the light and the dark
theme (WCAG AA, 4.5:1): the colour each message label really shows, measured against
the dialog's window colour. Before, #b3261e and #8a5300 were about 1.9:1 on #353535."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from followup_desktop.domain import dates
from followup_desktop.store import notes
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.ui.followups.code_combo import select_code
from followup_desktop.ui.followups.note_dialog import NoteDialog
from followup_desktop.ui.kit.contrast import AA_TEXT, contrast_ratio
from followup_desktop.ui.kit.date_field import to_qdate
from followup_desktop.ui.shell.working_days import WorkingDaysDialog
from tests.ui.palettes import SCHEME_IDS, SCHEMES, app_palette, dark, light

TODAY = date.today()


def shown(label: QLabel):
    return label.palette().color(label.foregroundRole())


def readable(label: QLabel) -> float:
    """The label's text against the window colour it sits on."""
    assert label.isVisible() and label.text()
    return contrast_ratio(shown(label), label.palette().color(QPalette.ColorRole.Window))


def is_red(label: QLabel) -> bool:
    hue = shown(label).hslHue()
    return hue < 15 or hue > 345


@pytest.fixture
def contact(store):
    return create_contact(first_name="Grace", last_name="Hopper", category=categories()[1].id)


def note_dialog(qtbot, contact_id) -> NoteDialog:
    dialog = NoteDialog(contact_id, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = lambda: True
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_note_dialogs_errors_meet_aa(qtbot, contact, make):
    with app_palette(make()):
        dialog = note_dialog(qtbot, contact.id)
        dialog.reason.clear()
        qtbot.keyClicks(dialog.due.text, "32nd of Smarch")
        assert not dialog.save_button.isEnabled()
        for label in (dialog.status, dialog.reason_hint, dialog.due.understood):
            assert is_red(label), label.text()
            assert readable(label) >= AA_TEXT, label.text()


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_note_dialogs_past_date_warning_meets_aa(qtbot, contact, make):
    with app_palette(make()):
        dialog = note_dialog(qtbot, contact.id)
        qtbot.keyClicks(dialog.reason, "send the quote")
        dialog.due.set_date(TODAY - timedelta(days=3))
        assert "in the past" in dialog.status.text()
        assert not is_red(dialog.status)  # a warning, told apart from an error
        assert readable(dialog.status) >= AA_TEXT


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_working_days_notes_meet_aa(qtbot, store, make):
    with app_palette(make()):
        dialog = WorkingDaysDialog(dates.WorkingWeek())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.region, "Atlantis")  # a warning: unknown region
        assert not is_red(dialog.note) and readable(dialog.note) >= AA_TEXT
        for box in dialog.day_boxes:
            box.setChecked(False)  # an error: no working day
        assert is_red(dialog.note) and readable(dialog.note) >= AA_TEXT


def span_colour(label: QLabel) -> QColor:
    found = re.search(r"color: ?(#[0-9a-fA-F]{6})", label.text())
    assert found, label.text()
    return QColor(found[1])


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_third_attempt_warning_is_readable_and_follows_the_palette(qtbot, contact, make):
    for days_ago in (3, 1):
        notes.save_note(
            notes.NoteInput(
                contact.id,
                "call",
                "no answer",
                no_next_step_reason="x",
                occurred_at=datetime.combine(TODAY - timedelta(days_ago), datetime.min.time()),
            )
        )
    with app_palette(make()):
        dialog = note_dialog(qtbot, contact.id)
        select_code(dialog.outcome, "left message")
        qtbot.mouseClick(dialog.due.pick_buttons["tomorrow"], Qt.MouseButton.LeftButton)
        label = dialog.politeness
        assert "attempt within a week" in label.text()
        window = label.palette().color(QPalette.ColorRole.Window)
        assert contrast_ratio(span_colour(label), window) >= AA_TEXT
        other = dark() if make is light else light()
        with app_palette(other):  # the desktop switches scheme while the dialog is open
            window = other.color(QPalette.ColorRole.Window)
            qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.Window) == window)
            assert contrast_ratio(span_colour(label), window) >= AA_TEXT


@pytest.mark.parametrize("make", SCHEMES, ids=SCHEME_IDS)
def test_the_promises_notes_meet_aa(qtbot, contact, make):
    with app_palette(make()):
        dialog = note_dialog(qtbot, contact.id)
        qtbot.keyClicks(dialog.reason, "decision on the pricing")
        qtbot.mouseClick(dialog.theirs, Qt.MouseButton.LeftButton)
        promise = dialog.promise
        day = TODAY + timedelta(days=7)
        while dates.is_working_day(day + timedelta(days=1)):
            day += timedelta(days=1)
        dialog.due.set_date(day)  # then a day off: the call on it gets an amber note
        promise.fallback_edit.setDate(to_qdate(day + timedelta(days=1)))
        assert "not a working day" in promise.note.text()
        assert not is_red(promise.note) and readable(promise.note) >= AA_TEXT
        promise.fallback_edit.setDate(to_qdate(day - timedelta(days=1)))  # before the promise
        assert promise.note.text().startswith("\u2716")
        assert is_red(promise.note) and readable(promise.note) >= AA_TEXT
