"""The personal side of a contact: addresses, birthday, key dates, things to remember.

Pure Python: the rules every screen, file and printout shares.

* A key date is a day and month with an optional year (a birthday without the year
  it was born in is normal). 31 February is refused; a year that makes the date
  impossible (29 Feb 1981) or puts a birthday in the future is refused.
* **29 February in a year without one is kept on 28 February** (what most people
  expect for cards and calls: the day before 1 March, still in "their" month).
  The same rule is used by the agenda, the calendar, the reminders and the .ics
  export (which writes 28 Feb events for the years in between through its RRULE's
  own rule: see ``exchange.ics_key_dates``).
* A card needs lead time: its reminder is planned ``lead`` days before (7 unless the
  contact or the category says otherwise), a call on the day itself; a reminder that
  would fall on a Saturday or Sunday moves to the Friday before (a card posted late
  arrives late, and a birthday call on Monday is a belated one).

Beside it: ``addresses`` lays an address out in its country's order, and
``key_date_text`` reads key dates from files and from what people type.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import i18n
from ..i18n import translator
from .dates import MIN_YEAR, is_working_day
from .wording import Labels

_ = translator(__name__)

# -- key dates ------------------------------------------------------------------------
KINDS = ("birthday", "anniversary", "customer_since", "other")
KIND_LABELS = Labels(
    {
        "birthday": _.mark("Birthday"),
        "anniversary": _.mark("Wedding anniversary"),
        "customer_since": _.mark("Customer since"),
        "other": _.mark("Other"),
    }
)
ACTIONS = ("card", "call", "none")
ACTION_LABELS = Labels(
    {"card": _.mark("Send a card"), "call": _.mark("Call"), "none": _.mark("No reminder")}
)
DEFAULT_ACTION = {"birthday": "card", "anniversary": "card", "customer_since": "call"}
DEFAULT_CARD_LEAD = 7
#: The months' English names (what typed and imported dates are read by, with the
#: chosen language's own: ``month_name``).
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_SHOWN = (
    _.mark("January"),
    _.mark("February"),
    _.mark("March"),
    _.mark("April"),
    _.mark("May"),
    _.mark("June"),
    _.mark("July"),
    _.mark("August"),
    _.mark("September"),
    _.mark("October"),
    _.mark("November"),
    _.mark("December"),
)


def month_name(month: int) -> str:
    """The month's name in the chosen language ("März", "mars", "marzo")."""
    return _(_MONTHS_SHOWN[month - 1])


@dataclass(frozen=True)
class KeyDate:
    kind: str  # one of KINDS
    month: int
    day: int
    year: int | None = None
    label: str = ""  # the user's own words ("Daughter's graduation"); kind "other" needs one
    action: str = "card"  # one of ACTIONS: what its reminder asks me to do

    @property
    def title(self) -> str:
        """What the date is called on screen, on paper and in the calendar."""
        if self.label:
            return self.label
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def month_day(self) -> int:
        """``month * 100 + day``: what the store indexes (0315 = 15 March)."""
        return self.month * 100 + self.day


@dataclass(frozen=True)
class Address:
    kind: str  # "work" or "home"
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    @property
    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))


ADDRESS_KINDS = ("work", "home")


@dataclass(frozen=True)
class ThingToRemember:
    text: str
    on: date | None = None  # "back from Japan on 12 March"


