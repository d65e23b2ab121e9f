"""Rules for the user's calendar copy of their follow-ups (the .ics export).

Plain values only: the exporter, the export dialog and the CLI take their words
and choices from here, so the file, the screen and the help text agree.
"""

from __future__ import annotations

from datetime import timedelta

from ..i18n import translator

_ = translator(__name__)

#: Why an exported event is withdrawn (written once more as STATUS:CANCELLED).
DONE = "done"
CANCELLED = "cancelled"
DELETED = "deleted"
ARCHIVED = "archived"
OUT_OF_SCOPE = "out_of_scope"

_PREFIX = {DONE: _.mark("Done: {summary}")}
_CANCELLED_PREFIX = _.mark("Cancelled: {summary}")
_NOTE = {
    DONE: _.mark("Marked done in Follow-up Desktop."),
    CANCELLED: _.mark("Cancelled in Follow-up Desktop."),
    DELETED: _.mark("Deleted in Follow-up Desktop."),
    ARCHIVED: _.mark("The contact was archived in Follow-up Desktop."),
}
_OUT_OF_SCOPE = {
    "mine": _.mark("No longer in this calendar: it is not your move any more."),
    "theirs": _.mark("No longer in this calendar: it is not their move any more."),
}
#: How an exported event's summary begins (in English, and in the chosen language).
_LEAD = _.mark("Follow up: ")

#: An all-day event's reminder, relative to its start (midnight at the start of the day):
#: 15 hours before is 09:00 on the working day before. Outlook computes an all-day
#: reminder as minutes before DTSTART and shows it as such ("15 hours"), so a relative
#: trigger is one its reminder box can show; it is also inside Outlook's own default for
#: all-day events (18 hours, 06:00 pm the day before) without firing in the evening, and
#: leaves a day to prepare a call or a letter. An absolute time on the day itself would
#: be a negative offset Outlook cannot display.
ALL_DAY_REMINDER = timedelta(hours=-15)

#: What "only what changed" means, in the words the dialog and the CLI use.
CHANGED_ONLY_RULE = _.mark(
    "Writes every follow-up exported before that has changed since (moved, renamed, "
    "done, cancelled, deleted, archived or switched between mine and theirs), whatever "
    "today's filters, plus what the filters select that was never exported. Closed ones "
    "are written once more as cancelled, so the calendar removes or crosses them out."
)


def why_withdrawn(status: str, archived: bool, whose: str, wanted_whose: str | None) -> str | None:
    """Why an exported follow-up must leave the calendar, or None if it stays.

    Done and cancelled say so; an archived contact's follow-ups leave with it; one
    whose move no longer matches the mine/theirs the user exports is out of scope
    for good (a follow-up moved outside the date range is not: it moves).
    """
    if status == "done":
        return DONE
    if status != "open":
        return CANCELLED
    if archived:
        return ARCHIVED
    if wanted_whose and whose != wanted_whose:
        return OUT_OF_SCOPE
    return None


def withdrawn_summary(summary: str, why: str) -> str:
    """The summary of a withdrawn event, visibly closed in a client that ignores STATUS."""
    for lead in dict.fromkeys((_(_LEAD), str(_LEAD))):
        if summary.startswith(lead):
            summary = summary[len(lead) :]
            break
    prefix = _PREFIX.get(why, _CANCELLED_PREFIX)
    return _(prefix).format(summary=summary)


def withdrawn_note(why: str, wanted_whose: str | None = None) -> str:
    if why == OUT_OF_SCOPE:
        return _(_OUT_OF_SCOPE["mine" if wanted_whose == "mine" else "theirs"])
    return _(_NOTE[why])
