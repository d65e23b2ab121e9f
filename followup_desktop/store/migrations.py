"""Schema versions, one upgrade step per version (kept in ``PRAGMA user_version``).

Each step is plain SQL so that it never depends on the current models: a
version-1 database from years ago must upgrade with exactly these statements.
``database.migrate`` runs every step in one transaction together with the
new ``user_version``; a failure rolls all of it back.

Rules for adding a version: append a new entry to ``STEPS``; never edit a step
that has shipped; give new NOT NULL columns a DEFAULT.
"""

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

# The calendar: counts per day kept by triggers, so a month of a busy database is
# counted by reading ~40 small rows instead of tens of thousands of follow-ups, and
# an index that hands out each day's first follow-ups already in time order.
_DAY_KEY = "due_date, status, whose, category_id, archived"


def _bump(prefix: str, sign: str) -> str:
    """Add ``sign`` 1 to the count of the follow-up row ``prefix`` (NEW or OLD)."""
    return f"""INSERT INTO followup_day_count ({_DAY_KEY}, n)
        SELECT {prefix}.due_date, {prefix}.status, {prefix}.whose, c.category_id, c.archived,
               {sign}1
        FROM contact c WHERE c.id = {prefix}.contact_id
        ON CONFLICT ({_DAY_KEY}) DO UPDATE SET n = n + excluded.n;"""


def _move_contact(sign: str, prefix: str) -> str:
    """Add (``sign``) all of one contact's follow-ups to its ``prefix`` category/archived."""
    return f"""INSERT INTO followup_day_count ({_DAY_KEY}, n)
        SELECT f.due_date, f.status, f.whose, {prefix}.category_id, {prefix}.archived,
               {sign}count(*)
        FROM followup f WHERE f.contact_id = {prefix}.id
        GROUP BY f.due_date, f.status, f.whose
        ON CONFLICT ({_DAY_KEY}) DO UPDATE SET n = n + excluded.n;"""


V3 = [
    f"""CREATE TABLE followup_day_count (
        due_date DATE NOT NULL,
        status TEXT NOT NULL,
        whose TEXT NOT NULL,
        category_id INTEGER NOT NULL,
        archived INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY ({_DAY_KEY})
    ) WITHOUT ROWID""",
    f"""INSERT INTO followup_day_count ({_DAY_KEY}, n)
        SELECT f.due_date, f.status, f.whose, c.category_id, c.archived, count(*)
        FROM followup f JOIN contact c ON c.id = f.contact_id
        GROUP BY f.due_date, f.status, f.whose, c.category_id, c.archived""",
    "CREATE INDEX followup_calendar ON followup (status, due_date, due_time, whose, contact_id)",
    f"""CREATE TRIGGER followup_day_insert AFTER INSERT ON followup BEGIN
        {_bump("NEW", "+")}
    END""",
    f"""CREATE TRIGGER followup_day_delete AFTER DELETE ON followup BEGIN
        {_bump("OLD", "-")}
    END""",
    f"""CREATE TRIGGER followup_day_update
        AFTER UPDATE OF due_date, status, whose, contact_id ON followup BEGIN
        {_bump("OLD", "-")}
        {_bump("NEW", "+")}
    END""",
    f"""CREATE TRIGGER followup_day_contact AFTER UPDATE OF category_id, archived ON contact
        WHEN OLD.category_id IS NOT NEW.category_id OR OLD.archived IS NOT NEW.archived BEGIN
        {_move_contact("-", "OLD")}
        {_move_contact("+", "NEW")}
    END""",
    # Deleting a contact deletes its follow-ups first, while the contact (and so its
    # category) still exists for the counting trigger; the cascade then finds none.
    """CREATE TRIGGER followup_day_contact_delete BEFORE DELETE ON contact BEGIN
        DELETE FROM followup WHERE contact_id = OLD.id;
    END""",
]

V4 = [
    # The day I have to act on an open follow-up: its due date when it is mine, the
    # next working day after their date when it is theirs (domain.followup_rules:
    # a lapsed promise falls back to me). Generated, so every writer keeps it right;
    # never written directly and not declared on the peewee model (save() would try).
    """ALTER TABLE followup ADD COLUMN action_date DATE GENERATED ALWAYS AS (
        CASE WHEN whose = 'theirs' THEN date(due_date, CASE strftime('%w', due_date)
            WHEN '5' THEN '+3 days' WHEN '6' THEN '+2 days' ELSE '+1 day' END)
        ELSE due_date END) VIRTUAL""",
    # The agenda's sections are ranges over these (queries must say status = 'open'
    # and whose = 'theirs' literally for SQLite to use the partial indexes).
    "CREATE INDEX followup_open_action ON followup (action_date) WHERE status = 'open'",
    """CREATE INDEX followup_open_theirs ON followup (action_date)
        WHERE status = 'open' AND whose = 'theirs'""",
    # "No next step": active contacts without an open follow-up, most recently active first.
    """CREATE INDEX contact_no_next_step ON contact (category_id, last_interaction_at)
        WHERE next_due IS NULL AND archived = 0""",
]

