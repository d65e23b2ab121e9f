"""The calendar copy's ledger by UID (V14) and the change counts a changed-only export
reads (V15)."""

from __future__ import annotations

V14 = [
    # The calendar copy's ledger: per UID, what the last .ics file said about the event.
    # No foreign key on purpose: it outlives the follow-up and its contact, so a later
    # export can still withdraw an event whose follow-up was deleted (ics_export, which
    # cascaded away with the follow-up, is no longer written; its rows are copied here).
    """CREATE TABLE ics_ledger (
        uid TEXT PRIMARY KEY NOT NULL,
        -- the SEQUENCE last written for this UID
        sequence INTEGER NOT NULL,
        -- digest of what was written (summary, description, start/end, alarm, transparency,
        -- status, categories); '' = not known (copied from ics_export)
        digest TEXT NOT NULL,
        -- what it was built from, compared in SQL to find changes cheaply; '' = unknown
        source TEXT NOT NULL,
        -- when what was written last changed, as iCalendar UTC (DTSTAMP and LAST-MODIFIED)
        modified_at TEXT NOT NULL,
        -- 1 once a STATUS:CANCELLED copy was written (it is written once)
        cancelled INTEGER NOT NULL DEFAULT 0,
        -- the last SUMMARY, DTSTART and DTEND lines, to write a cancellation without
        -- the follow-up
        summary TEXT NOT NULL DEFAULT '',
        dtstart TEXT NOT NULL DEFAULT '',
        dtend TEXT NOT NULL DEFAULT '',
        exported_at DATETIME NOT NULL
    ) WITHOUT ROWID""",
    # Earlier exports: a date-only start is the best plain SQL can do for a timed event;
    # it is used only if the follow-up is deleted before the next export (otherwise the
    # follow-up itself says where its event is).
    """INSERT INTO ics_ledger (uid, sequence, digest, source, modified_at, cancelled,
            summary, dtstart, dtend, exported_at)
        SELECT f.uid, e.sequence, '', '', strftime('%Y%m%dT%H%M%SZ', e.exported_at, 'utc'), 0,
            'Follow up: ' || coalesce(nullif(trim(c.first_name || ' ' || c.last_name), ''),
                nullif(c.company, ''), '(no name)') || ' – ' || f.reason,
            'DTSTART;VALUE=DATE:' || strftime('%Y%m%d', f.due_date),
            'DTEND;VALUE=DATE:' || strftime('%Y%m%d', f.due_date, '+1 day'),
            e.exported_at
        FROM ics_export e JOIN followup f ON f.id = e.followup_id
        JOIN contact c ON c.id = f.contact_id""",
]


def _ledger_touch(uids: str) -> str:
    """Count one change for every ledger row whose UID is in ``uids`` (a SELECT)."""
    return f"UPDATE ics_ledger SET changes = changes + 1 WHERE uid IN ({uids});"


#: Bulk writers (the demo's hundreds of thousands of interactions) skip the work while
#: nothing was ever exported.
_LEDGER_USED = "EXISTS (SELECT 1 FROM ics_ledger)"

_CONTACT_EVENT_FIELDS = (
    "first_name", "last_name", "company", "phone", "mobile", "email", "category_id",
    "archived", "last_interaction_at",
)  # fmt: skip

V15 = [
    # A changed-only export must find 100 changes among 10,000 exported follow-ups in a
    # few milliseconds: triggers count every change to what an exported event says
    # (its follow-up, contact, category or the contact's interactions), whoever writes
    # it, and the export reads only rows where ``changes`` moved past what it last saw.
    # ``source`` now holds the export options the event was written with.
    "ALTER TABLE ics_ledger ADD COLUMN changes INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE ics_ledger ADD COLUMN seen INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX ics_ledger_changed ON ics_ledger (uid) WHERE changes <> seen",
    "CREATE INDEX ics_ledger_source ON ics_ledger (source)",
    f"""CREATE TRIGGER ics_ledger_followup_update AFTER UPDATE OF
        due_date, due_time, reason, channel, whose, status, contact_id, fallback_date
        ON followup BEGIN
        {_ledger_touch("NEW.uid, OLD.uid")}
    END""",
    f"""CREATE TRIGGER ics_ledger_followup_delete AFTER DELETE ON followup BEGIN
        {_ledger_touch("OLD.uid")}
    END""",
    f"""CREATE TRIGGER ics_ledger_contact_update AFTER UPDATE OF
        {", ".join(_CONTACT_EVENT_FIELDS)} ON contact
        WHEN {" OR ".join(f"OLD.{f} IS NOT NEW.{f}" for f in _CONTACT_EVENT_FIELDS)} BEGIN
        {_ledger_touch("SELECT uid FROM followup WHERE contact_id = NEW.id")}
    END""",
    f"""CREATE TRIGGER ics_ledger_category_update AFTER UPDATE OF name ON category
        WHEN OLD.name IS NOT NEW.name AND {_LEDGER_USED} BEGIN
        {
        _ledger_touch(
            "SELECT f.uid FROM followup f JOIN contact c ON c.id = f.contact_id"
            " WHERE c.category_id = NEW.id"
        )
    }
    END""",
    # The description quotes the contact's last interaction.
    f"""CREATE TRIGGER ics_ledger_interaction_insert AFTER INSERT ON interaction
        WHEN {_LEDGER_USED} BEGIN
        {_ledger_touch("SELECT uid FROM followup WHERE contact_id = NEW.contact_id")}
    END""",
    f"""CREATE TRIGGER ics_ledger_interaction_update AFTER UPDATE OF
        notes, occurred_at, contact_id ON interaction WHEN {_LEDGER_USED} BEGIN
        {
        _ledger_touch(
            "SELECT uid FROM followup WHERE contact_id IN (NEW.contact_id, OLD.contact_id)"
        )
    }
    END""",
    f"""CREATE TRIGGER ics_ledger_interaction_delete AFTER DELETE ON interaction
        WHEN {_LEDGER_USED} BEGIN
        {_ledger_touch("SELECT uid FROM followup WHERE contact_id = OLD.contact_id")}
    END""",
]
