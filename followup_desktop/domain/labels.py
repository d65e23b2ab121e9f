"""Address labels for holiday cards: the standard sheets, where each label sits, and what
goes on it. Pure Python, in millimetres.

* **Avery 5160** (US Letter): 3 × 10 labels of 2⅝" × 1", 30 a sheet.
* **Avery L7160** (A4): 3 × 7 labels of 63.5 × 38.1 mm, 21 a sheet.

The paper decides the sheet (Letter: 5160, A4: L7160), so the labels always line up
with what is in the printer's tray.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..i18n import translator
from .addresses import address_lines
from .personal import Address

_ = translator(__name__)

INCH = 25.4


@dataclass(frozen=True)
class LabelSheet:
    key: str
    marked_name: str  # shown as ``name``, in the chosen language
    paper: str  # "letter" or "a4"
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float  # page edge to the first label
    top: float
    pitch_x: float  # one label's left edge to the next one's
    pitch_y: float
    #: Inside each label, kept clear so nothing prints on its edge.
    padding: float = 2.5

    @property
    def name(self) -> str:
        """ "Avery L7160 (A4, 21 labels)", as the user reads it."""
        return _(self.marked_name)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def position(self, slot: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of label ``slot`` on a page,
        filled row by row."""
        row, col = divmod(slot % self.per_page, self.columns)
        return self.left + col * self.pitch_x, self.top + row * self.pitch_y


AVERY_5160 = LabelSheet(
    "5160",
    _.mark("Avery 5160 (Letter, 30 labels)"),
    "letter",
    3,
    10,
    2.625 * INCH,
    1 * INCH,
    0.1875 * INCH,
    0.5 * INCH,
    2.75 * INCH,
    1 * INCH,
    padding=0.1 * INCH,
)
AVERY_L7160 = LabelSheet(
    "L7160",
    _.mark("Avery L7160 (A4, 21 labels)"),
    "a4",
    3,
    7,
    63.5,
    38.1,
    7.2,
    15.15,
    66.04,
    38.1,
)
SHEETS = {s.key: s for s in (AVERY_5160, AVERY_L7160)}


@dataclass(frozen=True)
class Recipient:
    contact_id: int
    name: str
    company: str
    address: Address | None  # None: no address yet (listed apart, to ask for one)

    def lines(self) -> list[str]:
        """What goes on the label: the name, the company on a work address, the address."""
        if self.address is None:
            return [self.name]
        out = [self.name]
        if self.address.kind == "work" and self.company and self.company != self.name:
            out.append(self.company)
        return out + address_lines(self.address)


def split_recipients(people: Iterable[Recipient]) -> tuple[list[Recipient], list[Recipient]]:
    """(those with an address, those without one)."""
    have: list[Recipient] = []
    missing: list[Recipient] = []
    for p in people:
        (have if p.address is not None else missing).append(p)
    return have, missing


def pages_needed(count: int, sheet: LabelSheet) -> int:
    return max(1, -(-count // sheet.per_page))
