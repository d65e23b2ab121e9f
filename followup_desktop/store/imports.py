"""Applying an import in one transaction, recording it, and undoing it exactly.

``apply_import`` writes every chosen row or none (bulk inserts: 50,000 rows in
a few seconds) and records an ``import_batch`` with one ``import_item`` per
contact it created or updated (with the values it replaced), so
``undo_import`` removes exactly what it created and puts back what it changed.

What is written is planned first (``import_plan``); what undoing would lose is
counted in ``import_later_work``; the search index is kept in bulk (``search_bulk``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from ..domain import personal as personal_rules
from ..domain.import_records import CONTACT_TEXT_FIELDS, header_key
from ..domain.personal import PersonalInfo
from ..i18n import translator
from . import personal, personal_bulk
from .contacts import derived_fields
from .database import db
from .errors import StoreError
from .import_later_work import CREATED, UndoWouldLoseWork, later_work
from .import_plan import (
    PERSONAL_KEY,
    ImportResult,
    link_referrals,
    merged_notes,
    plan,
    same_email,
)
from .import_preview import Cancelled, ExistingContacts, ImportCancelled, Preview, Progress
from .models import ImportBatch, ImportItem, Setting
from .search_bulk import fts_bulk, search_index_in_bulk
from .sqlite_errors import translate_error

_ = translator(__name__)

CHUNK = 1000
_UPDATABLE = (*CONTACT_TEXT_FIELDS, "category_id", "referred_by_id")


_INSERT = (
    "INSERT INTO contact (id, first_name, last_name, company, job_title, email, phone, mobile,"
    " notes, category_id, referred_by_id, created_at, updated_at, sort_name, search_text,"
    " phone_digits, profile_url, connected_on)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
    creates, updates, result = plan(preview)
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
            link_referrals(existing, creates)
        batch = ImportBatch.create(created_at=now, source=source, summary="")
        conn = db.connection()
        with search_index_in_bulk(len(creates), "insert") as bulk:
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
                fts_bulk("", "id > ?", (base,))
        personal_bulk.insert_personal_many(
            [(v["id"], _combined(v[PERSONAL_KEY])) for v in creates if v.get(PERSONAL_KEY)]
        )
        links = [(v["referred_by_id"], v["id"]) for v in creates if v.get("referred_by_id")]
        conn.executemany("UPDATE contact SET referred_by_id = ? WHERE id = ?", links)
        update_rows = [{"id": cid, **values} for cid, values in updates.items()]
        if existing is not None:
            link_referrals(existing, update_rows)
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
                new["notes"] = merged_notes(old["notes"], value or "")
            elif value and not same_email(key, old[key], value):
                new[key] = value
        changed = {k: old[k] for k in _UPDATABLE if new[k] != old[k]}
        before = None
        if row.get(PERSONAL_KEY):
            before = personal.merge_personal(row["id"], _combined(row[PERSONAL_KEY]))
        if before is not None:
            changed_personal = {PERSONAL_KEY: personal_rules.to_plain(before)}
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
        created = f"id IN ({CREATED})"
        count = db.execute_sql(f"SELECT count(*) FROM contact WHERE {created}", (batch_id,))
        with search_index_in_bulk(count.fetchone()[0], "delete") as bulk:
            if bulk:
                fts_bulk("'delete', ", created, (batch_id,))
            removed = db.execute_sql(f"DELETE FROM contact WHERE {created}", (batch_id,)).rowcount
        reverted = 0
        now = str(datetime.now())
        items = ImportItem.select().where(
            (ImportItem.batch == batch_id) & (ImportItem.action == "updated")
        )
        for item in items:
            recorded = json.loads(item.previous)
            previous = {k: v for k, v in recorded.items() if k in _UPDATABLE}
            if PERSONAL_KEY in recorded:
                personal.restore_personal(
                    item.contact_id, personal_rules.from_plain(recorded[PERSONAL_KEY])
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
