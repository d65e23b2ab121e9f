from urllib.parse import parse_qs, unquote, urlsplit

from followup_desktop.domain import talking_points as tp


def test_render_fills_placeholders():
    text = tp.render(
        "Hi {first_name}, about {reason} ({last_topic}) by {promised_date}",
        {"first_name": "Zoë", "reason": "the quote", "last_topic": "pricing",
         "promised_date": "Fri 4 Dec 2026"},
    )  # fmt: skip
    assert text == "Hi Zoë, about the quote (pricing) by Fri 4 Dec 2026"


def test_render_with_missing_fields_reads_naturally():
    text = tp.render("Hi {first_name}, {last_topic}; {promised_date}.", {"first_name": "  "})
    assert text == "Hi there, what we discussed; the date we discussed."
    # Unknown placeholders and stray braces stay exactly as typed.
    assert tp.render("{nickname} {first_name {reason}", {"reason": "x"}) == (
        "{nickname} {first_name x"
    )


def test_every_default_renders_without_braces_even_with_nothing_known():
    for t in tp.DEFAULTS.values():
        out = tp.render(t.subject + t.body, {})
        assert "{" not in out and "}" not in out, t.kind


def test_guess_kind():
    assert tp.guess_kind("Decide on the offer", "theirs") == "promised"
    assert tp.guess_kind("Thank-you note for the order") == "thank_you"
    assert tp.guess_kind("Check in", series_name="After the sale") == "after_sale"
    assert tp.guess_kind("Send something useful (value-add)") == "value_add"
    assert tp.guess_kind("Call about the demo") == "curious"


def test_mailto_encodes_non_ascii_newlines_and_spaces():
    url = tp.mailto(" zoë@例え.jp ", "Grüße & Co? 100%", "Hi Zoë,\n\nLine 2\r\nLine 3 + more")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert " " not in url and "\n" not in url and "+" not in url.split("?", 1)[1]
    assert "%0D%0A%0D%0ALine%202%0D%0ALine%203%20%2B%20more" in url
    assert unquote(parts.path) == "zoë@例え.jp" and "@" in parts.path
    query = parse_qs(parts.query)
    assert query["subject"] == ["Grüße & Co? 100%"]
    assert query["body"] == ["Hi Zoë,\r\n\r\nLine 2\r\nLine 3 + more"]
