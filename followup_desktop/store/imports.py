"""Applying an import in one transaction, recording it, and undoing it exactly.

``apply_import`` writes every chosen row or none (bulk inserts: 50,000 rows in
a few seconds) and records an ``import_batch`` with one ``import_item`` per
contact it created or updated (with the values it replaced), so
``undo_import`` removes exactly what it created and puts back what it changed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import peewee

from ..domain import links, text
from ..domain import personal as personal_rules
from ..domain.import_records import CONTACT_TEXT_FIELDS, header_key
from ..domain.personal import PersonalInfo
from ..i18n import translator
from . import personal
from .contacts import derived_fields
from .database import db
from .errors import StoreError
from .import_preview import (
    Cancelled,
    ExistingContacts,
    ImportCancelled,
    Preview,
    Progress,
)
from .models import ImportBatch, ImportItem, Setting
from .sqlite_errors import translate_error

_ = translator(__name__)

CHUNK = 1000
#: Where a planned row keeps the personal data (addresses, dates) the file gave it.
_PERSONAL = "_personal"
_NOTHING = PersonalInfo()
_UPDATABLE = (*CONTACT_TEXT_FIELDS, "category_id", "referred_by_id")


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


def _same_email(key: str, old, new) -> bool:
    """ "ADA@X.ORG" does not replace "ada@x.org": it is the same address (and a profile
    URL with another spelling of the same page does not replace the one kept)."""
    if not old:
        return False
    if key == "profile_url":
        return links.profile_key(str(old)) == links.profile_key(str(new))
    return key == "email" and str(old).casefold() == str(new).casefold()


def _merged_notes(old: str, new: str) -> str:
    if not new or new in old:
        return old
    return f"{old}\n{new}" if old else new


def _plan(preview: Preview):
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
            values[_PERSONAL] = [found] if found != _NOTHING else []
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
            target.setdefault(_PERSONAL, []).append(found)
        for key, value in values.items():
            if key == "notes":
                target["notes"] = _merged_notes(target.get("notes", ""), value)
            elif value and not _same_email(key, target.get(key), value):
                target[key] = value
    return creates, updates, result


def _link_referrals(existing: ExistingContacts, rows: list[dict]) -> None:
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
            values["notes"] = _merged_notes(values.get("notes", ""), referred)


_INSERT = (
    "INSERT INTO contact (id, first_name, last_name, company, job_title, email, phone, mobile,"
    " notes, category_id, referred_by_id, created_at, updated_at, sort_name, search_text,"
    " phone_digits, profile_url, connected_on)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


BULK = 500
_FTS_TRIGGER = "contact_fts_{}"


@contextlib.contextmanager
def _search_index_in_bulk(rows: int, what: str) -> Iterator[bool]:
    """Many rows at once: keep the contact search index in one statement, not per row.

    The per-row trigger that keeps ``contact_fts`` in step costs about four times
    more than one bulk statement. Inside the caller's transaction the trigger is
    dropped, the caller writes and (when given True) calls ``_fts_bulk``, and the trigger is
    re-created from its own SQL; a failure rolls all of it back. Small batches
    and databases without the index keep the trigger.
    """
    row = None
    if rows >= BULK:
        row = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (_FTS_TRIGGER.format(what),),
        ).fetchone()
    if row is None:
        yield False
        return
    db.execute_sql(f"DROP TRIGGER {_FTS_TRIGGER.format(what)}")
    yield True
    db.execute_sql(row[0])


def _fts_bulk(command: str, where: str, params: tuple) -> None:
    """The rows ``where`` selects go into (or, with 'delete', out of) the search index."""
    columns = (
        "(contact_fts, rowid, search_text, phone_digits)"
        if command
        else "(rowid, search_text, phone_digits)"
    )
    db.execute_sql(
        f"INSERT INTO contact_fts {columns} SELECT {command}id, search_text, phone_digits"
        f" FROM contact WHERE {where}",
        params,
    )


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


def apply_import(
    preview: Preview,
    *,
    source: str = "",
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Write the preview's chosen rows in one transaction (all or none)."""
    creates, updates, result = _plan(preview)
    result.dry_run = dry_run
    if dry_run:
        result.created, result.updated = len(creates), len(updates)
        return result
    try:
        return _write(preview, creates, updates, result, source, progress, cancelled)
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        raise translate_error(exc, db.database or "") from exc


