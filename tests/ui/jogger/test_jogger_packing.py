"""The printed list does not spend a sheet on a little (issue 18): a category that
overflows its page by a row stays on it (the prompts, then the rows' writing space give
way, never a name), and a short "(continued)" remainder shares its page with the next
category. Judged on the laid-out pages and on the PDF's text (pypdf)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from pypdf import PdfReader
from PySide6.QtGui import QPageSize, QPdfWriter

from followup_desktop.domain.jogger import Formats
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.followups import create_followup
from followup_desktop.store.jogger import load_sheet
from followup_desktop.ui.jogger.layout import SheetLayout
from followup_desktop.ui.jogger.printing import page_layout, write_pdf
from tests.jogger_data import TODAY, WEEK, log_interaction


class Book:
    """Two follow-ups and a contact without a next step in every category; rows are
    added to the first category one at a time."""

    def __init__(self) -> None:
        self.cats = categories()
        self.n = 0
        self.reasons: list[str] = []
        self.idle: list[str] = []
        for cat in self.cats:
            for _k in range(2):
                self.add(cat.id)
            idle = create_contact(first_name=f"Idle{cat.id}", last_name="Quiet", category=cat.id)
            self.idle.append(f"Idle{cat.id} Quiet")
            log_interaction(idle.id, datetime(2026, 10, 1, 9), "went quiet")

    def add(self, category_id: int | None = None) -> None:
        self.n += 1
        n = self.n
        c = create_contact(first_name=f"Given{n:03d}", last_name=f"Family{n:03d}",
                           company=f"Firm {n:03d}", phone=f"+1 415 555 0{n:03d}",
                           email=f"p{n:03d}@example.com",
                           category=category_id or self.cats[0].id)  # fmt: skip
        log_interaction(c.id, datetime(2026, 11, 2, 10) + timedelta(days=n % 15), f"note {n:03d}")
        reason = f"DUE{n:03d} in week"
        create_followup(c.id, WEEK.start + timedelta(days=n % 7), reason)
        self.reasons.append(reason)


def layout(tmp_path):
    sheet = load_sheet(WEEK, TODAY)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setPageLayout(page_layout(QPageSize(QPageSize.PageSizeId.A4)))
    return sheet, SheetLayout(sheet, writer, Formats(), TODAY)


def roomy_overflow(lay) -> float:
    """How far the first page's summary and first category (without its prompts) would
    reach past the page at their roomy heights (negative: room to spare)."""
    blocks = lay.blocks()
    second = [n for n, b in enumerate(blocks) if b.is_heading][1]
    used = sum(b.height for b in blocks[:second] if not b.optional)
    return used - (lay.height - lay.footer_h - lay.header_h)


def pdf_text(sheet, tmp_path) -> tuple[int, list[str]]:
    out = tmp_path / "week.pdf"
    pages = write_pdf(sheet, out, fmt=Formats(), printed_on=TODAY)
    return pages, [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(str(out)).pages]


def every_name_once(book: Book, texts: list[str]) -> None:
    full = " ".join(texts)
    for text in book.reasons + book.idle:
        assert full.count(text) == 1, text


def test_a_category_a_row_too_long_stays_on_its_page(qapp, store, tmp_path):
    book = Book()
    while True:  # the first category just longer than a page at the rows' usual spacing
        sheet, lay = layout(tmp_path)
        if roomy_overflow(lay) > 0:
            break
        book.add()
    pages = lay.paginate(lay.blocks())
    assert len(pages) == len(sheet.sections)  # no "(continued)" sheet
    first = sheet.sections[0]
    on_page_one = [b for b, _y in pages[0] if b.section is first and not b.is_heading]
    assert len(on_page_one) == len(first.lines) + 1 + len(first.idle)  # rows, "No next step", names
    assert all(not b.optional for b in on_page_one)  # the prompts gave way, not a name
    count, texts = pdf_text(sheet, tmp_path)
    assert count == len(texts) == len(sheet.sections)
    assert not any("(continued)" in t for t in texts)
    every_name_once(book, texts)
    assert "Idle1 Quiet" in texts[0]


def test_a_short_remainder_shares_its_page_with_the_next_category(qapp, store, tmp_path):
    book = Book()
    while True:  # the first category until it needs a "(continued)" page
        sheet, lay = layout(tmp_path)
        pages = lay.paginate(lay.blocks())
        if len(pages[0]) and pages[1][0][0].section is sheet.sections[0]:
            break
        book.add()
    second = sheet.sections[1]
    assert any(b.section is second and b.is_heading for b, _y in pages[1])  # shared
    assert len(pages) == len(sheet.sections)  # the remainder took no sheet of its own
    count, texts = pdf_text(sheet, tmp_path)
    assert count == len(sheet.sections)
    name = sheet.sections[0].category.name
    assert f"{name} (continued)" in texts[1] and f" {second.category.name} " in texts[1]
    every_name_once(book, texts)
    # A remainder longer than half a page keeps the next category on a page of its own.
    for _k in range(6):
        book.add()
    sheet, lay = layout(tmp_path)
    pages = lay.paginate(lay.blocks())
    assert not any(b.section is second for b, _y in pages[1])
    count, texts = pdf_text(sheet, tmp_path)
    every_name_once(book, texts)
