from datetime import date, datetime

from followup_desktop.domain import catchup, followup_rules, politeness
from followup_desktop.domain.politeness import Touch

WED = date(2026, 11, 25)
FRI = date(2026, 11, 27)


def test_theirs_lapses_to_my_fallback_on_the_next_working_day():
    assert followup_rules.fallback_date(FRI) == date(2026, 11, 30)
    assert followup_rules.action_date(WED, "theirs") == date(2026, 11, 26)
    assert followup_rules.action_date(WED, "mine") == WED


def _t(day, outcome, hour=10):
    return Touch(datetime(day.year, day.month, day.day, hour), outcome)


def test_politeness_counts_and_third_attempt_warning():
    history = [
        _t(date(2026, 11, 1), "no answer"),  # outside 14 days
        _t(date(2026, 11, 16), "replied"),
        _t(date(2026, 11, 23), "left message"),
        _t(date(2026, 11, 25), "no answer"),
    ]
    info = politeness.assess(history, WED, planned=date(2026, 11, 27))
    assert info.contacts_14d == 3
    assert info.attempts_since_reply == 2
    assert "third attempt" in info.warning
    assert "3 times" in info.summary and "2 attempts" in info.summary
    # A week later the earlier attempts are outside the window: no warning.
    assert politeness.assess(history, WED, planned=date(2026, 12, 3)).warning == ""
    # Their move is not an attempt of mine.
    assert politeness.assess(history, WED, planned=FRI, whose="theirs").warning == ""
    # A reply resets the streak.
    answered = [*history, _t(WED, "replied", 15)]
    info = politeness.assess(answered, WED, planned=FRI)
    assert (info.attempts_since_reply, info.warning) == (0, "")


def test_catch_up_spreads_oldest_first_with_a_daily_cap():
    overdue = [catchup.Overdue(i, date(2026, 11, 1 + i % 20)) for i in range(25)]
    sat = date(2026, 11, 28)
    plan = catchup.plan(overdue, sat, days=3, cap=10)
    days = [d for _, d in plan.moves]
    assert days.count(date(2026, 11, 30)) == 10  # Monday, the first working day
    assert days.count(date(2026, 12, 1)) == 10
    assert days.count(date(2026, 12, 2)) == 5
    assert plan.fits and plan.days_used == 3
    # oldest first: the first ten moved are the ten oldest
    first_ids = {fid for fid, d in plan.moves if d == date(2026, 11, 30)}
    oldest = sorted(overdue, key=lambda o: (o.act_on, o.followup_id))[:10]
    assert first_ids == {o.followup_id for o in oldest}


def test_catch_up_counts_what_is_already_due_and_says_when_it_overflows():
    overdue = [catchup.Overdue(i, date(2026, 11, 2)) for i in range(12)]
    plan = catchup.plan(overdue, WED, days=1, cap=5, already_due={WED: 4})
    days = [d for _, d in plan.moves]
    assert days.count(WED) == 1
    assert days.count(date(2026, 11, 26)) == 5
    assert days.count(date(2026, 11, 27)) == 5
    assert days.count(date(2026, 11, 30)) == 1
    assert not plan.fits
    assert "3 more days" in plan.describe()
    assert catchup.plan([], WED).describe() == "Nothing is overdue."


def test_promise_status_words_from_made_to_lapsed_to_overdue():
    fri, mon = date(2026, 12, 11), date(2026, 12, 14)
    words = {
        today: followup_rules.promise_status(fri, "theirs", today, fallback=mon)
        for today in (date(2026, 12, 10), date(2026, 12, 12), mon, date(2026, 12, 16))
    }
    assert [w.state_text() for w in words.values()] == [
        "They get back by Fri 11 Dec; you call Mon 14 Dec if not",
        "No word since Fri 11 Dec; you call Mon 14 Dec",
        "No word since Fri 11 Dec; you call today",
        "OVERDUE 2 days – you were to call Mon 14 Dec (they promised by Fri 11 Dec)",
    ]
    assert [w.overdue for w in words.values()] == [False, False, False, True]
    assert [w.whose_text for w in words.values()] == [
        "Their move", "Their move", "Your move now", "Your move now",
    ]  # fmt: skip
    # the table cell's short form: whose move and the one date that matters now
    assert [w.short_text() for w in words.values()] == [
        "Their move · Fri 11 Dec",
        "No word · you call Mon 14 Dec",
        "No word · you call today",
        "No word · 2 days overdue",
    ]
    for w in words.values():  # always shorter than the sentence it stands for
        assert len(w.short_text()) < len(w.state_text()) * 0.7
    mine = followup_rules.promise_status(fri, "mine", date(2026, 12, 10))
    assert mine.short_text() == mine.state_text() == "Due Fri 11 Dec"


def test_the_stored_fallback_wins_over_the_default():
    fri = date(2026, 12, 11)
    assert followup_rules.action_date(fri, "theirs") == date(2026, 12, 14)
    assert followup_rules.action_date(fri, "theirs", date(2026, 12, 16)) == date(2026, 12, 16)
    assert followup_rules.action_date(fri, "mine", date(2026, 12, 16)) == fri


def test_a_fallback_must_come_after_the_promise():
    fri = date(2026, 12, 11)
    assert followup_rules.check_fallback(fri, date(2026, 12, 14)) is None
    assert "after the day they promised" in followup_rules.check_fallback(fri, fri)
