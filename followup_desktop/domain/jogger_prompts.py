"""Memory-jogger prompts: questions that make a salesperson think of people to contact.

One short list per built-in category (matched by name, case-insensitively), and a
general list for categories the user added. Written for this app, for a solo
salesperson looking at paper on a Monday morning.
"""

from __future__ import annotations

from ..domain.text import fold

PROMPTS: dict[str, tuple[str, ...]] = {
    "personal contacts": (
        "Who did you catch up with at a family event, club or school gate lately?",
        "Which friend changed jobs or started a business this year?",
        "Whose birthday, move or new baby gives you a reason to call?",
    ),
    "clients": (
        "Who bought from you last year and has not heard from you since?",
        "Which client should be asked how the purchase is working out?",
        "Who could use what you sold them again, or one level up?",
    ),
    "prospects": (
        "Who asked for a quote and went quiet?",
        "Whose budget or contract renews this quarter?",
        "Who did you meet at the last event and never followed up?",
    ),
    "industry colleagues": (
        "Who else sells to the same customers, but not what you sell?",
        "Who spoke at or organised an event you went to?",
        "Which supplier or partner knows who is buying right now?",
    ),
    "referrals": (
        "Who sent you business this year? Have you thanked them?",
        "Which happy client has never been asked for an introduction?",
        "Who did a referral mention that you have not contacted yet?",
    ),
}

GENERAL: tuple[str, ...] = (
    "Who in this group have you not spoken to in three months?",
    "Who would be glad to hear from you this week?",
)


def prompts_for(category_name: str) -> tuple[str, ...]:
    """The prompts for a category; user-added categories get the general ones."""
    return PROMPTS.get(fold(category_name.strip()), GENERAL)