def _write(preview, creates, updates, result, source, progress, cancelled) -> ImportResult:
    now = str(datetime.now())
    total = len(creates) + len(updates) or 1
    with db.atomic("IMMEDIATE"):
        base = db.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]
        for offset, values in enumerate(creates, 1):
            values["id"] = base + offset
        referrals = any(v.get("referred_by") for v in (*creates, *updates.values()))
        existing = ExistingContacts() if referrals else None
        if existing is not None:
            for v in creates:
                existing.add(v["id"], v["first_name"], v["last_name"], v["company"], v["email"], [])
            _link_referrals(existing, creates)
        batch = ImportBatch.create(created_at=now, source=source, summary="")
        conn = db.connection()
        with _search_index_in_bulk(len(creates), "insert") as bulk:
            for start in range(0, len(creates), CHUNK):
                _tick(start, total, progress, cancelled)
                chunk = creates[start : start + CHUNK]
                conn.executemany(_INSERT, [_insert_row(v, now) for v in chunk])
                conn.executemany(
                    "INSERT INTO import_item (batch_id, contact_id, action, previous)"
                    " VALUES (?, ?, 'created', '')",
                    [(batch.id, v["id"]) for v in chunk],
                )
            if bulk:
                _fts_bulk("", "id > ?", (base,))
        personal.insert_personal_many(
            [(v["id"], _combined(v[_PERSONAL])) for v in creates if v.get(_PERSONAL)]
        )
        links = [(v["referred_by_id"], v["id"]) for v in creates if v.get("referred_by_id")]
        conn.executemany("UPDATE contact SET referred_by_id = ? WHERE id = ?", links)
        update_rows = [{"id": cid, **values} for cid, values in updates.items()]
        if existing is not None:
            _link_referrals(existing, update_rows)
        result.updated, result.unchanged = _apply_updates(batch.id, update_rows, now)
        result.created = len(creates)
        result.batch_id = batch.id
        _tick(total, total, progress, cancelled)
        batch.summary = json.dumps(
            {
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "skipped": len(result.skipped),
                "invalid": len(result.invalid),
            }
        )
        batch.save()
    return result


def _combined(infos: list[PersonalInfo]) -> PersonalInfo:
    """One contact's personal data from its row and the same person's later rows."""
    result = infos[0]
    for info in infos[1:]:
        result = personal_rules.merged(result, info) or result
    return result


def _insert_row(v: dict, now: str) -> tuple:
    derived = derived_fields(v)
    return (
        v["id"],
        v["first_name"],
        v["last_name"],
        v["company"],
        v["job_title"],
        v["email"],
        v["phone"],
        v["mobile"],
        v["notes"],
        v["category_id"],
        None,  # linked once every new contact exists
        now,
        now,
        derived["sort_name"],
        derived["search_text"],
        derived["phone_digits"],
        v["profile_url"],
        v["connected_on"] or None,
    )


def _apply_updates(batch_id: int, rows: list[dict], now: str) -> tuple[int, int]:
    """Overwrite with the file's non-empty values (notes are appended); record the old ones."""
    updated = unchanged = 0
    columns = ", ".join(_UPDATABLE)
    for row in rows:
        cur = db.execute_sql(f"SELECT {columns} FROM contact WHERE id = ?", (row["id"],))
        found = cur.fetchone()
        if found is None:
            continue
        old = dict(zip(_UPDATABLE, found, strict=True))
        new = dict(old)
        for key in _UPDATABLE:
            value = row.get(key)
            if key == "notes":
                new["notes"] = _merged_notes(old["notes"], value or "")
            elif value and not _same_email(key, old[key], value):
                new[key] = value
        changed = {k: old[k] for k in _UPDATABLE if new[k] != old[k]}
        before = None
        if row.get(_PERSONAL):
            before = personal.merge_personal(row["id"], _combined(row[_PERSONAL]))
        if before is not None:
            changed_personal = {_PERSONAL: personal_rules.to_plain(before)}
        else:
            changed_personal = {}
        if not changed and not changed_personal:
            unchanged += 1
            continue
        if not changed:
            db.execute_sql(
                "INSERT INTO import_item (batch_id, contact_id, action, previous)"
                " VALUES (?, ?, 'updated', ?)",
                (batch_id, row["id"], json.dumps(changed_personal)),
            )
            updated += 1
            continue
        sets = ", ".join(f"{k} = ?" for k in changed)
        derived = derived_fields(new)
        db.execute_sql(
            f"UPDATE contact SET {sets}, sort_name = ?, search_text = ?, phone_digits = ?,"
            " updated_at = ? WHERE id = ?",
            (*(new[k] for k in changed), *derived.values(), now, row["id"]),
        )
        db.execute_sql(
            "INSERT INTO import_item (batch_id, contact_id, action, previous)"
            " VALUES (?, ?, 'updated', ?)",
            (batch_id, row["id"], json.dumps({**changed, **changed_personal})),
        )
        updated += 1
    return updated, unchanged


