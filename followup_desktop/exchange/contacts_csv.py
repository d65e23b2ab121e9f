"""CSV in: Outlook's and Google's exports, any other CSV through a mapping (writing
is ``csv_write``).

Reading keeps line breaks inside quoted cells, sniffs the delimiter (comma,
semicolon, tab) and never stops at a bad row. A cell our own export guarded
against spreadsheet formulas (``'=SUM``) is read back as it was.

A header need not be the first line: LinkedIn's Connections.csv starts with a
"Notes:" paragraph. The first line that looks like a header (two or more known
column names) is the header; the lines above it are skipped and
``ParsedFile.header_line`` says where it was.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from datetime import date

from ..domain import addresses
from ..domain.import_records import (
    ContactRecord,
    ParsedFile,
    add_extra,
    address_from_parts,
    clean,
    date_kind,
    key_dates_from_text,
    parse_connected_on,
    read_dates,
    split_full_name,
    things_from_text,
    validate,
)
from ..i18n import translator
from ..store.import_preview import ImportCancelled
from . import csv_maps
from .errors import ImportFileError

_ = translator(__name__)
#: A row the csv module cannot read ("Line 7: cannot be read (...)").
_UNREADABLE = _.mark("cannot be read ({problem})")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

DELIMITERS = (",", ";", "\t")
_REFERRED_LABELS = {"referred by", "referred-by", "referredby", "referrer", "referral"}


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line most often (outside quotes)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text[:20000]:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                if any(counts.values()):
                    break
            elif ch in counts:
                counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def locate_header(text: str) -> tuple[str, int]:
    """(delimiter, how many rows to read before the header row) of a CSV's text.

    The sniffed delimiter is tried first; if no row near the top looks like a header
    with it, another delimiter that finds one wins (a preamble line with a comma above
    a semicolon header). Without any header-like row: the first non-empty row.
    """
    sniffed = sniff_delimiter(text)
    fallback: tuple[str, int] | None = None
    for delimiter in (sniffed, *(d for d in DELIMITERS if d != sniffed)):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        seen = 0
        try:
            for ordinal, row in enumerate(reader):
                if not any(cell.strip() for cell in row):
                    continue
                if fallback is None:
                    fallback = (sniffed, ordinal)
                if csv_maps.looks_like_header(row):
                    return delimiter, ordinal
                seen += 1
                if seen >= csv_maps.HEADER_SEARCH:
                    break
        except csv.Error:
            pass
    return fallback if fallback is not None else (sniffed, 0)


def _unneutralise(value: str) -> str:
    """Undo our own export's formula guard: ``'=SUM(A1)`` is read back as ``=SUM(A1)``."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _split_categories(value: str, google: bool) -> list[str]:
    if google:
        parts = value.split(":::")
    else:
        parts = value.replace(":::", ";").replace(",", ";").split(";")
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("*")]


_MOBILE_TYPES = ("mobile", "cell", "mobil", "cellular")
_CANDIDATE_FIELDS = ("email", "phone", "mobile")
_JOINED = (("first_name", " "), ("last_name", " "), ("company", " "), ("job_title", " "))


def _value(raw: str) -> str:
    value = raw.strip()
    if value and value[0] == "'":
        value = _unneutralise(value).strip()
    if "\r" in value:
        value = clean(value)
    return value


