"""The replayed day against a real CalDAV server (Radicale, started on a free port).

A CalDAV client imports a file as one resource per UID (RFC 4791 §4.1) and keeps the
highest SEQUENCE; the server checks every resource it is given. After the first and the
second (changed-only) file, the server's live events are the app's open follow-ups.
"""

from __future__ import annotations

import hashlib
import os
import select
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

import icalendar
import pytest
import requests

from . import replay_day as replay
from .ics_checks import check_ics

AUTH = ("ann", "any")  # auth type "none": any password, the user owns /ann/


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def caldav(tmp_path):
    """A Radicale server of its own; the URL of an empty calendar on it."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--auth-type",
            "none",
            "--storage-filesystem-folder",
            str(tmp_path / "collections"),
            "--logging-level",
            "info",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # Wait for its "Listening on" line (a log line, not a sleep); give up after 60 s.
        # Read the raw pipe: a buffered reader could hold the line while select waits.
        deadline = time.monotonic() + 60
        seen = b""
        while b"Listening on" not in seen:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([proc.stderr], [], [], max(left, 0))
            assert ready, f"Radicale did not start: {seen.decode(errors='replace')}"
            chunk = os.read(proc.stderr.fileno(), 65536)
            assert chunk, f"Radicale exited: {seen.decode(errors='replace')}"
            seen += chunk
        # Keep reading its log, so a full pipe never blocks the server mid-test.
        drain = threading.Thread(target=proc.stderr.read, daemon=True)
        drain.start()
        url = f"http://127.0.0.1:{port}/ann/follow-ups/"
        made = requests.request("MKCALENDAR", url, auth=AUTH, timeout=30)
        assert made.status_code == 201, made.text
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _events(data: bytes) -> list[str]:
    """The VEVENT blocks of a file, as written (folded lines kept)."""
    text = data.decode()
    blocks, start = [], text.find("BEGIN:VEVENT\r\n")
    while start >= 0:
        end = text.index("END:VEVENT\r\n", start) + len("END:VEVENT\r\n")
        blocks.append(text[start:end])
        start = text.find("BEGIN:VEVENT\r\n", end)
    return blocks


def _resource(block: str) -> tuple[str, int]:
    event = icalendar.Event.from_ical(block)
    return str(event["UID"]), int(event["SEQUENCE"])


def import_file(url: str, data: bytes) -> dict[str, int]:
    """Import as a CalDAV client does: one resource per UID; a newer SEQUENCE replaces
    the stored one, an older or equal one is skipped. No METHOD in a stored resource."""
    codes = {}
    for block in _events(data):
        uid, sequence = _resource(block)
        href = url + hashlib.sha1(uid.encode()).hexdigest() + ".ics"
        held = requests.get(href, auth=AUTH, timeout=30)
        if held.status_code == 200:
            stored = icalendar.Calendar.from_ical(held.text).walk("VEVENT")[0]
            if int(stored["SEQUENCE"]) >= sequence:
                continue
        body = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//CalDAV import//EN\r\n"
            + block
            + "END:VCALENDAR\r\n"
        )
        put = requests.put(
            href,
            data=body.encode(),
            auth=AUTH,
            headers={"Content-Type": "text/calendar; charset=utf-8"},
            timeout=30,
        )
        assert put.status_code in (201, 204), f"{uid}: {put.status_code} {put.text}"
        codes[uid] = put.status_code
    return codes


def server_events(url: str) -> dict[str, icalendar.Event]:
    """Every event the server holds, fetched resource by resource."""
    found = requests.request("PROPFIND", url, auth=AUTH, headers={"Depth": "1"}, timeout=30)
    assert found.status_code == 207
    hrefs = [
        e.text
        for e in ET.fromstring(found.content).iter("{DAV:}href")
        if e.text and e.text.endswith(".ics")
    ]
    events = {}
    base = url.split("/ann/")[0]
    for href in hrefs:
        got = requests.get(base + href, auth=AUTH, timeout=30)
        assert got.status_code == 200
        [event] = icalendar.Calendar.from_ical(got.text).walk("VEVENT")
        assert str(event["UID"]) not in events  # one resource per UID
        events[str(event["UID"])] = event
    return events


def test_replayed_day_on_a_caldav_server(store, tmp_path, caldav):
    day = replay.plan(tmp_path)
    check_ics(day.first)
    first = import_file(caldav, day.first)
    assert set(first.values()) == {201}
    assert set(server_events(caldav)) == {
        uid for key, uid in day.uids.items() if key not in ("far",)
    }

    replay.work(day)
    replay.second_export(day, tmp_path)
    check_ics(day.second)
    second = import_file(caldav, day.second)
    names = {uid: k for k, uid in day.uids.items()}
    assert {names[u] for u, code in second.items() if code == 201} == {"new"}
    assert {names[u] for u, code in second.items() if code == 204} == {
        "done", "cancelled", "deleted", "archived", "switched", "renamed", "moved",
    }  # fmt: skip

    held = server_events(caldav)
    live = {uid for uid, e in held.items() if str(e.get("STATUS", "")) != "CANCELLED"}
    assert live == replay.open_mine() & set(held)
    assert {names[u] for u in live} == {"renamed", "moved", "kept", "new"}
    assert "Ruiz-Alvarez" in str(held[day.uids["renamed"]]["SUMMARY"])
    assert str(held[day.uids["done"]]["SUMMARY"]).startswith("Done: ")
    assert int(held[day.uids["moved"]]["SEQUENCE"]) == 1
    # Importing the first file again changes nothing: every event there is older.
    assert import_file(caldav, day.first) == {}
