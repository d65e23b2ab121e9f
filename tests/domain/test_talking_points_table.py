"""Issue 15: "What to say" writes sentences a salesperson would send. A table of real
reasons, notes and outcomes; every kind of message made from each must be clean."""

import re
from datetime import date

import pytest

from followup_desktop.domain import talking_points as tp

SAT_5_DEC = date(2026, 12, 5)

# reason, whose, the last note (often an outcome or a sentence, not a topic), first name
TABLE = [
    ("Thank-you note for the order", "mine", "No answer, no voicemail", "Anna"),
    ("they reply with feedback on the proposal", "theirs", "", "Maria"),
    ("call about the demo", "mine", "Budget frozen until the new year; keep in touch", "Zoë"),
    ("send revised pricing", "mine", "Wants pricing for 40 seats", "Bo"),
    ("Send revised pricing.", "mine", "Pricing for the Oslo office", "Bo"),
    ("decision on the pricing", "theirs", "Expansion to the Oslo office.\nMore later", "Maria"),
    ("Check in: how is it going after 30 days?", "mine", "Left message", "Carl"),
    ("After-sale check-in (3 months)", "mine", "reached", "Dora"),
    ("After-sale check-in (6 months)", "mine", "", ""),
    ("One year on: review and referrals", "mine", "Happy with the service!", "Eve"),
    ("Thank-you note for the meeting", "mine", "the new warehouse", "Finn"),
    ("Follow up: questions after a week?", "mine", "Not reached, line busy", "Gus"),
    ("Send something useful (value-add)", "mine", "Interested in automation", "Hana"),
    ("Check in after a month", "mine", "Met at the trade fair", "Ivo"),
    ("Thank them for the referral: Anna", "mine", "", "Grace"),
    ("they send the signed contract", "theirs", "Contract sent for signature", "Jon"),
    ("They'll confirm the budget", "theirs", "No news", "Kim"),
    ("they decide on the offer", "theirs", "Replied: still comparing offers", "Lea"),
    ("Decide on the offer", "theirs", "", "Max"),
    ("feedback on the proposal", "theirs", "Proposal walkthrough", "Nina"),
    ("get back to me about the trial", "theirs", "Trial extension", "Omar"),
    ("let me know about their ACME rollout", "theirs", "ACME rollout plans", "Pia"),
    ("they check with their boss", "theirs", "Needs sign-off from the CFO", "Quinn"),
    ("the budget for Q1", "theirs", "Q1 budget", "Rosa"),
    ("call Maria about the renewal", "mine", "Renewal terms", "Maria"),
    ("Ask about the Oslo expansion", "mine", "Oslo expansion", "Sam"),
    ("email the case study", "mine", "", "Tia"),
    ("Remind them of the webinar", "mine", "Webinar on 12 Jan", "Uwe"),
    ("share the ROI calculator", "mine", "ROI questions from finance", "Vera"),
    ("review the quote together", "mine", "Quote v2 sent", "Will"),
    ("Confirm delivery date.", "mine", "Delivery", "Xena"),
    ("book the demo", "mine", "Voicemail", "Yann"),
    ("Prepare the proposal!", "mine", "Scope: 3 sites, 40 users", "Zara"),
    ("pricing questions", "mine", "Pricing questions", "Abe"),
    ("New year check-in", "mine", "Busy until January", "Bea"),
    ("Invite to the customer day", "mine", "Customer day in March", "Cal"),
    ("Thank-you note for the referral", "mine", "Referral from Grace", "Dee"),
    ("Follow up on the tender", "mine", "Tender deadline is Friday; they want a call", "Ed"),
    ("visit the new store", "mine", "Opening of the new store", "Flo"),
    ("Check in about the pilot", "mine", "Pilot went well. They want more", "Gil"),
    ("they sign the order", "theirs", "Order form", "Hal"),
    ("they think it over", "theirs", "Thinking it over", "Ida"),
]

OUTCOMES = ("no answer", "left message", "no voicemail", "voicemail", "not reached", "no news")


