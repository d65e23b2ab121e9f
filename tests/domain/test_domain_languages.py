"""The domain's sentences in German and French: what a salesperson in Munich or Lyon
reads on screen, on paper and in the calendar (the stored codes do not change)."""

from __future__ import annotations

from datetime import date

import pytest

from followup_desktop import i18n
from followup_desktop.domain import (
    cadence,
    calendar_copy,
    catchup,
    followup_rules,
    import_records,
    jogger,
    key_date_text,
    outcomes,
    personal,
    politeness,
    review,
    review_week,
    series,
    talking_points,
)


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


@pytest.fixture
def french():
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def test_a_lapsed_promise_reads_german_with_its_plural(german):
    status = followup_rules.promise_status(date(2026, 12, 1), "theirs", date(2026, 12, 9))
    assert status.whose_text == "Jetzt bin ich am Zug"
    assert status.state_text(lambda d: f"{d.day}.{d.month}.").startswith(
        "ÜBERFÄLLIG seit 7 Tagen – Anruf war für 2.12. geplant (Zusage bis 1.12.)"
    )
    one = followup_rules.promise_status(date(2026, 12, 7), "mine", date(2026, 12, 8))
    assert one.state_text(lambda d: "Mo").startswith("ÜBERFÄLLIG seit 1 Tag –")
    assert status.short_text() == "Keine Antwort · 7 Tage überfällig"
    waiting = followup_rules.promise_status(date(2026, 12, 11), "theirs", date(2026, 12, 9))
    assert waiting.short_text(lambda d: f"{d.day}.{d.month}.") == "Kontakt ist am Zug · 11.12."


def test_french_counts_zero_and_one_in_the_singular(french):
    assert cadence.describe_past(1) == "1 jour de retard"
    assert cadence.describe_past(5) == "5 jours de retard"
    assert politeness.Politeness(0, 1).summary == (
        "Contacté 0 fois ces 14 derniers jours ; 1 tentative depuis leur dernière réponse."
    )


def test_key_dates_read_in_the_language_and_keep_their_kind(german):
    kd = personal.KeyDate("anniversary", 3, 15, 2016)
    assert personal.format_key_date(kd) == "15. März 2016"
    assert personal.occasion(kd, date(2026, 3, 15)) == "Hochzeitstag (10.)"
    assert personal.reminder_reason(personal.KeyDate("birthday", 5, 1)) == (
        "Geburtstagskarte senden"
    )
    assert personal.KIND_LABELS["birthday"] == "Geburtstag"
    assert list(personal.KIND_LABELS) == list(personal.KINDS)  # the codes stay English
    typed = key_date_text.parse_typed_date("15. März 1980", kind="birthday", today=date(2026, 1, 1))
    assert (typed.day, typed.month, typed.year) == (15, 3, 1980)
    assert (
        key_date_text.parse_typed_date("31. Februar").problem == "Der Februar hat keinen 31. Tag."
    )


def test_our_german_export_of_key_dates_reads_back_as_the_same_kinds(german):
    raw = import_records.key_dates_from_text("Geburtstag: 1980-03-15\nHochzeitstag: --06-01")
    assert [(kind, label) for kind, label, _value in raw] == [
        ("birthday", ""),
        ("anniversary", ""),
    ]


def test_french_key_dates_and_the_ordinal(french):
    assert personal.format_key_date(personal.KeyDate("birthday", 3, 15)) == "15 mars"
    first = personal.KeyDate("anniversary", 6, 1, 2025)
    assert personal.occasion(first, date(2026, 6, 1)) == "Anniversaire de mariage (1er)"


def test_suggestions_name_the_channel_in_the_language(german):
    found = outcomes.suggest("no answer", "call", 3, date(2026, 12, 7), "Angebot")
    assert found is not None
    assert found.reason == "Stattdessen per E-Mail versuchen: Angebot"
    assert found.channel == "email"  # the stored code
    assert outcomes.cleared_note("replied", 1) == (
        "Der Kontakt hat nach 1 unbeantworteten Versuch geantwortet: Die Zählung beginnt neu."
    )


def test_the_review_in_german(german):
    assert list(review.GIVEN_UP_HEADERS)[:3] == ["Kontakt", "Kategorie", "Versuche"]
    assert review.PERIODS["90d"] == ("Letzte 90 Tage", 90)
    numbers = review_week.WeekNumbers(date(2026, 11, 30), planned=1, done=1, on_time=1)
    lines = dict(review_week.week_lines(numbers, [review_week.LosingTouch("Prospects", 3)]))
    assert lines["Geplant"] == "1 eigenes Follow-up fällig, 1 erledigt"
    assert lines["Kontakt droht abzureißen"] == "Interessenten 3"
    assert review.channel_row(review.ChannelFigure("email", 4, 2, 1))[0] == "E-Mail"


def test_a_catch_up_plan_describes_itself_in_french(french):
    moves = [(1, date(2026, 12, 7)), (2, date(2026, 12, 7))]
    text = catchup.CatchUpPlan(moves=moves, days_asked=5, days_used=1).describe()
    assert text.startswith("2 relances en retard reportées au ")


def test_the_weekly_list_and_series_words(german):
    week = jogger.Week(date(2026, 11, 23), date(2026, 11, 29))
    assert week.label(jogger.Formats(day=str, date=str)) == "KW 48 · 2026-11-23 – 2026-11-29"
    assert series.describe_offset(series.Step("x", offset_days=14)) == "2 Wochen danach"
    assert series.check_steps("", []) == "Geben Sie der Serie einen Namen."


def test_the_calendar_copy_of_a_withdrawn_follow_up(german):
    summary = calendar_copy.withdrawn_summary("Follow-up: Ada – Angebot", calendar_copy.DONE)
    assert summary == "Erledigt: Ada – Angebot"
    english = calendar_copy.withdrawn_summary("Follow up: Ada – Quote", calendar_copy.CANCELLED)
    assert english == "Gestrichen: Ada – Quote"  # exported in English, withdrawn in German
    note = calendar_copy.withdrawn_note(calendar_copy.OUT_OF_SCOPE, "mine")
    assert note == "Nicht mehr in diesem Kalender: Sie sind nicht mehr am Zug."


def test_built_in_talking_points_per_language():
    values = dict(first_name="Jan", reason="Angebot prüfen", whose="theirs")
    promised = date(2026, 12, 11)
    i18n.set_language("de")
    try:
        template = talking_points.DEFAULTS["promised"]
        body = talking_points.render(template.body, talking_points.slot_values(
            promised=promised, **values))  # fmt: skip
        assert template.label == "Sie wollten sich melden"
        assert body.startswith("Hallo Jan,\n\nSie wollten sich bis Freitag, 11. Dezember bei mir")
        assert "{" not in body and "[" not in body
        i18n.set_language("fr")
        template = talking_points.DEFAULTS["thank_you"]
        fields = talking_points.slot_values(first_name="", reason="Merci pour la commande")
        assert talking_points.render(template.body, fields).startswith(
            "Bonjour,\n\nMerci pour votre temps."
        )
    finally:
        i18n.set_language("en")
    assert talking_points.DEFAULTS["promised"].label == "You said you'd get back to me"
