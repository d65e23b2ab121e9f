"""Look-ups only the tests need, to set up a book and to judge what the app did.

The app never asks for a category by its name (it holds ids), nor for the rows an .ics
export selects apart from the withdrawals it plans with them; the tests do both.
"""

from __future__ import annotations

from followup_desktop.store.ics_state import IcsRow, Scope, select_export
from followup_desktop.store.models import Category


def category_by_name(name: str) -> Category | None:
    """The category called ``name``, in any case (the column is COLLATE NOCASE)."""
    return Category.get_or_none(Category.name == name)


def select_rows(scope: Scope, options_key: str = "") -> list[IcsRow]:
    """The follow-up rows an export of ``scope`` writes (``select_export``'s first half)."""
    return select_export(scope, options_key)[0]