def _messages(reason, whose, note, name):
    values = tp.slot_values(
        first_name=name, reason=reason, whose=whose, promised=SAT_5_DEC, last_note=note
    )
    for kind, template in tp.DEFAULTS.items():
        yield kind, tp.render(template.subject, values), tp.render(template.body, values)


def _allowed_capitals(reason, note, name):
    """Words the input itself writes with a capital inside a phrase (names, ACME, Q1)."""
    words = set()
    for text in (reason, note):
        tokens = re.findall(r"[\w'-]+", text)
        words.update(t for t in tokens[1:] if t[:1].isupper())
    return words | {name, "I", "Best", "Hi", "Thank", "Are", "No", "You", "If"} | {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "December",
    }  # fmt: skip


def test_the_table_is_long_enough():
    assert len(TABLE) >= 40


@pytest.mark.parametrize(("reason", "whose", "note", "name"), TABLE)
def test_every_message_is_a_clean_sentence(reason, whose, note, name):
    allowed = _allowed_capitals(reason, note, name)
    for kind, subject, body in _messages(reason, whose, note, name):
        for text in (subject, body):
            where = f"{kind}: {text!r}"
            assert "{" not in text and "}" not in text and "[" not in text, where
            assert not re.search(r"[.,;:!?]\s*[.,;:!?]", text), f"doubled punctuation, {where}"
            assert not re.search(r" [.,;:!?]|  |\w\(", text), f"a gap, {where}"
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                for word in re.findall(r"[\w'-]+", sentence)[1:]:
                    if word[:1].isupper() and not word.startswith("I'"):
                        assert word in allowed, f"capital {word!r} mid-sentence, {where}"
            lowered = text.lower()
            for outcome in OUTCOMES:
                if outcome in note.lower():
                    assert outcome not in lowered, f"an outcome as a topic, {where}"
            assert not re.search(r"(?i)\b(about|for|with|on) (\.|,|$)", text), where


def _body(kind, reason, whose="mine", note="", name="Anna"):
    values = tp.slot_values(
        first_name=name, reason=reason, whose=whose, promised=SAT_5_DEC, last_note=note
    )
    return tp.render(tp.DEFAULTS[kind].body, values)


def test_the_three_broken_sentences_of_the_issue_now_read_well():
    thanks = _body("thank_you", "Thank-you note for the order", note="No answer, no voicemail")
    assert thanks == "Hi Anna,\n\nThank you for the order.\n\nBest regards"
    promise = _body("promised", "they reply with feedback on the proposal", "theirs")
    assert "You said you'd reply with feedback on the proposal by Saturday 5 December." in (promise)
    curious = _body(
        "curious", "call about the demo", note="Budget frozen until the new year; keep in touch"
    )
    assert curious == (
        "Hi Anna,\n\nI was wondering how things are going on your side. Are you still "
        "thinking about the demo?\n\nBest regards"
    )


def test_the_their_move_template_quotes_the_promise():
    body = _body("promised", "decision on the pricing", "theirs")
    assert "You said you'd let me know about the decision on the pricing by Saturday" in body
    assert "you'd check with your boss" in _body("promised", "they check with their boss", "theirs")


def test_parts_say_where_the_words_came_from():
    values = tp.slot_values(first_name="Zoë", reason="call about the demo", last_note="Pricing")
    parts = tp.render_parts(tp.DEFAULTS["curious"].body, values)
    slots = {p.slot: p.text for p in parts if p.slot}
    assert slots == {"first_name": "Zoë", "last_topic": "the pricing", "topic": "the demo"}
    assert values["last_topic"].source == "your last note"
    empty = tp.slot_values(last_note="No answer")["last_topic"]
    assert empty.text == "" and "says what happened" in empty.why_empty


def test_unknown_slots_are_reported_and_left_as_typed():
    assert tp.unknown_slots("Hi {nickname}, {first_name} {x_y}") == ["nickname", "x_y"]
    assert tp.render("Hi {nickname} {first_name}", {"first_name": "Zoë"}) == "Hi {nickname} Zoë"
