"""What to say: talking-point templates per kind of follow-up, and the mailto: draft.

Pure Python. A template is a subject and a body made of text and named *slots*. Each
slot knows its grammatical role and how to make its value fit it:

* ``{first_name}``   the greeting's name ("Hi Zoë"); else "there".
* ``{reason}``       the follow-up's reason as a phrase inside a sentence: a leading
  label ("Check in: ...") and end punctuation are dropped, a capital that only began
  the reason is lowered ("Send revised pricing" -> "send revised pricing").
* ``{topic}``        what it is about, as a noun phrase after "about": the reason's
  object ("call about the demo" -> "the demo") or a reason that is a noun phrase.
* ``{last_topic}``   the last note's first line, only when it reads as a topic: an
  outcome ("No answer, no voicemail"), a sentence ("Budget frozen until the new year;
  keep in touch") or a long line is not a topic and leaves the slot empty.
* ``{promise}``      their promise as a verb phrase after "you'd": "they reply with
  feedback on the proposal" -> "reply with feedback on the proposal"; a noun phrase
  becomes "let me know about the decision on the pricing".
* ``{promised_date}`` the day they promised, written out ("Friday 11 December").
* ``{thanks_for}``   what a thank-you is for ("Thank-you note for the order" ->
  "the order"); else "your time".

Square brackets give a fallback wording: ``[I enjoyed talking about {last_topic}.|I
enjoyed our conversation.]`` uses the first alternative whose slots all have a value
(an alternative with no slot always does), or nothing. Outside brackets an empty slot
reads as its fallback, so a message never shows a gap or a raw ``{...}``. An unknown
slot is left as typed and reported (``unknown_slots``) so the editor can say which.
``render_parts`` says which words came from which slot. How a reason or a note is made
to fit a slot's role is ``slot_phrases``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from ..i18n import translator
from .slot_phrases import (
    long_day,
    phrase,
    promise_of,
    reads_english,
    thanks_for,
    topic_from_note,
    topic_of,
)
from .wording import Labels

_ = translator(__name__)

#: Slot -> what it is, for the template editor's help.
SLOTS = Labels(
    {
        "first_name": _.mark("the contact's first name"),
        "reason": _.mark("the follow-up's reason, as a phrase"),
        "topic": _.mark("what the follow-up is about (a noun phrase)"),
        "last_topic": _.mark("the topic of your last note, when it is one"),
        "promise": _.mark("what they said they would do"),
        "promised_date": _.mark("the day they promised"),
        "thanks_for": _.mark("what you thank them for"),
        "remembered": _.mark("a thing to remember about them that has just happened (a trip)"),
    }
)

#: What an empty slot reads as outside square brackets.
FALLBACKS = Labels(
    {
        "first_name": _.mark("there"),
        "reason": _.mark("our last conversation"),
        "topic": _.mark("what we discussed"),
        "last_topic": _.mark("what we discussed"),
        "promise": _.mark("get back to me"),
        "promised_date": _.mark("the date we discussed"),
        "thanks_for": _.mark("your time"),
        "remembered": _.mark("your news"),
    }
)


@dataclass(frozen=True)
class SlotValue:
    """A slot's text, where it came from, and why it is empty when it is."""

    text: str = ""
    source: str = ""  # "the contact", "the follow-up's reason", "your last note"...
    raw: str = ""  # what it was made from
    why_empty: str = ""


@dataclass(frozen=True)
class Part:
    text: str
    slot: str | None = None  # None: the template's own words


def slot_values(
    *,
    first_name: str = "",
    reason: str = "",
    whose: str = "mine",
    promised: date | None = None,
    last_note: str = "",
    remembered: str = "",  # domain.personal.recent_thing: "Trip to Japan"
) -> dict[str, SlotValue]:
    """Every slot's value for a follow-up, with where it came from."""
    src = _("the follow-up's reason")
    english = reads_english()
    # Words the reason writes with a capital inside it are names ("the Oslo expansion").
    names = frozenset(w for w in re.findall(r"[\w'-]+", reason)[1:] if w[:1].isupper())
    topic, why = topic_from_note(last_note, names | {first_name})
    not_here = _("worked out of English words only")
    values = {
        "first_name": SlotValue(first_name.strip(), _("the contact"), first_name,
                                "" if first_name.strip() else _("the contact has no first name")),
        "reason": SlotValue(phrase(reason), src, reason),
        "topic": SlotValue(topic_of(reason) if english else "", src, reason,
                           "" if english else not_here),
        "last_topic": SlotValue(topic, _("your last note"), last_note, why),
        "promise": SlotValue(promise_of(reason) if whose == "theirs" and english else "", src,
                             reason, "" if whose == "theirs" and english else
                             not_here if whose == "theirs" else _("it is your move, not theirs")),
        "promised_date": SlotValue(long_day(promised) if promised and whose == "theirs" else "",
                                   _("the day they promised"), str(promised or "")),
        "thanks_for": SlotValue(thanks_for(reason) if english else "", src, reason,
                                "" if english else not_here),
        "remembered": SlotValue(remembered.strip(), _("things to remember"), remembered),
    }  # fmt: skip
    for key, value in values.items():
        if not value.text and not value.why_empty:
            values[key] = SlotValue("", value.source, value.raw, _(_NOTHING_FITS[key]))
    return values


#: Why a slot is empty when nothing in its source fits.
_NOTHING_FITS = {
    "first_name": _.mark("nothing in the contact fits"),
    "reason": _.mark("nothing in the follow-up's reason fits"),
    "topic": _.mark("nothing in the follow-up's reason fits"),
    "last_topic": _.mark("nothing in your last note fits"),
    "promise": _.mark("nothing in the follow-up's reason fits"),
    "promised_date": _.mark("nothing in the day they promised fits"),
    "thanks_for": _.mark("nothing in the follow-up's reason fits"),
    "remembered": _.mark("nothing in things to remember fits"),
}


