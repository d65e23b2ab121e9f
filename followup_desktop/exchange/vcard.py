"""vCard in (2.1, 3.0, 4.0 through ``vobject``); writing is ``vcard_write``.

The file is first cut into cards at BEGIN/END lines, so one broken or truncated
card becomes one invalid row instead of ending the whole file. vCard 2.1's
quoted-printable soft line breaks (a line ending in ``=``) are joined before
``vobject`` reads the card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

import vobject

from ..domain import addresses, personal
from ..domain.import_records import (
    ContactRecord,
    ParsedFile,
    add_extra,
    clean,
    date_kind,
    read_dates,
    split_full_name,
    validate,
)
from ..i18n import translator
from ..store.import_preview import ImportCancelled
from .errors import ImportFileError

_ = translator(__name__)

#: Properties that carry pictures, sounds or keys: never imported, so never parsed
#: (a phone's 20 MB PHOTO made vobject take gigabytes).
BINARY_PROPERTIES = ("PHOTO", "LOGO", "SOUND", "KEY")
#: A card larger than this once its binary properties are dropped is not a contact.
MAX_CARD_CHARS = 1_000_000


def _binary_property(line: str) -> bool:
    head = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
    return head.rsplit(".", 1)[-1] in BINARY_PROPERTIES  # "item1.PHOTO" too


def split_cards(text: str) -> list[tuple[int, list[str], bool]]:
    """(first line number, lines, complete?) for every BEGIN:VCARD in the text.

    PHOTO, LOGO, SOUND and KEY (with their folded or vCard 2.1 base64 lines) are left
    out here, before anything parses them.
    """
    cards: list[tuple[int, list[str], bool]] = []
    current: list[str] | None = None
    start = 0
    skipping = False
    for number, line in enumerate(text.splitlines(), 1):
        if skipping:
            # Folded lines start with a blank; vCard 2.1 base64 runs until a line holding
            # a property (base64 has no colon) or an empty line.
            if line[:1] in (" ", "\t") or (line.strip() and ":" not in line):
                continue
            skipping = False
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            if current is not None:
                cards.append((start, current, False))
            current, start = [line], number
        elif current is not None:
            if _binary_property(line):
                skipping = True
                continue
            current.append(line)
            if word == "END:VCARD":
                cards.append((start, current, True))
                current = None
    if current is not None:
        cards.append((start, current, False))
    return cards


def _join_soft_breaks(lines: list[str]) -> str:
    """vCard 2.1: ``NOTE;ENCODING=QUOTED-PRINTABLE:abc=`` continues on the next line."""
    out: list[str] = []
    joining = False
    for line in lines:
        if joining:
            out[-1] = out[-1][:-1] + line.lstrip()
        else:
            out.append(line)
        head = out[-1].split(":", 1)[0].upper()
        joining = "QUOTED-PRINTABLE" in head and out[-1].endswith("=")
    return "\r\n".join(out) + "\r\n"


def _text(value) -> str:
    if isinstance(value, list | tuple):
        return clean(", ".join(str(v) for v in value if v))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return clean(str(value or ""))


def _types(prop) -> set[str]:
    found = {t.lower() for t in prop.singletonparams}
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            for v in values:
                found.update(t.strip().lower() for t in v.split(","))
        elif key.upper() == "PREF":
            found.add("pref")
    return found


def _record(card, line: int) -> ContactRecord:
    record = ContactRecord(line=line)
    contents = card.contents
    org = contents.get("org")
    if org:
        value = org[0].value
        record.company = _text(value[0] if isinstance(value, list) and value else value)
    if "n" in contents:
        n = contents["n"][0].value
        if isinstance(n, str):
            parts = (n.split(";") + ["", "", ""])[:3]
            family, given, additional = parts
        else:
            family, given, additional = n.family, n.given, n.additional
        record.last_name = _text(family)
        record.first_name = " ".join(p for p in (_text(given), _text(additional)) if p)
    if not (record.first_name or record.last_name) and "fn" in contents:
        full = _text(contents["fn"][0].value)
        if full and full != record.company:
            record.first_name, record.last_name = split_full_name(full)
    if "title" in contents:
        record.job_title = _text(contents["title"][0].value)
    emails = sorted(contents.get("email", []), key=lambda p: "pref" not in _types(p))
    found = [_text(p.value) for p in emails if _text(p.value)]
    if found:
        record.email = found[0]
        add_extra(record, _("Other e-mail"), found[1:])
    phones: list[tuple[int, str]] = []
    mobiles: list[str] = []
    for prop in contents.get("tel", []):
        number = _text(prop.value)
        if number.lower().startswith("tel:"):
            number = number[4:]
        if not number:
            continue
        kinds = _types(prop)
        if kinds & {"cell", "mobile", "iphone"}:
            mobiles.append(number)
        else:
            rank = 0 if "work" in kinds else 1 if "pref" in kinds else 2
            phones.append((rank, number))
    phones.sort(key=lambda p: p[0])
    if phones:
        record.phone = phones[0][1]
        add_extra(record, _("Other phone"), [p[1] for p in phones[1:]])
    if mobiles:
        record.mobile = mobiles[0]
        add_extra(record, _("Other mobile"), mobiles[1:])
    for prop in contents.get("categories", []):
        value = prop.value
        names = value if isinstance(value, list) else str(value).split(",")
        record.categories.extend(_text(v) for v in names if _text(v))
    notes = [_text(p.value) for p in contents.get("note", []) if _text(p.value)]
    record.notes = "\n".join(p for p in (*notes, record.notes) if p)
    urls = [_text(p.value) for p in contents.get("url", []) if _text(p.value)]
    if urls:
        record.profile_url = urls[0]
        add_extra(record, _("Other web address"), urls[1:])
    if "x-referred-by" in contents:
        record.referred_by = _text(contents["x-referred-by"][0].value)
    _personal(record, contents)
    return record


def _param(prop, name: str) -> str:
    for key, values in prop.params.items():
        if key.upper() == name and values:
            return str(values[0])
    return ""


def _date_value(prop) -> str:
    value = _text(prop.value)
    return value.split("T")[0] if len(value) > 10 and "T" in value else value


def _personal(record: ContactRecord, contents) -> None:
    """BDAY, ANNIVERSARY / X-ANNIVERSARY, iPhone's X-ABDATE + X-ABLabel, ADR, and our
    own X-FOLLOWUP-REMEMBER. Dates are read (and checked) by ``read_dates``."""
    labels = {p.group.lower(): _text(p.value) for p in contents.get("x-ablabel", []) if p.group}
    dated: list[tuple[str, str, str, str]] = []
    for prop in contents.get("bday", []):
        dated.append(("birthday", "", _date_value(prop), _param(prop, "X-FOLLOWUP-REMIND")))
    for name in ("anniversary", "x-anniversary", "x-ms-anniversary", "x-evolution-anniversary"):
        for prop in contents.get(name, []):
            remind = _param(prop, "X-FOLLOWUP-REMIND")
            dated.append(("anniversary", "", _date_value(prop), remind))
    for prop in contents.get("x-abdate", []):
        label = labels.get((prop.group or "").lower(), "")
        kind, own = date_kind(label)
        dated.append((kind, own, _date_value(prop), _param(prop, "X-FOLLOWUP-REMIND")))
    seen = set()
    for kind, own, value, remind in dated:
        if (kind, own, value) in seen:  # the same anniversary under two names
            continue
        seen.add((kind, own, value))
        record.raw_dates.append((kind, own, value))
        if remind in personal.ACTIONS:
            record.raw_actions[len(record.raw_dates) - 1] = remind
    for prop in contents.get("adr", []):
        value = prop.value
        if isinstance(value, str):
            parts = (value.split(";") + [""] * 7)[:7]
            box, extended, street, city, region, code, country = (_text(v) for v in parts)
        else:
            box, extended, street, city, region, code = (
                _text(value.box), _text(value.extended), _text(value.street),
                _text(value.city), _text(value.region), _text(value.code),
            )  # fmt: skip
            country = _text(value.country)
        kinds = _types(prop)
        wanted = "home" if "home" in kinds else "work"
        taken = {a.kind for a in record.addresses}
        kind = wanted if wanted not in taken else ("home" if wanted == "work" else "work")
        lines = "\n".join(p for p in (box, street, extended) if p)
        address = personal.Address(kind, lines, city, region, code, country)
        if address.is_empty:
            continue
        if kind in taken:
            text = addresses.address_text(address).replace("\n", ", ")
            add_extra(record, _("Other address"), [text])
        else:
            record.addresses.append(address)
    for prop in contents.get("x-followup-remember", []):
        text = _text(prop.value)
        on = _param(prop, "X-DATE")
        try:
            day = date.fromisoformat(on) if on else None
        except ValueError:
            day = None
        if text:
            record.things.append(personal.ThingToRemember(text, day))


def _read_card(card_text: str):
    """Read one card; a line vobject cannot read (a phone's odd extension) is dropped."""
    try:
        return vobject.readOne(card_text)
    except vobject.base.ParseError:
        quiet = logging.getLogger("vobject.base")
        before = quiet.disabled
        quiet.disabled = True
        try:
            return vobject.readOne(card_text, ignoreUnreadable=True)
        finally:
            quiet.disabled = before


def parse_vcards(
    text: str,
    encoding: str = "UTF-8",
    *,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedFile:
    name = name or _("The file")
    cards = split_cards(text)
    if not cards:
        raise ImportFileError(
            _("{name} has no BEGIN:VCARD line, so it holds no vCards.").format(name=name)
        )
    if len(cards) == 1 and not cards[0][2]:
        raise ImportFileError(
            _(
                "{name} is a truncated vCard: the card starting on line {line} "
                "has no END:VCARD line."
            ).format(name=name, line=cards[0][0])
        )
    records: list[ContactRecord] = []
    for number, (line, lines, complete) in enumerate(cards):
        if number % 500 == 499:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(number, len(cards))
        if not complete:
            records.append(
                ContactRecord(
                    line=line, problem=_("is a truncated vCard (there is no END:VCARD line)")
                )
            )
            continue
        if sum(len(text_line) for text_line in lines) > MAX_CARD_CHARS:
            records.append(
                ContactRecord(
                    line=line,
                    problem=_(
                        "is a vCard of over {millions} million characters, too large to be "
                        "one contact"
                    ).format(millions=MAX_CARD_CHARS // 1_000_000),
                )
            )
            continue
        try:
            record = _record(_read_card(_join_soft_breaks(lines)), line)
        except Exception as exc:  # one broken card never stops the others
            reason = str(exc).strip() or type(exc).__name__
            problem = _("is not a readable vCard ({problem})").format(problem=reason)
            record = ContactRecord(line=line, problem=problem)
        records.append(validate(record))
    read_dates(records, False, date.today())  # vCard dates are ISO: no day/month order to decide
    return ParsedFile(kind="vcard", encoding=encoding, records=records)
