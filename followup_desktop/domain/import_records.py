"""What every contacts reader produces: one ``ContactRecord`` per row or card, pure Python.

Readers never stop at a bad row: they produce a record whose ``problem`` says
what is wrong, so the preview shows it next to the good rows.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from ..i18n import translator
from . import key_date_text, personal, vocabulary
from .personal import Address, KeyDate, PersonalInfo, ThingToRemember
from .text import fold
from .wording import Labels

_ = translator(__name__)

#: Our fields a file column can be mapped to (value = the label people see).
FIELD_LABELS: Labels[str] = Labels(
    {
        "first_name": _.mark("First name"),
        "last_name": _.mark("Last name"),
        "full_name": _.mark("Full name"),
        "company": _.mark("Company"),
        "job_title": _.mark("Job title"),
        "email": _.mark("E-mail"),
        "phone": _.mark("Phone"),
        "mobile": _.mark("Mobile"),
        "categories": _.mark("Categories"),
        "referred_by": _.mark("Referred by"),
        "profile_url": _.mark("Profile URL"),
        "connected_on": _.mark("Connected on"),
        "notes": _.mark("Notes"),
        "birthday": _.mark("Birthday"),
        "anniversary": _.mark("Anniversary"),
        "work_street": _.mark("Street (work)"),
        "work_city": _.mark("City (work)"),
        "work_region": _.mark("State or region (work)"),
        "work_postal_code": _.mark("Postal code (work)"),
        "work_country": _.mark("Country (work)"),
        "home_street": _.mark("Street (home)"),
        "home_city": _.mark("City (home)"),
        "home_region": _.mark("State or region (home)"),
        "home_postal_code": _.mark("Postal code (home)"),
        "home_country": _.mark("Country (home)"),
        "key_dates_text": _.mark("Key dates"),
        "things_text": _.mark("Things to remember"),
    }
)
ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")

#: The contact columns an import writes.
CONTACT_TEXT_FIELDS = (
    *vocabulary.CONTACT_TEXT_FIELDS,
    "notes",
    "profile_url",
    "connected_on",  # ISO date text, or "" (stored as NULL)
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass
class ContactRecord:
    """One contact as read from a file; ``line`` is where it starts (1-based)."""

    line: int
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    notes: str = ""
    categories: list[str] = field(default_factory=list)
    referred_by: str = ""
    profile_url: str = ""
    connected_on: str = ""  # ISO date ("2024-03-15") the contact joined the network
    problem: str = ""
    addresses: list[Address] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    things: list[ThingToRemember] = field(default_factory=list)
    #: Dates as the file wrote them (kind, label, text), read once the file's
    #: day/month order is known (``read_dates``).
    raw_dates: list[tuple[str, str, str]] = field(default_factory=list)
    #: A reminder choice a file carried for raw date number i (our vCard export).
    raw_actions: dict[int, str] = field(default_factory=dict)

    @property
    def personal(self) -> PersonalInfo:
        return PersonalInfo(tuple(self.addresses), tuple(self.key_dates), tuple(self.things))

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in CONTACT_TEXT_FIELDS}

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.company or self.email or _("(no name)")


@dataclass
class ParsedFile:
    """A whole file read into records, with what was learnt about it."""

    kind: str  # "outlook", "google", "google-legacy", "generic", "vcard"
    encoding: str
    records: list[ContactRecord]
    headers: list[str] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> our field
    delimiter: str = ","
    #: The line the CSV header was read from (1 unless lines above it were skipped).
    header_line: int = 1

    @property
    def header_note(self) -> str:
        """ "columns read from line 4 (lines 1–3 skipped)", or "" for a header on line 1."""
        above = self.header_line - 1
        if above < 1:
            return ""
        if above == 1:
            return _("columns read from line {line} (line 1 skipped)").format(line=self.header_line)
        return _("columns read from line {line} (lines 1–{above} skipped)").format(
            line=self.header_line, above=above
        )

    #: How slashed dates were read ("month/day (as in “3/15/1980”)"); empty: none seen.
    date_order: str = ""

    @property
    def kind_label(self) -> str:
        return {
            "outlook": "Outlook CSV",
            "google": "Google Contacts CSV",
            "google-legacy": _("Google Contacts CSV (older format)"),
            "linkedin": _("LinkedIn connections CSV"),
            "generic": "CSV",
            "vcard": "vCard",
        }.get(self.kind, self.kind)


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ \-/.]([A-Za-z]{3})[a-z]*\.?[ \-/.,]+(\d{2}|\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_connected_on(value: str) -> str:
    """LinkedIn's "Connected On" ("15 Mar 2024", older exports "15-Mar-24", or ISO) as an
    ISO date, or "" when it is no date (the caller keeps the text in the notes)."""
    from datetime import date

    value = value.strip()
    iso = _ISO_DAY.match(value)
    found = _DAY_MONTH_YEAR.match(value)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        if found and found[2].lower() in _MONTHS:
            year = int(found[3]) + (2000 if len(found[3]) == 2 else 0)
            return date(year, _MONTHS[found[2].lower()], int(found[1])).isoformat()
    except ValueError:
        return ""
    return ""


def clean(value: str | None) -> str:
    """Trim a value and turn every line break style into ``\\n``."""
    if not value:
        return ""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def split_full_name(full: str) -> tuple[str, str]:
    """ "Ada King Lovelace" -> ("Ada King", "Lovelace"); "Lovelace, Ada" -> ("Ada", "Lovelace")."""
    full = " ".join(full.split())
    if "," in full:
        last, _sep, first = full.partition(",")
        return first.strip(), last.strip()
    if " " not in full:
        return full, ""
    first, _sep, last = full.rpartition(" ")
    return first, last


def add_extra(record: ContactRecord, label: str, values: list[str]) -> None:
    """Keep values we have no column for (a second e-mail, a home phone) in the notes."""
    lines = [f"{label}: {v}" for v in values if v]
    if lines:
        record.notes = "\n".join(p for p in (record.notes, *lines) if p)


def validate(record: ContactRecord) -> ContactRecord:
    """Set ``problem`` when a record cannot become a contact (keeps an earlier problem)."""
    if record.problem:
        return record
    if not (record.first_name or record.last_name or record.company or record.email):
        record.problem = _("has no name, company or e-mail address")
    elif record.email and not _EMAIL.match(record.email):
        record.problem = _("the e-mail address “{email}” is not valid").format(email=record.email)
    return record


def norm_header(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").strip().lower().split())


def header_key(headers: list[str]) -> str:
    """A stable key for "a file with this header" (column mappings are remembered by it)."""
    joined = "\x1f".join(norm_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


# -- personal data in files -----------------------------------------------------------
#: What a file may call a date (Google's event type, iPhone's X-ABLabel) -> our kind.
_DATE_KINDS = {
    "birthday": "birthday",
    "anniversary": "anniversary",
    "wedding anniversary": "anniversary",
    "customer since": "customer_since",
}


def date_kind(label: str) -> tuple[str, str]:
    """(kind, own label) for a date's label in a file; Apple's ``_$!<Anniversary>!$_``
    is "Anniversary", an unlabelled or "Other" date is the user's own "Other date"."""
    text = label.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        text = text[4:-4]
    words = " ".join(text.lower().split())
    kind = _DATE_KINDS.get(words)
    if kind is None:  # our own export in the chosen language ("Geburtstag: 1980-03-15")
        shown = fold(words)
        kind = next((k for k, v in personal.KIND_LABELS.items() if fold(v) == shown), None)
        if kind == "other":
            kind = None
            text = ""
    if kind:
        return kind, ""
    if not text or text.lower() == "other":
        return "other", _("Other date")
    return "other", text


