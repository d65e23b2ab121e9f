"""The first tables (V1) and the contact's own columns added since: keep-in-touch rhythm
and the summaries the list sorts by (V2), where the contact is on the web (V13)."""

from __future__ import annotations

V1 = [
    # Settings the CLI needs as well as the GUI (so they live with the data).
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE category (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        position INTEGER NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        mobile TEXT NOT NULL DEFAULT '',
        category_id INTEGER NOT NULL REFERENCES category (id),
        referred_by_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        -- Derived columns kept by store.contacts.save_contact for fast sort and search.
        sort_name TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        phone_digits TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX contact_category ON contact (category_id, archived)",
    "CREATE INDEX contact_sort_name ON contact (sort_name)",
    "CREATE INDEX contact_referred_by ON contact (referred_by_id)",
    "CREATE INDEX contact_email ON contact (email COLLATE NOCASE)",
    # The five lists the field's advice works by, seeded in this order.
    """INSERT INTO category (name, position, builtin) VALUES
        ('Personal Contacts', 0, 1), ('Clients', 1, 1), ('Prospects', 2, 1),
        ('Industry Colleagues', 3, 1), ('Referrals', 4, 1)""",
]

V2 = [
    # Keep-in-touch rhythm: a default per category, an override or opt-out per contact.
    "ALTER TABLE category ADD COLUMN cadence_days INTEGER",
    "ALTER TABLE contact ADD COLUMN cadence_days INTEGER",
    """UPDATE category SET cadence_days = CASE name
        WHEN 'Clients' THEN 90 WHEN 'Prospects' THEN 14 WHEN 'Referrals' THEN 30
        WHEN 'Industry Colleagues' THEN 60 WHEN 'Personal Contacts' THEN 180 END
        WHERE builtin = 1""",
    "ALTER TABLE contact ADD COLUMN cadence_opt_out INTEGER NOT NULL DEFAULT 0",
    # Denormalised summaries, kept by store.followups in the same transaction as
    # the change that moves them, so the contact list sorts 50,000 rows by index.
    "ALTER TABLE contact ADD COLUMN last_interaction_at DATETIME",
    "ALTER TABLE contact ADD COLUMN next_due DATE",
    # Why there is deliberately no next step (empty while one is planned or none decided).
    "ALTER TABLE contact ADD COLUMN no_next_step_reason TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX contact_last_interaction ON contact (last_interaction_at)",
    "CREATE INDEX contact_next_due ON contact (next_due)",
    """CREATE TABLE interaction (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        occurred_at DATETIME NOT NULL,
        channel TEXT NOT NULL,
        outcome TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        no_next_step_reason TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL
    )""",
    "CREATE INDEX interaction_contact_time ON interaction (contact_id, occurred_at)",
    "CREATE INDEX interaction_time ON interaction (occurred_at)",
    """CREATE TABLE followup (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        due_date DATE NOT NULL,
        due_time TIME,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        channel TEXT NOT NULL,
        whose TEXT NOT NULL DEFAULT 'mine' CHECK (whose IN ('mine', 'theirs')),
        agreed INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        status_at DATETIME,
        status_reason TEXT NOT NULL DEFAULT '',
        reschedule_count INTEGER NOT NULL DEFAULT 0,
        -- The due date before a catch-up spread it (shown so nothing looks newer than it is).
        original_due_date DATE,
        from_interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
        completed_by_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        -- Bumped on every change; the calendar export turns it into SEQUENCE.
        revision INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX followup_status_due ON followup (status, due_date)",
    "CREATE INDEX followup_due ON followup (due_date)",
    "CREATE INDEX followup_contact ON followup (contact_id, status, due_date)",
    # What the calendar export last wrote for each follow-up.
    """CREATE TABLE ics_export (
        followup_id INTEGER PRIMARY KEY REFERENCES followup (id) ON DELETE CASCADE,
        exported_revision INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        exported_at DATETIME NOT NULL
    )""",
    # Contact imports, so that "Undo this import" can remove exactly what one created.
    """CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        created_at DATETIME NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        undone_at DATETIME
    )""",
    """CREATE TABLE import_item (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
        previous TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX import_item_batch ON import_item (batch_id)",
]

V13 = [
    # Where a contact is on the web (a LinkedIn profile), and the day they joined the
    # person's network ("Connected On" in LinkedIn's export): a timeline entry, not an
    # interaction, so it never starts the keep-in-touch clock.
    "ALTER TABLE contact ADD COLUMN profile_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN connected_on DATE",
]
