"""Entry point: arguments, paths, QApplication set-up, main(). Nothing else.

Without a command the GUI starts; with one, the CLI runs without importing Qt
(unless the command itself needs it, e.g. printing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import APP_NAME, DESKTOP_ID, ORG_DOMAIN, ORG_NAME, __version__, i18n
from .domain import dates

_ = i18n.translator(__name__)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup-desktop",
        description=_("Log every interaction, plan the next follow-up, never let a contact slip."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_(
            "folder holding the database "
            "(default: $FOLLOWUP_DATA_DIR or the platform's data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(i18n.LANGUAGES),
        help=_(
            "language of the window, the printed list, the calendar files and these "
            "messages (default: the one chosen in View → Language, else the system's)"
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help=_("start the window, load the first screen, save it as PNG and exit"),
    )
    if with_commands:
        from .cli import add_commands

        add_commands(parser)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--lang", "--screenshot")


def _names_a_command(argv: Sequence[str]) -> bool:
    """True unless argv holds only the window's own options (then the GUI starts).

    The GUI start skips importing every command module (import, export, printing):
    start-up time is what a user feels every day.
    """
    args = iter(argv)
    for arg in args:
        if arg in _VALUE_OPTIONS:
            next(args, None)
        elif arg.startswith(tuple(f"{o}=" for o in _VALUE_OPTIONS)):
            continue
        else:
            return True  # a command, --help, --version or a typo: the full parser decides
    return False


def _window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's own options as the parser would read them, when argv holds nothing
    else and nothing the parser would refuse; else None (the parser decides and explains).

    A start shows no help and no error, so it needs no parser: building one (in German,
    with its words and help translated) is a millisecond or two of every start.
    """
    values: dict[str, str] = {}
    args = iter(argv)
    for arg in args:
        name, eq, value = arg.partition("=")
        if name not in _VALUE_OPTIONS:
            return None  # a command, --help, --version, an abbreviation or a typo
        if not eq:
            following = next(args, None)
            if following is None or following.startswith("-"):
                return None  # argparse: "expected one argument"
            value = following
        values[name] = value  # the last one counts, as in argparse
    lang = values.get("--lang")
    if lang is not None and lang not in i18n.LANGUAGES:
        return None  # argparse: "invalid choice", with the choices
    return argparse.Namespace(
        data_dir=values.get("--data-dir"), lang=lang, screenshot=values.get("--screenshot")
    )


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser is built, so its help is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The command line speaks --lang or the system's language; the window also reads
    # Settings → Language (ui.kit.language, once Qt is up).
    code = i18n.set_language(i18n.choose(_requested_language(argv), None, i18n.system_language()))
    # ... and writes its dates in that language's style without Qt (the window installs
    # its locale's, which reads the same: ui.kit.locale_dates).
    dates.use_style(dates.style_for_language(code))
    args = _window_options(argv)
    if args is None:  # a command, --help, --version or a mistake: the parser's words
        if code != i18n.SOURCE_LANGUAGE:  # argparse's "usage:", "options"... in it too
            from .cli.argparse_words import install

            install()
        args = build_parser(with_commands=_names_a_command(argv)).parse_args(argv)
    if getattr(args, "command", None):
        from .cli import run

        return run(args)
    return run_gui(args)


