"""The Review tab on the demo database, driven as a person would."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from followup_desktop.domain import review, review_week
from followup_desktop.domain.vocabulary import channel_label
from followup_desktop.store import demo
from followup_desktop.store import review as store_review
from followup_desktop.store.database import db
from followup_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(store, qtbot, qsettings, data_dir):
    demo.generate(400, seed=8)
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture
def view(window, qtbot):
    assert window._review is None  # not built until shown
    with qtbot.waitSignal(window.tabs.currentChanged):
        window.tabs.setCurrentIndex(window.review_tab)
    view = window.review
    if view.result is None:
        with qtbot.waitSignal(view.figures_shown, timeout=10000):
            pass
    return view


def expected(view):
    return store_review.load(view.week_start, date.today(), view.period)


def test_the_bars_are_the_domain_figures(view):
    figures = expected(view)
    assert view.replies_chart.heights() == pytest.approx(
        [figures.replies.share(i) * 100 for i in range(6)]
    )
    # every bar carries its share and count in words, not colour alone
    texts = [t.textItem.toPlainText() for t in view.replies_chart.texts]
    assert texts == [
        f"{round(figures.replies.share(i) * 100)} %\n{figures.replies.counts[i]:,}"
        for i in range(6)
    ]
    # ...and the table behind the chart holds the same numbers
    table = view.replies_chart.table
    assert [table.item(r, 1).text() for r in range(6)] == [f"{n:,}" for n in figures.replies.counts]
    assert view.replies_chart.labels == list(review.BUCKET_LABELS)
    silent = [f.after_silence for f in figures.channels]
    # the channels under the words the user reads ("e-mail"), the data keeps its codes
    assert view.channel_chart.labels == [channel_label(f.channel) for f in figures.channels]
    assert view.channel_chart.heights() == pytest.approx([100 * n / sum(silent) for n in silent])
    assert view.trend_chart.heights(0) == [w.planned for w in figures.weeks]
    assert view.trend_chart.heights(1) == [w.on_time for w in figures.weeks]
    assert view.usual_label.text() == review.usual_sentence(figures.replies, figures.usual)
    lines = dict(review_week.week_lines(figures.week, figures.losing_touch))
    assert view.week_values["Planned"].text() == lines["Planned"]


def test_table_button_swaps_chart_and_table(view, qtbot):
    chart = view.replies_chart
    assert chart.stack.currentWidget() is chart.plot
    qtbot.mouseClick(chart.toggle, Qt.MouseButton.LeftButton)
    assert chart.stack.currentWidget() is chart.table
    assert chart.toggle.text() == "Chart"


def test_period_changes_the_figures(view, qtbot):
    with qtbot.waitSignal(view.figures_shown, timeout=10000):
        view.period_box.setCurrentIndex(list(review.PERIODS).index("90d"))
    figures = store_review.replies_by_attempt(
        review.period_start("90d", date.today()), date.today()
    )
    assert view.replies_chart.heights() == pytest.approx([figures.share(i) * 100 for i in range(6)])


def test_enter_plans_a_retry_and_ctrl_z_brings_the_row_back(view, window, qtbot):
    rows = view.given_up_model.rows
    assert rows, "the demo gives up on some prospects too early"
    first = rows[0]
    view.given_up_view.setFocus()
    view.given_up_view.selectRow(0)
    with qtbot.waitSignal(view.figures_shown, timeout=10000):  # reloads after the plan
        qtbot.keyClick(view.given_up_view, Qt.Key.Key_Return)
    assert first.contact_id not in [r.contact_id for r in view.given_up_model.rows]
    due, channel, reason = db.execute_sql(
        "SELECT due_date, channel, reason FROM followup WHERE contact_id = ? AND status = 'open'",
        (first.contact_id,),
    ).fetchone()
    assert channel == review.suggested_channel(first.last_channel) != first.last_channel
    assert reason == review.suggested_reason(first.attempts, first.last_channel)
    assert date.fromisoformat(due) > date.today()
    assert "Ctrl+Z" in view.status.text()

    with qtbot.waitSignal(view.figures_shown, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.contact_id in [r.contact_id for r in view.given_up_model.rows]
    assert (
        db.execute_sql(
            "SELECT count(*) FROM followup WHERE contact_id = ? AND status = 'open'",
            (first.contact_id,),
        ).fetchone()[0]
        == 0
    )


def test_dark_palette_charts_follow_it(view):
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    view.setPalette(dark)
    chart = view.replies_chart
    assert chart.plot.backgroundBrush().color() == QColor("#1e1e1e")
    assert all(t.color == QColor("#e6e6e6") for t in chart.texts)


def test_empty_database_says_nobody(store, qtbot, qsettings):
    from PySide6.QtGui import QUndoStack

    from followup_desktop.ui.review.view import ReviewView

    stack = QUndoStack()
    view = ReviewView(stack)
    qtbot.addWidget(view)
    assert view.status.text() == "Working out the figures…"  # in the background
    with qtbot.waitSignal(view.figures_shown, timeout=10000):
        view.show()
    assert view.given_up_label.text().startswith("Nobody: every silent prospect")
    assert not view.given_up_view.isVisibleTo(view)
    assert view.usual_label.text() == "No replies logged in this period yet."
    assert view.replies_chart.heights() == [0.0] * 6


def test_start_up_does_not_load_the_plotting_library(tmp_path):
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from followup_desktop.store import database\n"
        f"database.open_database({str(tmp_path / 'f.sqlite3')!r})\n"
        "from followup_desktop.ui.shell.main_window import MainWindow\n"
        f"w = MainWindow(data_dir=__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'followup_desktop.ui.review.view' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_save_pdf_writes_the_one_page_review(view, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from followup_desktop.ui.review import view as view_module

    target = tmp_path / "review"
    monkeypatch.setattr(view_module, "ask_pdf_path", lambda parent, suggested: str(target))
    assert view.save_pdf()
    pdf = PdfReader(str(tmp_path / "review.pdf"))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text().replace("\t", " ")
    assert "Persistence pays" in text and "Given up too early" in text
    assert "Saved review.pdf" in view.status.text()
    errors = []
    monkeypatch.setattr(view_module, "show_error", lambda parent, text: errors.append(text))
    monkeypatch.setattr(
        view_module, "ask_pdf_path", lambda parent, s: str(tmp_path / "nowhere" / "r.pdf")
    )
    assert not view.save_pdf()
    assert "does not exist" in errors[0] and "was not saved" in errors[0]


def test_print_preview_shows_the_one_page_review(view, qtbot):
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = view.print_review()
    qtbot.waitExposed(dialog)
    gc.collect()  # the preview's printer must outlive Python's references to it
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 1
    dialog.close()


def test_the_review_prints_and_answers_in_french(view, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from followup_desktop import i18n
    from followup_desktop.ui.review import view as view_module

    i18n.set_language("fr")
    try:
        monkeypatch.setattr(view_module, "ask_pdf_path", lambda parent, s: str(tmp_path / "b"))
        assert view.save_pdf()
        text = PdfReader(str(tmp_path / "b.pdf")).pages[0].extract_text().replace("\t", " ")
        assert "La persévérance paie" in text and "Abandonnés trop tôt" in text
        assert "Bilan de la semaine" in text and "Persistence pays" not in text
        assert "b.pdf enregistré" in view.status.text()
        errors = []
        monkeypatch.setattr(view_module, "show_error", lambda parent, text: errors.append(text))
        monkeypatch.setattr(
            view_module, "ask_pdf_path", lambda parent, s: str(tmp_path / "nowhere" / "r.pdf")
        )
        assert not view.save_pdf()
        assert "n'existe pas" in errors[0] and "Le bilan n'a pas été enregistré" in errors[0]
    finally:
        i18n.set_language("en")


@pytest.fixture
def german_window(store, qtbot, qsettings, data_dir, qapp):
    from followup_desktop import i18n
    from followup_desktop.ui.kit import language

    before = QLocale()
    language.install(qapp, "de")
    demo.generate(400, seed=8)
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    language.install(qapp, "en")
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_given_up_too_early_shows_every_column_and_whole_names_in_german(german_window, qtbot):
    window = german_window
    window.tabs.setCurrentIndex(window.review_tab)
    view = window.review
    if view.result is None:
        with qtbot.waitSignal(view.figures_shown, timeout=10000):
            pass
    table = view.given_up_view
    assert view.given_up_model.rows, "the demo book has contacts given up too early"
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert header.sectionSize(0) > widest  # no "Rob…"
    category = table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert category.endswith(("Interessenten", "Empfehlungen"))


def test_a_sunday_week_under_its_bar_has_the_calendars_number():
    # Sun 6 to Sat 12 Dec 2026 is week 50 in the calendar and on the printed list; the
    # review's bars read its Sunday's ISO week, 49, for a US user.
    from followup_desktop.ui.review.sheet import week_short

    assert week_short(date(2026, 12, 6)) == "W50"
    assert week_short(date(2026, 12, 7)) == "W50"
