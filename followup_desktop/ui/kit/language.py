"""The window's language: chosen once at start-up, before any window is built.

``install()`` picks the language (``--lang``, else Settings → Language, else the
system's), makes it the one ``i18n`` translates into, makes its locale the default
(dates, times, numbers, the first day of the week) and loads Qt's own translations
(the buttons of standard dialogs: "Abbrechen", "Annuler"...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ... import i18n
from . import locale_dates, settings

if TYPE_CHECKING:  # Qt's own translations load for the other languages only
    from PySide6.QtCore import QTranslator

_qt_texts: QTranslator | None = None


def locale_for(code: str, system: QLocale) -> QLocale:
    """The locale that goes with language ``code``: the system's when it speaks that
    language (de_AT stays Austrian) or speaks none the app knows (English texts, Swedish
    dates); else the language's own main locale (German chosen on a French system)."""
    spoken = i18n.language_of(system.name())
    if spoken == code or (spoken is None and code == i18n.SOURCE_LANGUAGE):
        return system
    return QLocale(code)


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Speak ``requested`` (``--lang``), or the saved choice, or the system's language."""
    global _qt_texts
    system = QLocale.system()
    code = i18n.set_language(i18n.choose(requested, settings.LANGUAGE.get(), system.name()))
    locale = locale_for(code, system)
    QLocale.setDefault(locale)
    i18n.use_count_format(locale.toString)
    locale_dates.install(locale)
    if _qt_texts is not None:
        app.removeTranslator(_qt_texts)
        _qt_texts = None
    if code != i18n.SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo, QTranslator  # English does without them

        qt_texts = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_texts.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt_texts)
            _qt_texts = qt_texts
    return code