def read_dates(
    records: list[ContactRecord], default_day_first: bool, today: date | None = None
) -> str:
    """Turn every record's raw dates into key dates with one day/month order for the
    whole file; an impossible date makes its row invalid (its line number is shown).
    Returns how slashed dates were read (empty when the file has none)."""
    texts = [raw for r in records for _kind, _label, raw in r.raw_dates]
    if not texts:
        return ""
    day_first, how = key_date_text.slash_order(texts, default_day_first)
    slashed = any("/" in t for t in texts)
    for record in records:
        for number, (kind, label, raw) in enumerate(record.raw_dates):
            found = key_date_text.parse_file_date(raw, day_first=day_first, kind=kind, today=today)
            if found.empty:
                continue
            title = label or personal.KIND_LABELS[kind]
            if found.problem:
                if not record.problem:
                    record.problem = _("{date}: {problem}", "Birthday: “31/2” is not…").format(
                        date=title, problem=found.problem
                    )
                continue
            if kind in ("birthday", "customer_since") and any(
                k.kind == kind for k in record.key_dates
            ):
                add_extra(record, title, [raw])
                continue
            action = record.raw_actions.get(number) or personal.DEFAULT_ACTION.get(kind, "none")
            record.key_dates.append(
                KeyDate(kind, found.month, found.day, found.year, label, action)
            )
        record.raw_dates = []
        record.raw_actions = {}
    return how if slashed else ""


def address_from_parts(kind: str, parts: dict[str, list[str]]) -> Address | None:
    """An address from the file's columns (several street columns become lines)."""
    values = {p: "\n".join(v for v in parts.get(p, []) if v) for p in ADDRESS_PARTS}
    address = Address(kind, **values)
    return None if address.is_empty else address


def things_from_text(text: str) -> list[ThingToRemember]:
    """Our export's "Things to Remember" cell: one per line, "2027-03-12: text" if dated."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        head, sep, rest = line.partition(": ")
        on = None
        if sep and len(head) == 10:
            try:
                on = date.fromisoformat(head)
            except ValueError:
                on = None
        out.append(ThingToRemember(rest.strip(), on) if on else ThingToRemember(line))
    return out


def things_to_text(things) -> str:
    return "\n".join(f"{t.on.isoformat()}: {t.text}" if t.on else t.text for t in things)


def key_dates_from_text(text: str) -> list[tuple[str, str, str]]:
    """Our export's "Key Dates" cell: "Label: 2020-05-01" per line -> raw dates."""
    out = []
    for line in text.splitlines():
        label, sep, value = line.strip().rpartition(": ")
        if sep and value:
            kind, own = date_kind(label)
            out.append((kind, own, value))
    return out


def key_dates_to_text(dates) -> str:
    return "\n".join(f"{k.title}: {key_date_text.file_date_text(k)}" for k in dates)
