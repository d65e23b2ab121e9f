"""The weekly review's definitions, in one place (the store, the tab, the printout and the
README all follow these words).

* **Attempt**: every logged interaction with a contact is an attempt to reach them. The
  attempt number counts the interactions since their last answer: the first interaction
  after an answer (or ever) is attempt 1. An answer is itself numbered (it is the attempt
  that got through), and the count starts again after it. Two calls and a left message
  unanswered, then a reply: the reply is attempt 4.
* **Reply**: an interaction whose outcome is an answer: replied, met or reached
  (``followup_rules.RESPONSE_OUTCOMES``; "left message" and "no answer" are not).
* **Replies by attempt**: each reply counts once, at its attempt number, in a bucket
  1, 2, 3, 4, 5 or 6+; a bar's share is its replies over all replies in the period.
* **Usual reply attempt**: the attempt number by which 80 % of this user's replies came
  (never below 2; 3 while fewer than 10 replies are known).
* **Given up too early**: a Prospect or Referral, not archived, with no open follow-up,
  whose last interaction went unanswered, who never said no (no "No next step" reason on
  the contact or its interactions, no follow-up cancelled with a reason) and who has had
  fewer unanswered attempts in a row than the usual reply attempt.

The week in numbers (on time, late, missed, kept, lapsed) is ``review_week``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..i18n import translator
from .followup_rules import RESPONSE_OUTCOMES
from .jogger import Week, parse_week
from .outcomes import OTHER_CHANNEL
from .vocabulary import channel_label
from .wording import Labels, Titles

_ = translator(__name__)

REPLY_OUTCOMES = RESPONSE_OUTCOMES
#: The attempt numbers the chart shows; the last bucket holds 6 and more.
BUCKETS = (1, 2, 3, 4, 5, 6)
BUCKET_LABELS = ("1", "2", "3", "4", "5", "6+")
CAP = BUCKETS[-1]
#: The chart's periods: key -> (label, days back, or None for all of the history).
PERIODS: Labels[str] = Labels(
    {
        "90d": (_.mark("Last 90 days"), 90),
        "12m": (_.mark("Last 12 months"), 365),
        "all": (_.mark("All history"), None),
    }
)
DEFAULT_PERIOD = "12m"
USUAL_SHARE = 0.8
USUAL_MIN = 2
USUAL_DEFAULT = 3
USUAL_MIN_REPLIES = 10
#: The categories whose silent contacts may have been given up too early.
PURSUED_CATEGORIES = ("Prospects", "Referrals")


def is_reply(outcome: str) -> bool:
    return outcome in REPLY_OUTCOMES


def bucket(attempt: int) -> int:
    """The chart bucket of an attempt number (1..5, 6 for six and more)."""
    if attempt < 1:
        raise ValueError("attempt numbers start at 1")
    return min(attempt, CAP)


def period_start(period: str, today: date) -> date | None:
    """The first day a period covers (None: all of the history)."""
    try:
        days = PERIODS[period][1]
    except KeyError:
        raise ValueError(
            _("Unknown period {period}; choose one of {choices}.").format(
                period=repr(period), choices=", ".join(PERIODS)
            )
        ) from None
    return None if days is None else today - timedelta(days=days - 1)


# -- attempts --------------------------------------------------------------------------
@dataclass(frozen=True)
class Touch:
    """One logged interaction as the review sees it."""

    occurred_at: datetime
    channel: str
    outcome: str
    id: int = 0


def attempt_numbers(touches: Iterable[Touch]) -> list[tuple[Touch, int]]:
    """Each interaction of one contact with its attempt number, in time order
    (ties by id, as the store orders them)."""
    numbered: list[tuple[Touch, int]] = []
    n = 0
    for touch in sorted(touches, key=lambda t: (t.occurred_at, t.id)):
        n += 1
        numbered.append((touch, n))
        if is_reply(touch.outcome):
            n = 0
    return numbered


@dataclass(frozen=True)
class ReplyFigures:
    """Replies per attempt bucket (index 0 = attempt 1 ... index 5 = 6+)."""

    counts: tuple[int, ...] = (0,) * len(BUCKETS)

    @property
    def total(self) -> int:
        return sum(self.counts)

    def share(self, i: int) -> float:
        return self.counts[i] / self.total if self.total else 0.0


@dataclass(frozen=True)
class ChannelFigure:
    channel: str
    attempts: int  # interactions on this channel
    replies: int  # of which answered
    after_silence: int  # replies at attempt 2 or later (after at least one unanswered)

    @property
    def reply_rate(self) -> float:
        return self.replies / self.attempts if self.attempts else 0.0


def _in_period(when: datetime, since: date | None, today: date) -> bool:
    return (since is None or when.date() >= since) and when.date() <= today


def replies_by_attempt(
    histories: Iterable[Iterable[Touch]], since: date | None, today: date
) -> ReplyFigures:
    """The reference computation over whole histories (the store reads a kept tally)."""
    counts = [0] * len(BUCKETS)
    for history in histories:
        for touch, n in attempt_numbers(history):
            if is_reply(touch.outcome) and _in_period(touch.occurred_at, since, today):
                counts[bucket(n) - 1] += 1
    return ReplyFigures(tuple(counts))


def channel_figures(
    histories: Iterable[Iterable[Touch]], since: date | None, today: date
) -> list[ChannelFigure]:
    """Per channel: attempts, replies and replies after silence; most replies after
    silence first (then by channel name)."""
    tally: dict[str, list[int]] = {}
    for history in histories:
        for touch, n in attempt_numbers(history):
            if not _in_period(touch.occurred_at, since, today):
                continue
            row = tally.setdefault(touch.channel, [0, 0, 0])
            row[0] += 1
            if is_reply(touch.outcome):
                row[1] += 1
                row[2] += n >= 2
    return sort_channels(ChannelFigure(ch, *row) for ch, row in tally.items())


def sort_channels(figures: Iterable[ChannelFigure]) -> list[ChannelFigure]:
    return sorted(figures, key=lambda f: (-f.after_silence, -f.replies, f.channel))


def usual_reply_attempt(figures: ReplyFigures) -> int:
    """The attempt number by which 80 % of the replies came (2 at least; 3 while
    fewer than 10 replies are known)."""
    if figures.total < USUAL_MIN_REPLIES:
        return USUAL_DEFAULT
    running = 0
    for i, count in enumerate(figures.counts):
        running += count
        if running >= USUAL_SHARE * figures.total:
            return max(BUCKETS[i], USUAL_MIN)
    return CAP


# -- given up too early -------------------------------------------------------------------
@dataclass(frozen=True)
class SilentContact:
    """What the rule needs to know about one contact."""

    contact_id: int
    name: str
    category: str
    attempts: int  # attempt number of the last interaction (0: none logged)
    last_outcome: str
    last_channel: str
    last_at: datetime | None
    has_open_followup: bool = False
    archived: bool = False
    said_no: bool = False  # a "No next step" reason, or a follow-up cancelled with a reason


def given_up_too_early(contact: SilentContact, usual: int) -> bool:
    return (
        contact.category in PURSUED_CATEGORIES
        and not contact.archived
        and not contact.has_open_followup
        and not contact.said_no
        and contact.attempts >= 1
        and not is_reply(contact.last_outcome)
        and contact.attempts < usual
    )


def suggested_channel(last_channel: str) -> str:
    """Another channel than the one that went unanswered (as the note dialog suggests)."""
    return OTHER_CHANNEL.get(last_channel, "call")


def suggested_reason(attempts: int, last_channel: str) -> str:
    return _.n(
        "Try by {channel}: %n unanswered attempt by {last} so far",
        "Try by {channel}: %n unanswered attempts by {last} so far",
        attempts,
    ).format(
        channel=channel_label(suggested_channel(last_channel)), last=channel_label(last_channel)
    )


# -- the week on the command line -----------------------------------------------------------
_YEAR = re.compile(r"^\s*(\d+)")
FIRST_YEAR = 1990
LAST_YEAR = 2100


def parse_review_week(text: str, first_weekday: int = 0) -> Week:
    """ "2026-W48" -> that week (as the weekly list reads it, starting on the locale's
    first day). Raises ValueError with a sentence for a malformed or absurd week."""
    m = _YEAR.match(text or "")
    if m and len(m.group(1)) == 4 and not FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR:
        raise ValueError(
            _("{year} is outside the years a review covers ({first} to {last}).").format(
                year=m.group(1), first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return parse_week(text, first_weekday)


# -- the words on screen and on paper ---------------------------------------------------------
def count_text(n: int) -> str:
    """A count as the chosen language writes it (digit grouping: "1,234", "1.234")."""
    return _.n("%n", "%n", n, "a number alone")


def usual_sentence(figures: ReplyFigures, usual: int) -> str:
    """What the chart says in one sentence."""
    if figures.total == 0:
        return _("No replies logged in this period yet.")
    if figures.total < USUAL_MIN_REPLIES:
        return _.n(
            "Only %n reply so far: too few to tell; until there are {enough}, {usual} "
            "attempts count as usual.",
            "Only %n replies so far: too few to tell; until there are {enough}, {usual} "
            "attempts count as usual.",
            figures.total,
        ).format(enough=USUAL_MIN_REPLIES, usual=USUAL_DEFAULT)
    later = sum(figures.counts[1:]) / figures.total
    return _.n(
        "{percent} % of %n reply came after at least one unanswered attempt; you usually "
        "get an answer by attempt {usual}.",
        "{percent} % of %n replies came after at least one unanswered attempt; you usually "
        "get an answer by attempt {usual}.",
        figures.total,
    ).format(percent=round(later * 100), usual=usual)


def given_up_sentence(count: int, usual: int) -> str:
    if not count:
        return _(
            "Nobody: every silent prospect and referral has a next step, said no, or has "
            "already had {usual} attempts."
        ).format(usual=usual)
    return _.n(
        "%n silent prospect or referral with nothing planned and fewer than {usual} "
        "attempts (when you usually get an answer).",
        "%n silent prospects and referrals with nothing planned and fewer than {usual} "
        "attempts (when you usually get an answer).",
        count,
    ).format(usual=usual)


def channel_row(f: ChannelFigure) -> tuple[str, str, str, str, str]:
    """Channel, attempts, replies, reply rate, replies after silence (as shown)."""
    return (
        channel_label(f.channel),
        count_text(f.attempts),
        count_text(f.replies),
        f"{round(f.reply_rate * 100)} %",
        count_text(f.after_silence),
    )


CHANNEL_HEADERS = Titles(
    _.mark("Channel"),
    _.mark("Attempts"),
    _.mark("Replies"),
    _.mark("Reply rate"),
    _.mark("Replies after silence"),
)
GIVEN_UP_HEADERS = Titles(
    _.mark("Contact"),
    _.mark("Category"),
    _.mark("Attempts"),
    _.mark("Last channel"),
    _.mark("Last tried"),
    _.mark("Try by"),
)
