"""The preview of an import: every row as new, duplicate or invalid, before anything is written.

A duplicate is a row with the same e-mail, or the same name and phone, as an
existing contact or as an earlier row of the same file. Categories from the
file map to ours by name; rows whose categories match none get the default
chosen in the wizard (decided at apply time, so changing it needs no re-scan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain import text
from ..domain.import_records import ContactRecord, ParsedFile
from .database import db
from .models import Category

DUPLICATE_CHOICES = {
    "skip": "Skip them",
    "update": "Update the existing contact",
    "add": "Import them anyway",
}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The person pressed Cancel; nothing was written."""


@dataclass
class ImportOptions:
    on_duplicate: str = "skip"
    default_category_id: int | None = None


@dataclass
class PreviewRow:
    record: ContactRecord
    status: str  # "new", "duplicate", "invalid"
    reason: str = ""
    existing_id: int | None = None
    duplicate_of: int | None = None  # index of the earlier row of the same file
    category_id: int | None = None  # None: the default category
    include: bool = True

    def action(self, on_duplicate: str) -> str:
        """What applying will do with this row: create, update, merge, skip or invalid."""
        if self.status == "invalid":
            return "invalid"
        if not self.include:
            return "skip"
        if self.status == "new" or on_duplicate == "add":
            return "create"
        if on_duplicate == "skip":
            return "skip"
        return "update" if self.existing_id is not None else "merge"


@dataclass
class Preview:
    parsed: ParsedFile
    rows: list[PreviewRow]
    options: ImportOptions
    categories: dict[int, str]
    #: Each category name found in the file -> our category id (None: the default).
    file_categories: dict[str, int | None] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "duplicate": 0, "invalid": 0}
        for row in self.rows:
            out[row.status] += 1
        return out

    def planned(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "merge": 0, "skip": 0, "invalid": 0}
        for row in self.rows:
            out[row.action(self.options.on_duplicate)] += 1
        return out


def name_key(first: str, last: str, company: str = "") -> str:
    """Who a row is: the folded name, or the company for a company-only contact."""
    key = text.fold(f"{first} {last}").strip()
    if key or not company.strip():
        return key
    return "\x00" + text.fold(company).strip()


def phone_keys(email: str, phone: str, mobile: str) -> list[str]:
    """Phone digits to match on; a row with no e-mail and no phone matches on its name alone."""
    found = [d for d in (text.digits(phone), text.digits(mobile)) if d]
    return found or ([] if email else [""])


class ExistingContacts:
    """What the duplicate check and the "Referred By" links need to know, in one query."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name_phone: dict[tuple[str, str], int] = {}
        self.by_name: dict[str, list[int]] = {}
        self.names: dict[int, str] = {}
        cursor = db.execute_sql(
            "SELECT id, first_name, last_name, company, email, phone_digits FROM contact"
        )
        for cid, first, last, company, email, phone_digits in cursor:
            self.add(cid, first, last, company, email, phone_digits.split())

    def add(self, cid: int, first: str, last: str, company: str, email: str, phones) -> None:
        if email:
            self.by_email.setdefault(email.casefold(), cid)
        key = name_key(first, last, company)
        if key:
            for digits in phones or ([] if email else [""]):
                self.by_name_phone.setdefault((key, digits), cid)
        shown = text.display_name(first, last, company)
        self.names[cid] = shown
        folded = text.fold(shown)
        self.by_name.setdefault(folded, []).append(cid)

    def find(self, record: ContactRecord) -> int | None:
        if record.email:
            hit = self.by_email.get(record.email.casefold())
            if hit is not None:
                return hit
        key = name_key(record.first_name, record.last_name, record.company)
        if key:
            for digits in phone_keys(record.email, record.phone, record.mobile):
                if (key, digits) in self.by_name_phone:
                    return self.by_name_phone[(key, digits)]
        return None


def match_category(names: list[str], categories: dict[int, str]) -> int | None:
    """The first of the file's names that is one of ours ("client" matches "Clients")."""
    ours = {}
    for cid, name in categories.items():
        folded = text.fold(name).strip()
        ours.setdefault(folded, cid)
        ours.setdefault(folded.rstrip("s"), cid)
    for name in names:
        folded = text.fold(name).strip()
        hit = ours.get(folded, ours.get(folded.rstrip("s")))
        if hit is not None:
            return hit
    return None


def default_category_id() -> int:
    """Prospects if it exists (most imported people are), else the first category."""
    prospects = Category.get_or_none(Category.name == "Prospects")
    if prospects is not None:
        return prospects.id
    first = Category.select(Category.id).order_by(Category.position, Category.id).first()
    return first.id


def build_preview(
    parsed: ParsedFile,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Preview:
    options = options or ImportOptions()
    if options.default_category_id is None:
        options.default_category_id = default_category_id()
    categories = {c.id: c.name for c in Category.select().order_by(Category.position)}
    existing = ExistingContacts()
    in_file = _FileIndex()
    rows: list[PreviewRow] = []
    file_categories: dict[str, int | None] = {}
    total = len(parsed.records)
    for i, record in enumerate(parsed.records):
        if i % 1000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(i, total)
        for name in record.categories:
            if name not in file_categories:
                file_categories[name] = match_category([name], categories)
        row = PreviewRow(record, "new", category_id=match_category(record.categories, categories))
        if record.problem:
            row.status, row.reason = "invalid", record.problem
        else:
            hit = existing.find(record)
            if hit is not None:
                row.status, row.existing_id = "duplicate", hit
                row.reason = f"already in your contacts as {existing.names.get(hit, '?')}"
            else:
                earlier = in_file.find(record)
                if earlier is not None:
                    row.status, row.duplicate_of = "duplicate", earlier
                    row.reason = f"same person as line {parsed.records[earlier].line}"
            in_file.add(i, record)
        rows.append(row)
    if progress is not None:
        progress(total, total)
    return Preview(parsed, rows, options, categories, file_categories)


class _FileIndex:
    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name_phone: dict[tuple[str, str], int] = {}

    def add(self, index: int, record: ContactRecord) -> None:
        if record.email:
            self.by_email.setdefault(record.email.casefold(), index)
        key = name_key(record.first_name, record.last_name, record.company)
        if key:
            for digits in phone_keys(record.email, record.phone, record.mobile):
                self.by_name_phone.setdefault((key, digits), index)

    def find(self, record: ContactRecord) -> int | None:
        if record.email and record.email.casefold() in self.by_email:
            return self.by_email[record.email.casefold()]
        key = name_key(record.first_name, record.last_name, record.company)
        if key:
            for digits in phone_keys(record.email, record.phone, record.mobile):
                if (key, digits) in self.by_name_phone:
                    return self.by_name_phone[(key, digits)]
        return None
