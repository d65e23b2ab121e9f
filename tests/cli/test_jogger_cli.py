"""``followup-desktop jogger``: what a user types, what they read, what lands on disk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from followup_desktop.app import main
from followup_desktop.domain.jogger import week_of
from followup_desktop.paths import database_path
from followup_desktop.store.database import close_database, open_database
from tests.jogger_data import fill_week


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), "jogger", *args])


def pdf_text(path) -> str:
    return "\n".join(p.extract_text().replace("\t", " ") for p in PdfReader(str(path)).pages)


def test_writes_the_given_week(qapp, store, data_dir, tmp_path, capsys):
    data = fill_week(per_category=2)
    close_database()  # the CLI opens it itself
    out = tmp_path / "w48.pdf"
    assert cli(data_dir, "--week", "2026-W48", "--pdf", str(out), "--name", "Sam Seller") == 0
    said = capsys.readouterr().out.strip()
    assert said.startswith(f"Wrote {out}: 2026-W48, ")
    assert "to follow up" in said and said.endswith("pages.")
    text = pdf_text(out)
    assert "Sam Seller" in text
    assert "Week 48" in text
    assert all(reason in text for reason in data.in_week)


def test_an_empty_week_says_there_is_nothing_to_print(qapp, store, data_dir, tmp_path, capsys):
    close_database()
    out = tmp_path / "now.pdf"
    assert cli(data_dir, "--pdf", str(out)) == 1  # the default: this week
    said = capsys.readouterr()
    assert said.out == ""
    assert "There is nothing to print for Week " in said.err
    assert "No PDF was written." in said.err
    assert not out.exists()


def test_paper_and_prompts_options(qapp, store, data_dir, tmp_path, capsys):
    fill_week(per_category=1)
    close_database()
    out = tmp_path / "w48.pdf"
    args = ("--week", "2026-W48", "--pdf", str(out), "--skip-prompts", "--paper", "letter")
    assert cli(data_dir, *args) == 0
    assert ": 2026-W48, " in capsys.readouterr().out
    page = PdfReader(str(out)).pages[0]
    assert round(float(page.mediabox.width)) == 612  # Letter, in points
    assert "Think of new people" not in pdf_text(out)


def test_bad_week_is_one_line_and_writes_nothing(qapp, store, data_dir, tmp_path, capsys):
    close_database()
    out = tmp_path / "x.pdf"
    assert cli(data_dir, "--week", "next week", "--pdf", str(out)) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        'followup-desktop: "next week" is not a week; write it like 2026-W48 '
        "(year, W, week number)."
    )
    assert not out.exists()
    assert cli(data_dir, "--week", "2026-W60", "--pdf", str(out)) == 2
    assert "there is no week 60" in capsys.readouterr().err


def test_unwritable_pdf_path_is_one_line(qapp, store, data_dir, tmp_path, capsys):
    fill_week(per_category=1)
    close_database()
    out = tmp_path / "missing" / "x.pdf"
    assert cli(data_dir, "--week", "2026-W48", "--pdf", str(out)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Cannot save the PDF: the folder" in err and "does not exist" in err


def test_runs_headless_in_its_own_process(store, data_dir, tmp_path):
    fill_week(per_category=1)
    close_database()
    out = tmp_path / "proc.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    week = week_of(date.today() + timedelta(days=7)).iso
    done = subprocess.run(
        [sys.executable, "-m", "followup_desktop", "--data-dir", str(data_dir), "jogger"]
        + ["--week", week, "--pdf", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def written_pages(capsys) -> int:
    said = capsys.readouterr().out
    return int(re.search(r"(\d+) pages?\.$", said.strip()).group(1))


def test_page_per_category_flag_and_the_saved_choice(qapp, store, data_dir, tmp_path, capsys):
    from followup_desktop.store.jogger import set_page_per_category

    fill_week(per_category=2)
    close_database()
    out = tmp_path / "w.pdf"
    week = ("--week", "2026-W48", "--pdf", str(out))
    assert cli(data_dir, *week) == 0  # default: each of the 5 categories on its own page
    assert written_pages(capsys) == len(PdfReader(str(out)).pages) == 5
    assert cli(data_dir, *week, "--no-page-per-category") == 0
    packed = written_pages(capsys)
    assert packed == len(PdfReader(str(out)).pages) < 5
    # The preview's choice (kept in the database) is the CLI's default; a flag overrides it.
    open_database(database_path(data_dir))
    set_page_per_category(False)
    close_database()
    assert cli(data_dir, *week) == 0
    assert written_pages(capsys) == packed
    assert cli(data_dir, *week, "--page-per-category") == 0
    assert written_pages(capsys) == 5
    assert "Page 5 of 5" in pdf_text(out)


def test_help_explains_the_page_option(capsys):
    with pytest.raises(SystemExit):
        main(["jogger", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--page-per-category, --no-page-per-category" in text
    assert "packs the categories one after another" in text


@pytest.fixture
def american_default_then_english(qapp):
    """A US locale (weeks start on Sunday) as the default, English again afterwards."""
    from PySide6.QtCore import QLocale

    from followup_desktop import i18n
    from followup_desktop.ui.kit import language, locale_dates

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    language.install(qapp, "en")
    QLocale.setDefault(before)
    locale_dates.install(before)
    i18n.set_language("en")


def test_lang_german_weeks_start_on_monday_whatever_the_systems_locale(
    qapp, store, data_dir, tmp_path, american_default_then_english
):
    # The week was read before the language was installed: on a US desktop
    # `--lang de jogger` printed a Sunday-to-Saturday week under a German header.
    fill_week(per_category=1)
    close_database()
    out = tmp_path / "kw48.pdf"
    args = ["--lang", "de", "--data-dir", str(data_dir), "jogger", "--week", "2026-W48"]
    assert main([*args, "--pdf", str(out)]) == 0
    assert "KW 48 · Mo., 23. Nov. – So., 29. Nov. 2026" in pdf_text(out)
