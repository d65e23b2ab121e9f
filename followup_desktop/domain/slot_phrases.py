"""Making a follow-up's own words fit a talking point's slots (``domain.talking_points``).

Pure Python. A reason becomes a phrase inside a sentence ("Send revised pricing" ->
"send revised pricing"), a topic after "about" ("call about the demo" -> "the demo"),
their promise a verb phrase after "you'd" ("they reply with feedback" -> "reply with
feedback"), a thank-you what it is for; the last note's first line is a topic only when
it reads as one. These need English grammar: in another language they stay empty and
the template's other wording is used (``reads_english``).
"""

from __future__ import annotations

import re
from datetime import date

from .. import i18n
from ..i18n import translator
from .personal import month_name

_ = translator(__name__)

#: Outcomes and outcome-like notes: what happened, never what was talked about.
_OUTCOME_WORDS = re.compile(
    r"\b(no answer|no reply|no response|no voicemail|voicemail|left (a )?message|"
    r"not reached|unreachable|busy|out of office|no news|reached|replied|met|"
    r"did not pick up|didn't pick up|engaged|call back)\b",
    re.IGNORECASE,
)
#: Verbs a reason of mine starts with ("send revised pricing", "call about the demo").
_MY_VERBS = {
    "ask", "arrange", "book", "call", "chase", "check", "confirm", "demo", "discuss",
    "e-mail", "email", "follow", "get", "invite", "meet", "offer", "phone", "present",
    "propose", "remind", "review", "ring", "schedule", "see", "send", "share", "talk",
    "text", "thank", "update", "visit", "write", "prepare", "introduce", "deliver",
}  # fmt: skip
#: Verbs their promise may start with ("reply with feedback", "decide on the offer").
_THEIR_VERBS = {
    "answer", "approve", "call", "check", "choose", "come", "confirm", "decide", "get",
    "give", "let", "look", "pick", "reply", "return", "review", "send", "share", "sign",
    "talk", "tell", "think", "try", "agree", "finalise", "finalize", "book", "order",
    "respond", "discuss", "consult", "speak", "ask", "read", "test", "write", "email",
}  # fmt: skip
_SECOND_PERSON = {"their": "your", "them": "you", "themselves": "yourselves", "theirs": "yours"}


def _lower_first(text: str, names: frozenset[str] = frozenset()) -> str:
    """Lower a capital that only began the phrase ("Send pricing"), not a name or an
    acronym ("ACME"), nor a word known as a name (``names``: "Oslo expansion")."""
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if first in names:
        return text
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first != "I":
        return text[0].lower() + text[1:]
    return text


def phrase(text: str) -> str:
    """A reason or note as a phrase inside a sentence: one line, no label, no end stop."""
    text = " ".join((text or "").split())
    m = re.match(r"^[A-Za-z][\w -]{0,25}:\s+(.+)$", text)  # "Check in: how is it going?"
    if m:
        text = m.group(1)
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # a trailing "(3 months)"
    text = text.rstrip(" .!?;:,")
    return _lower_first(text) if reads_english() else text  # German nouns keep their capital


def _you(text: str) -> str:
    """Their words addressed to them: "their rollout" -> "your rollout"."""
    return " ".join(_SECOND_PERSON.get(w.lower(), w) for w in text.split(" "))


_ACTIVITY = re.compile(r"(?i)\b(check[ -]in|follow[ -]up|catch[ -]up|touch base|reminder)\b")
_TRAILING = re.compile(r"(?i)\s+(together|again|soon|now|today|tomorrow|asap)$")


def topic_of(reason: str) -> str:
    """The noun phrase a reason is about ("" when it has none, or only names an
    activity of mine such as "after-sale check-in")."""
    text = _TRAILING.sub("", phrase(reason))
    if not text or "?" in reason or _ACTIVITY.search(text):
        return ""
    first = text.split(" ", 1)[0].lower()
    rest = text.split(" ", 1)[1] if " " in text else ""
    if first in _MY_VERBS or first in _THEIR_VERBS or first in ("follow", "let", "remind"):
        m = re.search(r"\b(?:about|regarding|on|of)\s+(.+)$", text)
        if m:
            return _you(_the(m.group(1)))
        if first in ("send", "share", "review", "discuss", "confirm", "prepare", "deliver"):
            if rest and rest.split(" ", 1)[0].lower() not in ("and", "or", "with", "to"):
                return _you(_the(rest))
        return ""
    if first in ("they", "they'll", "thank-you", "thanks"):
        return ""
    return _you(_the(text))


