"""The printed list's blocks placed on pages: none is split, a heading never ends a page,
and (by default) each category starts a new page; a category's block that spills over
goes under a "(continued)" heading. Only heights are looked at here; painting comes after,
so each footer can say "Page X of Y"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPainter

from ...domain.jogger import Section


@dataclass
class Block:
    height: float
    paint: Callable[[QPainter, float], None]  # paints at the given top y
    keep_with_next: bool = False
    section: Section | None = None  # for the "(continued)" heading on a new page
    is_heading: bool = False
    #: Helps but is not an item (the prompts for new names): left out rather than
    #: printed on a page of its own or pushing its category onto a "(continued)" page.
    optional: bool = False


def paginate(
    blocks: list[Block],
    *,
    top: float,
    bottom: float,
    per_category: bool,
    continued: Callable[[Section], Block],
) -> list[list[tuple[Block, float]]]:
    """Places blocks on pages between ``top`` and ``bottom``: [(block, top y), ...] per page.

    A block that does not fit starts a new page, under a "(continued)" heading
    (``continued(section)``) when it belongs to a category. With ``per_category`` every
    category's heading also starts a new page, unless the page holds no category yet
    (the first page opens with the week's summary line, then the first category).
    """
    pages: list[list[tuple[Block, float]]] = [[]]
    y = top
    i = 0
    while i < len(blocks):
        # A heading is placed only together with the block after it.
        group = [blocks[i]]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        need = sum(b.height for b in group)
        new_category = (
            per_category
            and group[0].is_heading
            and any(b.section is not None for b, _y in pages[-1])
        )
        if group[0].optional and y + need > bottom and pages[-1]:
            i += len(group)  # the prompts do not get a page (or a break) of their own
            continue
        if not new_category and y + need > bottom and pages[-1] and group[0].section:
            # A category's last few lines that spill over: make room by leaving out
            # the prompts already placed on this page, rather than open a
            # "(continued)" page for them.
            y = _make_room(pages[-1], blocks, i, y, bottom)
        if new_category or (y + need > bottom and pages[-1]):
            pages.append([])
            y = top
            section = group[0].section
            if section is not None and not group[0].is_heading:
                cont = continued(section)
                pages[-1].append((cont, y))
                y += cont.height
        for b in group:
            pages[-1].append((b, y))
            y += b.height
        i += len(group)
    return pages


def _make_room(page, blocks, i, y, bottom) -> float:
    """Drop this page's optional blocks when that lets the rest of the current
    category (blocks[i:] up to the next heading) finish on this page; the new y."""
    rest = 0.0
    for block in blocks[i:]:
        if block.is_heading:
            break
        if not block.optional:
            rest += block.height
    spare = sum(b.height for b, _y in page if b.optional)
    if not spare or y - spare + rest > bottom:
        return y
    kept: list = []
    y = page[0][1] if page else y
    for block, _y in page:
        if block.optional:
            continue
        kept.append((block, y))
        y += block.height
    page[:] = kept
    return y
