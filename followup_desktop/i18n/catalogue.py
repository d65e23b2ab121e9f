"""The translations as read at run time: ``resources/i18n/<language>/*.ts`` (Qt Linguist's
format), parsed with the standard library on the first text of a language, then kept.

A catalogue maps ``(context, key)`` to the translated forms: one form, or the plural
forms in the language's order (:func:`followup_desktop.i18n.plural_index`). Unfinished
translations are left out, so their English source shows rather than an empty text.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

Forms = tuple[str, ...]
Catalogue = dict[tuple[str, str], Forms]


def key(text: str, comment: str = "") -> str:
    """A message's identity in its context: its source text, and its comment if any
    (the same English word may need two translations: "Open" the file, "Open" status)."""
    return f"{comment}\x04{text}" if comment else str(text)


def translations_dir() -> Path:
    """resources/i18n: in a PyInstaller bundle, an installed package or a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "followup_desktop" / "resources" / "i18n"
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[2] / "resources"):
        if (candidate / "i18n").is_dir():
            return candidate / "i18n"
    return here.parents[2] / "resources" / "i18n"


def read_ts(path: Path) -> dict[tuple[str, str], dict]:
    """Every message of one .ts file: ``(context, key)`` → source, comment, plural source
    (the singular, kept as an extra comment), translation forms and whether finished."""
    from xml.etree import ElementTree  # only a translated start reads one (~3 ms)

    messages: dict[tuple[str, str], dict] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            comment = message.findtext("comment", "")
            translation = message.find("translation")
            if translation is None:
                forms: Forms = ()
                finished = False
            else:
                numerus = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    forms = tuple(form.text or "" for form in numerus)
                else:
                    forms = (translation.text or "",)
                finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages[(name, key(source, comment))] = {
                "source": source,
                "comment": comment,
                "singular": message.findtext("extracomment", ""),
                "numerus": message.get("numerus") == "yes",
                "forms": forms,
                "finished": finished and all(forms),
            }
    return messages


@cache
def load(language: str) -> Catalogue:
    """All of a language's finished translations (every area: a marked constant may be
    shown by a module of another area)."""
    folder = translations_dir() / language
    catalogue: Catalogue = {}
    for path in sorted(folder.glob("*.ts")):
        for ident, message in read_ts(path).items():
            if message["finished"]:
                catalogue[ident] = message["forms"]
    return catalogue


def lookup(language: str, context: str, message_key: str) -> Forms | None:
    return load(language).get((context, message_key))