def make_application(argv: Sequence[str] | None = None, language: str | None = None):
    """The QApplication with the app's identity (QSettings, task bar, About) and its
    language (``language``, else Settings → Language, else the system's)."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain(ORG_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    _private_settings_file(QSettings().fileName())
    from .ui.kit import language as window_language
    from .ui.kit.resources import file_icon, icon_path

    # Before any window: its texts, and every date it writes in the locale's one style.
    window_language.install(app, language)

    app.setWindowIcon(file_icon(icon_path("app")))
    return app


def _private_settings_file(name: str) -> None:
    """The settings file (recent folders, the name on the printed list) is the user's only.

    Made 0600 before Qt first writes it; Qt keeps an existing file's permissions.
    """
    import os
    import stat
    from pathlib import Path

    if os.name != "posix" or not name:
        return
    path = Path(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        elif stat.S_IMODE(path.stat().st_mode) & 0o077:
            os.chmod(path, 0o600)
    except OSError:
        pass  # settings are a convenience; Qt reports nothing either


def _preload_before_qt() -> None:
    """Import the plain-Python part of start-up (store, domain, logging) before PySide6.

    Once PySide6 is loaded its ``__feature__`` import hook reads the source of every
    module imported after it; loading these first spares start-up that (~60 million
    instructions, about 5% of a start on a 50,000-contact database). The first screen's
    UI packages are here too: their ``__init__`` files hold no Qt (tests/ui/shell/
    test_startup_imports.py lists any plain-Python module a start imports after PySide6).
    """
    import logging  # noqa: F401  (the error handler's log file)

    from . import errorlog, ui  # noqa: F401
    from .domain import (  # noqa: F401
        agenda_sections,
        book_counts,
        dates,
        followup_rules,
        phones,
        vocabulary,
        wording,
    )
    from .store import agenda, contact_counts, settings, working_week  # noqa: F401
    from .ui import agenda as ui_agenda  # noqa: F401
    from .ui import backup, categories, contacts, followups, kit, shell  # noqa: F401


def _explain_and_quit(parent, problem):
    """A scripted run (``--screenshot``) on an unusable database: say why on stderr, stop."""
    from .ui.shell.recovery_dialog import Recovery

    text = " ".join(str(problem.error).split())
    print(f"followup-desktop: {text}", file=sys.stderr)
    return Recovery.QUIT


def run_gui(args: argparse.Namespace) -> int:
    # Python's cyclic garbage collector would run dozens of times while PySide wraps
    # Qt's enums and classes during start-up (~25 ms) and find next to nothing to free.
    # It is off until the first screen is up (the event loop's first turn, see
    # first_screen_shown), or until this function returns.
    import gc

    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def first_screen_shown() -> None:
    """The first screen is up: start-up's objects are set aside and the collector is on.

    What start-up made (modules, classes, PySide's wrapped enums and types, the window's
    widgets, the translations) lives as long as the window, and each full collection
    would walk all of it again to free nothing: ~30,000 objects, about 8 ms at every
    full collection during the day and once more at exit. ``gc.freeze`` moves them out
    of the collector's sight (they are still freed by reference counting); objects made
    afterwards are collected as usual.
    """
    import gc

    gc.freeze()
    gc.enable()


def _run_gui(args: argparse.Namespace) -> int:
    from .paths import database_path, resolve_data_dir
    from .preflight import run as preflight
    from .preflight import tell
    from .store.errors import StoreError

    problem = preflight()  # Linux: Qt's platform plugin would abort without its libraries
    if problem:
        tell(problem)
        return 2
    _preload_before_qt()
    app = make_application(language=args.lang)
    from .ui.shell.startup import open_store_or_explain

    data_dir = resolve_data_dir(args.data_dir)
    from .ui.shell.single_instance import bring_to_front, claim

    instance = claim(data_dir)
    if instance is None:  # another window has this data folder and was brought to the front
        return 0
    ask = _explain_and_quit if args.screenshot else None  # nobody is there to answer
    if not open_store_or_explain(data_dir, database_path(data_dir), ask=ask):
        return 2
    from .ui.shell.error_handler import install as install_error_handler
    from .ui.shell.main_window import MainWindow

    install_error_handler(data_dir)

    try:
        window = MainWindow(data_dir=data_dir)
    except StoreError as exc:  # e.g. the database went away between open and first query
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    if args.screenshot:
        status = window.save_screenshot(args.screenshot)
        first_screen_shown()  # as a started window does on the event loop's first turn
        return status
    instance.activation_requested.connect(lambda: bring_to_front(window))
    window.show()
    # What the first screen does not show waits for the event loop's first turn:
    # answering a second start (QtNetwork; a second start made meanwhile keeps trying
    # for a few seconds, SingleInstance.notify_running), the daily backup's worker and
    # the icons of the Contacts actions (menus and the Contacts tab show them).
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, instance.listen)
    QTimer.singleShot(0, first_screen_shown)
    QTimer.singleShot(0, window.backup_actions.start_daily_backup)
    QTimer.singleShot(0, window.contact_actions.show_icons)  # the menus' icons
    status = app.exec()
    if window.discard_sample_on_exit:  # "Throw the sample away" in a sample book's window
        from .paths import discard_sample
        from .store.database import close_database

        close_database()
        instance.release()
        discard_sample(data_dir)
    elif window.restart_on_exit:  # View > Language > Restart now, once the folder is free
        from .store.database import close_database
        from .ui.shell.language_menu import relaunch

        close_database()
        instance.release()
        relaunch()
    return status
