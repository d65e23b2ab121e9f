"""The weekly memory-jogger list: what one week's sheet says, from plain rows.

Pure Python (no Qt, no SQL). ``store.jogger`` feeds it rows; ``ui.jogger_print``
lays the result out on paper; the agenda's "Work the list" walks
``Sheet.work_order()`` so paper and screen go through the same items in the
same order.

Rules:
- A week starts on the locale's first day (``first_weekday``: 0 = Monday ... 6 = Sunday).
- Categories in their position order (Personal Contacts, Clients, Prospects,
  Industry Colleagues, Referrals, then the user's own).
- Within a category: open follow-ups carried forward from before the week first
  (oldest first, marked OVERDUE in words), then the week's items by day and time.
- After them, "No next step": contacts of that category with no open follow-up,
  most recently active first, capped ("and N more").
- Then prompts to think of new people, and blank lines to write names on.
- On paper each category starts on a new page unless ``Options.page_per_category``
  is off (then they are packed one after another to save paper). A category with
  nothing due still gets its page when it has No next step contacts or prompts to
  show; with both switched off it has nothing useful to print and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..i18n import translator
from . import dates, phones
from .followup_rules import PromiseStatus, action_date, no_next_step_words
from .jogger_prompts import prompts_for
from .week_title import week_name, week_number

_ = translator(__name__)

_ISO_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Formats:
    """How dates and times are written on the sheet."""

    # The app's one date style (domain.dates; the window and the CLI install the
    # locale's): short on the lines, long in the header.
    day: Callable[[date], str] = dates.format_short
    date: Callable[[date], str] = dates.format_day
    time: Callable[[time], str] = dates.format_time


def printed_words(fmt: Formats, day: date) -> str:
    """'Printed Mon 7 Dec 2026': the date in every printout's header (list and review)."""
    return _("Printed {date}").format(date=fmt.date(day))


# -- weeks ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Week:
    start: date  # first day
    end: date  # last day (inclusive)

    @property
    def iso(self) -> str:
        """The ISO week of the week's Thursday-equivalent middle: "2026-W48"."""
        year, number, _day = (self.start + timedelta(days=3)).isocalendar()
        return f"{year}-W{number:02d}"

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def shifted(self, weeks: int) -> Week:
        delta = timedelta(weeks=weeks)
        return Week(self.start + delta, self.end + delta)

    @property
    def number(self) -> int:
        """The week's number, as in its ISO code: 48."""
        return week_number(self.start)

    def name(self) -> str:
        """ "Week 48" (domain.week_title's words: the calendar's title says the same)."""
        return week_name(self.number)

    def label(self, fmt: Formats = Formats()) -> str:
        """ "Week 48 · Mon 23 Nov – Sun 29 Nov 2026"."""
        return _("{week} · {start} – {end}").format(
            week=self.name(), start=fmt.day(self.start), end=fmt.date(self.end)
        )


#: A week's list also shows the days around it: the calendar must reach past its end.
LAST_WEEK_YEAR = 9998


def week_of(day: date, first_weekday: int = 0) -> Week:
    """The week containing ``day`` that starts on ``first_weekday`` (0 = Monday)."""
    if not 0 <= first_weekday <= 6:
        raise ValueError("first_weekday must be 0 (Monday) to 6 (Sunday)")
    start = day - timedelta(days=(day.weekday() - first_weekday) % 7)
    return Week(start, start + timedelta(days=6))


def parse_week(text: str, first_weekday: int = 0) -> Week:
    """ "2026-W48" (or "2026W48") -> that week, starting on ``first_weekday``.

    The ISO week's Monday decides which week is meant: with Sunday as first day,
    2026-W48 is the week from the Sunday before that Monday.
    Raises ValueError with a sentence a person understands.
    """
    m = _ISO_WEEK.match(text or "")
    if not m:
        raise ValueError(
            _('"{text}" is not a week; write it like 2026-W48 (year, W, week number).').format(
                text=text
            )
        )
    year, number = int(m.group(1)), int(m.group(2))
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        last = date(year, 12, 28).isocalendar()[1]
        raise ValueError(
            _("{year} has weeks 1 to {last}; there is no week {number}.").format(
                year=year, last=last, number=number
            )
        ) from None
    if not LAST_WEEK_YEAR >= year >= 2:
        raise ValueError(
            _("{text} is too far away; give a week between year 2 and 9998.").format(text=text)
        )
    return week_of(monday, first_weekday)


