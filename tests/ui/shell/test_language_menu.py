"""View > Language: the choices named in their own languages, the one saved ticked; a new
choice is kept in Settings and the window offers, in the language chosen, to restart in
it (after saving its layout, with the same arguments)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLocale

from followup_desktop import i18n
from followup_desktop.ui.kit import settings
from followup_desktop.ui.shell import language_menu
from followup_desktop.ui.shell.main_window import MainWindow
from tests.ui.languages import speaking


@pytest.fixture
def window(store, qtbot, qsettings, data_dir):
    w = MainWindow(data_dir=data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _menu(window):
    return window.action_registry[language_menu.MENU_ID].menu()


def _entries(window) -> list[tuple[str, bool]]:
    return [(a.text(), a.isChecked()) for a in _menu(window).actions() if not a.isSeparator()]


def test_the_view_menu_offers_each_language_in_its_own_words(window, monkeypatch):
    assert _menu(window).menuAction() in window.view_menu.actions()
    system = language_menu.NAMES[language_menu.system_language()].replace("&", "")
    assert _entries(window) == [
        (f"&System language ({system})", True),  # "auto", the default
        ("&English", False), ("&Deutsch", False), ("&Français", False), ("Es&pañol", False),
    ]  # fmt: skip


def test_in_german_the_menu_says_system_language_in_german(
    qapp, qtbot, store, qsettings, data_dir, monkeypatch
):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    settings.LANGUAGE.set("de")
    with speaking(qapp, "de"):
        w = MainWindow(data_dir=data_dir)
        qtbot.addWidget(w)
        assert _menu(w).title() == "&Sprache"
        assert _entries(w)[0] == ("&Systemsprache (Français)", False)
        assert ("&Deutsch", True) in _entries(w)


def test_choosing_a_language_keeps_it_and_asks_in_that_language(window, monkeypatch):
    asked = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda w, code: asked.append(code) or False)
    window.findChild(type(window.log_action), "view.language.fr").trigger()
    assert settings.LANGUAGE.get() == "fr" and asked == ["fr"]
    assert ("&Français", True) in _entries(window)
    assert window.isVisible() and not window.restart_on_exit  # Later: nothing else happens
    assert i18n.language() == "en"  # the window keeps speaking English until the restart


def test_the_question_is_in_the_chosen_language(qtbot):
    box, restart = language_menu.restart_question(None, "es")
    qtbot.addWidget(box)
    assert box.windowTitle() == "Follow-up Desktop: Idioma"
    assert box.text() == "El nuevo idioma se aplicará cuando Follow-up Desktop se vuelva a iniciar."
    assert sorted(b.text() for b in box.buttons()) == ["&Reiniciar ahora", "Más &tarde"]
    assert box.defaultButton() is restart
    assert i18n.language() == "en"


def test_restart_now_saves_the_layout_closes_and_relaunches_without_lang(window, monkeypatch):
    monkeypatch.setattr(language_menu, "ask_restart", lambda w, code: True)
    settings.WINDOW_GEOMETRY.set(None)
    window.findChild(type(window.log_action), "view.language.de").trigger()
    assert window.restart_on_exit and not window.isVisible()
    assert settings.WINDOW_GEOMETRY.get() is not None  # closed as any close: layout saved
    started = []
    argv = ["--data-dir", "/d", "--lang", "en", "--lang=fr"]
    ok = language_menu.relaunch(
        argv, start=lambda program, args: started.append((program, args)) or True
    )
    assert ok and started == [(sys.executable, ["-m", "followup_desktop", "--data-dir", "/d"])]


def test_picking_what_is_already_spoken_asks_nothing(window, monkeypatch):
    monkeypatch.setattr(language_menu, "ask_restart", lambda w, code: pytest.fail("asked"))
    monkeypatch.setattr(language_menu, "system_language", lambda: "en")
    window.findChild(type(window.log_action), "view.language.en").trigger()
    assert settings.LANGUAGE.get() == "en"
