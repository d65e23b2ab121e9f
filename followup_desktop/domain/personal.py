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
* An address is shown as one block in the order its country writes addresses.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import i18n
from ..i18n import translator
from .dates import MIN_YEAR, is_working_day
from .text import fold
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
ADDRESS_LABELS = Labels({"work": _.mark("Work"), "home": _.mark("Home")})


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


# -- dates in files -------------------------------------------------------------------
# Patterns, compiled (and cached by ``re``) when a date is first read: every start
# imports this module for the agenda's key dates, few starts read a typed date.
_ISO = r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$"
_NO_YEAR = r"^--(\d{2})-?(\d{2})$"
_SLASHED = r"^(\d{1,2})[/\-](\d{1,2})(?:[/\-](\d{2}|\d{4}))?$"
_DOTTED = r"^(\d{1,2})\.(\d{1,2})\.?(?:(\d{2}|\d{4}))?$"
#: Years that mean "no year" in files: Apple's 1604, Outlook's empty 0/0/00 dates.
NO_YEAR_MARKERS = (1604, 0)


@dataclass(frozen=True)
class FileDate:
    """A date read from a file; ``problem`` set when it cannot be a date."""

    month: int = 0
    day: int = 0
    year: int | None = None
    problem: str = ""
    empty: bool = False
    #: Why the day, month and year cannot be a date (``problem`` without the value).
    detail: str = ""
    unreadable: bool = False  # no date at all, as opposed to an impossible one


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # two digits: the most recent such year that is not in the future
        year += 1900 if year > 30 else 2000
    return year


def slash_order(values: Iterable[str], default_day_first: bool) -> tuple[bool, str]:
    """Day/month order for a whole file's slashed dates, and why (shown in the preview).

    A value whose first number is over 12 (15/03/1980) settles day-first, one whose
    second number is over 12 (3/15/1980) month-first; otherwise the given default.
    """
    for value in values:
        m = re.match(_SLASHED, value.strip())
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return True, _("day/month (as in “{example}”)").format(example=value.strip())
        if b > 12 >= a:
            return False, _("month/day (as in “{example}”)").format(example=value.strip())
    return default_day_first, (
        _("day/month (default)") if default_day_first else _("month/day (default)")
    )


def parse_file_date(
    text: str, *, day_first: bool = False, kind: str = "other", today: date | None = None
) -> FileDate:
    """A date as files write it: ISO (1980-03-15), no year (--0315, --03-15), slashes in
    the file's order, dots (always day.month.year). Outlook's 0/0/00 is no date."""
    value = text.strip()
    if not value or value in ("0/0/00", "0/0/0000", "00.00.0000"):
        return FileDate(empty=True)
    m = re.match(_NO_YEAR, value)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), None
    elif m := re.match(_ISO, value):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.match(_SLASHED, value):
        a, b = int(m.group(1)), int(m.group(2))
        day, month = (a, b) if day_first else (b, a)
        year = _full_year(m.group(3)) if m.group(3) else None
    elif m := re.match(_DOTTED, value):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(m.group(3)) if m.group(3) else None
    else:
        return FileDate(problem=_("“{value}” is not a date").format(value=value), unreadable=True)
    if year in NO_YEAR_MARKERS:
        year = None
    problem = date_problem(day, month, year, kind=kind, today=today)
    if problem:
        return FileDate(
            problem=_("“{value}” is not possible: {why}").format(value=value, why=problem),
            detail=problem,
        )
    return FileDate(month=month, day=day, year=year)


def file_date_text(kd: KeyDate) -> str:
    """How exports write a key date: 1980-03-15, or --03-15 without a year."""
    if kd.year is None:
        return f"--{kd.month:02d}-{kd.day:02d}"
    return f"{kd.year:04d}-{kd.month:02d}-{kd.day:02d}"