# -- undo ------------------------------------------------------------------------------
@dataclass
class UndoResult:
    removed: int
    reverted: int
    #: The backup taken first because later work was removed with the import.
    backup: Path | None = None


@dataclass(frozen=True)
class LaterWork:
    """What was done since an import with the contacts it touched (undo would lose it)."""

    notes: int = 0
    followups: int = 0
    series: int = 0
    #: Contacts the import created or updated that were edited after it.
    edited: int = 0
    #: Contacts the import created that have notes, follow-ups or series since.
    contacts: int = 0

    def __bool__(self) -> bool:
        return bool(self.notes or self.followups or self.series or self.edited)

    def sentence(self) -> str:
        """What undoing would lose, e.g. "3 notes and 1 follow-up logged since with 2 ..."."""

        parts = []
        if self.notes:
            parts.append(_.n("%n note", "%n notes", self.notes))
        if self.followups:
            parts.append(_.n("%n follow-up", "%n follow-ups", self.followups))
        if self.series:
            parts.append(_.n("%n follow-up series", "%n follow-up series", self.series))
        lost = ""
        if parts:
            joined = parts[-1]
            if len(parts) > 1:
                joined = _(
                    "{items} and {last}", "a list: 3 notes, 1 follow-up and 2 series"
                ).format(items=", ".join(parts[:-1]), last=parts[-1])
            lost = _.n(
                "{work} made since with %n contact it added",
                "{work} made since with %n contacts it added",
                self.contacts,
            ).format(work=joined)
        if self.edited:
            edits = _.n(
                "the changes made since to %n contact it touched",
                "the changes made since to %n contacts it touched",
                self.edited,
            )
            lost = _("{work} and {edits}").format(work=lost, edits=edits) if lost else edits
        return lost


class UndoWouldLoseWork(StoreError):
    """Undoing the import would delete work done since; nothing was changed."""

    def __init__(self, batch_id: int, work: LaterWork) -> None:
        self.batch_id, self.work = batch_id, work
        super().__init__(
            _("Undoing import {batch_id} would also delete {work}. Nothing was changed.").format(
                batch_id=batch_id, work=work.sentence()
            )
        )


_CREATED = "SELECT contact_id FROM import_item WHERE batch_id = ? AND action = 'created'"


