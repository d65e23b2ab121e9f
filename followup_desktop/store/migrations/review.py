"""The weekly review's numbered attempts and reply tallies, and the catch-up log (V11)."""

from __future__ import annotations

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
