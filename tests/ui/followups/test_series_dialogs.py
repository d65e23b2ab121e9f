"""Series for a contact: apply through the dialog, shown together, stop, undo; the editor."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from followup_desktop.domain.dates import format_short
from followup_desktop.store import contacts, series
from followup_desktop.store.models import FollowUp, SeriesTemplate
from followup_desktop.ui.followups import series_dialogs
from followup_desktop.ui.followups.actions import FollowUpActions
from followup_desktop.ui.followups.code_combo import select_code
from followup_desktop.ui.followups.series_dialogs import (
    ApplyChoice,
    ApplySeriesDialog,
    SeriesDialog,
)
from followup_desktop.ui.followups.series_editor import SeriesEditor
from tests.lookups import category_by_name

START = date(2026, 11, 26)


def _contact(name="Anna", **extra):
    cat = category_by_name("Clients").id
    return contacts.create_contact(first_name=name, category=cat, **extra).id


def test_apply_dialog_previews_the_steps(store, qtbot):
    cid = _contact()
    dialog = ApplySeriesDialog(cid, START)
    qtbot.addWidget(dialog)
    assert dialog.template.currentText() == "After the sale"
    items = [dialog.preview.topLevelItem(i) for i in range(dialog.preview.topLevelItemCount())]
    assert [i.text(0) for i in items][:2] == [
        format_short(date(2026, 11, 27)),
        format_short(date(2026, 12, 25)),
    ]
    assert items[4].text(1) == "1 year after" and not dialog.shift.isChecked()
    dialog.template.setCurrentText("New prospect")
    assert dialog.shift.isChecked()  # the template's default
    dialog.template.setCurrentText("Referral received")
    assert not dialog.ok.isEnabled() and "Referred by" in dialog.problem.text()
    dialog.template.setCurrentText("New prospect")
    dialog.show()
    dialog.grab().save("/tmp/issue-10/apply_series.png")
    assert dialog.value() == ApplyChoice(2, START, True)


def test_series_dialog_applies_shows_together_stops_and_undoes(store, qtbot, monkeypatch):
    cid = _contact()
    stack = QUndoStack()
    monkeypatch.setattr(
        series_dialogs.ApplySeriesDialog, "ask",
        classmethod(lambda cls, parent, contact_id, today: ApplyChoice(1, START, False)),
    )  # fmt: skip
    dialog = SeriesDialog(cid, stack, START)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.stop_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert FollowUp.select().where(FollowUp.contact == cid).count() == 5
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == "After the sale (from Thu 26 Nov 2026)" and top.childCount() == 5
    assert top.child(0).text(0) == "Thank-you note for the order"
    assert dialog.stop_button.isEnabled()
    dialog.resize(820, 360)
    dialog.show()
    dialog.grab().save("/tmp/issue-10/series_dialog.png")

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert {f.status for f in FollowUp.select()} == {"cancelled"}
    assert dialog.tree.topLevelItem(0).text(4) == "stopped"
    stack.undo()  # stop undone
    assert {f.status for f in FollowUp.select()} == {"open"}
    stack.undo()  # apply undone
    assert FollowUp.select().count() == 0 and series.runs_for_contact(cid) == []
    stack.redo()
    assert FollowUp.select().count() == 5


def test_editor_creates_a_series_and_says_what_is_missing(store, qtbot):
    editor = SeriesEditor()
    qtbot.addWidget(editor)
    assert editor.list.count() == 3 and editor.name.text() == "After the sale"
    assert editor.steps.rowCount() == 5 and not editor.delete_button.isEnabled()
    editor.new_series()
    qtbot.keyClicks(editor.name, "Trade show lead")
    editor.append_step(series.rules.Step("", 7))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Step 2 needs a reason" in editor.status.text()
    editor.steps.item(1, 2).setText("Send the brochure")
    select_code(editor.steps.cellWidget(1, 3), "email")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    tpl = SeriesTemplate.get(SeriesTemplate.name == "Trade show lead")
    steps = series.template(tpl.id).steps
    assert [(s.reason, s.offset_days, s.channel) for s in steps] == [
        ("Thank-you note", 1, "email"), ("Send the brochure", 7, "email")
    ]  # fmt: skip
    editor.show()
    editor.grab().save("/tmp/issue-10/series_editor.png")
    assert editor.delete_button.isEnabled()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == 3


def test_a_sale_with_a_referred_contact_offers_thanking_the_referrer(store, qtbot, monkeypatch):
    grace = _contact("Grace")
    anna = _contact("Anna", referred_by=grace)
    dialog = ApplySeriesDialog(anna, START)
    qtbot.addWidget(dialog)
    assert dialog.template.currentText() == "After the sale"
    assert dialog.thank.isVisibleTo(dialog) and dialog.thank.isChecked()
    assert "Also thank Grace" in dialog.thank.text()
    dialog.template.setCurrentText("New prospect")
    assert dialog.thank.isVisibleTo(dialog) and not dialog.thank.isChecked()
    dialog.template.setCurrentText("Referral received")
    assert not dialog.thank.isVisibleTo(dialog)  # the series thanks them itself
    dialog.template.setCurrentText("After the sale")
    choice = dialog.value()
    assert choice.thank_referrer

    monkeypatch.setattr(
        series_dialogs.ApplySeriesDialog, "ask",
        classmethod(lambda cls, parent, contact_id, today: choice),
    )  # fmt: skip
    stack = QUndoStack()
    actions = FollowUpActions(None, stack)
    host = SeriesDialog(anna, stack, START, thank_referrer=actions.thank_referrer)
    qtbot.addWidget(host)
    host.apply()
    thanks = FollowUp.get(FollowUp.contact == grace)
    assert thanks.reason == "Thank them for the referral: Anna" and thanks.due_date == START
    assert FollowUp.select().where(FollowUp.contact == anna).count() == 5


def test_no_thanks_offered_without_a_referrer(store, qtbot):
    dialog = ApplySeriesDialog(_contact(), START)
    qtbot.addWidget(dialog)
    assert not dialog.thank.isVisibleTo(dialog) and not dialog.value().thank_referrer


def test_the_built_in_series_read_german_and_a_sale_still_offers_the_thanks(store, qtbot):
    from followup_desktop import i18n

    grace = _contact("Grace")
    anna = _contact("Anna", referred_by=grace)
    i18n.set_language("de")
    try:
        dialog = ApplySeriesDialog(anna, START)
        qtbot.addWidget(dialog)
        names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
        assert names == ["Nach dem Verkauf", "Neuer Interessent", "Empfehlung erhalten"]
        assert dialog.thank.isChecked()  # the sale is known by its id, not its English name
        first = dialog.preview.topLevelItem(0)
        assert "Dankeskarte für den Auftrag" in [first.text(c) for c in range(4)]
    finally:
        i18n.set_language("en")


def test_removing_a_middle_step_saves_the_others_with_their_own_days(store, qtbot):
    editor = SeriesEditor()
    qtbot.addWidget(editor)
    editor.new_series()
    qtbot.keyClicks(editor.name, "Three touches")
    editor.append_step(series.rules.Step("Call", 7, 0, "phone"))
    editor.append_step(series.rules.Step("Visit", 30, 0, "meeting"))
    editor.steps.setCurrentCell(1, 2)  # the call
    qtbot.mouseClick(editor.remove_step, Qt.MouseButton.LeftButton)
    assert [(s.reason, s.offset_days, s.channel) for s in editor.step_values()] == [
        ("Thank-you note", 1, "email"), ("Visit", 30, "meeting")
    ]  # fmt: skip
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    tpl = SeriesTemplate.get(SeriesTemplate.name == "Three touches")
    assert [s.reason for s in series.template(tpl.id).steps] == ["Thank-you note", "Visit"]
