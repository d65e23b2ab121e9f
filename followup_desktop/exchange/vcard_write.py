"""vCard out: version 3.0, escaped and folded as RFC 2426 says, with the personal side
(BDAY, X-ANNIVERSARY, iPhone-style labelled dates, ADR, things to remember) as the
reader in ``vcard`` takes it back."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from ..domain import key_date_text, personal
from .atomic import atomic_write


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 2426)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


#: The fields a card carries as escaped text, in the card's order: (field, property).
_TEXT_PROPERTIES = (
    ("job_title", "TITLE"),
    ("email", "EMAIL;TYPE=INTERNET,PREF"),
    ("phone", "TEL;TYPE=WORK,VOICE"),
    ("mobile", "TEL;TYPE=CELL"),
    ("category", "CATEGORIES"),
    ("referred_by", "X-REFERRED-BY"),
)


def card_lines(row: dict[str, str]) -> str:
    first, last, company = (
        row.get("first_name", ""),
        row.get("last_name", ""),
        row.get("company", ""),
    )
    name = " ".join(p for p in (first, last) if p) or company or row.get("email", "")
    out = ["BEGIN:VCARD", "VERSION:3.0", f"N:{_escape(last)};{_escape(first)};;;"]
    out.append(f"FN:{_escape(name)}")
    if company:
        out.append(f"ORG:{_escape(company)}")
    out.extend(f"{prop}:{_escape(row[key])}" for key, prop in _TEXT_PROPERTIES if row.get(key))
    if row.get("profile_url"):
        url = " ".join(row["profile_url"].split())  # a URI: no escapes, no line breaks
        out.append(f"URL:{url}")
    if row.get("notes"):
        out.append(f"NOTE:{_escape(row['notes'])}")
    if row.get("personal") is not None:
        out.extend(personal_lines(cast(Any, row["personal"])))  # a PersonalInfo
    out.append("END:VCARD")
    return "".join(_fold(line) for line in out)


def _remind(kd: personal.KeyDate) -> str:
    """Our reminder choice as a parameter, only when it is not the kind's default."""
    if kd.action == personal.DEFAULT_ACTION.get(kd.kind, "none"):
        return ""
    return f";X-FOLLOWUP-REMIND={kd.action}"


def personal_lines(info: personal.PersonalInfo) -> list[str]:
    """BDAY, X-ANNIVERSARY, iPhone-style labelled X-ABDATE, ADR and things to remember."""
    out: list[str] = []
    item = 0
    for kd in info.key_dates:
        when = key_date_text.file_date_text(kd)
        if kd.kind == "birthday":
            out.append(f"BDAY{_remind(kd)}:{when}")
        elif kd.kind == "anniversary" and not kd.label:
            out.append(f"X-ANNIVERSARY{_remind(kd)}:{when}")
        else:
            item += 1
            out.append(f"item{item}.X-ABDATE{_remind(kd)}:{when}")
            out.append(f"item{item}.X-ABLabel:{_escape(kd.title)}")
    for a in info.addresses:
        parts = ("", "", a.street, a.city, a.region, a.postal_code, a.country)
        out.append(f"ADR;TYPE={a.kind.upper()}:" + ";".join(_escape(p) for p in parts))
    for t in info.things:
        on = f";X-DATE={t.on.isoformat()}" if t.on else ""
        out.append(f"X-FOLLOWUP-REMEMBER{on}:{_escape(t.text)}")
    return out


def write_vcards(
    path: Path, rows: Iterable[dict[str, str]], *, replace_read_only: bool = False
) -> int:
    count = 0
    with atomic_write(
        path, encoding="utf-8", newline="", replace_read_only=replace_read_only
    ) as fh:
        for row in rows:
            fh.write(card_lines(row))
            count += 1
    return count