V5 = [
    # Instant search: a trigram index over the folded search text and the phone digits,
    # so any substring of 3+ characters is found without scanning 50,000 rows. It reads
    # its text from the contact table (external content) and triggers keep it in step.
    """CREATE VIRTUAL TABLE contact_fts USING fts5(
        search_text, phone_digits,
        content='contact', content_rowid='id', tokenize='trigram'
    )""",
    """CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
        INSERT INTO contact_fts (rowid, search_text, phone_digits)
        VALUES (new.id, new.search_text, new.phone_digits);
    END""",
    """CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
        INSERT INTO contact_fts (contact_fts, rowid, search_text, phone_digits)
        VALUES ('delete', old.id, old.search_text, old.phone_digits);
    END""",
    """CREATE TRIGGER contact_fts_update AFTER UPDATE OF search_text, phone_digits ON contact
    BEGIN
        INSERT INTO contact_fts (contact_fts, rowid, search_text, phone_digits)
        VALUES ('delete', old.id, old.search_text, old.phone_digits);
        INSERT INTO contact_fts (rowid, search_text, phone_digits)
        VALUES (new.id, new.search_text, new.phone_digits);
    END""",
    "INSERT INTO contact_fts (contact_fts) VALUES ('rebuild')",
    # The contact list pages through contacts in name order and filters by search,
    # category and "no next step" without touching the table rows.
    """CREATE INDEX contact_list ON contact
        (archived, sort_name, search_text, phone_digits, category_id, next_due)""",
]

V6 = [
    # The agenda counts and pages its sections from the index alone: whose and
    # contact_id ride along, so no follow-up row is read for a count.
    "DROP INDEX followup_open_action",
    """CREATE INDEX followup_open_action ON followup (action_date, whose, contact_id)
        WHERE status = 'open'""",
    "DROP INDEX followup_open_theirs",
    """CREATE INDEX followup_open_theirs ON followup (action_date, contact_id)
        WHERE status = 'open' AND whose = 'theirs'""",
    # The few archived contacts, so their follow-ups can be left out without a join.
    "CREATE INDEX contact_archived ON contact (id) WHERE archived = 1",
]

V7 = [
    # Keep-in-touch: the day the clock last started (last interaction, else when the
    # contact was added), so "losing touch" is a range per category over an index.
    """ALTER TABLE contact ADD COLUMN touch_since DATETIME
        GENERATED ALWAYS AS (coalesce(last_interaction_at, created_at)) VIRTUAL""",
    # Contacts following their category's rhythm (no own rhythm, not opted out, nothing
    # planned): one range per category. Literal conditions, as in V4.
    """CREATE INDEX contact_touch_category ON contact (category_id, touch_since, sort_name)
        WHERE next_due IS NULL AND archived = 0 AND cadence_opt_out = 0
        AND cadence_days IS NULL""",
    # Contacts with their own rhythm: one range per rhythm. Both carry the name, so a
    # page of the list is read from the indexes alone.
    """CREATE INDEX contact_touch_own ON contact (cadence_days, touch_since, sort_name)
        WHERE next_due IS NULL AND archived = 0 AND cadence_opt_out = 0
        AND cadence_days IS NOT NULL""",
]

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

V9 = [
    # Sorting the contact list by company, e-mail, last contact, next follow-up or
    # category: every key, filter and the name tie-break in one narrow index, so a page
    # sorts ~50,000 short index entries instead of reading every (wide) contact row
    # (company: ~200 ms a page on the demo database before, ~15 ms after).
    """CREATE INDEX contact_sort_keys ON contact
        (archived, category_id, company COLLATE NOCASE, email COLLATE NOCASE,
         last_interaction_at, sort_name, next_due)""",
]

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