def _build(row: list[str], plan: list[tuple], line: int, multi: bool) -> ContactRecord:
    """One row through the plan (hot: 50,000 rows must take well under a second or two)."""
    record = ContactRecord(line=line)
    places: dict[tuple[str, int], dict] = {}
    texts: dict[str, list[str]] = {}
    candidates: dict[str, list[tuple[int, int, str, str]]] = {}
    width = len(row)
    for index, field, priority, label, type_index in plan:
        if index >= width:
            continue
        raw = row[index]
        if not raw:
            continue
        value = _value(raw)
        if not value:
            continue
        if field in _CANDIDATE_FIELDS:
            if type_index is not None and type_index < width and row[type_index]:
                type_text = clean(row[type_index]).lstrip("* ")
                if field == "phone" and type_text.lower() in _MOBILE_TYPES:
                    field = "mobile"
                label = f"{label} ({type_text})"
            found = candidates.setdefault(field, [])
            if multi and ":::" in value:
                for k, v in enumerate(value.split(":::")):
                    if v.strip():
                        found.append((priority, k, label, v.strip()))
            else:
                found.append((priority, 0, label, value))
        elif field == "categories":
            record.categories.extend(_split_categories(value, multi))
        elif field == "relation":
            type_text = clean(row[type_index]) if type_index < width else ""
            if type_text.lower() in _REFERRED_LABELS and not record.referred_by:
                record.referred_by = value.split(":::")[0].strip()
        elif field in _PERSONAL or field[:5] in _ADDRESS_PREFIXES:
            _personal_cell(record, field, priority, value, row, type_index, places)
        elif field in texts:
            texts[field].append(value)
        else:
            texts[field] = [value]
    if texts:
        for field, glue in _JOINED:
            if field in texts:
                setattr(record, field, glue.join(texts[field]))
        if "middle_name" in texts:
            record.first_name = " ".join([record.first_name, *texts["middle_name"]]).strip()
        if not (record.first_name or record.last_name) and "full_name" in texts:
            record.first_name, record.last_name = split_full_name(texts["full_name"][0])
        if "notes" in texts:
            record.notes = "\n".join(texts["notes"])
        if "referred_by" in texts:
            record.referred_by = texts["referred_by"][0]
        if "profile_url" in texts:
            record.profile_url = texts["profile_url"][0]
            add_extra(record, _("Other web address"), texts["profile_url"][1:])
        if "connected_on" in texts:
            raw = texts["connected_on"][0]
            record.connected_on = parse_connected_on(raw)
            if not record.connected_on:
                add_extra(record, _("Connected on"), [raw])
    if places:
        _addresses(record, places)
    for field, found in candidates.items():
        if len(found) > 1:
            found.sort(key=lambda c: (c[0], c[1]))
            for _priority, _order, label, value in found[1:]:
                add_extra(record, label, [value])
        setattr(record, field, found[0][3])
    return record


_PERSONAL = {"birthday", "anniversary", "event", "key_dates_text", "things_text"}
_ADDRESS_PREFIXES = {"work_", "home_", "gaddr"}


def _personal_cell(record, field, priority, value, row, type_index, places) -> None:
    """A birthday, an event, a part of an address or our own export's extra columns."""
    if field in ("birthday", "anniversary"):
        record.raw_dates.append((field, "", value))
    elif field == "event":
        type_text = ""
        if type_index is not None and type_index < len(row):
            type_text = clean(row[type_index]).lstrip("* ")
        record.raw_dates.append((*date_kind(type_text), value))
    elif field == "key_dates_text":
        record.raw_dates.extend(key_dates_from_text(value))
    elif field == "things_text":
        record.things.extend(things_from_text(value))
    elif field.startswith("gaddr_"):  # Google: "Address 2 - City", its kind in "- Type"
        number = priority // 10
        place = places.setdefault(("google", number), {"parts": {}, "type": ""})
        if type_index is not None and type_index < len(row):
            place["type"] = clean(row[type_index]).lstrip("* ")
        place["parts"].setdefault(field[6:], []).append((priority, value))
    else:  # Outlook/generic: "work_city", "home_street" (several street columns)
        kind, _sep, part = field.partition("_")
        place = places.setdefault((kind, 0), {"parts": {}, "type": kind})
        place["parts"].setdefault(part, []).append((priority, value))


