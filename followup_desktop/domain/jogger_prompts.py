"""Memory-jogger prompts: questions that make a salesperson think of people to contact.

One short list per built-in category (matched by name, case-insensitively), and a
general list for categories the user added. Written for this app, for a solo
salesperson looking at paper on a Monday morning.
"""

from __future__ import annotations

from ..i18n import translator
from .text import fold

_ = translator(__name__)

PROMPTS: dict[str, tuple[str, ...]] = {
    "personal contacts": (
        _.mark("Who did you catch up with at a family event, club or school gate lately?"),
        _.mark("Which friend changed jobs or started a business this year?"),
        _.mark("Whose birthday, move or new baby gives you a reason to call?"),
    ),
    "clients": (
        _.mark("Who bought from you last year and has not heard from you since?"),
        _.mark("Which client should be asked how the purchase is working out?"),
        _.mark("Who could use what you sold them again, or one level up?"),
    ),
    "prospects": (
        _.mark("Who asked for a quote and went quiet?"),
        _.mark("Whose budget or contract renews this quarter?"),
        _.mark("Who did you meet at the last event and never followed up?"),
    ),
    "industry colleagues": (
        _.mark("Who else sells to the same customers, but not what you sell?"),
        _.mark("Who spoke at or organised an event you went to?"),
        _.mark("Which supplier or partner knows who is buying right now?"),
    ),
    "referrals": (
        _.mark("Who sent you business this year? Have you thanked them?"),
        _.mark("Which happy client has never been asked for an introduction?"),
        _.mark("Who did a referral mention that you have not contacted yet?"),
    ),
}

GENERAL: tuple[str, ...] = (
    _.mark("Who in this group have you not spoken to in three months?"),
    _.mark("Who would be glad to hear from you this week?"),
)


def prompts_for(category_name: str) -> tuple[str, ...]:
    """The prompts for a category; user-added categories get the general ones."""
    return tuple(_(p) for p in PROMPTS.get(fold(category_name.strip()), GENERAL))