# -- input rows -----------------------------------------------------------------------
@dataclass(frozen=True)
class CategoryRef:
    id: int
    name: str
    position: int = 0


@dataclass(frozen=True)
class DueItem:
    """An open follow-up with what the sheet shows about its contact."""

    followup_id: int
    contact_id: int
    category_id: int
    name: str
    reason: str
    due_date: date
    due_time: time | None = None
    whose: str = "mine"
    channel: str = "call"
    company: str = ""
    phone: str = ""
    email: str = ""
    last_interaction_at: datetime | None = None
    last_interaction_text: str = ""
    #: The day I act (their promise: the stored fallback); None: worked out from the rule.
    act_on: date | None = None

    def details(self) -> list[str]:
        """What the printed list and Work the list show under the name: the company
        (unless it is the name), the phone number as ``phones.display`` writes it, the
        e-mail address."""
        out = [self.company] if self.company and self.company != self.name else []
        return out + [t for t in (phones.display(self.phone), self.email) if t]


@dataclass(frozen=True)
class IdleContact:
    """A contact with no open follow-up ("No next step")."""

    contact_id: int
    category_id: int
    name: str
    company: str = ""
    phone: str = ""
    email: str = ""
    last_interaction_at: datetime | None = None
    no_next_step_reason: str = ""  # why the user decided there is none, if they said


@dataclass(frozen=True)
class IdleList:
    contacts: tuple[IdleContact, ...] = ()
    total: int = 0  # how many there are in all (the list may be capped)


@dataclass(frozen=True)
class Options:
    include_no_next_step: bool = True
    include_prompts: bool = True
    no_next_step_cap: int = 8
    blank_name_lines: int = 2
    page_per_category: bool = True  # False: categories packed one after another


# -- output ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetLine:
    item: DueItem
    carried: bool  # due before the week started
    overdue: bool  # my day to act is before today (followup_rules.promise_status)
    days_late: int
    due_text: str  # "Tue 24 Nov 10:00" or "OVERDUE 6 days – was due Fri 20 Nov"
    whose_text: str  # "Your move" / "Their move"
    last_text: str  # "12 Nov 2026 – Liked the demo" / "No interaction logged yet"


@dataclass(frozen=True)
class Section:
    category: CategoryRef
    lines: tuple[SheetLine, ...] = ()
    idle: tuple[IdleContact, ...] = ()
    idle_more: int = 0
    idle_total: int = 0
    prompts: tuple[str, ...] = ()
    blank_name_lines: int = 0

    @property
    def overdue_count(self) -> int:
        return sum(1 for line in self.lines if line.overdue)


@dataclass(frozen=True)
class Sheet:
    week: Week
    today: date
    sections: tuple[Section, ...] = field(default_factory=tuple)
    user_name: str = ""
    options: Options = Options()
    #: Birthdays, anniversaries and dated things to remember coming round (key_date_lines).
    key_dates: tuple[str, ...] = ()

    def work_order(self) -> list[int]:
        """Follow-up ids in the order the sheet prints them."""
        return [line.item.followup_id for s in self.sections for line in s.lines]

    @property
    def due_count(self) -> int:
        return sum(len(s.lines) for s in self.sections)

    @property
    def overdue_count(self) -> int:
        return sum(s.overdue_count for s in self.sections)

    @property
    def is_empty(self) -> bool:
        """Nothing due and nobody without a next step: nothing worth paper (the prompts
        for new names alone are not a list)."""
        return not any(s.lines or s.idle for s in self.sections)

    def nothing_to_print(self, fmt: Formats = Formats()) -> str:
        return _(
            "There is nothing to print for {week}: no follow-up is due and every contact has "
            "a next step."
        ).format(week=self.week.label(fmt))


