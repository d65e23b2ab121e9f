"""What a book holds, in words: "212 contacts, 1,840 interactions, 96 follow-ups".

The one way every place says it: the backup's confirmation and status line, the restore
question, the recovery dialog's latest backup, the command line's backup and restore lines
and the demo's summary.
"""

from __future__ import annotations

from ..i18n import translator

_ = translator(__name__)


def book_counts(contacts: int, interactions: int, followups: int, *, unbroken: bool = False) -> str:
    """The three counts, each in the language's plural form.

    ``unbroken`` keeps each number with its noun where a label wraps the line (a
    no-break space after the number).
    """
    counts = [
        _.n("%n contact", "%n contacts", contacts),
        _.n("%n interaction", "%n interactions", interactions),
        _.n("%n follow-up", "%n follow-ups", followups),
    ]
    if unbroken:
        counts = [count.replace(" ", "\u00a0", 1) for count in counts]
    return _("{contacts}, {interactions}, {followups}").format(
        contacts=counts[0], interactions=counts[1], followups=counts[2]
    )
