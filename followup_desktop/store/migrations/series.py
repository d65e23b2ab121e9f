"""Follow-up series: templates, their steps and the runs applied to contacts (V8)."""

from __future__ import annotations

V8 = [
    # Follow-up series: templates of steps relative to a start date, each applied to a
    # contact as a run whose steps are ordinary follow-ups linked back to it.
    """CREATE TABLE series_template (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0,
        shift_on_early INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE series_step (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES series_template (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        offset_days INTEGER NOT NULL DEFAULT 0,
        offset_months INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        channel TEXT NOT NULL DEFAULT 'call',
        -- 'contact', or 'referrer': the step is a follow-up with whoever referred them
        target TEXT NOT NULL DEFAULT 'contact' CHECK (target IN ('contact', 'referrer'))
    )""",
    "CREATE INDEX series_step_template ON series_step (template_id, position)",
    """CREATE TABLE series_run (
        id INTEGER PRIMARY KEY,
        template_id INTEGER REFERENCES series_template (id) ON DELETE SET NULL,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        start_date DATE NOT NULL,
        shift_on_early INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
        created_at DATETIME NOT NULL,
        stopped_at DATETIME
    )""",
    "CREATE INDEX series_run_contact ON series_run (contact_id, status)",
    """ALTER TABLE followup ADD COLUMN series_run_id INTEGER
        REFERENCES series_run (id) ON DELETE SET NULL""",
    "ALTER TABLE followup ADD COLUMN series_position INTEGER",
    "CREATE INDEX followup_series ON followup (series_run_id) WHERE series_run_id IS NOT NULL",
    """INSERT INTO series_template (id, name, position, builtin, shift_on_early) VALUES
        (1, 'After the sale', 0, 1, 0), (2, 'New prospect', 1, 1, 1),
        (3, 'Referral received', 2, 1, 0)""",
    """INSERT INTO series_step
        (template_id, position, offset_days, offset_months, reason, channel, target) VALUES
        (1, 0, 1, 0, 'Thank-you note for the order', 'letter or card', 'contact'),
        (1, 1, 30, 0, 'Check in: how is it going after 30 days?', 'call', 'contact'),
        (1, 2, 0, 3, 'After-sale check-in (3 months)', 'call', 'contact'),
        (1, 3, 0, 6, 'After-sale check-in (6 months)', 'email', 'contact'),
        (1, 4, 0, 12, 'One year on: review and referrals', 'call', 'contact'),
        (2, 0, 1, 0, 'Thank-you note for the meeting', 'email', 'contact'),
        (2, 1, 7, 0, 'Follow up: questions after a week?', 'call', 'contact'),
        (2, 2, 14, 0, 'Send something useful (value-add)', 'email', 'contact'),
        (2, 3, 0, 1, 'Check in after a month', 'call', 'contact'),
        (3, 0, 0, 0, 'Thank them for the referral', 'call', 'referrer')""",
]
