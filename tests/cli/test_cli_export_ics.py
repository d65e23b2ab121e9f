"""``followup-desktop export-ics``: what a user types, what they read, what lands on disk."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from followup_desktop.app import main
from followup_desktop.store import contacts, followups
from followup_desktop.store.database import close_database
from tests.exchange.ics_checks import check_ics


@pytest.fixture
def filled(store):
    ann = contacts.create_contact(first_name="Ann", last_name="Lee", category=2)  # Clients
    bob = contacts.create_contact(first_name="Bob", category=3)  # Prospects
    today = date.today()
    a = followups.create_followup(ann.id, today + timedelta(days=1), "Call back", due_time=time(9))
    b = followups.create_followup(bob.id, today + timedelta(days=20), "Send brochure")
    c = followups.create_followup(
        bob.id, today + timedelta(days=3), "Wait for reply", whose="theirs"
    )
    close_database()  # the CLI opens it itself, as it would in its own process
    return a, b, c


def cli(data_dir, *args):
    return main(["--data-dir", str(data_dir), "export-ics", *args])


def test_default_is_every_open_follow_up(filled, data_dir, tmp_path, capsys):
    out = tmp_path / "all.ics"
    assert cli(data_dir, "--out", str(out), "--timezone", "Europe/Berlin") == 0
    assert capsys.readouterr().out.strip() == f"Wrote 3 events to {out}: 3 new or changed."
    events, _ = check_ics(out.read_bytes())
    assert [str(e["UID"]) for e in events] == [filled[0].uid, filled[2].uid, filled[1].uid]


def test_range_category_and_whose_filters(filled, data_dir, tmp_path, capsys):
    out = tmp_path / "f.ics"
    today = date.today()
    args = ["--out", str(out), "--timezone", "UTC", "--from", today.isoformat()]
    assert cli(data_dir, *args, "--to", (today + timedelta(days=14)).isoformat()) == 0
    assert "Wrote 2 events" in capsys.readouterr().out
    assert cli(data_dir, *args, "--category", "Prospects") == 0
    assert "Wrote 2 events" in capsys.readouterr().out
    assert cli(data_dir, *args, "--category", "prospects", "--theirs") == 0
    # Only their move from now on: my moves exported before leave the calendar.
    assert "Wrote 3 events to" in capsys.readouterr().out
    events = {str(e["UID"]): e for e in check_ics(out.read_bytes())[0]}
    assert str(events[filled[2].uid]["STATUS"]) == "CONFIRMED"
    for mine in (filled[0], filled[1]):
        assert str(events[mine.uid]["STATUS"]) == "CANCELLED"
        assert str(events[mine.uid]["SUMMARY"]).startswith("Cancelled: ")
    assert cli(data_dir, *args, "--theirs") == 0
    assert "Wrote 1 event to" in capsys.readouterr().out  # withdrawn once, not again
    assert [str(e["UID"]) for e in check_ics(out.read_bytes())[0]] == [filled[2].uid]


def test_changed_only_writes_what_is_new_since_the_last_export(filled, data_dir, tmp_path, capsys):
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    assert cli(data_dir, "--out", str(first), "--timezone", "UTC", "--changed-only") == 0
    assert "Wrote 3 events" in capsys.readouterr().out
    assert cli(data_dir, "--out", str(second), "--timezone", "UTC", "--changed-only") == 0
    assert "No follow-ups new or changed since the last export match" in capsys.readouterr().out
    assert not second.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "31/12/2024"], "--from “31/12/2024” is not a date; write it as YYYY-MM-DD."),
        (["--to", "2024-02-30"], "--to “2024-02-30” is not a date"),
        (["--from", "2024-05-02", "--to", "2024-05-01"], "is before --from"),
        (["--category", "Nobody"], "There is no category named “Nobody”"),
        (["--timezone", "Mars/Base"], "is not a time zone name"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(filled, data_dir, tmp_path, capsys, args, message):
    out = tmp_path / "x.ics"
    assert cli(data_dir, "--out", str(out), *args) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_bad_paths_are_one_line(filled, data_dir, tmp_path, capsys):
    assert cli(data_dir, "--out", str(tmp_path / "missing" / "x.ics")) != 0
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    assert cli(data_dir, "--out", str(tmp_path)) != 0
    err = capsys.readouterr().err
    assert "is a folder" in err and err.count("\n") == 1
