"""The sample book's phone numbers, as people in the book's country write them.

The book is made in the user's language (``i18n.language()``): an English book has US
numbers, a German one German numbers ("030 2341234", "0151 23412345"), a French one French
("01 23 41 23 45"), a Spanish one Spanish ("912 341 234"), each with some written
internationally and a few from abroad. The draws from ``rng`` are the same in every
language (and the English numbers as they always were), so books made with one seed have
the same shape whatever the language.
"""

from __future__ import annotations

import random

from .. import i18n

# Real area and mobile prefixes, so the library that shows numbers reads them as valid.
_DE_AREAS = ("30", "40", "89", "221", "69", "711", "211", "351", "341", "511")
_DE_MOBILE = ("151", "152", "157", "160", "162", "170", "171", "172", "175", "176")
_ES_AREAS = ("91", "93", "95", "96", "94", "98", "97", "92")


def draw_phone(rng: random.Random) -> str:
    area, mid, end = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    style = rng.random()
    home = _HOME.get(i18n.language(), _us)
    if style < 0.85:  # at home: national (45 %), international (25 %), the third kind (15 %)
        kind = 0 if style < 0.45 else 1 if style < 0.7 else 2
        return home(kind, area, mid, end)
    if style < 0.93:
        return f"+44 20 {rng.randint(7000, 8999)} {end:04d}"
    number = rng.randint(1000000, 9999999)
    return f"+43 1 {number}" if home is _de else f"+49 30 {number}"


def _us(kind: int, area: int, mid: int, end: int) -> str:
    return (f"({area}) {mid}-{end:04d}", f"+1 {area} {mid} {end:04d}",
            f"{area}.{mid}.{end:04d}")[kind]  # fmt: skip


def _de(kind: int, area: int, mid: int, end: int) -> str:
    code = _DE_AREAS[area % len(_DE_AREAS)]
    if kind == 2:  # a mobile
        return f"0{_DE_MOBILE[area % len(_DE_MOBILE)]} {mid}{end:04d}{area % 10}"
    return f"0{code} {mid}{end:04d}" if kind == 0 else f"+49 {code} {mid}{end:04d}"


def _fr(kind: int, area: int, mid: int, end: int) -> str:
    digits = f"{mid:03d}{end:04d}{area % 10}"  # eight digits after the first
    first = (6 + area % 2) if kind == 2 else 1 + area % 5  # 06/07 mobiles, 01-05 regions
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return f"0{first} {pairs}" if kind != 1 else f"+33 {first} {pairs}"


def _es(kind: int, area: int, mid: int, end: int) -> str:
    start = f"6{area % 10}" if kind == 2 else _ES_AREAS[area % len(_ES_AREAS)]
    digits = f"{start}{mid:03d}{end:04d}"  # nine digits
    grouped = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return f"+34 {grouped}" if kind == 1 else grouped


_HOME = {"de": _de, "fr": _fr, "es": _es}