# -- addresses ------------------------------------------------------------------------
#: Country (as people write it, folded) -> the way its addresses are laid out.
_COUNTRY_STYLE: dict[str, str] = {}
for _style, _names in {
    "us": (
        "us",
        "usa",
        "u.s.",
        "u.s.a.",
        "united states",
        "united states of america",
        "america",
        "ca",
        "canada",
        "au",
        "australia",
    ),
    "uk": (
        "uk",
        "gb",
        "united kingdom",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "ie",
        "ireland",
    ),
    "postcode_first": (
        "de",
        "germany",
        "deutschland",
        "fr",
        "france",
        "nl",
        "netherlands",
        "the netherlands",
        "nederland",
        "be",
        "belgium",
        "belgique",
        "belgië",
        "at",
        "austria",
        "österreich",
        "ch",
        "switzerland",
        "schweiz",
        "suisse",
        "es",
        "spain",
        "españa",
        "it",
        "italy",
        "italia",
        "dk",
        "denmark",
        "danmark",
        "se",
        "sweden",
        "sverige",
        "no",
        "norway",
        "norge",
        "fi",
        "finland",
        "pl",
        "poland",
        "polska",
        "pt",
        "portugal",
        "lu",
        "luxembourg",
        "mx",
        "mexico",
        "méxico",
        "br",
        "brazil",
        "brasil",
    ),
}.items():
    for _name in _names:
        _COUNTRY_STYLE[_name] = _style


def address_style(country: str) -> str:
    """'us' (City, ST 12345), 'uk' (city, then postcode on its own line),
    'postcode_first' (12345 City) or 'other' (City Region Postcode)."""
    return _COUNTRY_STYLE.get(" ".join(country.lower().split()), "other")


def address_lines(address: Address, *, with_country: bool = True) -> list[str]:
    """The address as one block, in its country's order. Nothing typed is dropped; an
    address with only a country is that country."""
    a = address
    lines = [line.strip() for line in a.street.splitlines() if line.strip()]
    style = address_style(a.country)
    if style == "us":
        place = ", ".join(
            p for p in (a.city, " ".join(p for p in (a.region, a.postal_code) if p)) if p
        )
        lines.append(place)
    elif style == "uk":
        lines.extend((a.city, a.region, a.postal_code))
    elif style == "postcode_first":
        lines.append(" ".join(p for p in (a.postal_code, a.city) if p))
        lines.append(a.region)
    else:
        lines.append(" ".join(p for p in (a.city, a.region, a.postal_code) if p))
    if with_country and a.country:
        lines.append(a.country)
    return [line for line in lines if line]


def address_text(address: Address, *, with_country: bool = True) -> str:
    return "\n".join(address_lines(address, with_country=with_country))


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


# -- dates people type ---------------------------------------------------------------
# Month names in any script's letters ("märz", "févr."); "15 de marzo de 1980" too.
# (Compiled on first use, as the patterns above.)
_DAY_MONTH = (
    r"^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?(?:\s+(?:de\s+)?(\d{4}))?$"
)
_MONTH_DAY = r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$"
TYPED_HINT = _.mark(
    "Type a day and month, the year if known: “15 March”, “15 March 1980”, 1980-03-15."
)


def _month_named(word: str) -> int | None:
    """A month by its English name or its name in the chosen language ("mär", "févr"),
    accents optional, at least three letters."""
    if len(word) < 3:
        return None
    word = fold(word)
    for number in range(1, 13):
        if fold(MONTH_NAMES[number]).startswith(word) or fold(month_name(number)).startswith(word):
            return number
    return None


def parse_typed_date(
    text: str, *, day_first: bool = True, kind: str = "other", today: date | None = None
) -> FileDate:
    """A key date as a person types it: "15 March", "March 15, 1980", "15/3" (the
    locale's order), "15.03.1980", 1980-03-15. Empty text is ``empty``."""
    value = " ".join(text.strip().lower().split())
    if not value:
        return FileDate(empty=True)
    m = re.match(_DAY_MONTH, value)
    order = (1, 2) if m else (2, 1)
    m = m or re.match(_MONTH_DAY, value)
    if m:
        day_text, month_text = m.group(order[0]), m.group(order[1])
        month = _month_named(month_text)
        if month is None:
            return FileDate(
                problem=_("“{word}” is not a month. {hint}").format(
                    word=month_text, hint=_(TYPED_HINT)
                )
            )
        year = int(m.group(3)) if m.group(3) else None
        problem = date_problem(int(day_text), month, year, kind=kind, today=today)
        if problem:
            return FileDate(problem=problem)
        return FileDate(month=month, day=int(day_text), year=year)
    found = parse_file_date(value, day_first=day_first, kind=kind, today=today)
    if found.unreadable:
        return FileDate(
            problem=_("“{text}” is not understood. {hint}").format(
                text=text.strip(), hint=_(TYPED_HINT)
            )
        )
    if found.problem:  # "“31/2” is not possible: February has no day 31"
        return FileDate(problem=found.detail or found.problem)
    return found


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
