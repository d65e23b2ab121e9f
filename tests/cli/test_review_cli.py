"""``followup-desktop review``: the weekly review as a one-page PDF, judged by its text."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from followup_desktop.app import main
from followup_desktop.domain import review, review_week
from followup_desktop.domain.jogger import week_of
from followup_desktop.store import demo
from followup_desktop.store import review as store_review
from followup_desktop.store.database import close_database
from followup_desktop.ui.jogger.printing import first_weekday


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), "review", *args])


def pdf_text(path) -> str:
    return "\n".join(p.extract_text().replace("\t", " ") for p in PdfReader(str(path)).pages)


def test_writes_one_page_with_the_figures(qapp, store, data_dir, tmp_path, capsys):
    demo.generate(300, seed=4)
    week = week_of(date.today(), first_weekday())
    expected = store_review.load(week.start, date.today(), "all")
    close_database()  # the CLI opens it itself
    out = tmp_path / "review.pdf"
    assert cli(data_dir, "--week", week.iso, "--pdf", str(out), "--period", "all") == 0
    said = capsys.readouterr().out.strip()
    assert said.startswith(f"Wrote {out}: review of {week.iso}, ")
    assert f"{expected.replies.total:,} replies charted" in said
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = pdf_text(out)
    assert "Persistence pays · all history" in text
    assert review.usual_sentence(expected.replies, expected.usual) in text.replace("\n", " ")
    for i in range(6):  # every bar's share and count is written on it
        assert f"{round(expected.replies.share(i) * 100)} %" in text
        assert f"{expected.replies.counts[i]:,}" in text
    assert "Given up too early" in text
    assert expected.given_up, "the demo gives up on some prospects"
    assert expected.given_up[0].name in text
    for label, _ in review_week.week_lines(expected.week, expected.losing_touch):
        assert label in text


def test_empty_database_says_so(qapp, store, data_dir, tmp_path, capsys):
    close_database()
    out = tmp_path / "empty.pdf"
    assert cli(data_dir, "--pdf", str(out), "--paper", "letter") == 0
    text = pdf_text(out).replace("\n", " ")
    assert "No replies logged in this period yet." in text
    assert "Nobody: every silent prospect and referral has a next step" in text
    assert round(float(PdfReader(str(out)).pages[0].mediabox.width)) == 612  # Letter


@pytest.mark.parametrize(
    ("week", "message"),
    [
        ("2026-W60", "2026 has weeks 1 to 53; there is no week 60."),
        ("0042-W10", "0042 is outside the years a review covers (1990 to 2100)."),
        ("soon", '"soon" is not a week; write it like 2026-W48 (year, W, week number).'),
    ],
)
def test_absurd_weeks_are_refused_with_a_sentence(
    qapp, store, data_dir, tmp_path, capsys, week, message
):
    close_database()
    out = tmp_path / "x.pdf"
    assert cli(data_dir, "--week", week, "--pdf", str(out)) == 2
    assert capsys.readouterr().err.strip() == f"followup-desktop: {message}"
    assert not out.exists()


def test_unwritable_place_is_one_line(qapp, store, data_dir, tmp_path, capsys):
    close_database()
    assert cli(data_dir, "--pdf", str(tmp_path / "missing" / "r.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("followup-desktop: Cannot save the PDF: the folder ")


@pytest.fixture
def back_to_english(qapp):
    from PySide6.QtCore import QLocale

    from followup_desktop import i18n
    from followup_desktop.ui.kit import language, locale_dates

    before = QLocale()
    yield
    language.install(qapp, "en")
    QLocale.setDefault(before)
    locale_dates.install(before)
    i18n.set_language("en")


def test_lang_german_writes_the_page_and_its_dates_in_german(
    qapp, store, data_dir, tmp_path, back_to_english
):
    demo.generate(100, seed=4)
    close_database()
    out = tmp_path / "rückblick.pdf"
    code = main(["--lang", "de", "--data-dir", str(data_dir), "review", "--pdf", str(out)])
    assert code == 0
    text = pdf_text(out)
    assert "Wochenrückblick" in text
    printed = next(line for line in text.splitlines() if line.startswith("Gedruckt am"))
    assert printed.split("Gedruckt am ")[1][:3] in ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


def test_the_german_page_names_every_channel_whole(qapp, store, data_dir, tmp_path, speak):
    """The channel table holds its German headers ("Nach Funkstille" …) and "Brief oder
    Karte" in half a page: there is room for both when the columns are spaced as tight as
    their cells are painted, so nothing is cut to "Brief oder Ka…"."""
    from followup_desktop.domain import dates

    demo.generate(300, seed=4)
    week = week_of(date.today(), first_weekday())
    letters = store_review.load(week.start, date.today(), "all").channels
    assert any(c.channel == "letter or card" for c in letters), "the demo writes letters"
    close_database()
    out = tmp_path / "rückblick.pdf"
    try:
        assert main(["--lang", "de", "--data-dir", str(data_dir), "review", "--pdf", str(out),
                     "--period", "all"]) == 0  # fmt: skip
    finally:
        speak("en")
        dates.use_style(dates.ENGLISH)
    text = pdf_text(out)
    assert "Nach Funkstille" in text and "Brief oder Karte" in text
    assert "…" not in text