# -- templates -------------------------------------------------------------------------
@dataclass(frozen=True)
class Template:
    kind: str
    label: str
    subject: str
    body: str


# The built-in templates, in each language (a translation may use the slots differently
# inside its square brackets: a slot another language cannot fill stays in an
# alternative that is then skipped).
_BUILT_IN = (
    Template(
        "thank_you",
        _.mark("Thank-you note"),
        _.mark("Thank you[, {first_name}]"),
        _.mark(
            "Hi {first_name},\n\nThank you for {thanks_for}.[ I enjoyed talking about "
            "{last_topic}.]\n\nBest regards"
        ),
    ),
    Template(
        "curious",
        _.mark("Curious reminder"),
        _.mark("[A quick question about {topic}|A quick question][, {first_name}]"),
        _.mark(
            "Hi {first_name},\n\n[I was thinking about {last_topic} and wondered how things "
            "are going on your side.|I was wondering how things are going on your side.]"
            "[ Are you still thinking about {topic}?][ How did “{remembered}” go?]\n\nBest regards"
        ),
    ),
    Template(
        "value_add",
        _.mark("Value-add check-in"),
        _.mark("Something useful for you[, {first_name}]"),
        _.mark(
            "Hi {first_name},\n\n[I came across something that may help with {last_topic} "
            "and thought of you.|I came across something you may find useful and thought of "
            "you.] No need to reply; I just wanted to pass it on.\n\nBest regards"
        ),
    ),
    Template(
        "after_sale",
        _.mark("After-sale check-in"),
        _.mark("How is it going[, {first_name}]?"),
        _.mark(
            "Hi {first_name},\n\nI wanted to check that everything is working well for you. "
            "If anything could be better, tell me and I'll sort it out.\n\nBest regards"
        ),
    ),
    Template(
        "promised",
        _.mark("You said you'd get back to me"),
        _.mark("[Following up on {topic}|Following up][, {first_name}]"),
        _.mark(
            "Hi {first_name},\n\nYou said you'd {promise}[ by {promised_date}]. Is there "
            "anything I can do to help?\n\nBest regards"
        ),
    ),
)


class _Defaults(Labels[str]):
    """The built-in templates by kind, each read in the chosen language."""

    def __getitem__(self, kind: str) -> Template:
        t = self._marked[kind]
        return Template(t.kind, _(t.label), _(t.subject), _(t.body))


DEFAULTS: Mapping[str, Template] = _Defaults({t.kind: t for t in _BUILT_IN})
KINDS = tuple(DEFAULTS)

_ANY_FIELD = re.compile(r"\{([A-Za-z_]+)\}")
_GROUP = re.compile(r"\[([^\[\]]*)\]")


def unknown_slots(text: str) -> list[str]:
    """Slot names in ``text`` the app does not know (the editor shows them)."""
    return [m.group(1) for m in _ANY_FIELD.finditer(text) if m.group(1) not in SLOTS]


def _values(fields: dict) -> dict[str, str]:
    out = {}
    for key, value in fields.items():
        out[key] = (value.text if isinstance(value, SlotValue) else str(value or "")).strip()
    return out


def _fill(text: str, values: dict[str, str], parts: list[Part]) -> None:
    pos = 0
    for m in _ANY_FIELD.finditer(text):
        if m.start() > pos:
            parts.append(Part(text[pos : m.start()]))
        key = m.group(1)
        if key in SLOTS:
            parts.append(Part(values.get(key) or FALLBACKS[key], key))
        else:
            parts.append(Part(m.group(0)))  # unknown: left as typed
        pos = m.end()
    if pos < len(text):
        parts.append(Part(text[pos:]))


def render_parts(text: str, fields: dict) -> list[Part]:
    """The message in pieces: the template's words, and each slot's value."""
    values = _values(fields)
    parts: list[Part] = []
    pos = 0
    for group in _GROUP.finditer(text):
        _fill(text[pos : group.start()], values, parts)
        for alternative in group.group(1).split("|"):
            keys = [k for k in _ANY_FIELD.findall(alternative) if k in SLOTS]
            if all(values.get(k) for k in keys):
                _fill(alternative, values, parts)
                break
        pos = group.end()
    _fill(text[pos:], values, parts)
    return parts


def render(text: str, fields: dict) -> str:
    """Fill the slots (empty ones: their fallback, or the bracket's other wording)."""
    return "".join(p.text for p in render_parts(text, fields))


# Words in a reason (or its series' name) that say which template fits, lower case and
# comma separated; the English ones always count, the chosen language's as well.
_CUES = {
    "thank_you": _.mark("thank"),
    "after_sale": _.mark("after the sale, after-sale, one year on"),
    "value_add": _.mark("value, useful, article"),
}


def _cued(kind: str, text: str) -> bool:
    marked = _CUES[kind]
    words = f"{marked},{_(marked)}".casefold().split(",")
    return any(w.strip() and w.strip() in text for w in words)


def guess_kind(reason: str, whose: str = "mine", series_name: str = "") -> str:
    """The kind of talking point a follow-up most likely needs."""
    text = f"{reason} {series_name}".casefold()
    if whose == "theirs":
        return "promised"
    for kind in ("thank_you", "after_sale", "value_add"):
        if _cued(kind, text):
            return kind
    return "curious"


def mailto(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068): UTF-8 percent-encoded, line breaks as CRLF,
    spaces as %20 (mail clients do not read '+' as a space)."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    to = quote(address.strip(), safe="@")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