@dataclass(frozen=True)
class PersonalInfo:
    addresses: tuple[Address, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    things: tuple[ThingToRemember, ...] = ()

    @property
    def birthday(self) -> KeyDate | None:
        return next((k for k in self.key_dates if k.kind == "birthday"), None)

    def address(self, kind: str) -> Address | None:
        return next((a for a in self.addresses if a.kind == kind), None)

    def card_address(self, prefer: str = "work") -> Address | None:
        """Where a card goes: the preferred kind (work, as most cards from a salesperson
        go to the office) when known, else the other; the labels and the weekly list
        both ask this."""
        for kind in (prefer, "home" if prefer == "work" else "work"):
            found = self.address(kind)
            if found is not None and not found.is_empty:
                return found
        return None


def is_leap(year: int) -> bool:
    return calendar.isleap(year)


def date_problem(
    day: int, month: int, year: int | None, *, kind: str = "other", today: date | None = None
) -> str | None:
    """Why day/month/year cannot be a key date (a sentence), or None when it can."""
    if not 1 <= month <= 12:
        return _("There is no month {month}: use 1 to 12.").format(month=month)
    # 29 Feb is a real day without a year (it comes round in leap years).
    longest = 29 if month == 2 else calendar.monthrange(2000, month)[1]
    if not 1 <= day <= longest:
        return _("{month} has no day {day}.").format(month=month_name(month), day=day)
    if year is not None:
        if year < MIN_YEAR or year > 2100:
            return _("The year {year} is out of range: use a year from {first}.").format(
                year=year, first=MIN_YEAR
            )
        if month == 2 and day == 29 and not is_leap(year):
            return _("{year} was not a leap year, so it had no 29 February.").format(year=year)
        if kind == "birthday" and today is not None and date(year, month, day) > today:
            return _("A birthday cannot be in the future ({date}).").format(
                date=_day_month(day, month, year)
            )
    return None


def check_key_date(kd: KeyDate, today: date | None = None) -> str | None:
    if kd.kind not in KINDS:
        return _("Unknown kind of date: {kind}.").format(kind=kd.kind)
    if kd.action not in ACTIONS:
        return _("Unknown reminder: {action}.").format(action=kd.action)
    if kd.kind == "other" and not kd.label.strip():
        return _("A date of your own needs a label (for example “Daughter's graduation”).")
    return date_problem(kd.day, kd.month, kd.year, kind=kd.kind, today=today)


def occurrence_in(month: int, day: int, year: int) -> date:
    """The day a yearly date falls on in ``year``: 29 Feb becomes 28 Feb in other years."""
    if month == 2 and day == 29 and not is_leap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next time the date comes round; today counts."""
    this_year = occurrence_in(month, day, today.year)
    return this_year if this_year >= today else occurrence_in(month, day, today.year + 1)


def _day_month(day: int, month: int, year: int | None) -> str:
    if year:
        return _("{day} {month} {year}", "a date: 15 March 1980").format(
            day=day, month=month_name(month), year=year
        )
    return _("{day} {month}", "a date without its year: 15 March").format(
        day=day, month=month_name(month)
    )


def format_key_date(kd: KeyDate) -> str:
    """'15 March 1980' or '15 March' (no year)."""
    return _day_month(kd.day, kd.month, kd.year)


def years_on(kd: KeyDate, when: date) -> int | None:
    """How many years the date has on ``when`` (turns 46; 10th anniversary), if known."""
    if kd.year is None:
        return None
    return when.year - kd.year


def ordinal(n: int) -> str:
    """'10th' ('10.' in German, '10e' in French, '10.º' in Spanish)."""
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        return _.n("%nst", "%nth", n, "an ordinal number: the 1st, the 10th")
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def occasion(kd: KeyDate, when: date) -> str:
    """'Birthday (turns 46)', 'Wedding anniversary (10th)', 'Customer since (3 years)'."""
    n = years_on(kd, when)
    if n is None or n <= 0:
        return kd.title
    if kd.kind == "birthday":
        return _("{title} (turns {age})").format(title=kd.title, age=n)
    if kd.kind == "customer_since":
        return _.n("{title} {year} (%n year)", "{title} {year} (%n years)", n).format(
            title=kd.title, year=kd.year
        )
    return _("{title} ({ordinal})", "Wedding anniversary (10th)").format(
        title=kd.title, ordinal=ordinal(n)
    )


def reminder_reason(kd: KeyDate) -> str:
    """The follow-up's reason: 'Send a birthday card', 'Call: wedding anniversary'."""
    own = bool(kd.label)
    if kd.action == "card":
        if kd.kind == "birthday" and not own:
            return _("Send a birthday card")
        if kd.kind == "anniversary" and not own:
            return _("Send an anniversary card")
        return _("Send a card: {what}").format(what=kd.title)
    if kd.kind == "birthday" and not own:
        return _("Call for their birthday")
    if kd.kind == "anniversary" and not own:
        return _("Call for their anniversary")
    return _("Call: {what}").format(what=kd.title)


def reminder_channel(kd: KeyDate) -> str:
    return "letter or card" if kd.action == "card" else "call"


def reminder_day(occurs: date, action: str, card_lead: int = DEFAULT_CARD_LEAD) -> date:
    """When to act for a date on ``occurs``: ``card_lead`` days before for a card, the
    day itself for a call; a weekend moves to the Friday before."""
    day = occurs - timedelta(days=card_lead if action == "card" else 0)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


# -- things to remember -------------------------------------------------------------
def follow_up_for(thing: ThingToRemember, today: date) -> tuple[date, str]:
    """The follow-up a dated thing offers: the next working day after it, "Ask about: …"."""
    base = thing.on if thing.on is not None and thing.on >= today else today
    day = base + timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day, _("Ask about: {thing}").format(thing=thing.text)


def key_dates_sorted(dates: Iterable[KeyDate]) -> list[KeyDate]:
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(dates, key=lambda k: (order.get(k.kind, 9), k.month, k.day, k.title))


@dataclass(frozen=True)
class ComingUp:
    """One line of the agenda's Key dates section."""

    contact_id: int
    name: str
    occurs: date
    what: str  # "Birthday (turns 46)", "Back from Japan"
    kind: str  # a key date kind, or "remember"
    action: str = "none"
    extra: dict = field(default_factory=dict, compare=False)


def merged(current: PersonalInfo, incoming: PersonalInfo) -> PersonalInfo | None:
    """What an import adds to what a contact has: an address of a kind it lacks, key
    dates it does not have (one birthday, one customer since), new things to remember.
    None when nothing is new (nothing the user typed is ever replaced)."""
    addresses = list(current.addresses)
    have = {a.kind for a in addresses}
    dates = list(current.key_dates)
    things = list(current.things)
    added = False
    for a in incoming.addresses:
        if a.kind not in have and not a.is_empty:
            addresses.append(a)
            have.add(a.kind)
            added = True
    for kd in incoming.key_dates:
        same = any(
            (k.kind, k.label, k.month, k.day) == (kd.kind, kd.label, kd.month, kd.day)
            for k in dates
        )
        single = kd.kind in ("birthday", "customer_since") and any(k.kind == kd.kind for k in dates)
        if not (same or single):
            dates.append(kd)
            added = True
    for t in incoming.things:
        if t not in things:
            things.append(t)
            added = True
    if not added:
        return None
    return PersonalInfo(tuple(addresses), tuple(dates), tuple(things))


def to_plain(info: PersonalInfo) -> dict:
    """JSON-ready form (an import's undo record keeps what it replaced)."""
    return {
        "addresses": [
            [a.kind, a.street, a.city, a.region, a.postal_code, a.country] for a in info.addresses
        ],
        "key_dates": [[k.kind, k.month, k.day, k.year, k.label, k.action] for k in info.key_dates],
        "things": [[t.text, t.on.isoformat() if t.on else None] for t in info.things],
    }


def from_plain(data: dict) -> PersonalInfo:
    return PersonalInfo(
        tuple(Address(*a) for a in data.get("addresses", [])),
        tuple(KeyDate(*k) for k in data.get("key_dates", [])),
        tuple(
            ThingToRemember(t, date.fromisoformat(on) if on else None)
            for t, on in data.get("things", [])
        ),
    )


#: How long after a dated thing to remember "how did it go?" still makes sense.
RECENT_DAYS = 45


def recent_thing(things: Iterable[ThingToRemember], today: date) -> str:
    """What to ask about in a message: the most recent dated thing to remember that has
    happened in the last ``RECENT_DAYS`` days ("Trip to Japan"), else ""."""
    past = [t for t in things if t.on is not None and 0 <= (today - t.on).days <= RECENT_DAYS]
    return max(past, key=lambda t: t.on or today).text if past else ""


def reminder_due(occurs: date, action: str, card_lead: int, today: date) -> date:
    """The reminder's due date as planned on ``today``: ``reminder_day`` when still ahead;
    else today, or the next working day when today is a weekend day and that is still
    no later than the date itself (a late card is still better sent on Monday)."""
    day = reminder_day(occurs, action, card_lead)
    if day >= today:
        return day
    if not is_working_day(today):
        monday = today + timedelta(days=1)
        while not is_working_day(monday):
            monday += timedelta(days=1)
        if monday <= occurs:
            return monday
    return today