def later_work(batch_id: int) -> LaterWork:
    """Notes, follow-ups and edits made since the import with the contacts it touched."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        return LaterWork()
    since = str(batch.created_at)
    notes = db.execute_sql(
        f"SELECT count(*) FROM interaction WHERE contact_id IN ({_CREATED})", (batch_id,)
    ).fetchone()[0]
    followups = db.execute_sql(
        f"SELECT count(*) FROM followup WHERE contact_id IN ({_CREATED})", (batch_id,)
    ).fetchone()[0]
    series = db.execute_sql(
        f"SELECT count(*) FROM series_run WHERE contact_id IN ({_CREATED})", (batch_id,)
    ).fetchone()[0]
    edited = db.execute_sql(
        "SELECT count(*) FROM contact WHERE updated_at > ? AND id IN"
        " (SELECT contact_id FROM import_item WHERE batch_id = ?)",
        (since, batch_id),
    ).fetchone()[0]
    contacts = contacts_with_history(batch_id) if (notes or followups or series) else 0
    return LaterWork(notes, followups, series, edited, contacts)


def contacts_with_history(batch_id: int) -> int:
    """How many contacts this import created have had interactions or follow-ups since."""
    return db.execute_sql(
        "SELECT count(*) FROM import_item i WHERE i.batch_id = ? AND i.action = 'created'"
        " AND (EXISTS (SELECT 1 FROM interaction WHERE contact_id = i.contact_id)"
        " OR EXISTS (SELECT 1 FROM followup WHERE contact_id = i.contact_id)"
        " OR EXISTS (SELECT 1 FROM series_run WHERE contact_id = i.contact_id))",
        (batch_id,),
    ).fetchone()[0]


def undo_import(batch_id: int, *, force: bool = False) -> UndoResult:
    """Remove the contacts the import created and put back the values it replaced.

    When work was done since with those contacts (notes, follow-ups, edits) that the
    undo would delete, it raises ``UndoWouldLoseWork`` and changes nothing, unless
    ``force``: then a backup ("pre-undo", never pruned) is taken first.
    """
    if not 0 < batch_id < 2**63:
        raise StoreError(_("There is no import number {batch_id}.").format(batch_id=batch_id))
    backup_path: Path | None = None
    with db.atomic("IMMEDIATE"):
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise StoreError(
                _(
                    "Import {batch_id} is not recorded (no import has that number), so it "
                    "cannot be "
                    "undone."
                ).format(batch_id=batch_id)
            )
        if batch.undone_at:
            raise StoreError(_("This import was already undone."))
        work = later_work(batch_id)
        if work and not force:
            raise UndoWouldLoseWork(batch_id, work)
        if work:
            from .backup import make_backup

            # Inside the write transaction: the backup holds exactly what is removed below.
            backup_path = make_backup(Path(str(db.database)), "pre-undo")
        created = f"id IN ({_CREATED})"
        count = db.execute_sql(f"SELECT count(*) FROM contact WHERE {created}", (batch_id,))
        with _search_index_in_bulk(count.fetchone()[0], "delete") as bulk:
            if bulk:
                _fts_bulk("'delete', ", created, (batch_id,))
            removed = db.execute_sql(f"DELETE FROM contact WHERE {created}", (batch_id,)).rowcount
        reverted = 0
        now = str(datetime.now())
        items = ImportItem.select().where(
            (ImportItem.batch == batch_id) & (ImportItem.action == "updated")
        )
        for item in items:
            recorded = json.loads(item.previous)
            previous = {k: v for k, v in recorded.items() if k in _UPDATABLE}
            if _PERSONAL in recorded:
                personal.restore_personal(
                    item.contact_id, personal_rules.from_plain(recorded[_PERSONAL])
                )
                if not previous:
                    reverted += 1
            if not previous:
                continue
            sets = ", ".join(f"{k} = ?" for k in previous)
            cur = db.execute_sql(
                f"UPDATE contact SET {sets}, updated_at = ? WHERE id = ?",
                (*previous.values(), now, item.contact_id),
            )
            if cur.rowcount:
                _refresh_derived(item.contact_id)
                reverted += 1
        batch.undone_at = datetime.now()
        batch.save()
    return UndoResult(removed=removed, reverted=reverted, backup=backup_path)


def _refresh_derived(contact_id: int) -> None:
    names = ("first_name", "last_name", "company", "email", "phone", "mobile")
    row = db.execute_sql(
        f"SELECT {', '.join(names)} FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    derived = derived_fields(dict(zip(names, row, strict=True)))
    db.execute_sql(
        "UPDATE contact SET sort_name = ?, search_text = ?, phone_digits = ? WHERE id = ?",
        (*derived.values(), contact_id),
    )


# -- remembered column mappings ----------------------------------------------------------
MAPPING_PREFIX = "import.mapping."


def remembered_mapping(headers: list[str]) -> dict[int, str] | None:
    """The column mapping chosen last time for a file with exactly this header."""
    row = Setting.get_or_none(Setting.key == MAPPING_PREFIX + header_key(headers))
    if row is None:
        return None
    try:
        return {int(k): str(v) for k, v in json.loads(row.value).items()}
    except (ValueError, AttributeError):
        return None


def remember_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    value = json.dumps({str(k): v for k, v in sorted(mapping.items()) if v})
    with db.atomic():
        Setting.insert(
            key=MAPPING_PREFIX + header_key(headers), value=value
        ).on_conflict_replace().execute()
