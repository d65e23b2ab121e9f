"""The contact list's queries: ids per filter/sort/search and rows by id.

The list view holds only the ordered ids (``contact_ids``) and asks for the rows it
paints in small batches (``rows``). Search folds case and accents like
``domain.text.fold`` and matches phone digits whatever the formatting: fragments of
three or more characters go through the trigram index ``contact_fts``; shorter ones
fall back to a substring test on the folded text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import phones, text
from ..domain.text import display_name
from .database import db

#: Sort keys the list offers: key -> ORDER BY terms as (SQL, follows the direction).
#: Empty values and "never"/"nothing planned" sort last either way round; ties break
#: by name, then id, so the order is stable.
SORTS: dict[str, list[tuple[str, bool]]] = {
    "name": [("c.sort_name", True)],
    "company": [("c.company = ''", False), ("c.company COLLATE NOCASE", True)],
    "category": [("(SELECT position FROM category WHERE id = c.category_id)", True)],
    "phone": [("c.phone_digits = ''", False), ("c.phone_digits", True)],
    "email": [("c.email = ''", False), ("c.email COLLATE NOCASE", True)],
    "last_contact": [("c.last_interaction_at IS NULL", False), ("c.last_interaction_at", True)],
    "next_due": [("c.next_due IS NULL", False), ("c.next_due", True)],
}


@dataclass(frozen=True)
class ContactQuery:
    """What the list shows: a category (None = all), flags, search text and sort."""

    category_id: int | None = None
    include_archived: bool = False
    no_next_step: bool = False
    search: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    company: str
    category_id: int
    phone: str
    email: str
    last_interaction_at: str | None
    next_due: str | None
    archived: bool


def _fts_phrase(fragment: str) -> str:
    return '"' + fragment.replace('"', '""') + '"'


def search_terms(query: str) -> list[tuple[str, str]]:
    """Split a search into (kind, fragment) terms that must all match.

    kind is "digits" for a fragment of a phone number (the whole query when it has
    no letters, e.g. "+1 (555) 010-20") and "text" for a folded word.
    """
    query = query.strip()
    if not query:
        return []
    if any(ch.isdigit() for ch in query) and not any(ch.isalpha() for ch in query):
        # A whole number in any format ("0170 123 4567" for a stored "+49 170 1234567")
        # is looked for by its national number; a fragment by its digits.
        digits = phones.search_digits(query)
        # "555-01" is a phone fragment, but "@" or "." alone would match everything.
        if digits:
            return [("digits", digits)]
    return [("text", word) for word in text.search_fold(query).split() if word]


def _search_sql(query: str) -> tuple[str | None, list[str], list[Any]]:
    """(FTS match expression or None, other conditions, their parameters)."""
    where: list[str] = []
    params: list[Any] = []
    long_terms: list[str] = []
    for kind, fragment in search_terms(query):
        if len(fragment) >= 3:
            # Digits also match the e-mail (e.g. "jo2019@...") through the same index.
            long_terms.append(_fts_phrase(fragment))
        elif kind == "digits":
            where.append("(instr(c.phone_digits, ?) > 0 OR instr(c.search_text, ?) > 0)")
            params += [fragment, fragment]
        else:
            where.append("instr(c.search_text, ?) > 0")
            params.append(fragment)
    return (" AND ".join(long_terms) if long_terms else None), where, params


#: Up to this many index matches, the search reads the matches and sorts them; above
#: it, walking the list in display order and stopping at a page's worth is cheaper.
FEW_MATCHES = 2500
_match_counts: dict[tuple[str, str], int] = {}


def _fts_count(match: str) -> int:
    key = (str(db.database), match)
    n = _match_counts.get(key)
    if n is None:
        sql = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"
        n = db.execute_sql(sql, [match]).fetchone()[0]
        if len(_match_counts) > 256:
            _match_counts.clear()
        _match_counts[key] = n
    return n


def _from_where(q: ContactQuery) -> tuple[str, list[Any]]:
    """The FROM and WHERE clauses for the query, choosing how to use the search index."""
    where: list[str] = []
    params: list[Any] = []
    if not q.include_archived:
        where.append("c.archived = 0")
    if q.category_id is not None:
        where.append("c.category_id = ?")
        params.append(q.category_id)
    if q.no_next_step:
        where.append("c.next_due IS NULL")
    match, s_where, s_params = _search_sql(q.search)
    where += s_where
    params += s_params
    source = " FROM contact c"
    if match is not None:
        if _fts_count(match) <= FEW_MATCHES:
            # Few matches: start from the index (CROSS JOIN keeps that order of loops).
            source = " FROM contact_fts f CROSS JOIN contact c ON c.id = f.rowid"
            where.insert(0, "contact_fts MATCH ?")
        else:
            where.insert(0, "c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        params.insert(0, match)
    return source + ((" WHERE " + " AND ".join(where)) if where else ""), params


# Name order follows the covering index ``contact_list`` column by column, so a page of
# ids is read straight off the index (no sort, no table rows); the trailing columns
# only make ties deterministic, which paging with OFFSET needs.
_NAME_ORDER = ["c.sort_name", "c.search_text", "c.phone_digits", "c.category_id", "c.next_due"]


def _order_by(q: ContactQuery) -> str:
    direction = " DESC" if q.descending else ""
    if q.sort == "name" or q.sort not in SORTS:
        keys = ["c.sort_name"] if q.include_archived else _NAME_ORDER
        parts = [k + direction for k in keys]
    else:
        parts = [sql + direction if directed else sql for sql, directed in SORTS[q.sort]]
        parts.append("c.sort_name" + direction)
    parts.append("c.id" + direction)
    return " ORDER BY " + ", ".join(parts)


def contact_ids(q: ContactQuery, offset: int = 0, limit: int | None = None) -> list[int]:
    """The ids the list shows, in display order: all of them, or one page."""
    source, params = _from_where(q)
    sql = f"SELECT c.id{source}{_order_by(q)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def count(q: ContactQuery) -> int:
    """How many contacts the query matches (cheap without a search; scans with one)."""
    source, params = _from_where(q)
    return db.execute_sql(f"SELECT count(*){source}", params).fetchone()[0]


_ROW_SQL = (
    "SELECT id, first_name, last_name, company, category_id, phone, mobile, email,"
    " last_interaction_at, next_due, archived FROM contact WHERE id IN ({})"
)


def rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list's columns for these contacts (missing ids are simply absent)."""
    result: dict[int, ContactRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        sql = _ROW_SQL.format(",".join("?" * len(chunk)))
        for r in db.execute_sql(sql, chunk).fetchall():
            cid, first, last, company, cat, phone, mobile, email, last_at, due, archived = r
            result[cid] = ContactRow(
                id=cid,
                name=display_name(first, last, company),
                company=company,
                category_id=cat,
                phone=phone or mobile,
                email=email,
                last_interaction_at=str(last_at) if last_at else None,
                next_due=str(due) if due else None,
                archived=bool(archived),
            )
    return result
