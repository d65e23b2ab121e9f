"""The translation function as the rest of the app uses it (no Qt needed)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from followup_desktop import i18n
from followup_desktop.i18n import catalogue
from followup_desktop.i18n.extract import scan_module

_ = i18n.translator("followup_desktop.app")  # the command line's texts, translated in every file


def test_english_is_the_source_and_needs_no_catalogue(speak):
    speak("en")
    assert _("start the window, load the first screen, save it as PNG and exit").startswith(
        "start the window"
    )
    assert _.n("%n contact", "%n contacts", 1) == "1 contact"
    assert _.n("%n contact", "%n contacts", 0) == "0 contacts"


def test_a_translated_text_reads_in_the_chosen_language(speak):
    text = "start the window, load the first screen, save it as PNG and exit"
    speak("de")
    assert _(text) == "Fenster starten, erste Ansicht laden, als PNG speichern und beenden"
    speak("fr")
    assert _(text).startswith("ouvrir la fenêtre")
    speak("es")
    assert _(text).startswith("abrir la ventana")


def test_a_text_nobody_translated_shows_in_english_not_empty(speak):
    speak("de")
    assert _("A text that is in no catalogue") == "A text that is in no catalogue"
    assert _.n("%n widget", "%n widgets", 3) == "3 widgets"


def test_plural_forms_follow_each_languages_rule():
    assert [i18n.plural_index("de", n) for n in (0, 1, 2)] == [1, 0, 1]
    assert [i18n.plural_index("es", n) for n in (0, 1, 2)] == [1, 0, 1]
    assert [i18n.plural_index("fr", n) for n in (0, 1, 2)] == [0, 0, 1]


def test_a_marked_constant_is_translated_in_its_own_context_wherever_it_is_shown(speak):
    text = "start the window, load the first screen, save it as PNG and exit"
    constant = _.mark(text)
    elsewhere = i18n.translator("followup_desktop.ui.agenda.view")
    speak("de")
    assert str(constant) == text  # marking does not translate
    assert elsewhere(constant).startswith("Fenster starten")
    assert pickle.loads(pickle.dumps(constant)).context == "app"


def test_the_number_is_written_the_locales_way(speak):
    speak("de")
    i18n.use_count_format(lambda n: f"{n:,}".replace(",", "."))
    try:
        assert _.n("%n contact", "%n contacts", 12000) == "12.000 contacts"
    finally:
        i18n.use_count_format(str)


@pytest.mark.parametrize(
    ("requested", "setting", "system", "expected"),
    [
        ("fr", "de", "es_ES", "fr"),  # --lang wins
        (None, "de", "es_ES", "de"),  # then Settings
        (None, "auto", "es_ES", "es"),  # then the system
        (None, None, "de_AT.UTF-8", "de"),
        (None, None, "ja_JP", "en"),  # a language the app does not speak: English
        ("xx", None, "fr_CA", "fr"),
    ],
)
def test_the_language_is_chosen_lang_then_settings_then_system(
    requested, setting, system, expected
):
    assert i18n.choose(requested, setting, system) == expected


def test_the_systems_language_comes_from_the_posix_variables_in_their_order():
    assert i18n.system_language({"LANGUAGE": "es:de", "LANG": "fr_FR.UTF-8"}) == "es"
    assert i18n.system_language({"LANGUAGE": "ja:de", "LANG": "fr_FR.UTF-8"}) == "de"
    assert i18n.system_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.system_language({"LANG": "fr_BE.UTF-8"}) == "fr"
    assert i18n.system_language({}) == "en"


@pytest.mark.parametrize("ctype", ["C.UTF-8", "C.utf8", "POSIX"])
def test_the_c_locale_with_a_codeset_is_english(monkeypatch, ctype):
    for var in ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", ctype)
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LC_MESSAGES", "fr_FR.UTF-8")  # a language named before LANG wins
    assert i18n.system_language() == "fr"


def test_unfinished_translations_are_not_used(tmp_path: Path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de_DE">'
        "<context><name>c</name>"
        "<message><source>Done</source><translation>Erledigt</translation></message>"
        '<message><source>Later</source><translation type="unfinished">Sp</translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    messages = catalogue.read_ts(ts)
    assert messages[("c", "Done")]["finished"]
    assert not messages[("c", "Later")]["finished"]


def test_the_extractor_refuses_texts_it_cannot_translate(tmp_path: Path):
    package = tmp_path / "followup_desktop"
    package.mkdir()
    module = package / "m.py"
    module.write_text(
        "from .i18n import translator\n"
        "_ = translator(__name__)\n"
        "a = _('Call {name}').format(name=n)\n"
        "b = _(f'Call {n}')\n"
        "c = _('Call ' + n)\n"
        "d = _.n('%n call', '%n calls', k)\n"
        "e = _(MARKED)\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    texts = scan_module(module, problems, tmp_path)
    assert [(t.context, t.source, t.singular) for t in texts] == [
        ("m", "Call {name}", ""),
        ("m", "%n calls", "%n call"),
    ]
    assert [p.split(":")[1] for p in problems] == ["4", "5"]


def test_stored_words_are_shown_translated_and_stay_english_in_the_data(speak):
    from followup_desktop.domain import vocabulary as v

    speak("de")
    assert v.category_label("Prospects") == "Interessenten"
    assert v.category_label("Golf club") == "Golf club"  # the user's own, as typed
    assert v.channel_label("email") == "E-Mail"
    assert v.outcome_label("left message") == "Nachricht hinterlassen"
    assert "email" in v.CHANNELS and "Prospects" in v._CATEGORY_LABELS
    speak("fr")
    assert v.whose_label("theirs") == "à eux de répondre"
    speak("en")
    assert v.channel_label("email") == "e-mail"


def test_the_extractor_refuses_a_module_that_reuses_the_translators_name(tmp_path: Path):
    package = tmp_path / "followup_desktop"
    package.mkdir()
    module = package / "m.py"
    module.write_text(
        "from .i18n import translator\n"
        "_ = translator(__name__)\n"
        "def f(region):\n"
        "    found, _ = lookup(region)\n"  # _('...') below would call a string
        "    return _('a public holiday')\n"
        "g = lambda *_: None\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    scan_module(module, problems, tmp_path)
    assert [p.split(":")[1] for p in problems] == ["4", "6"]
