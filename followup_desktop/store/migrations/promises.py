"""A "their move" promise keeps its fallback day, stored, with a safety net (V12)."""

from __future__ import annotations

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
