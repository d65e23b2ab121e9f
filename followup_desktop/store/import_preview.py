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


class _Index:
    """E-mail and name+phone keys -> the first contact (or file row) that has them."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name_phone: dict[tuple[str, str], int] = {}

    def add_keys(self, value: int, email: str, key: str, phones: list[str]) -> None:
        if email:
            self.by_email.setdefault(email, value)
        if key:
            for digits in phones:
                self.by_name_phone.setdefault((key, digits), value)

    def lookup(self, email: str, key: str, phones: list[str]) -> int | None:
        if email and email in self.by_email:
            return self.by_email[email]
        if key:
            for digits in phones:
                hit = self.by_name_phone.get((key, digits))
                if hit is not None:
                    return hit
        return None


def record_keys(record: ContactRecord) -> tuple[str, str, list[str]]:
    """(folded e-mail, name key, phone keys) of a record, computed once."""
    email = record.email.casefold()
    key = name_key(record.first_name, record.last_name, record.company)
    return email, key, phone_keys(record.email, record.phone, record.mobile)


class ExistingContacts(_Index):
    """What the duplicate check and the "Referred By" links need to know, in one query."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[int, str] = {}
        self._by_name: dict[str, list[int]] | None = None
        cursor = db.execute_sql(
            "SELECT id, first_name, last_name, company, email, phone_digits FROM contact"
        )
        for cid, first, last, company, email, phone_digits in cursor:
            self.add(cid, first, last, company, email, phone_digits.split())

    def add(self, cid: int, first: str, last: str, company: str, email: str, phones) -> None:
        key = name_key(first, last, company)
        self.add_keys(cid, email.casefold(), key, phones or ([] if email else [""]))
        self.names[cid] = text.display_name(first, last, company)
        if self._by_name is not None:
            self._by_name.setdefault(text.fold(self.names[cid]), []).append(cid)

    @property
    def by_name(self) -> dict[str, list[int]]:
        """Folded display name -> contact ids (built when a "Referred By" needs it)."""
        if self._by_name is None:
            self._by_name = {}
            for cid, shown in self.names.items():
                self._by_name.setdefault(text.fold(shown), []).append(cid)
        return self._by_name

    def find(self, record: ContactRecord) -> int | None:
        return self.lookup(*record_keys(record))


class CategoryMatcher:
    """The first of the file's names that is one of ours ("client" matches "Clients")."""

    def __init__(self, categories: dict[int, str]) -> None:
        self.ours: dict[str, int] = {}
        for cid, name in categories.items():
            folded = text.fold(name).strip()
            self.ours.setdefault(folded, cid)
            self.ours.setdefault(folded.rstrip("s"), cid)
        self.cache: dict[str, int | None] = {}

    def one(self, name: str) -> int | None:
        if name not in self.cache:
            folded = text.fold(name).strip()
            self.cache[name] = self.ours.get(folded, self.ours.get(folded.rstrip("s")))
        return self.cache[name]

    def first(self, names: list[str]) -> int | None:
        for name in names:
            hit = self.one(name)
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
    matcher = CategoryMatcher(categories)
    existing = ExistingContacts()
    in_file = _Index()
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
                file_categories[name] = matcher.one(name)
        row = PreviewRow(record, "new", category_id=matcher.first(record.categories))
        if record.problem:
            row.status, row.reason = "invalid", record.problem
        else:
            keys = record_keys(record)
            hit = existing.lookup(*keys)
            if hit is not None:
                row.status, row.existing_id = "duplicate", hit
                row.reason = f"already in your contacts as {existing.names.get(hit, '?')}"
            else:
                earlier = in_file.lookup(*keys)
                if earlier is not None:
                    row.status, row.duplicate_of = "duplicate", earlier
                    row.reason = f"same person as line {parsed.records[earlier].line}"
            in_file.add_keys(i, *keys)
        rows.append(row)
    if progress is not None:
        progress(total, total)
    return Preview(parsed, rows, options, categories, file_categories)
