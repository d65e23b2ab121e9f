"""The weekly review's definitions, pinned on hand-made histories."""

from datetime import date, datetime, timedelta

import pytest

from followup_desktop.domain import review, review_week
from followup_desktop.domain.review import (
    ReplyFigures,
    SilentContact,
    Touch,
)
from followup_desktop.domain.review_week import PlannedRow

T0 = datetime(2026, 3, 2, 9, 0)
TODAY = date(2026, 12, 6)


def touches(*pairs):
    """(channel, outcome) pairs, one a day from T0."""
    return [
        Touch(T0 + timedelta(days=k), channel, outcome, id=k + 1)
        for k, (channel, outcome) in enumerate(pairs)
    ]


def test_reply_on_the_fourth_attempt_after_two_calls_and_a_message_counts_once_at_4():
    history = touches(
        ("call", "no answer"), ("call", "no answer"), ("call", "left message"), ("email", "replied")
    )
    assert [n for _, n in review.attempt_numbers(history)] == [1, 2, 3, 4]
    figures = review.replies_by_attempt([history], None, TODAY)
    assert figures.counts == (0, 0, 0, 1, 0, 0)
    assert figures.total == 1


def test_the_count_starts_again_after_an_answer():
    history = touches(
        ("call", "reached"), ("email", "no answer"), ("call", "met"), ("call", "replied")
    )
    assert [n for _, n in review.attempt_numbers(history)] == [1, 1, 2, 1]
    assert review.replies_by_attempt([history], None, TODAY).counts == (2, 1, 0, 0, 0, 0)


def test_left_message_and_no_answer_are_not_replies_met_reached_replied_are():
    assert {o for o in ("replied", "met", "reached") if review.is_reply(o)} == {
        "replied",
        "met",
        "reached",
    }
    assert not review.is_reply("left message")
    assert not review.is_reply("no answer")


def test_seventh_attempt_lands_in_6_plus():
    history = touches(*[("call", "no answer")] * 6, ("email", "replied"))
    assert review.replies_by_attempt([history], None, TODAY).counts == (0, 0, 0, 0, 0, 1)
    assert review.BUCKET_LABELS[-1] == "6+"
    with pytest.raises(ValueError):
        review.bucket(0)


def test_order_is_by_time_not_by_the_order_logged():
    late_logged = Touch(T0 - timedelta(days=3), "call", "no answer", id=99)
    history = touches(("email", "replied"))
    numbered = review.attempt_numbers([*history, late_logged])
    assert [(t.id, n) for t, n in numbered] == [(99, 1), (1, 2)]


def test_period_counts_replies_in_it_but_numbers_them_over_the_whole_history():
    old = [Touch(datetime(2025, 1, 5, 10), "call", "no answer", 1)]
    recent = [Touch(datetime(2026, 11, 30, 10), "email", "replied", 2)]
    since = review.period_start("90d", TODAY)
    assert since == TODAY - timedelta(days=89)
    figures = review.replies_by_attempt([old + recent], since, TODAY)
    assert figures.counts == (0, 1, 0, 0, 0, 0)
    assert review.period_start("all", TODAY) is None
    with pytest.raises(ValueError, match="Unknown period"):
        review.period_start("week", TODAY)


def test_shares():
    figures = ReplyFigures((1, 2, 1, 0, 0, 0))
    assert figures.share(1) == 0.5
    assert ReplyFigures().share(0) == 0.0


def test_channels_count_attempts_replies_and_replies_after_silence():
    a = touches(("call", "no answer"), ("email", "replied"), ("call", "reached"))
    b = touches(("email", "no answer"), ("email", "no answer"), ("call", "met"))
    figures = {f.channel: f for f in review.channel_figures([a, b], None, TODAY)}
    assert figures["call"] == review.ChannelFigure("call", 3, 2, 1)
    assert figures["email"] == review.ChannelFigure("email", 3, 1, 1)
    assert figures["call"].reply_rate == pytest.approx(2 / 3)
    # sorted by replies after silence, then replies
    assert [f.channel for f in review.channel_figures([a, b], None, TODAY)] == ["call", "email"]


@pytest.mark.parametrize(
    ("counts", "usual"),
    [
        ((10, 0, 0, 0, 0, 0), 2),  # all at the first attempt: never below 2
        ((2, 3, 2, 2, 1, 0), 4),  # 7 of 10 by attempt 3, 9 by 4
        ((1, 1, 1, 1, 1, 5), 6),
        ((1, 2, 3, 0, 0, 0), 3),  # fewer than 10 replies: the default
        ((0, 0, 0, 0, 0, 0), 3),
    ],
)
def test_usual_reply_attempt(counts, usual):
    assert review.usual_reply_attempt(ReplyFigures(counts)) == usual


def test_usual_reply_attempt_at_exactly_80_percent():
    assert review.usual_reply_attempt(ReplyFigures((2, 6, 2, 0, 0, 0))) == 2


def silent(**kw):
    base = dict(
        contact_id=1,
        name="Ada",
        category="Prospects",
        attempts=2,
        last_outcome="no answer",
        last_channel="call",
        last_at=T0,
    )
    base.update(kw)
    return SilentContact(**base)


def test_given_up_too_early_a_silent_prospect_after_two_attempts():
    assert review.given_up_too_early(silent(), usual=4)
    assert review.given_up_too_early(silent(category="Referrals"), usual=4)