def _addresses(record: ContactRecord, places: dict) -> None:
    """The addresses a row spelled out, as work and home; a third goes to the notes."""
    for _place_key, place in sorted(places.items(), key=lambda p: (p[0][0] != "work", p[0])):
        parts = {k: [v for _order, v in sorted(vs)] for k, vs in place["parts"].items()}
        wanted = "home" if place["type"].lower() == "home" else "work"
        taken = {a.kind for a in record.addresses}
        kind = wanted if wanted not in taken else ("home" if wanted == "work" else "work")
        address = address_from_parts(kind, parts)
        if address is None:
            continue
        if kind in taken:
            text = addresses.address_text(address).replace("\n", ", ")
            what = place["type"] or _("other")
            add_extra(record, _("Address ({kind})").format(kind=what), [text])
        else:
            record.addresses.append(address)


def _plan_for(kind: str, headers: list[str], mapping: dict[int, str] | None):
    if kind == "outlook":
        plan = csv_maps.outlook_plan(headers)
        return plan, {c.index: c.field for c in plan}
    if kind == "linkedin":
        plan = csv_maps.linkedin_plan(headers)
        return plan, {c.index: c.field for c in plan}
    if kind.startswith("google"):
        plan = csv_maps.google_plan(headers)
        return plan, {c.index: c.field for c in plan}
    mapping = dict(mapping) if mapping is not None else csv_maps.guess_mapping(headers)
    return csv_maps.generic_plan(headers, mapping), mapping


def parse_csv(
    text: str,
    encoding: str = "UTF-8",
    *,
    mapping: dict[int, str] | None = None,
    name: str | None = None,
    force_generic: bool = False,
    day_first: bool | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedFile:
    """Read every row; rows that cannot be contacts come back with ``problem`` set.

    Slashed dates (3/4/1980) are read in one order for the whole file: the one its
    values prove (15/03 or 3/15), else ``day_first`` (the person's locale; month/day
    when not given, as Outlook's US export writes them)."""
    name = name or _("The file")
    text = text.lstrip("\ufeff")
    delimiter, skip = locate_header(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] = []
    try:
        for _row in range(skip):
            next(reader)
        headers = next(reader, [])
    except csv.Error:
        headers = []
    if not any(h.strip() for h in headers):
        raise ImportFileError(_("{name} is empty: there are no contacts in it.").format(name=name))
    header_line = reader.line_num
    kind = "generic" if force_generic or mapping is not None else csv_maps.detect_kind(headers)
    plan, used_mapping = _plan_for(kind, headers, mapping)
    total_lines = text.count("\n") + 1
    steps = [(c.index, c.field, c.priority, c.label, c.type_index) for c in plan]
    multi = kind.startswith("google")
    records: list[ContactRecord] = []
    previous = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = _(_UNREADABLE).format(problem=exc)
            records.append(ContactRecord(line=previous + 1, problem=problem))
            previous = reader.line_num
            continue
        start, previous = previous + 1, reader.line_num
        if len(records) % 1000 == 999:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(previous, total_lines)
        if not any(cell.strip() for cell in row):
            continue
        try:
            record = _build(row, steps, start, multi)
        except Exception as exc:  # one bad row never stops the others
            record = ContactRecord(line=start, problem=_(_UNREADABLE).format(problem=exc))
        if len(row) > len(headers) and any(c.strip() for c in row[len(headers) :]):
            record.problem = _(
                "has {values} values but the header has {columns} columns "
                "(a value with an unquoted delimiter?)"
            ).format(values=len(row), columns=len(headers))
        records.append(validate(record))
    if not records:
        raise ImportFileError(
            _(
                "{name} has a header row but no contacts below it (line {line} is the last line)."
            ).format(name=name, line=header_line)
        )
    date_order = read_dates(records, bool(day_first), date.today())
    if text.count('"') % 2 and records:
        last = records[-1]
        last.problem = _(
            "a quoted value opened on line {line} is never closed, so the rest of the "
            "file was read into it"
        ).format(line=last.line)
    return ParsedFile(
        kind=kind,
        encoding=encoding,
        records=records,
        headers=[h.strip() for h in headers],
        mapping=used_mapping,
        delimiter=delimiter,
        header_line=header_line,
        date_order=date_order,
    )
