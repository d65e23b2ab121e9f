"""Contacts and categories: the writes every view goes through, and small queries.

Widgets never write SQL; they call these. Every write keeps the derived
columns (sort_name, search_text, phone_digits) in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..domain import text
from .database import db
from .models import Category, Contact

CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "mobile",
    "category",
    "referred_by",
    "notes",
    "archived",
    "cadence_days",
    "cadence_opt_out",
)


def derived_fields(values: dict[str, Any]) -> dict[str, str]:
    first = values.get("first_name") or ""
    last = values.get("last_name") or ""
    company = values.get("company") or ""
    email = values.get("email") or ""
    return {
        "sort_name": text.sort_key(first, last, company),
        "search_text": text.search_text(first, last, company, email),
        "phone_digits": " ".join(
            d
            for d in (
                text.digits(values.get("phone") or ""),
                text.digits(values.get("mobile") or ""),
            )
            if d
        ),
    }


def categories() -> list[Category]:
    return list(Category.select().order_by(Category.position, Category.id))


def category_by_name(name: str) -> Category | None:
    return Category.get_or_none(Category.name == name)


def create_contact(**values: Any) -> Contact:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {sorted(unknown)}")
    now = datetime.now()
    row = {**values, **derived_fields(values), "created_at": now, "updated_at": now}
    with db.atomic():
        return Contact.create(**row)


def update_contact(contact_id: int, **values: Any) -> Contact:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"unknown contact fields: {sorted(unknown)}")
    with db.atomic():
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
    with db.atomic():
        return (
            Contact.update(archived=archived, updated_at=datetime.now())
            .where(Contact.id.in_(ids))
            .execute()
        )
