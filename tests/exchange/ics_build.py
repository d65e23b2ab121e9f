"""Whole calendars built the ways only tests need, from the export's own pieces.

The app writes a calendar from its plan (``plan_export``: the ledger decides each
event's SEQUENCE and the withdrawals) and repairs event by event; the property and
repair tests want the same text from bare rows, or a whole ``ics`` serialisation
repaired at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from followup_desktop.exchange.ics_event import event_parts, finish_event
from followup_desktop.exchange.ics_export import calendar_frame
from followup_desktop.exchange.ics_options import ExportOptions, resolve_zone
from followup_desktop.exchange.ics_repair import (
    CRLF,
    assemble,
    calendar_head,
    fold,
    format_utc,
    repair_event_lines,
    split_calendar,
)
from followup_desktop.store.ics_state import IcsRow


def build_calendar(
    rows: Sequence[IcsRow], options: ExportOptions, *, dtstamp: datetime | None = None
) -> str:
    """The .ics text of these rows as live events (each with its ``sequence``), repaired;
    no ledger is read or written."""
    zone = resolve_zone(options.zone)
    stamp = format_utc(dtstamp or datetime.now(timezone.utc))
    blocks = [
        (
            row.uid,
            finish_event(event_parts(row, options, zone)[0], sequence=row.sequence, stamp=stamp),
        )
        for row in rows
    ]
    return assemble(calendar_head(calendar_frame(options)), blocks)


def repair_calendar(text: str, *, dtstamp: str) -> str:
    """Repair a whole ``ics.Calendar`` serialisation (events ordered by DTSTART, UID)."""
    props, components = split_calendar(text)
    events = []
    for comp in components:
        if comp[0] != "BEGIN:VEVENT":
            continue
        fixed = repair_event_lines(comp, dtstamp=dtstamp)
        start = next(
            (p.rsplit(":", 1)[1] for p in fixed if p.startswith(("DTSTART:", "DTSTART;"))), ""
        )
        uid = next((p[4:] for p in fixed if p.startswith("UID:")), "")
        events.append(((start, uid), CRLF.join(fold(line) for line in fixed) + CRLF))
    events.sort(key=lambda item: item[0])
    head = calendar_head(CRLF.join(["BEGIN:VCALENDAR", *props, "END:VCALENDAR"]))
    return assemble(head, (block for _key, block in events))
