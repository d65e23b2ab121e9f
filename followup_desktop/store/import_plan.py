"""What an import will write, before anything is written.

``plan`` turns the preview's rows into the final values per contact: rows to create,
updates per existing contact, duplicates within the file merged into their first row
(notes added to, the same e-mail in another spelling kept), and the ``ImportResult``
that counts them. ``link_referrals`` turns "Referred By" text into a link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import links, text
from ..domain.import_records import CONTACT_TEXT_FIELDS
from ..domain.personal import PersonalInfo
from ..i18n import translator
from .import_preview import ExistingContacts, Preview

_ = translator(__name__)

#: Where a planned row keeps the personal data (addresses, dates) the file gave it.
PERSONAL_KEY = "_personal"
_NOTHING = PersonalInfo()


@dataclass
class ImportResult:
    batch_id: int | None
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    invalid: list[tuple[int, str]] = field(default_factory=list)
    dry_run: bool = False

    @property
    def imported_anything(self) -> bool:
        return bool(self.created or self.updated)

    def lines(self) -> list[str]:
        if self.dry_run:
            out = [
                _("New: {count}").format(count=self.created),
                _("To update: {count}").format(count=self.updated),
            ]
        else:
            out = [
                _("Imported: {count}").format(count=self.created),
                _("Updated: {count}").format(count=self.updated),
            ]
        out += [
            _("Unchanged: {count}").format(count=self.unchanged),
            _("Skipped: {count}").format(count=len(self.skipped)),
            _("Invalid: {count}").format(count=len(self.invalid)),
        ]
        skipped = _("line {line}: would be skipped, {reason}") if self.dry_run else None
        for line, reason in self.skipped[:50]:
            text = skipped or _("line {line}: skipped, {reason}")
            out.append("  " + text.format(line=line, reason=reason))
        for line, reason in self.invalid[:50]:
            out.append("  " + _("line {line}: {reason}").format(line=line, reason=reason))
        hidden = max(0, len(self.skipped) - 50) + max(0, len(self.invalid) - 50)
        if hidden:
            out.append("  " + _.n("… and %n more", "… and %n more", hidden))
        return out


def same_email(key: str, old, new) -> bool:
    """ "ADA@X.ORG" does not replace "ada@x.org": it is the same address (and a profile
    URL with another spelling of the same page does not replace the one kept)."""
    if not old:
        return False
    if key == "profile_url":
        return links.profile_key(str(old)) == links.profile_key(str(new))
    return key == "email" and str(old).casefold() == str(new).casefold()


def merged_notes(old: str, new: str) -> str:
    if not new or new in old:
        return old
    return f"{old}\n{new}" if old else new


def plan(preview: Preview):
    """Final values per row: creates (list of dicts), updates (id -> dict), result."""
    on_dup = preview.options.on_duplicate
    default = preview.options.default_category_id
    result = ImportResult(batch_id=None)
    creates: list[dict] = []
    created_for_row: dict[int, dict] = {}
    updates: dict[int, dict] = {}
    for i, row in enumerate(preview.rows):
        record = row.record
        action = row.action(on_dup)
        if action == "invalid":
            result.invalid.append((record.line, row.reason))
            continue
        if action == "skip":
            reason = row.reason if row.include else _("left out in the preview")
            duplicate = _("duplicate: {reason}").format(reason=reason)
            result.skipped.append((record.line, duplicate if row.include else reason))
            continue
        values = {f: getattr(record, f) for f in CONTACT_TEXT_FIELDS}
        values["category_id"] = row.category_id
        values["referred_by"] = record.referred_by
        found = record.personal
        if action == "create":
            values["category_id"] = row.category_id or default
            values[PERSONAL_KEY] = [found] if found != _NOTHING else []
            creates.append(values)
            created_for_row[i] = values
            continue
        target = None
        if action == "update" and row.existing_id is not None:
            target = updates.setdefault(row.existing_id, {"notes": ""})
        else:  # merge into the earlier row of the same file
            earlier = row.duplicate_of
            while earlier is not None and earlier not in created_for_row:
                prev = preview.rows[earlier]
                if prev.action(on_dup) == "update" and prev.existing_id is not None:
                    target = updates.setdefault(prev.existing_id, {"notes": ""})
                    break
                earlier = prev.duplicate_of
            else:
                target = created_for_row.get(earlier) if earlier is not None else None
            if target is None:
                result.skipped.append(
                    (record.line, _("duplicate: {reason}").format(reason=row.reason))
                )
                continue
        if found != _NOTHING:
            target.setdefault(PERSONAL_KEY, []).append(found)
        for key, value in values.items():
            if key == "notes":
                target["notes"] = merged_notes(target.get("notes", ""), value)
            elif value and not same_email(key, target.get(key), value):
                target[key] = value
    return creates, updates, result


def link_referrals(existing: ExistingContacts, rows: list[dict]) -> None:
    """Turn "Referred By" text into a link when it names exactly one contact."""
    for values in rows:
        name = (values.pop("referred_by", "") or "").strip()
        if not name:
            continue
        email = ""
        if "<" in name and name.endswith(">"):
            name, _sep, email = name[:-1].partition("<")
            name = name.strip()
        hits = []
        if email and email.casefold() in existing.by_email:
            hits = [existing.by_email[email.casefold()]]
        elif "@" in name and name.casefold() in existing.by_email:
            hits = [existing.by_email[name.casefold()]]
        else:
            hits = existing.by_name.get(text.fold(name), [])
        if len(hits) == 1 and hits[0] != values.get("id"):
            values["referred_by_id"] = hits[0]
        else:  # no single match: keep the name in the notes so nothing is lost
            shown = f"{name} <{email}>" if email else name
            referred = _("Referred by: {name}").format(name=shown)
            values["notes"] = merged_notes(values.get("notes", ""), referred)
