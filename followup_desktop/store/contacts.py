"""Contacts and categories: the writes every view goes through, and small queries.

Widgets never write SQL; they call these. Every write keeps the derived
columns (sort_name, search_text, phone_digits) in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from peewee import fn

from ..domain import phones, text
from ..domain.vocabulary import CONTACT_TEXT_FIELDS
from ..i18n import translator
from .contact_counts import categories  # noqa: F401 (the one reader, plain SQL: id, name, rhythm)
from .database import db, translated_errors
from .errors import InvalidInputError
from .models import Category, Contact

_ = translator(__name__)

CONTACT_FIELDS = (
    *CONTACT_TEXT_FIELDS,
    "category",
    "referred_by",
    "notes",
    "archived",
    "cadence_days",
    "cadence_opt_out",
    "profile_url",
    "connected_on",
)


def derived_fields(values: dict[str, Any]) -> dict[str, str]:
    first = values.get("first_name") or ""
    last = values.get("last_name") or ""
    company = values.get("company") or ""
    email = values.get("email") or ""
    return {
        "sort_name": text.sort_key(first, last, company),
        "search_text": text.search_text(first, last, company, email),
        "phone_digits": phones.stored_digits(values.get("phone") or "", values.get("mobile") or ""),
    }


def create_contact(**values: Any) -> Contact:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {sorted(unknown)}")
    now = datetime.now()
    row = {**values, **derived_fields(values), "created_at": now, "updated_at": now}
    with translated_errors(), db.atomic():
        return Contact.create(**row)


def update_contact(contact_id: int, **values: Any) -> Contact:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {sorted(unknown)}")
    if values.get("referred_by") == contact_id:
        raise InvalidInputError(_("A contact cannot be their own referrer."))
    with translated_errors(), db.atomic():
        contact = Contact.get_by_id(contact_id)
        for key, value in values.items():
            setattr(contact, key, value)
        current = {
            f: getattr(contact, f)
            for f in ("first_name", "last_name", "company", "email", "phone", "mobile")
        }
        for key, value in derived_fields(current).items():
            setattr(contact, key, value)
        contact.updated_at = datetime.now()
        contact.save()
        return contact


def set_archived(contact_ids: Iterable[int], archived: bool) -> int:
    ids = list(contact_ids)
    with translated_errors(), db.atomic():
        return (
            Contact.update(archived=archived, updated_at=datetime.now())
            .where(Contact.id.in_(ids))
            .execute()
        )


def referrals(contact_id: int, limit: int = 50) -> list[tuple[int, str]]:
    """The contacts this one referred (id, display name), by name."""
    query = (
        Contact.select(Contact.id, Contact.first_name, Contact.last_name, Contact.company)
        .where(Contact.referred_by == contact_id)
        .order_by(Contact.sort_name)
        .limit(limit)
    )
    return [(c.id, c.display_name) for c in query]


def display_names(contact_ids: Iterable[int]) -> dict[int, str]:
    ids = list(contact_ids)
    if not ids:
        return {}
    query = Contact.select(
        Contact.id, Contact.first_name, Contact.last_name, Contact.company
    ).where(Contact.id.in_(ids))
    return {c.id: c.display_name for c in query}


# -- categories -------------------------------------------------------------------------


def _checked_category_name(name: str, *, except_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInputError(_("A category needs a name."))
    if len(name) > 60:
        raise InvalidInputError(_("A category name can be at most 60 characters long."))
    clash = Category.select().where(Category.name == name)  # the column is COLLATE NOCASE
    if except_id is not None:
        clash = clash.where(Category.id != except_id)
    if clash.exists():
        raise InvalidInputError(
            _("There is already a category called {name}.").format(name=repr(name))
        )
    return name


def add_category(name: str) -> Category:
    """A new category at the end of the list."""
    with translated_errors(), db.atomic():
        name = _checked_category_name(name)
        position = (Category.select(fn.MAX(Category.position)).scalar() or 0) + 1
        return Category.create(name=name, position=position, builtin=False)


def rename_category(category_id: int, name: str) -> Category:
    with translated_errors(), db.atomic():
        category = Category.get_by_id(category_id)
        category.name = _checked_category_name(name, except_id=category_id)
        category.save()
        return category
