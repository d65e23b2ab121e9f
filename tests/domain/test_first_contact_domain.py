from datetime import date

import pytest

from followup_desktop.domain import first_contact as rules


def test_spread_from_the_next_working_day_with_a_cap():
    people = [rules.NewContact(i, has_phone=True) for i in range(5)]
    plan = rules.plan(people, date(2026, 12, 5), cap=2)  # a Saturday
    assert [d for _, d in plan.moves] == [
        date(2026, 12, 7), date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 8),
        date(2026, 12, 9),
    ]  # fmt: skip
    assert "5 first follow-ups, at most 2 a working day" in plan.describe()
    assert rules.plan([], date(2026, 12, 7)).describe().startswith("Every new contact")
    with pytest.raises(ValueError):
        rules.plan(people, date(2026, 12, 7), cap=0)


def test_channel_follows_what_is_known():
    assert rules.NewContact(1, has_phone=True, has_email=True).channel == "call"
    assert rules.NewContact(1, has_email=True).channel == "email"
    assert rules.NewContact(1).channel == "call"