# The weekly review (domain.review). Every interaction carries its attempt number (the
# interactions since the contact's last answer, the answer included; 0 = not yet
# numbered), so "after how many attempts did they answer" is read, not recomputed
# over ~500,000 rows. Triggers renumber one contact's few interactions when one of
# them is logged, edited or deleted, and keep a small tally per day, attempt (capped
# at 6) and channel that the review's charts sum. Plain subqueries, no UPDATE ... FROM
# or WITH (triggers allow neither everywhere we run).
_REPLY = "outcome IN ('replied', 'met', 'reached')"
_TALLY_KEY = "day, attempt, channel"


def _numbered(contact: str) -> str:
    """(id, attempt number) of every interaction of the contact ``contact`` (an expression)."""
    return f"""SELECT id, row_number() OVER (PARTITION BY grp ORDER BY occurred_at, id) AS a
        FROM (SELECT id, occurred_at, coalesce(sum({_REPLY}) OVER (ORDER BY occurred_at, id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS grp
              FROM interaction WHERE contact_id = {contact})"""


def _renumber(contact: str) -> str:
    return f"""UPDATE interaction SET attempt = (
            SELECT n.a FROM ({_numbered(contact)}) AS n WHERE n.id = interaction.id)
        WHERE contact_id = {contact};"""


def _tally(prefix: str, sign: str) -> str:
    """Add (``sign``) the interaction row ``prefix`` (NEW or OLD) to the tally."""
    return f"""INSERT INTO reply_tally ({_TALLY_KEY}, attempts, replies)
        SELECT date({prefix}.occurred_at), min({prefix}.attempt, 6), {prefix}.channel,
               {sign}1, {sign}({prefix}.{_REPLY})
        WHERE {prefix}.attempt > 0
        ON CONFLICT ({_TALLY_KEY}) DO UPDATE SET
            attempts = attempts + excluded.attempts, replies = replies + excluded.replies;"""


V11 = [
    "ALTER TABLE interaction ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0",
    # Number the history once (one window pass over every contact).
    """CREATE TEMP TABLE attempt_backfill (id INTEGER PRIMARY KEY, a INTEGER NOT NULL)""",
    f"""INSERT INTO attempt_backfill (id, a)
        SELECT id, row_number() OVER (PARTITION BY contact_id, grp ORDER BY occurred_at, id)
        FROM (SELECT id, contact_id, occurred_at, coalesce(sum({_REPLY}) OVER (
                PARTITION BY contact_id ORDER BY occurred_at, id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS grp
              FROM interaction)""",
    """UPDATE interaction SET attempt = (
        SELECT b.a FROM attempt_backfill b WHERE b.id = interaction.id)""",
    "DROP TABLE temp.attempt_backfill",
    """CREATE TABLE reply_tally (
        day DATE NOT NULL,
        attempt INTEGER NOT NULL,
        channel TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        replies INTEGER NOT NULL,
        PRIMARY KEY (day, attempt, channel)
    ) WITHOUT ROWID""",
    f"""INSERT INTO reply_tally ({_TALLY_KEY}, attempts, replies)
        SELECT date(occurred_at), min(attempt, 6), channel, count(*), sum({_REPLY})
        FROM interaction GROUP BY 1, 2, 3""",
    # A logged interaction without a number (the app's writes) renumbers its contact;
    # bulk writers that number their rows themselves (the demo) skip that work.
    f"""CREATE TRIGGER interaction_attempt_insert AFTER INSERT ON interaction
        WHEN NEW.attempt = 0 BEGIN
        {_renumber("NEW.contact_id")}
    END""",
    f"""CREATE TRIGGER interaction_attempt_update
        AFTER UPDATE OF occurred_at, outcome, contact_id ON interaction BEGIN
        {_renumber("NEW.contact_id")}
        {_renumber("OLD.contact_id")}
    END""",
    f"""CREATE TRIGGER interaction_attempt_delete AFTER DELETE ON interaction BEGIN
        {_tally("OLD", "-")}
        {_renumber("OLD.contact_id")}
    END""",
    f"""CREATE TRIGGER reply_tally_insert AFTER INSERT ON interaction
        WHEN NEW.attempt > 0 BEGIN
        {_tally("NEW", "+")}
    END""",
    f"""CREATE TRIGGER reply_tally_update
        AFTER UPDATE OF attempt, occurred_at, outcome, channel ON interaction BEGIN
        {_tally("OLD", "-")}
        {_tally("NEW", "+")}
    END""",
    # The week's numbers: follow-ups due in a range, read from the index alone.
    "CREATE INDEX followup_review ON followup (due_date, whose, status, status_at)",
    "CREATE INDEX contact_created ON contact (created_at)",
    # Each catch-up applied (and not undone): when, and how many follow-ups it moved.
    """CREATE TABLE catchup_log (
        id INTEGER PRIMARY KEY,
        applied_at DATETIME NOT NULL,
        moved INTEGER NOT NULL
    )""",
    "CREATE INDEX catchup_log_applied ON catchup_log (applied_at)",
]

