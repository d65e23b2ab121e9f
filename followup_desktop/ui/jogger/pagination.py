"""The printed list's blocks placed on pages: none is split, a heading never ends a page,
and (by default) each category starts a new page; a category's block that spills over
goes under a "(continued)" heading. Only heights are looked at here; painting comes after,
so each footer can say "Page X of Y".

Paper is not spent on a little: a category that overflows its page by a row or two
stays on it, the prompts for new names giving way first and then the writing space of
its rows (each row has a tighter variant, ``Block.tight``); and a "(continued)" page
that holds only a short remainder lets the next category start under it instead of
on a sheet of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPainter

from ...domain.jogger import Section

#: A "(continued)" page whose rows and names fill no more than this share of its height
#: is shared with the next category.
SHARED_REMAINDER = 0.5

Page = list[tuple["Block", float]]


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
    #: The same block with less room around it (a row's writing space, a line's
    #: spacing), used when that keeps a category on its page.
    tight: Block | None = None


def paginate(
    blocks: list[Block],
    *,
    top: float,
    bottom: float,
    per_category: bool,
    continued: Callable[[Section], Block],
) -> list[Page]:
    """Places blocks on pages between ``top`` and ``bottom``: [(block, top y), ...] per page.

    A block that does not fit starts a new page, under a "(continued)" heading
    (``continued(section)``) when it belongs to a category, unless leaving out the
    page's prompts and tightening the category's rows lets the rest of the category
    finish on this page. With ``per_category`` every category's heading also starts a
    new page, unless the page holds no category yet (the first page opens with the
    week's summary line, then the first category) or is a "(continued)" page whose
    rows and names fill no more than half of it.
    """
    pages: list[Page] = [[]]
    y = top
    i = 0
    tight: Section | None = None  # the category placed with its tight blocks
    remainder = False  # the page opened with a "(continued)" heading
    while i < len(blocks):
        # A heading is placed only together with the block after it.
        group = [blocks[i]]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        if tight is not None and group[0].section is tight:
            group = [b.tight or b for b in group]
        need = sum(b.height for b in group)
        # The remainder's names, not its prompts, say whether it is short.
        filled = sum(b.height for b, _y in pages[-1] if not b.optional)
        shares = remainder and filled <= (bottom - top) * SHARED_REMAINDER
        new_category = (
            per_category
            and group[0].is_heading
            and any(b.section is not None for b, _y in pages[-1])
            and not shares
        )
        if group[0].optional and y + need > bottom and pages[-1]:
            i += len(group)  # the prompts do not get a page (or a break) of their own
            continue
        section = group[0].section
        if not new_category and y + need > bottom and pages[-1] and section is not None:
            # A category's last few lines that spill over: make room on this page rather
            # than open a "(continued)" page for them.
            room = _make_room(pages[-1], blocks, i, y, bottom)
            if room is not None:
                y, tightened = room
                if tightened:
                    tight = section
                    group = [b.tight or b for b in group]
                    need = sum(b.height for b in group)
        if new_category or (y + need > bottom and pages[-1]):
            pages.append([])
            y = top
            remainder = False
            if section is not None and not group[0].is_heading:
                remainder = True
                cont = continued(section)
                pages[-1].append((cont, y))
                y += cont.height
        for b in group:
            pages[-1].append((b, y))
            y += b.height
        i += len(group)
    return pages


def _make_room(page: Page, blocks: list[Block], i: int, y: float, bottom: float):
    """Let the rest of the current category (blocks[i:] up to the next heading) finish
    on this page: by leaving out the page's optional blocks, and if that is not enough
    by also using the tight blocks of the category (on the page and to come). Returns
    (the new y, whether tightened) after re-laying the page, or None when even that
    does not make room (the page is left as it was)."""
    section = blocks[i].section
    rest = tight_rest = 0.0
    for block in blocks[i:]:
        if block.is_heading:
            break
        if not block.optional:
            rest += block.height
            tight_rest += (block.tight or block).height
    spare = sum(b.height for b, _y in page if b.optional)
    saving = sum(b.height - b.tight.height for b, _y in page if b.section is section and b.tight)
    if spare and y - spare + rest <= bottom:
        tightened = False
    elif y - spare - saving + tight_rest <= bottom:
        tightened = True
    else:
        return None
    y = page[0][1] if page else y
    kept: Page = []
    for block, _y in page:
        if block.optional:
            continue
        if tightened and block.section is section:
            block = block.tight or block
        kept.append((block, y))
        y += block.height
    page[:] = kept
    return y, tightened