def one_line(text: str, limit: int = 90) -> str:
    """The first non-empty line of a note, shortened to ``limit`` characters."""
    for raw in (text or "").splitlines():
        line = " ".join(raw.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def describe_line(item: DueItem, week: Week, today: date, fmt: Formats = Formats()) -> SheetLine:
    carried = item.due_date < week.start
    act_on = item.act_on or action_date(item.due_date, item.whose)
    status = PromiseStatus(item.whose, item.due_date, act_on, today)
    overdue = status.overdue
    days_late = status.days_overdue
    at = f" {fmt.time(item.due_time)}" if item.due_time is not None else ""
    if status.theirs or overdue:
        # The same words as the agenda and the calendar (one rule, followup_rules).
        due_text = status.state_text(fmt.day, at)
    elif carried:
        due_text = _("Carried over – was due {due}").format(due=fmt.day(item.due_date) + at)
    else:
        due_text = f"{fmt.day(item.due_date)}{at}"
    whose_text = status.whose_text
    if item.last_interaction_at is not None:
        note = one_line(item.last_interaction_text)
        last_day = fmt.day(item.last_interaction_at.date())
        if note:
            last_text = _("Last: {day} – {note}").format(day=last_day, note=note)
        else:
            last_text = _("Last: {day}").format(day=last_day)
    else:
        last_text = _("Last: no interaction logged yet")
    return SheetLine(item, carried, overdue, days_late, due_text, whose_text, last_text)


def _line_key(line: SheetLine) -> tuple:
    item = line.item
    # Carried-forward first (oldest first), then by day; all-day items before timed ones.
    return (
        not line.carried,
        item.due_date,
        item.due_time is not None,
        item.due_time or time.min,
        item.name.casefold(),
        item.followup_id,
    )


def build_sheet(
    week: Week,
    today: date,
    categories: Sequence[CategoryRef],
    items: Iterable[DueItem],
    idle: Mapping[int, IdleList] | None = None,
    *,
    options: Options = Options(),
    user_name: str = "",
    fmt: Formats = Formats(),
) -> Sheet:
    """Group and order one week's items; see the module docstring for the rules.

    ``items`` are open follow-ups; those after the week are ignored, those before
    it are carried forward. Items whose category is not in ``categories`` are put
    at the end under their own heading so nothing due is ever left off.
    """
    ordered = sorted(categories, key=lambda c: (c.position, c.id))
    by_category: dict[int, list[SheetLine]] = {c.id: [] for c in ordered}
    seen: set[int] = set()
    for item in items:
        if item.due_date > week.end or item.followup_id in seen:
            continue
        seen.add(item.followup_id)
        if item.category_id not in by_category:
            ordered.append(CategoryRef(item.category_id, _("Other"), 10**9))
            by_category[item.category_id] = []
        by_category[item.category_id].append(describe_line(item, week, today, fmt))
    idle = idle or {}
    sections = []
    for cat in ordered:
        lines = tuple(sorted(by_category[cat.id], key=_line_key))
        idle_list = idle.get(cat.id, IdleList()) if options.include_no_next_step else IdleList()
        total = max(idle_list.total, len(idle_list.contacts))
        cap = max(0, options.no_next_step_cap)
        if total == cap + 1:
            cap += 1  # the one left over takes the line "and 1 more" would have taken
        shown = _most_recent_first(idle_list.contacts)[:cap]
        prompts = prompts_for(cat.name) if options.include_prompts else ()
        if not (lines or shown or prompts):
            continue
        sections.append(
            Section(
                category=cat,
                lines=lines,
                idle=tuple(shown),
                idle_more=total - len(shown),
                idle_total=total,
                prompts=prompts,
                blank_name_lines=options.blank_name_lines if options.include_prompts else 0,
            )
        )
    return Sheet(week, today, tuple(sections), user_name.strip(), options)


def _most_recent_first(contacts: Iterable[IdleContact]) -> list[IdleContact]:
    # Most recent first, never-contacted people last; ties by name so the order is stable.
    by_name = sorted(contacts, key=lambda c: c.name.casefold())
    active = [c for c in by_name if c.last_interaction_at is not None]
    active.sort(key=lambda c: c.last_interaction_at, reverse=True)  # type: ignore[arg-type, return-value]
    return active + [c for c in by_name if c.last_interaction_at is None]


def idle_text(contact: IdleContact, fmt: Formats = Formats()) -> str:
    """ "Anna Berg – Berg AB · +46 70 … · last contact 3 Nov 2026"."""
    parts = [contact.name]
    if contact.company and contact.company != contact.name:
        parts[0] = f"{contact.name} – {contact.company}"
    if contact.phone:
        parts.append(phones.display(contact.phone))
    if contact.last_interaction_at is not None:
        parts.append(
            _("last contact {day}").format(day=fmt.day(contact.last_interaction_at.date()))
        )
    else:
        parts.append(_("never contacted"))
    reason = one_line(contact.no_next_step_reason, 60)
    if reason:  # the words of the note dialog and agenda
        parts.append(no_next_step_words(reason))
    return " · ".join(parts)


def more_text(count: int) -> str:
    return _.n("and %n more", "and %n more", count) if count > 0 else ""