# The next working day after a date (Mon-Fri), in SQL: the default fallback of a promise
# made before fallbacks were stored, and the safety net for writers that give none.
_NEXT_WORKING_DAY = """date({d}, CASE strftime('%w', {d})
    WHEN '5' THEN '+3 days' WHEN '6' THEN '+2 days' ELSE '+1 day' END)"""

V12 = [
    # "Their move" promises keep the fallback the user agreed to ("if I haven't heard by
    # Friday, I call on Monday"), stored rather than recomputed (domain.followup_rules).
    "ALTER TABLE followup ADD COLUMN fallback_date DATE",
    "UPDATE followup SET fallback_date = "
    + _NEXT_WORKING_DAY.format(d="due_date")
    + " WHERE whose = 'theirs'",
    # action_date now reads the stored fallback: drop the column (and its indexes) and
    # add it back with the new expression; the indexes are rebuilt as V6 made them.
    "DROP INDEX followup_open_action",
    "DROP INDEX followup_open_theirs",
    "ALTER TABLE followup DROP COLUMN action_date",
    """ALTER TABLE followup ADD COLUMN action_date DATE GENERATED ALWAYS AS (
        CASE WHEN whose = 'theirs' THEN coalesce(fallback_date, """
    + _NEXT_WORKING_DAY.format(d="due_date")
    + """) ELSE due_date END) VIRTUAL""",
    """CREATE INDEX followup_open_action ON followup (action_date, whose, contact_id)
        WHERE status = 'open'""",
    """CREATE INDEX followup_open_theirs ON followup (action_date, contact_id)
        WHERE status = 'open' AND whose = 'theirs'""",
    # Every promise has a fallback after its date, whoever writes it: one given with the
    # insert is kept; none, or one the promise moved past, becomes the next working day.
    """CREATE TRIGGER followup_fallback_insert AFTER INSERT ON followup
        WHEN NEW.whose = 'theirs'
         AND (NEW.fallback_date IS NULL OR NEW.fallback_date <= NEW.due_date) BEGIN
        UPDATE followup SET fallback_date = """
    + _NEXT_WORKING_DAY.format(d="NEW.due_date")
    + """ WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER followup_fallback_update AFTER UPDATE OF due_date, whose, fallback_date
        ON followup WHEN NEW.whose = 'theirs'
         AND (NEW.fallback_date IS NULL OR NEW.fallback_date <= NEW.due_date) BEGIN
        UPDATE followup SET fallback_date = """
    + _NEXT_WORKING_DAY.format(d="NEW.due_date")
    + """ WHERE id = NEW.id;
    END""",
]

V13 = [
    # Where a contact is on the web (a LinkedIn profile), and the day they joined the
    # person's network ("Connected On" in LinkedIn's export): a timeline entry, not an
    # interaction, so it never starts the keep-in-touch clock.
    "ALTER TABLE contact ADD COLUMN profile_url TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN connected_on DATE",
]

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

V16 = [
    # Search finds transliterations (Müller from "mueller", Ørsted from "oersted") and a
    # phone number typed in any format: the stored search forms are recomputed with the
    # rules of domain.text.search_fold and domain.phones.stored_digits, which migrate()
    # offers to SQL for this step. The trigram index follows through its triggers.
    """UPDATE contact SET
        search_text = followup_search_text(first_name, last_name, company, email),
        phone_digits = followup_phone_digits(phone, mobile)""",
]

#: STEPS[n] upgrades a database at version n to version n + 1.
STEPS: list[list[str]] = [
    V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16,
]  # fmt: skip


def register_functions(conn) -> None:
    """The Python rules some steps call (V16): the contact's search forms."""
    from ..domain import phones, text

    def search_text(first, last, company, email) -> str:
        return text.search_text(first or "", last or "", company or "", email or "")

    def phone_digits(phone, mobile) -> str:
        return phones.stored_digits(phone or "", mobile or "")

    conn.create_function("followup_search_text", 4, search_text, deterministic=True)
    conn.create_function("followup_phone_digits", 2, phone_digits, deterministic=True)


SCHEMA_VERSION = len(STEPS)
