"""What to say: talking-point templates per kind of follow-up, and the mailto: draft.

Pure Python. A template is a subject and a body with placeholders ``{first_name}``,
``{reason}``, ``{last_topic}`` and ``{promised_date}``. A placeholder whose value is
missing is replaced by a neutral phrase ("Hi there", "what we discussed") so a
message never shows an empty gap or a raw ``{...}``; unknown placeholders and stray
braces are left exactly as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

PLACEHOLDERS = ("first_name", "reason", "last_topic", "promised_date")

#: What a missing value reads as.
FALLBACKS = {
    "first_name": "there",
    "reason": "our last conversation",
    "last_topic": "what we discussed",
    "promised_date": "the date we discussed",
}


@dataclass(frozen=True)
class Template:
    kind: str
    label: str
    subject: str
    body: str


DEFAULTS: dict[str, Template] = {
    t.kind: t
    for t in (
        Template(
            "thank_you",
            "Thank-you note",
            "Thank you, {first_name}",
            "Hi {first_name},\n\nThank you for your time. I enjoyed talking about "
            "{last_topic}.\n\nAs promised: {reason}.\n\nBest regards",
        ),
        Template(
            "curious",
            "Curious reminder",
            "Quick question, {first_name}",
            "Hi {first_name},\n\nI was thinking about {last_topic} and wondered how things "
            "are going on your side. Is {reason} still on your list?\n\nBest regards",
        ),
        Template(
            "value_add",
            "Value-add check-in",
            "Something useful for you, {first_name}",
            "Hi {first_name},\n\nI came across something that may help with {last_topic} "
            "and thought of you. No need to reply; just wanted to pass it on.\n\n"
            "Best regards",
        ),
        Template(
            "after_sale",
            "After-sale check-in",
            "How is it going, {first_name}?",
            "Hi {first_name},\n\nI wanted to check that everything is working well for you "
            "since {last_topic}. If anything could be better, tell me and I'll sort it out."
            "\n\nBest regards",
        ),
        Template(
            "promised",
            "You said you'd get back to me",
            "Following up: {reason}",
            "Hi {first_name},\n\nYou mentioned you'd get back to me by {promised_date} "
            "about {reason}. Is there anything I can do to help you decide?\n\nBest regards",
        ),
    )
}
KINDS = tuple(DEFAULTS)

_FIELD = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def render(text: str, fields: dict[str, str]) -> str:
    """Fill the placeholders; missing or blank values read as their fallback."""

    def fill(match: re.Match) -> str:
        key = match.group(1)
        value = (fields.get(key) or "").strip()
        return value or FALLBACKS[key]

    return _FIELD.sub(fill, text)


def guess_kind(reason: str, whose: str = "mine", series_name: str = "") -> str:
    """The kind of talking point a follow-up most likely needs."""
    text = f"{reason} {series_name}".casefold()
    if whose == "theirs":
        return "promised"
    if "thank" in text:
        return "thank_you"
    if "after the sale" in text or "after-sale" in text or "one year on" in text:
        return "after_sale"
    if "value" in text or "useful" in text or "article" in text:
        return "value_add"
    return "curious"


def mailto(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): UTF-8 percent-encoded, line breaks as CRLF,
    spaces as %20 (mail clients do not read '+' as a space)."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    to = quote(address.strip(), safe="@")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
