"""The contact pane's secondary and warning texts are readable on the light and the dark
theme (WCAG AA, 4.5:1): the timeline's dates, the overdue next step, the empty texts."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from followup_desktop.store import followups
from followup_desktop.store.contacts import categories, create_contact, update_contact
from followup_desktop.ui.contacts.pane import ContactPane
from followup_desktop.ui.contacts.timeline import install
from followup_desktop.ui.kit.contrast import AA_TEXT, GROUNDS, contrast_ratio
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.hosts import Host
from tests.ui.palettes import app_palette, faint_labels
from tests.ui.palettes import dark as app_dark
from tests.ui.palettes import light as app_light


def light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark() -> QPalette:
    p = QPalette()
    for role, colour in (
        ("Window", "#353535"),
        ("WindowText", "#eeeeec"),
        ("Base", "#2a2a2a"),
        ("Text", "#eeeeec"),
        ("Mid", "#242424"),
    ):
        p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))  # fmt: skip
    return p


@pytest.mark.parametrize("make", [light, dark], ids=["light", "dark"])
def test_the_timeline_dates_meet_aa_contrast(store, qtbot, make):
    c = create_contact(first_name="Ada", last_name="Lovelace", category=categories()[1].id)
    followups.create_followup(c.id, date.today() + timedelta(days=3), "send the analysis")
    host = Host()
    qtbot.addWidget(host)
    host.setPalette(make())
    pane = ContactPane(host)
    _step, line = install(pane, host.followup_actions)
    pane.show_contact(c.id)
    colours = re.findall(r"<span style='color: (#[0-9a-f]{6})'>", line.body.text())
    assert colours, line.body.text()
    palette = line.body.palette()
    for role in GROUNDS:
        for colour in colours:
            assert contrast_ratio(QColor(colour), palette.color(role)) >= AA_TEXT
    # what it replaced: palette(mid) on the light theme was too faint to read
    if make is light:
        mid = palette.color(QPalette.ColorRole.Mid)
        assert contrast_ratio(mid, palette.color(QPalette.ColorRole.Window)) < 3


@pytest.mark.parametrize("make", [light, dark], ids=["light", "dark"])
def test_the_overdue_next_step_meets_aa_contrast(store, qtbot, make):
    c = create_contact(first_name="Ada", last_name="Lovelace", category=categories()[1].id)
    followups.create_followup(c.id, date.today() - timedelta(days=4), "send the analysis")
    host = Host()
    qtbot.addWidget(host)
    host.setPalette(make())
    pane = ContactPane(host)
    step, _line = install(pane, host.followup_actions)
    pane.show_contact(c.id)
    assert "4 days overdue" in step.when.text()
    red = step.when.palette().color(step.when.foregroundRole())
    assert red.hslHue() < 15 or red.hslHue() > 345  # the warning red, and bold
    assert step.when.font().bold()
    for role in GROUNDS:
        assert contrast_ratio(red, step.when.palette().color(role)) >= AA_TEXT
    # a palette change (the desktop going dark or light) is followed
    other = dark() if make is light else light()
    host.setPalette(other)
    red = step.when.palette().color(step.when.foregroundRole())
    assert contrast_ratio(red, other.color(QPalette.ColorRole.Window)) >= AA_TEXT


@pytest.mark.parametrize("make", [light, dark], ids=["light", "dark"])
def test_the_panes_empty_texts_meet_aa_contrast_yet_stay_secondary(store, qtbot, make):
    c = create_contact(first_name="Ada", last_name="Lovelace", category=categories()[1].id)
    host = Host()
    qtbot.addWidget(host)
    host.setPalette(make())
    pane = ContactPane(host)
    host.show()
    faint = [pane.empty]  # "Select a contact to see the details."
    assert pane.empty.text()
    pane.show_contact(c.id)
    assert pane.notes.text() == "No background notes yet."
    faint.append(pane.notes)
    for label in faint:
        shown = label.palette().color(label.foregroundRole())
        for role in GROUNDS:
            ground = label.palette().color(role)
            assert contrast_ratio(shown, ground) >= AA_TEXT, label.text()
        window = label.palette().color(QPalette.ColorRole.Window)
        text = make().color(QPalette.ColorRole.WindowText)
        assert contrast_ratio(shown, window) < contrast_ratio(text, window)  # still faint
    # notes written: the text colour itself
    update_contact(c.id, notes="Met at the trade fair")
    pane.show_contact(c.id)
    assert pane.notes.palette().color(pane.notes.foregroundRole()) == make().color(
        QPalette.ColorRole.WindowText
    )


@pytest.mark.parametrize("make", [app_light, app_dark], ids=["light", "dark"])
def test_the_contacts_tab_has_no_faint_text(store, qtbot, qsettings, data_dir, make):
    """The count beside the search ("2 contacts"), the pane's "Select a contact..." and
    every other label on the Contacts tab: readable, on a Fusion light or dark window."""
    for first in ("Ada", "Grace"):
        create_contact(first_name=first, last_name="Test", category=categories()[1].id)
    with app_palette(make()):
        window = MainWindow(data_dir=data_dir)
        qtbot.addWidget(window)
        window.resize(1366, 700)
        view = window.show_contacts()
        window.show()
        qtbot.waitUntil(lambda: view.count_label.text() != "")
        assert faint_labels(window) == []
