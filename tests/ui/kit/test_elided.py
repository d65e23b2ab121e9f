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


def test_a_shorter_form_that_fits_is_shown_whole_before_anything_is_cut(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    forms = ("KW 50: 7. Dez. – 13. Dez. 2026", "KW 50: 7.–13. Dez. 2026", "KW 50: 7.–13. Dez.")
    label.set_texts(forms)
    metrics = label.fontMetrics()
    label.show()
    qtbot.waitExposed(label)
    for n, form in enumerate(forms):
        label.resize(metrics.horizontalAdvance(form) + 2, label.height())
        assert label.shown_text() == form
        assert label.toolTip() == ("" if n == 0 else forms[0])  # the whole title on hover
    label.resize(metrics.horizontalAdvance(forms[-1]) // 2, label.height())
    assert label.shown_text().endswith("…")  # only when no form fits
    assert label.text() == forms[0]  # what a screen reader reads
    label.setText("Dezember 2026")  # a plain title has no shorter forms left over
    label.resize(metrics.horizontalAdvance("Dezember 2026") // 2, label.height())
    assert label.shown_text().endswith("…") and label.toolTip() == "Dezember 2026"