#: A note that says something about them ("Happy with the service", "Contract sent for
#: signature") is a sentence without a subject, not a topic.
_PREDICATE_START = {
    "happy", "unhappy", "interested", "keen", "needs", "wants", "thinking", "waiting",
    "looking", "liked", "loved", "likes", "prefers", "agreed", "asked", "said", "sent",
    "signed", "will", "would", "can", "could", "may", "might", "still", "going", "hoping",
    "considering", "comparing", "ready", "on", "in", "at", "with", "after",
}  # fmt: skip
_PREDICATE_WORD = {
    "is", "are", "was", "were", "has", "have", "had", "sent", "signed", "wants", "needs",
    "said", "asked", "agreed", "will", "would", "can", "could", "went", "liked", "got",
}  # fmt: skip


def topic_from_note(note: str, names: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(topic, why not): the first line of a note when it reads as a topic."""
    line = next((ln.strip() for ln in (note or "").splitlines() if ln.strip()), "")
    if not line:
        return "", _("no note was written last time")
    if not reads_english():
        return "", _("the last note is not read for a topic in this language")
    if _OUTCOME_WORDS.search(line):
        return "", _("the last note “{note}” says what happened, not what you talked about").format(
            note=line
        )
    body = line.rstrip(" .!")
    sentence = _("the last note “{note}” is a sentence, not a topic")
    if re.search(r"[;:!?]|\.\s", body) or len(body.split()) > 8:
        return "", sentence.format(note=line)
    if re.match(r"(?i)(no|not|nothing|didn't|did not|can't|won't)\b", body):
        return "", _("the last note “{note}” is not a topic").format(note=line)
    words = [w.lower() for w in re.findall(r"[\w'-]+", body)]
    if words and (words[0] in _PREDICATE_START or _PREDICATE_WORD & set(words[1:])):
        return "", sentence.format(note=line)
    return _you(_the(_lower_first(body, names))), ""


def promise_of(reason: str) -> str:
    """Their promise as a verb phrase after "you'd": "" when the reason has none."""
    text = phrase(reason)
    if not text:
        return ""
    m = re.match(
        r"(?i)^(?:they(?:'ll| will| would| should| promised to| said they'd)?)\s+(.+)$", text
    )
    if m:
        text = m.group(1)
        if (
            text.split(" ", 1)[0].endswith("s")
            and text.split(" ", 1)[0][:-1].lower() in _THEIR_VERBS
        ):
            text = (
                text.split(" ", 1)[0][:-1] + text[len(text.split(" ", 1)[0]) :]
            )  # "sends" -> "send"
    first = text.split(" ", 1)[0].lower()
    if first not in _THEIR_VERBS:
        text = f"let me know about {_the(text)}"
    return _you(text)


_DETERMINERS = {
    "the", "a", "an", "your", "their", "our", "my", "this", "that", "these", "those",
    "something", "anything", "some", "any", "more", "all", "each", "every", "his", "her",
    "its", "what", "how",
}  # fmt: skip


def _the(noun: str) -> str:
    """A noun phrase with an article ("pricing" -> "the pricing"; names stay bare)."""
    first = noun.split(" ", 1)[0].lower()
    if first in _DETERMINERS or noun[:1].isupper() or noun[:1].isdigit():
        return noun
    return f"the {noun}"


def thanks_for(reason: str) -> str:
    m = re.search(r"(?i)\bthank[\w-]*(?: note| them| you)?\s+for\s+(.+)$", phrase(reason))
    if not m:
        return ""
    what = m.group(1)
    what = re.sub(r":.*$", "", what).strip()
    return _the(what)


_WEEKDAYS = (
    _.mark("Monday"),
    _.mark("Tuesday"),
    _.mark("Wednesday"),
    _.mark("Thursday"),
    _.mark("Friday"),
    _.mark("Saturday"),
    _.mark("Sunday"),
)


def long_day(day: date) -> str:
    """'Friday 11 December' (a letter writes the day out)."""
    return _("{weekday} {day} {month}", "Friday 11 December").format(
        weekday=_(_WEEKDAYS[day.weekday()]), day=day.day, month=month_name(day.month)
    )


def reads_english() -> bool:
    """The slots that need English grammar (an object after "about", a verb phrase after
    "you'd") are only worked out of English words; in another language they stay empty
    and the template's other wording is used."""
    return i18n.language() == i18n.SOURCE_LANGUAGE
