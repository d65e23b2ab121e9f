"""The user's own talking-point templates are kept per language."""

from __future__ import annotations

from followup_desktop import i18n
from followup_desktop.domain import talking_points as rules
from followup_desktop.store import talking_points
from followup_desktop.store.settings import get_setting, set_setting


def test_an_edit_in_german_is_german_only(store, speak):
    speak("de")
    talking_points.save_template("promised", "Neuigkeiten, {first_name}?", "Hallo {first_name}")
    assert talking_points.template("promised").subject == "Neuigkeiten, {first_name}?"
    assert talking_points.is_customised("promised")

    speak("en")
    assert not talking_points.is_customised("promised")
    assert talking_points.template("promised").body == rules.DEFAULTS["promised"].body
    talking_points.save_template("promised", "Any news, {first_name}?", "Hi {first_name}")

    speak("fr")
    assert not talking_points.is_customised("promised")
    speak("de")
    assert talking_points.template("promised").body == "Hallo {first_name}"
    # Going back to the built-in German message leaves the English edit as it was.
    talking_points.reset_template("promised")
    assert not talking_points.is_customised("promised")
    assert talking_points.template("promised", "en").subject == "Any news, {first_name}?"


def test_a_language_can_be_named_without_speaking_it(store):
    talking_points.save_template("thank_you", "Merci", "Bonjour {first_name}", language="fr")
    assert i18n.language() == "en"
    assert talking_points.template("thank_you", "fr").subject == "Merci"
    assert talking_points.template("thank_you").subject == rules.DEFAULTS["thank_you"].subject


def test_edits_made_before_the_app_spoke_other_languages_stay_the_english_ones(store, speak):
    # How an edit was stored when every template was English.
    set_setting("talking_points.curious", '{"subject": "Hello again", "body": "Hi {first_name}"}')
    assert talking_points.template("curious").subject == "Hello again"
    speak("es")
    assert not talking_points.is_customised("curious")
    talking_points.save_template("curious", "Hola", "Hola {first_name}")
    assert get_setting("talking_points.curious") is not None
    assert talking_points.template("curious", "en").subject == "Hello again"
