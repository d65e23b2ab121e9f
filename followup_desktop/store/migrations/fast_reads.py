"""What makes the busy screens read little: the calendar's counts per day (V3), the
agenda's action date and indexes (V4, V6), keep-in-touch ranges (V7), the contact
list's sort index (V9) and the sidebar's counts per category (V17)."""

from __future__ import annotations

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

V9 = [
    # Sorting the contact list by company, e-mail, last contact, next follow-up or
    # category: every key, filter and the name tie-break in one narrow index, so a page
    # sorts ~50,000 short index entries instead of reading every (wide) contact row
    # (company: ~200 ms a page on the demo database before, ~15 ms after).
    """CREATE INDEX contact_sort_keys ON contact
        (archived, category_id, company COLLATE NOCASE, email COLLATE NOCASE,
         last_interaction_at, sort_name, next_due)""",
]


def _count_contact(prefix: str, sign: str) -> str:
    """Add ``sign`` 1 to the count of the contact row ``prefix``'s category (NEW or OLD)."""
    return f"""INSERT INTO category_count (category_id, archived, n)
        VALUES ({prefix}.category_id, {prefix}.archived, {sign}1)
        ON CONFLICT (category_id, archived) DO UPDATE SET n = n + excluded.n;"""


V17 = [
    # The sidebar: contacts per category (and archived or not), kept by triggers like the
    # calendar's day counts, so a start (and every refresh) reads a few small rows
    # instead of counting ~50,000 index entries (~1.5 ms and ~100 pages on the demo book).
    # No foreign key: categories are never deleted, and a damaged reference must not
    # stop the upgrade.
    """CREATE TABLE category_count (
        category_id INTEGER NOT NULL,
        archived INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (category_id, archived)
    ) WITHOUT ROWID""",
    """INSERT INTO category_count (category_id, archived, n)
        SELECT category_id, archived, count(*) FROM contact GROUP BY category_id, archived""",
    f"""CREATE TRIGGER category_count_insert AFTER INSERT ON contact BEGIN
        {_count_contact("NEW", "+")}
    END""",
    f"""CREATE TRIGGER category_count_delete AFTER DELETE ON contact BEGIN
        {_count_contact("OLD", "-")}
    END""",
    f"""CREATE TRIGGER category_count_update AFTER UPDATE OF category_id, archived ON contact
        WHEN OLD.category_id IS NOT NEW.category_id OR OLD.archived IS NOT NEW.archived BEGIN
        {_count_contact("OLD", "-")}
        {_count_contact("NEW", "+")}
    END""",
]
