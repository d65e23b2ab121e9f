"""The agenda's sections, in their order, and what each is called.

The names are the app's words for these lists wherever they appear: the agenda's
section list, the weekly review's "Losing touch" row, the contacts sidebar's "No next
step" (the same contacts, by category).
"""

from __future__ import annotations

from ..i18n import translator
from .wording import Labels

_ = translator(__name__)

SECTIONS = ("overdue", "today", "week", "theirs", "none", "losing", "keydates")
TITLES = Labels(
    {
        "overdue": _.mark("Overdue"),
        "today": _.mark("Today"),
        "week": _.mark("This week"),
        "theirs": _.mark("Their move"),
        "losing": _.mark("Losing touch"),
        "none": _.mark("No next step"),
        "keydates": _.mark("Key dates"),
    }
)
