"""CSV out: Outlook's column names (so Outlook, Google and this app read it back),
UTF-8 with a BOM (so Excel shows accents), and cells a spreadsheet would run as a
formula neutralised, but not phone numbers (``domain.formula_guard``). The personal
columns (addresses, birthday, anniversary, key dates, things to remember) come last;
``contacts_csv`` reads them back."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from ..domain import formula_guard, key_date_text, personal
from ..domain.import_records import key_dates_to_text, things_to_text
from ..domain.vocabulary import CONTACT_TEXT_FIELDS
from .atomic import atomic_write

EXPORT_HEADER = [
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "E-mail Address",
    "Business Phone",
    "Mobile Phone",
    "Categories",
    "Referred By",
    "Web Page",
    "Notes",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Birthday",
    "Anniversary",
    "Key Dates",
    "Things to Remember",
]


def neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading ' (phone numbers not)."""
    return formula_guard.guard(value)


EXPORT_FIELDS = (
    *CONTACT_TEXT_FIELDS,
    "category",
    "referred_by",
    "profile_url",
    "notes",
)


def export_rows(rows: Iterable[dict[str, str]]) -> Iterable[list[str]]:
    """Header then one list per contact (dicts keyed by our field names), neutralised."""
    yield EXPORT_HEADER
    for row in rows:
        yield [neutralise(row.get(f, "") or "") for f in EXPORT_FIELDS] + [
            neutralise(v) for v in personal_cells(cast(Any, row.get("personal")))
        ]


def personal_cells(info: personal.PersonalInfo | None) -> list[str]:
    """The personal columns of one contact (after EXPORT_FIELDS, in EXPORT_HEADER order)."""
    cells: list[str] = []
    info = info or personal.PersonalInfo()
    for kind in ("work", "home"):
        a = info.address(kind) or personal.Address(kind)
        cells += [a.street, a.city, a.region, a.postal_code, a.country]
    rest = list(info.key_dates)
    for kind in ("birthday", "anniversary"):
        first = next((k for k in rest if k.kind == kind and not k.label), None)
        cells.append(key_date_text.file_date_text(first) if first else "")
        if first is not None:
            rest.remove(first)
    cells.append(key_dates_to_text(rest))
    cells.append(things_to_text(info.things))
    return cells


def write_csv(
    path: Path, rows: Iterable[dict[str, str]], *, replace_read_only: bool = False
) -> int:
    """Write atomically; returns how many contacts were written."""
    count = -1
    with atomic_write(
        path, encoding="utf-8-sig", newline="", replace_read_only=replace_read_only
    ) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        for count, line in enumerate(export_rows(rows)):  # noqa: B007
            writer.writerow(line)
    return count
