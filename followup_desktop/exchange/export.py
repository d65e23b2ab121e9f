"""File → Export contacts… and ``followup-desktop export-contacts``: CSV or vCard 3.0."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain import text
from ..i18n import translator
from ..store.database import db
from ..store.import_preview import ImportCancelled
from ..store.models import Category
from ..store.personal_bulk import personal_rows
from .csv_write import write_csv
from .errors import ExportError
from .vcard_write import write_vcards

_ = translator(__name__)

#: The formats by code, each with the name the window shows (``_(FORMATS[code])``).
FORMATS = {"csv": _.mark("CSV (Outlook, Google, Excel)"), "vcf": _.mark("vCard 3.0")}


def contact_rows(category: str | None = None, include_archived: bool = False) -> list[dict]:
    """Contacts as plain dicts, sorted by name; "Referred By" as the referrer's name."""
    where = []
    params: list = []
    if category:
        found = Category.get_or_none(Category.name == category)
        if found is None:
            known = ", ".join(c.name for c in Category.select().order_by(Category.position))
            raise ExportError(
                _("There is no category called “{category}” (there are: {known}).").format(
                    category=category, known=known
                )
            )
        where.append("c.category_id = ?")
        params.append(found.id)
    if not include_archived:
        where.append("c.archived = 0")
    sql = (
        "SELECT c.id, c.first_name, c.last_name, c.company, c.job_title, c.email, c.phone,"
        " c.mobile, c.notes, cat.name, c.referred_by_id, c.profile_url FROM contact c"
        " JOIN category cat ON cat.id = c.category_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY c.sort_name, c.id"
    )
    names: dict[int, str] = {}
    emails: dict[int, str] = {}
    shown_count: dict[str, int] = {}
    for cid, first, last, company, email in db.execute_sql(
        "SELECT id, first_name, last_name, company, email FROM contact"
    ):
        shown = text.display_name(first, last, company)
        names[cid], emails[cid] = shown, email
        shown_count[text.fold(shown)] = shown_count.get(text.fold(shown), 0) + 1
    rows = []
    for row in db.execute_sql(sql, params):
        cid, first, last, company, title, email, phone, mobile, notes, cat, ref, url = row
        referred = ""
        if ref is not None and ref in names:
            referred = names[ref]
            if shown_count.get(text.fold(referred), 0) > 1 and emails.get(ref):
                referred = f"{referred} <{emails[ref]}>"
        rows.append(
            {
                "id": cid,
                "first_name": first,
                "last_name": last,
                "company": company,
                "job_title": title,
                "email": email,
                "phone": phone,
                "mobile": mobile,
                "notes": notes,
                "category": cat,
                "referred_by": referred,
                "profile_url": url,
            }
        )
    infos = personal_rows([r["id"] for r in rows])
    for row in rows:
        row["personal"] = infos.get(row["id"])
    return rows


def _watch(rows: list[dict], progress, cancelled) -> Iterator[dict]:
    total = len(rows)
    for i, row in enumerate(rows):
        if i % 1000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()  # atomic_write removes the half-written temp file
            if progress is not None:
                progress(i, total)
        yield row
    if progress is not None:
        progress(total, total)


def export_contacts(
    path: Path,
    fmt: str,
    *,
    category: str | None = None,
    include_archived: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    replace_read_only: bool = False,
) -> int:
    """Write the contacts to ``path`` atomically; returns how many were written.

    ``path`` must be a new name or a regular file (``output.check_target``); a
    read-only one is replaced only with ``replace_read_only``.
    """
    from .output import check_target

    check_target(Path(path), replace_read_only=replace_read_only)  # before any reading
    rows = _watch(contact_rows(category, include_archived), progress, cancelled)
    if fmt == "csv":
        return write_csv(Path(path), rows, replace_read_only=replace_read_only)
    if fmt == "vcf":
        return write_vcards(Path(path), rows, replace_read_only=replace_read_only)
    raise ExportError(_("Unknown export format “{format}”; choose csv or vcf.").format(format=fmt))
