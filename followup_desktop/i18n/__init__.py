"""Every text a user reads goes through here: the window, the printed list, the .ics
files, the command line.

In a module::

    from ..i18n import translator

    _ = translator(__name__)

    label.setText(_("Plan follow-up"))
    _("Call {name} back").format(name=contact.name)       # placeholders by name
    _.n("%n contact", "%n contacts", count)                # plural forms
    TITLE = _.mark("No next step")   # a module constant: marked now, translated when shown
    header.setText(_(TITLE))         # ... by any translator, in the constant's own context

The source texts are English. The translations live in Qt Linguist's ``.ts`` files under
``resources/i18n/<language>/<area>.ts`` (one file per area of the code, so the areas are
translated and reviewed independently), written by ``python -m followup_desktop.i18n.extract``
from the calls above and read here, without Qt, so the command line and the Qt-free layers
(domain, store, exchange) translate exactly as the window does. Why this and not Qt's own
``tr()`` and ``.qm`` files: docs/ARCHITECTURE.md, "Languages".

Nothing is translated at import time: a module constant is a :class:`Message` (a ``str``
that remembers its context), translated where it is shown, so a language chosen after
start-up's imports still applies everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from . import catalogue

#: The languages the app speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"
_PACKAGE = "followup_desktop."

_language = SOURCE_LANGUAGE
_count_format: Callable[[int], str] = str


class Message(str):
    """A source text marked for translation where it is declared; ``str()`` of it is English.

    Translated by any translator (``_(message)``) in the context it was marked in.
    """

    context: str

    def __new__(cls, text: str, context: str) -> Message:
        message = super().__new__(cls, text)
        message.context = context
        return message

    def __reduce__(self):  # pickles (and copies) as a Message, not a plain str
        return (Message, (str(self), self.context))


def context_of(module_name: str) -> str:
    """The context of a module's texts: its dotted path inside the package."""
    return module_name.removeprefix(_PACKAGE)


class Translator:
    """``translator(__name__)``: translates the module's texts in the chosen language."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, comment: str = "") -> str:
        if isinstance(text, Message):
            return translate(text.context, str(text), comment)
        return translate(self.context, text, comment)

    def n(self, singular: str, plural: str, count: int, comment: str = "") -> str:
        """The form of ``plural`` for ``count`` (``%n`` becomes the number)."""
        return translate_n(self.context, singular, plural, count, comment)

    def mark(self, text: str) -> Message:
        """Mark a text (a module constant) for translation where it is shown."""
        return Message(text, self.context)


def translator(module_name: str) -> Translator:
    return Translator(context_of(module_name))


def translate(context: str, text: str, comment: str = "") -> str:
    if _language == SOURCE_LANGUAGE:
        return str(text)
    forms = catalogue.lookup(_language, context, catalogue.key(text, comment))
    return forms[0] if forms else str(text)


def translate_n(context: str, singular: str, plural: str, count: int, comment: str = "") -> str:
    if _language == SOURCE_LANGUAGE:
        form = singular if count == 1 else plural
    else:
        forms = catalogue.lookup(_language, context, catalogue.key(plural, comment))
        if forms:
            form = forms[min(plural_index(_language, count), len(forms) - 1)]
        else:
            form = singular if count == 1 else plural
    return form.replace("%n", _count_format(count))


def plural_index(language: str, count: int) -> int:
    """Which plural form a count takes: German, English and Spanish say "1 Kontakt,
    0/2 Kontakte"; French says "0 contact, 1 contact, 2 contacts"."""
    if language == "fr":
        return 0 if count in (0, 1) else 1
    return 0 if count == 1 else 1


def language() -> str:
    return _language


def set_language(code: str) -> str:
    """Speak ``code`` from now on (unknown codes fall back to English); returns the one set."""
    global _language
    _language = code if code in LANGUAGES else SOURCE_LANGUAGE
    return _language


def use_count_format(fmt: Callable[[int], str]) -> None:
    """How ``%n`` is written (the window installs its locale's digit grouping)."""
    global _count_format
    _count_format = fmt


def language_of(locale_name: str | None) -> str | None:
    """``"de_AT.UTF-8"`` → ``"de"``; None when the app does not speak it."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language from the environment (POSIX order: LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG), or the platform's locale; English when it is none the app speaks.
    The window asks Qt instead (``QLocale.system()``), which also knows Windows and macOS."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for name in env.get(var, "").split(":"):
            if name in ("C", "POSIX"):
                return SOURCE_LANGUAGE
            found = language_of(name)
            if found:
                return found
    if environ is None:
        # The C locale with a codeset (C.UTF-8: containers, CI, minimal systems) is read
        # as English by the locale module too; said without loading it (~0.75 ms).
        ctype = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
        if ctype.split(".")[0] in ("C", "POSIX"):
            return SOURCE_LANGUAGE
        import locale

        found = language_of(locale.getlocale()[0])
        if found:
            return found
    return SOURCE_LANGUAGE


def choose(requested: str | None, setting: str | None, system: str) -> str:
    """The language to speak: ``--lang``, else the Settings choice, else the system's."""
    for candidate in (requested, setting):
        if candidate and candidate != "auto":
            found = language_of(candidate)
            if found:
                return found
    return language_of(system) or SOURCE_LANGUAGE
