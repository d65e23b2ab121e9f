"""A bar's title that is cut with "…" where there is no room, whole (in its tooltip too)."""

from followup_desktop.ui.kit.elided import ElidedLabel

TITLE = "Semaine 49 · lun. 30 nov. – dim. 6 déc. 2026"


def test_a_long_title_is_cut_with_its_whole_text_in_the_tooltip(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText(TITLE)
    whole = label.sizeHint().width()
    assert label.minimumSizeHint().width() < whole  # it never widens its bar to fit

    label.resize(whole, label.sizeHint().height())
    label.show()
    qtbot.waitExposed(label)
    assert label.shown_text() == TITLE and label.toolTip() == ""

    label.resize(whole // 2, label.height())
    assert label.shown_text().endswith("…") and len(label.shown_text()) < len(TITLE)
    assert label.toolTip() == TITLE
    assert label.text() == TITLE  # what a screen reader reads
