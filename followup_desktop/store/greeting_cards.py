"""Cards by post (birthdays, holidays): how many days ahead one is sent, per contact or
per category, and who gets one at which address."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain import personal as rules
from ..domain.text import display_name
from ..i18n import translator
from .database import db
from .errors import InvalidInputError
from .personal_bulk import personal_rows

if TYPE_CHECKING:
    from ..domain.labels import Recipient

_ = translator(__name__)


def card_lead_days(contact_id: int) -> int:
    row = db.execute_sql(
        "SELECT coalesce(c.card_lead_days, cat.card_lead_days) FROM contact c"
        " JOIN category cat ON cat.id = c.category_id WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    return rules.DEFAULT_CARD_LEAD if row is None or row[0] is None else int(row[0])


def category_card_lead(category_id: int) -> int | None:
    """The category's own lead time for cards (None: the default, 7 days)."""
    row = db.execute_sql("SELECT card_lead_days FROM category WHERE id = ?", (category_id,))
    found = row.fetchone()
    return None if found is None else found[0]


def set_card_lead_days(*, contact_id: int | None = None, category_id: int | None = None,
                       days: int | None) -> None:  # fmt: skip
    """Lead time for cards: per contact or per category (None: inherit / default 7)."""
    if days is not None and not 0 <= days <= 60:
        raise InvalidInputError(_("A card's lead time is between 0 and 60 days."))
    table, key = ("contact", contact_id) if contact_id is not None else ("category", category_id)
    with db.atomic():
        db.execute_sql(f"UPDATE {table} SET card_lead_days = ? WHERE id = ?", (days, key))


def recipients(
    *,
    category_id: int | None = None,
    contact_ids: list[int] | None = None,
    followed_up_since: date | None = None,
    prefer: str = "work",
) -> list[Recipient]:
    """Active contacts chosen by a category, a selection, or "everyone I was in touch
    with since" a day (an interaction logged), by name; each with the address a card
    goes to (``prefer``'s kind when they have it, else the other), or None."""
    from ..domain.labels import Recipient  # the label sheets: not read at start-up

    where: list[str] = ["c.archived = 0"]
    params: list[object] = []
    if category_id is not None:
        where.append("c.category_id = ?")
        params.append(category_id)
    if followed_up_since is not None:
        where.append(
            "EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id AND i.occurred_at >= ?)"
        )
        params.append(followed_up_since.isoformat())
    rows = db.execute_sql(
        "SELECT c.id, c.first_name, c.last_name, c.company FROM contact c"
        f" WHERE {' AND '.join(where)} ORDER BY c.sort_name, c.id",
        params,
    ).fetchall()
    if contact_ids is not None:
        chosen = set(contact_ids)
        rows = [r for r in rows if r[0] in chosen]
    infos = personal_rows([r[0] for r in rows])
    out = []
    for cid, first, last, company in rows:
        info = infos.get(cid)
        address = info.card_address(prefer) if info is not None else None
        out.append(Recipient(cid, display_name(first, last, company), company, address))
    return out
