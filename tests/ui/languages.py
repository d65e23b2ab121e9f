"""Tests in another language: ``with speaking(qapp, "de"):`` installs German (texts,
locale, Qt's own buttons) and puts English back afterwards, whatever happened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from followup_desktop import i18n
from followup_desktop.ui.kit import language, locale_dates

#: The languages besides English, for ``pytest.mark.parametrize``.
TRANSLATED = ("de", "fr", "es")


@contextmanager
def speaking(app, code: str) -> Iterator[str]:
    before = QLocale()
    try:
        yield language.install(app, code)
    finally:
        language.install(app, "en")
        QLocale.setDefault(before)
        locale_dates.install(before)
        i18n.set_language("en")
        i18n.use_count_format(str)
