from datetime import date

from followup_desktop.domain import outcomes

WED = date(2026, 11, 25)
THU = date(2026, 11, 26)


def test_no_answer_suggests_a_retry_in_two_working_days():
    s = outcomes.suggest("no answer", "call", 1, WED, "Send pricing")
    assert s.due_date == date(2026, 11, 27) and s.channel == "call"
    assert s.reason == "Call again: Send pricing"
    assert "1st unanswered attempt" in s.note
    # Thursday + 2 working days skips the weekend.
    assert outcomes.suggest("no answer", "email", 2, THU).due_date == date(2026, 11, 30)


def test_left_message_follows_up_on_the_message():
    s = outcomes.suggest("left message", "call", 2, WED)
    assert s.reason == "Follow up on my message" and "2nd unanswered attempt" in s.note


def test_third_unanswered_attempt_suggests_another_channel():
    s = outcomes.suggest("no answer", "call", 3, WED, "Demo")
    assert s.channel == "email" and s.reason == "Try by e-mail instead: Demo"
    assert s.note.startswith("3 unanswered attempts in a row")
    assert outcomes.suggest("left message", "email", 4, WED).channel == "call"


def test_answers_suggest_nothing_and_clear_the_count():
    for outcome in ("replied", "reached", "met"):
        assert outcomes.suggest(outcome, "call", 0, WED) is None
        assert "after 2 unanswered attempts" in outcomes.cleared_note(outcome, 2)
        assert outcomes.cleared_note(outcome, 0) == ""
    assert outcomes.cleared_note("no answer", 3) == ""


def test_attempts_never_below_one():
    assert outcomes.suggest("no answer", "call", 0, WED).attempts == 1
