"""View > Language: the system's language or one the app speaks, each named in its own
language; the choice is kept in Settings (``settings.LANGUAGE``) and applies at the next
start, which the window offers to make at once ("Restart now").

The question is asked in the language just chosen (a person who cannot read the current
one must still understand it). "Restart now" closes the window (it saves its layout as on
any close); once the event loop has ended and the data folder is released, ``app.py``
starts the app again with the same arguments (``relaunch``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ... import APP_NAME, i18n
from ...i18n import catalogue
from ..kit import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from .main_window import MainWindow

_ = i18n.translator(__name__)

MENU_ID = "view.language"
#: The settings value of "follow the system".
SYSTEM = "auto"
#: Each language named in its own language, with its Alt+letter in the menu.
NAMES = {"en": "&English", "de": "&Deutsch", "fr": "&Français", "es": "Es&pañol"}

SYSTEM_LANGUAGE = _.mark("&System language ({language})")
APPLIES_AFTER_RESTART = _.mark("The new language applies when {app} starts again.")
RESTART_NOW = _.mark("&Restart now")
LATER = _.mark("&Later")
TITLE = _.mark("Language")


def in_language(code: str, text: i18n.Message) -> str:
    """``text`` (a marked constant) in language ``code``, whatever the window speaks now."""
    if code == i18n.SOURCE_LANGUAGE:
        return str(text)
    forms = catalogue.lookup(code, text.context, catalogue.key(str(text)))
    return forms[0] if forms else str(text)


def system_language() -> str:
    return i18n.choose(None, None, QLocale.system().name())


def spoken(choice: str) -> str:
    """The language a Settings value makes the app speak ("auto": the system's)."""
    return system_language() if choice == SYSTEM else choice


def build(window: MainWindow, ask: Callable[[QWidget, str], bool] | None = None) -> QMenu:
    """The Language submenu: one radio entry per choice, the saved one ticked."""
    menu = QMenu(_("&Language"), window)
    menu.menuAction().setObjectName(MENU_ID)
    group = QActionGroup(menu)
    group.setExclusive(True)
    native = NAMES[system_language()].replace("&", "")
    entries = [(SYSTEM, _(SYSTEM_LANGUAGE).format(language=native))]
    entries += [(code, NAMES[code]) for code in i18n.LANGUAGES]
    current = settings.LANGUAGE.get()
    for choice, text in entries:
        action = QAction(text, menu)
        action.setObjectName(f"{MENU_ID}.{choice}")
        action.setData(choice)
        action.setCheckable(True)
        action.setChecked(choice == current)
        group.addAction(action)
        menu.addAction(action)
        if choice == SYSTEM:
            menu.addSeparator()
    group.triggered.connect(lambda action: choose(window, action.data(), ask or ask_restart))
    return menu


def choose(window: MainWindow, choice: str, ask: Callable[[QWidget, str], bool]) -> None:
    """Keep ``choice``; when it changes the language spoken, offer to restart in it."""
    before = spoken(settings.LANGUAGE.get())
    settings.LANGUAGE.set(choice)
    if spoken(choice) == before == i18n.language():
        return  # e.g. "System language" picked while speaking the system's: nothing changes
    if ask(window, spoken(choice)):
        window.restart_on_exit = True
        window.close()


def ask_restart(parent: QWidget, code: str) -> bool:
    """Ask, in language ``code``, whether to restart now; True for Restart now."""
    box, restart = restart_question(parent, code)
    box.exec()
    return box.clickedButton() is restart


def restart_question(parent: QWidget | None, code: str) -> tuple[QMessageBox, QPushButton]:
    """The question, and its Restart now button."""
    from PySide6.QtWidgets import QMessageBox  # built when asked (start-up skips its enums)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(f"{APP_NAME}: {in_language(code, TITLE)}")
    box.setText(in_language(code, APPLIES_AFTER_RESTART).format(app=APP_NAME))
    restart = box.addButton(in_language(code, RESTART_NOW), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(in_language(code, LATER), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    return box, restart


def restart_command(argv: Sequence[str]) -> list[str]:
    """The app started again with the same arguments, less ``--lang`` (which would
    override the language just chosen)."""
    from .sample import app_command

    args: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    return [*app_command(), *args]


def relaunch(argv: Sequence[str] | None = None, *, start=None) -> bool:
    """Start the app again (after this one released its data folder); False if it failed."""
    if start is None:
        from PySide6.QtCore import QProcess

        start = QProcess.startDetached
    program, *args = restart_command(sys.argv[1:] if argv is None else argv)
    started = start(program, args)
    return started[0] if isinstance(started, tuple) else bool(started)
