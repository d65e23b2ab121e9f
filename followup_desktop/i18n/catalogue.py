"""The translations as read at run time: ``resources/i18n/<language>/*.ts`` (Qt Linguist's
format), one area's file read when a text of that area is first shown, then kept (and
cached in the user's cache folder until the file changes).

A catalogue maps ``(context, key)`` to the translated forms: one form, or the plural
forms in the language's order (:func:`followup_desktop.i18n.plural_index`). Unfinished
translations are left out, so their English source shows rather than an empty text.
"""

from __future__ import annotations

import marshal
import os
import sys
from functools import cache
from pathlib import Path

from ..cache_folder import app_cache_dir

Forms = tuple[str, ...]
Catalogue = dict[tuple[str, str], Forms]


def key(text: str, comment: str = "") -> str:
    """A message's identity in its context: its source text, and its comment if any
    (the same English word may need two translations: "Open" the file, "Open" status)."""
    return f"{comment}\x04{text}" if comment else str(text)


@cache
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


def area_of(context: str) -> str:
    """The file a context's texts are in: ``ui.<feature>`` for the window's features, else
    the top-level part (``domain``, ``store``, ``exchange``, ``cli``, ``app``...)."""
    parts = context.split(".")
    return ".".join(parts[:2]) if parts[0] == "ui" and len(parts) > 1 else parts[0]


def finished_forms(path: Path) -> Catalogue:
    """The finished translations of one .ts file: what the app needs at run time, read in
    one pass over the elements (``read_ts`` keeps everything, for the tools and checks)."""
    from xml.etree import ElementTree

    found: Catalogue = {}
    try:
        root = ElementTree.parse(path).getroot()
    except FileNotFoundError:
        return found
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = comment = ""
            forms: Forms = ()
            for part in message:
                if part.tag == "source":
                    source = part.text or ""
                elif part.tag == "comment":
                    comment = part.text or ""
                elif part.tag == "translation":
                    if part.get("type") in ("unfinished", "vanished", "obsolete"):
                        break
                    if message.get("numerus") == "yes":
                        forms = tuple(form.text or "" for form in part.iter("numerusform"))
                    else:
                        forms = (part.text or "",)
            if forms and all(forms):
                found[(name, key(source, comment))] = forms
    return found


@cache
def load_area(language: str, area: str) -> Catalogue:
    """One area's finished translations, read the first time one of its texts is shown
    (a German start reads the files of what the first screen shows, not all of them),
    from the user's cache when the .ts file has not changed since it was last read."""
    path = translations_dir() / language / f"{area}.ts"
    try:
        info = path.stat()
    except OSError:
        return {}
    stamp = (str(path), info.st_mtime_ns, info.st_size)
    cached = _cache_file(language, area)
    if cached is not None:
        try:
            with open(cached, "rb") as fh:
                kept_stamp, catalogue = marshal.load(fh)
            if kept_stamp == stamp and isinstance(catalogue, dict):
                return catalogue
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no cache yet, or one from another version: read the .ts file
    catalogue = finished_forms(path)
    if cached is not None:
        _keep(cached, (stamp, catalogue))
    return catalogue


def cache_dir() -> Path | None:
    """Where read catalogues are kept (the platform's cache folder); None without a home."""
    folder = app_cache_dir()
    return None if folder is None else folder / "i18n"


def _cache_file(language: str, area: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{language}-{area}.marshal"


def _keep(cached: Path, value: tuple[tuple[str, int, int], Catalogue]) -> None:
    """Write the cache file whole or not at all; a cache that cannot be written is skipped."""
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(value))
        os.replace(partial, cached)
    except (OSError, ValueError):
        pass


def lookup(language: str, context: str, message_key: str) -> Forms | None:
    """A text's translation: a marked constant carries its own context, so the area to
    read is known wherever it is shown."""
    return load_area(language, area_of(context)).get((context, message_key))