@pytest.mark.parametrize(
    "change",
    [
        {"category": "Clients"},  # only prospects and referrals are pursued
        {"has_open_followup": True},  # something is planned
        {"said_no": True},  # a no-next-step reason or a cancellation with a reason
        {"archived": True},
        {"attempts": 4},  # as many as usually needed: not too early
        {"attempts": 0, "last_outcome": "", "last_channel": ""},  # never tried
        {"last_outcome": "replied", "attempts": 1},  # they answered last
    ],
)
def test_not_given_up_too_early(change):
    assert not review.given_up_too_early(silent(**change), usual=4)


def test_the_retry_suggests_another_channel():
    assert review.suggested_channel("call") == "email"
    assert review.suggested_channel("email") == "call"
    assert review.suggested_reason(2, "call") == (
        "Try by e-mail: 2 unanswered attempts by call so far"
    )


MONDAY = date(2026, 11, 30)


def test_week_numbers_on_time_late_missed_and_promises():
    rows = [
        PlannedRow(MONDAY, "mine", "done", MONDAY),  # on time
        PlannedRow(MONDAY, "mine", "done", MONDAY - timedelta(days=1)),  # early is on time
        PlannedRow(MONDAY, "mine", "done", MONDAY + timedelta(days=3)),  # 3 days late
        PlannedRow(MONDAY + timedelta(days=1), "mine", "done", MONDAY + timedelta(days=2)),
        PlannedRow(MONDAY + timedelta(days=1), "mine", "open"),  # missed (today is Sunday)
        PlannedRow(MONDAY + timedelta(days=6), "mine", "open"),  # due today: pending
        PlannedRow(MONDAY, "mine", "cancelled"),  # not counted
        PlannedRow(MONDAY + timedelta(days=2), "theirs", "done", MONDAY + timedelta(days=2)),
        PlannedRow(MONDAY + timedelta(days=2), "theirs", "done", MONDAY + timedelta(days=4)),
        PlannedRow(MONDAY + timedelta(days=3), "theirs", "open"),  # lapsed
        PlannedRow(MONDAY + timedelta(days=7), "mine", "open"),  # next week: not counted
    ]
    n = review_week.week_numbers(MONDAY, rows, today=MONDAY + timedelta(days=6), new_contacts=4)
    assert (n.planned, n.done, n.on_time, n.late, n.missed) == (6, 4, 2, 2, 1)
    assert n.late_days == (1, 3)
    assert n.late_median == 1 and n.late_max == 3
    assert n.late_text == "2 late (typically 1 day, at most 3)"
    assert (n.promises, n.kept, n.lapsed) == (3, 1, 2)
    assert n.new_contacts == 4


def test_classify():
    assert review_week.classify(PlannedRow(MONDAY, "mine", "open"), MONDAY) == "pending"
    assert (
        review_week.classify(PlannedRow(MONDAY, "mine", "open"), MONDAY + timedelta(1)) == "missed"
    )
    assert review_week.days_late(PlannedRow(MONDAY, "mine", "done", MONDAY + timedelta(5))) == 5


def test_parse_review_week():
    assert review.parse_review_week("2026-W49").start == date(2026, 11, 30)
    with pytest.raises(ValueError, match="no week 54"):
        review.parse_review_week("2026-W54")
    with pytest.raises(ValueError, match="not a week"):
        review.parse_review_week("last week")
    with pytest.raises(ValueError, match="outside the years"):
        review.parse_review_week("0001-W01")
    with pytest.raises(ValueError, match="outside the years"):
        review.parse_review_week("9999-W10")


def test_the_sentences_on_screen_and_paper():
    assert review.usual_sentence(ReplyFigures(), 3) == "No replies logged in this period yet."
    assert "too few to tell" in review.usual_sentence(ReplyFigures((1, 1, 0, 0, 0, 0)), 3)
    assert review.usual_sentence(ReplyFigures((5, 10, 5, 0, 0, 0)), 3) == (
        "75 % of 20 replies came after at least one unanswered attempt; "
        "you usually get an answer by attempt 3."
    )
    assert review.given_up_sentence(1, 4).startswith("1 silent prospect or referral ")
    assert review.given_up_sentence(0, 4).startswith("Nobody:")
    n = review_week.WeekNumbers(MONDAY, planned=1, done=1, on_time=1, catchups=1, catchup_moved=4)
    lines = dict(review_week.week_lines(n, [review_week.LosingTouch("Clients", 3)]))
    assert lines["Planned"] == "1 follow-up of mine due, 1 done"
    assert lines["Catch-ups used"] == "1 (4 follow-ups moved)"
    assert lines["Losing touch"] == "Clients 3"
    assert (
        dict(review_week.week_lines(review_week.WeekNumbers(MONDAY), []))["Losing touch"]
        == "nobody"
    )


def test_grouped_rows_count_as_many():
    rows = [
        PlannedRow(MONDAY, "mine", "done", MONDAY + timedelta(days=2), n=3),
        PlannedRow(MONDAY, "theirs", "done", MONDAY, n=2),
    ]
    n = review_week.week_numbers(MONDAY, rows, MONDAY + timedelta(days=6))
    assert (n.planned, n.done, n.late, n.late_days, n.kept) == (3, 3, 3, (2, 2, 2), 2)
