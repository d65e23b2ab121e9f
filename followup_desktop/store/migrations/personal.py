"""The personal side: addresses, yearly key dates, things to remember, cards (V10)."""

from __future__ import annotations

V10 = [
    # The personal side (issue 23): postal addresses, yearly key dates (birthday,
    # anniversary, customer since, the user's own) and things to remember.
    """CREATE TABLE contact_address (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('work', 'home')),
        street TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        UNIQUE (contact_id, kind)
    )""",
    """CREATE TABLE key_date (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        kind TEXT NOT NULL
            CHECK (kind IN ('birthday', 'anniversary', 'customer_since', 'other')),
        label TEXT NOT NULL DEFAULT '',
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
        year INTEGER,
        -- what its reminder asks for: a card (N days before), a call (on the day), none
        action TEXT NOT NULL DEFAULT 'card' CHECK (action IN ('card', 'call', 'none')),
        month_day INTEGER GENERATED ALWAYS AS (month * 100 + day) VIRTUAL
    )""",
    # The agenda's next 14 days are one IN over this index (domain.personal).
    "CREATE INDEX key_date_month_day ON key_date (month_day, contact_id)",
    "CREATE INDEX key_date_contact ON key_date (contact_id)",
    """CREATE UNIQUE INDEX key_date_one_each ON key_date (contact_id, kind)
        WHERE kind IN ('birthday', 'customer_since')""",
    """CREATE TABLE remembered (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        on_date DATE,
        created_at DATETIME NOT NULL
    )""",
    "CREATE INDEX remembered_contact ON remembered (contact_id)",
    "CREATE INDEX remembered_on ON remembered (on_date, contact_id) WHERE on_date IS NOT NULL",
    # Days of lead time a card needs: per contact, else per category, else 7.
    "ALTER TABLE contact ADD COLUMN card_lead_days INTEGER",
    "ALTER TABLE category ADD COLUMN card_lead_days INTEGER",
    # Which occurrence of a key date already has its reminder follow-up (planned once,
    # so a reminder done or cancelled is not planned again).
    """CREATE TABLE key_date_reminder (
        key_date_id INTEGER NOT NULL REFERENCES key_date (id) ON DELETE CASCADE,
        occurs DATE NOT NULL,
        followup_id INTEGER REFERENCES followup (id) ON DELETE SET NULL,
        PRIMARY KEY (key_date_id, occurs)
    ) WITHOUT ROWID""",
    "CREATE INDEX key_date_reminder_followup ON key_date_reminder (followup_id)",
]
