"""Typed dates in German, French and Spanish (issue 20): what the word tables cost.

Each language's first parse is timed in a fresh process (its imports, compiling its
rules, one phrase) against English's in the same run, and a keystroke (one more parse)
likewise. When ``dateparser`` is installed (it is not a dependency), its import and first
parse are timed too: the measurement behind the choice in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

PHRASES = {
    "en": ["next tue", "in 10 days", "dec 3 2pm", "end of next month"],
    "de": ["nächsten Dienstag", "in 10 Tagen", "3. Dezember 14 Uhr", "Ende nächsten Monats"],
    "fr": ["mardi prochain", "dans 10 jours", "3 décembre 14h", "fin du mois prochain"],
    "es": ["el próximo martes", "en 10 días", "3 de diciembre a las 14:00", "fin de mes"],
}

_TABLES = """
import json, sys, time
t0 = time.perf_counter()
from datetime import date
from followup_desktop.domain import datewords
from followup_desktop.domain.dateparse import parse_when
language, phrases = sys.argv[1], json.loads(sys.argv[2])
datewords.prepare(language)
t1 = time.perf_counter()
assert parse_when(phrases[0], date(2026, 11, 30), language=language).ok
t2 = time.perf_counter()
keys = []
for _ in range(25):
    for text in phrases:
        a = time.perf_counter()
        assert parse_when(text, date(2026, 11, 30), language=language).ok, text
        keys.append(time.perf_counter() - a)
keys.sort()
print(json.dumps([t1 - t0, t2 - t1, keys[len(keys) // 2]]))
"""

_DATEPARSER = """
import json, sys, time
t0 = time.perf_counter()
import dateparser
t1 = time.perf_counter()
from datetime import datetime
language, phrases = sys.argv[1], json.loads(sys.argv[2])
settings = {"RELATIVE_BASE": datetime(2026, 11, 30), "PREFER_DATES_FROM": "future"}
dateparser.parse(phrases[0], languages=[language, "en"], settings=settings)
t2 = time.perf_counter()
keys = []
for _ in range(5):
    for text in phrases:
        a = time.perf_counter()
        dateparser.parse(text, languages=[language, "en"], settings=settings)
        keys.append(time.perf_counter() - a)
keys.sort()
print(json.dumps([t1 - t0, t2 - t1, keys[len(keys) // 2]]))
"""


def _run(script: str, language: str, repeat: int = 5) -> list[float]:
    samples = [
        json.loads(
            subprocess.check_output(
                [sys.executable, "-c", script, language, json.dumps(PHRASES[language])]
            )
        )
        for _ in range(repeat)
    ]
    return [statistics.median(s[i] for s in samples) * 1000 for i in range(3)]


def _has_dateparser() -> bool:
    probe = [sys.executable, "-c", "import dateparser"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def run(ctx) -> None:
    _run(_TABLES, "en", repeat=2)  # warm the disk cache: the first process reads the files
    for language in ("de", "fr", "es"):
        english = _run(_TABLES, "en")  # the baseline next to each language, same conditions
        imports, first, key = _run(_TABLES, language)
        cold, cold_en = imports + first, english[0] + english[1]
        ctx.figure(
            f"typed dates {language}: import + first parse vs English",
            f"{cold:.1f} ms vs {cold_en:.1f} ms = {cold / cold_en:.2f}x",
            "<= 1.25x",
            cold / cold_en <= 1.25,
        )
        ctx.figure(
            f"typed dates {language}: a keystroke's parse vs English",
            f"{key:.3f} ms vs {english[2]:.3f} ms = {key / english[2]:.2f}x",
            "<= 3x and < 1 ms",
            key / english[2] <= 3 and key < 1,
        )
    if not _has_dateparser():
        print("dateparser is not installed: its figures are in docs/ARCHITECTURE.md")
        return
    tables = _run(_TABLES, "de")
    library = _run(_DATEPARSER, "de")
    ratio = (library[0] + library[1]) / (tables[0] + tables[1])
    ctx.figure(
        "dateparser (de) import + first parse vs the word tables",
        f"{library[0] + library[1]:.0f} ms vs {tables[0] + tables[1]:.0f} ms = {ratio:.1f}x",
        "for the record",
        True,
    )
