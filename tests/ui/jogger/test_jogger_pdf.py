"""The weekly list as a PDF, judged by an independent text extractor (pypdf)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from followup_desktop import atomic_file
from followup_desktop.domain.jogger import Formats
from followup_desktop.store.contacts import categories
from followup_desktop.store.jogger import USER_NAME, load_sheet
from followup_desktop.store.settings import set_setting
from followup_desktop.ui.jogger.printing import (
    PdfWriteError,
    default_page_size,
    first_weekday,
    write_pdf,
)
from tests.jogger_data import TODAY, WEEK, fill_week
from tests.lookups import category_by_name

BUILTIN_ORDER = ["Personal Contacts", "Clients", "Prospects", "Industry Colleagues", "Referrals"]


def pdf_pages(path) -> list[str]:
    # Qt places words one by one; pypdf reads the gaps as tabs.
    return [re.sub(r"[ \t]+", " ", p.extract_text()) for p in PdfReader(str(path)).pages]


def make_pdf(tmp_path, **kw):
    sheet = load_sheet(WEEK, TODAY, **kw)
    out = tmp_path / "week.pdf"
    pages = write_pdf(sheet, out, fmt=Formats(), printed_on=TODAY)
    return out, pages


def test_pdf_has_every_due_item_once_in_category_order(qapp, store, tmp_path):
    data = fill_week(per_category=8)
    set_setting(USER_NAME, "Jane Seller")
    out, pages = make_pdf(tmp_path)
    texts = pdf_pages(out)
    assert len(texts) == pages > 1
    full = "\n".join(texts)
    for reason in list(data.in_week) + list(data.carried):
        assert full.count(reason) == 1, reason
    for reason in data.elsewhere:
        assert reason not in full
    # headings in order (first appearance, ignoring "(continued)")
    positions = [full.index(f"\n{name}") for name in BUILTIN_ORDER]
    assert positions == sorted(positions)
    # header and footer on every page
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text
        assert "Week 48 · Mon 23 Nov – Sun 29 Nov 2026" in text
        # the footer names the week in the header's words, not by its ISO code
        assert "Week 48 · Follow-up Desktop" in text
        assert "2026-W48" not in text and "W48" not in text
        assert "Jane Seller" in text
        assert "Printed Wed 25 Nov 2026" in text
    # overdue in words, and at the top of its category
    assert full.count("OVERDUE") >= len(data.carried)
    clients = full[full.index("\nClients") : full.index("\nProspects")]
    assert clients.index("Call: LATE") < clients.index("Call: DUE")


def test_a_row_never_splits_across_pages(qapp, store, tmp_path):
    data = fill_week(per_category=12)
    out, _ = make_pdf(tmp_path)
    texts = pdf_pages(out)
    for reason in data.in_week:
        n = int(re.search(r"\d+", reason).group())
        page = next(t for t in texts if reason in t)
        # name, phone, email and reason of one row are on the same page
        assert f"Given{n:03d} Family{n:03d}" in page
        assert f"p{n:03d}@example.com" in page
        assert f"note {n:03d}" in page


def test_categories_split_over_pages_say_continued(qapp, store, tmp_path):
    fill_week(per_category=12)
    out, _ = make_pdf(tmp_path)
    texts = pdf_pages(out)
    continued = [t for t in texts[1:] if "(continued)" in t]
    assert continued, "a long category carries its heading onto the next page"


def test_empty_week_still_prints_no_next_step_and_prompts(qapp, store, tmp_path):
    data = fill_week(per_category=1)
    sheet = load_sheet(WEEK.shifted(-5), TODAY)  # a past week: nothing due, nothing carried
    assert sheet.due_count == 0
    out = tmp_path / "empty.pdf"
    write_pdf(sheet, out, fmt=Formats(), printed_on=TODAY)
    full = "\n".join(pdf_pages(out))
    assert "Nothing is due this week" in full
    for name in BUILTIN_ORDER:
        assert name in full
    assert "Who sent you business this year? Have you thanked them?" in full
    assert "No next step" in full
    assert data.idle[0] in full
    assert "New name:" in full
    assert "Page 1 of" in full


def test_options_leave_parts_out(qapp, store, tmp_path):
    from followup_desktop.domain.jogger import Options

    data = fill_week(per_category=1)
    out, _ = make_pdf(tmp_path, options=Options(include_no_next_step=False, include_prompts=False))
    full = "\n".join(pdf_pages(out))
    assert "No next step" not in full and "Think of new people" not in full
    assert data.idle[0] not in full
    assert all(reason in full for reason in data.in_week)


def test_no_next_step_is_capped_with_and_n_more(qapp, store, tmp_path):
    from followup_desktop.store.contacts import create_contact

    cat = categories()[2]
    for i in range(15):
        create_contact(first_name=f"Quiet{i:02d}", category=cat.id)
    out, _ = make_pdf(tmp_path)
    full = "\n".join(pdf_pages(out))
    assert "No next step – 15 contacts" in full
    assert "and 7 more." in full


def unwritable_folder(tmp_path):
    """A folder this user cannot create files in (root ignores permissions: use /sys)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "week.pdf").write_bytes(b"old")
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):
        locked.chmod(0o700)
        return Path("/sys")
    return locked


def test_unwritable_path_gives_a_clear_message_and_keeps_the_old_file(qapp, store, tmp_path):
    fill_week(per_category=1)
    sheet = load_sheet(WEEK, TODAY)
    folder = unwritable_folder(tmp_path)
    before = sorted(os.listdir(folder))
    try:
        with pytest.raises(PdfWriteError, match=r"Cannot save the PDF in .* \(permission denied\)"):
            write_pdf(sheet, folder / "week.pdf")
    finally:
        (tmp_path / "locked").chmod(0o700)
    assert sorted(os.listdir(folder)) == before
    if folder != Path("/sys"):
        assert (folder / "week.pdf").read_bytes() == b"old"
    with pytest.raises(PdfWriteError, match="does not exist"):
        write_pdf(sheet, tmp_path / "no-such-folder" / "x.pdf")
    with pytest.raises(PdfWriteError, match="is a folder"):
        write_pdf(sheet, tmp_path)


def test_replacing_a_pdf_is_atomic_and_leaves_no_temporary_files(qapp, store, tmp_path):
    fill_week(per_category=1)
    out = tmp_path / "week.pdf"
    out.write_bytes(b"previous")
    out.chmod(0o640)
    write_pdf(load_sheet(WEEK, TODAY), out)
    assert out.read_bytes().startswith(b"%PDF")
    # A list of names and reasons is the user's only (issue 17), whatever the old file was.
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".week.pdf")]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_a_full_disk_keeps_the_old_pdf_and_leaves_no_temporary_file(
    qapp, store, tmp_path, monkeypatch
):
    def full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file, "_flush_to_disk", full)
    fill_week(per_category=1)
    out = tmp_path / "week.pdf"
    out.write_bytes(b"last week's list")
    with pytest.raises(PdfWriteError, match=r"Cannot save the PDF as .* \(no space left"):
        write_pdf(load_sheet(WEEK, TODAY), out)
    assert out.read_bytes() == b"last week's list"
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".week.pdf")]


def test_paper_size_and_first_day_follow_the_locale(qapp):
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert default_page_size(us).id() == QPageSize.PageSizeId.Letter
    assert default_page_size(de).id() == QPageSize.PageSizeId.A4
    assert first_weekday(us) == 6
    assert first_weekday(de) == 0


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders_to_an_image(qapp, store, tmp_path):
    fill_week(per_category=2)
    out, _ = make_pdf(tmp_path)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")],
        check=True,
    )
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 5000


# -- one page per category (the default) and packed (to save paper) ----------------------
SUMMARY = re.compile(r"^\d+ to follow up.*?Work the list in the\s+agenda\.\n", re.S)
SUMMARY_EMPTY = re.compile(r"^Nothing is due this week.*?Work the list in the\s+agenda\.\n", re.S)


def body_lines(text: str) -> list[str]:
    """A page's lines after its header (and, on page 1, after the week's summary line)."""
    body = text.split("Printed Wed 25 Nov 2026\n", 1)[1]
    body = SUMMARY_EMPTY.sub("", SUMMARY.sub("", body))
    return [line.strip() for line in body.splitlines() if line.strip()]


def page_headings(texts: list[str]) -> list[str]:
    """The first text under the header of each page."""
    return [body_lines(t)[0] for t in texts]


def pages_of(texts: list[str], needle: str) -> list[int]:
    return [n for n, t in enumerate(texts) if needle in t]


def test_each_category_starts_on_its_own_page_in_order(qapp, store, tmp_path):
    data = fill_week(per_category=2)
    sheet = load_sheet(WEEK, TODAY)
    assert sheet.options.page_per_category  # the default
    out, pages = make_pdf(tmp_path)
    texts = pdf_pages(out)
    assert pages == len(texts) == len(BUILTIN_ORDER)
    assert page_headings(texts) == BUILTIN_ORDER
    assert "to follow up" in texts[0].split("Personal Contacts")[0]  # summary above page 1's
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text
        assert "(continued)" not in text
    # each category's items (and only they) on its page, every one exactly once
    full = "\n".join(texts)
    for page, section in enumerate(sheet.sections):
        for line in section.lines:
            assert full.count(line.item.reason) == 1
            assert pages_of(texts, line.item.reason) == [page]
    assert {line.item.reason for s in sheet.sections for line in s.lines} == set(
        data.in_week
    ) | set(data.carried)
    for reason in data.elsewhere:
        assert reason not in full


def test_a_long_category_continues_on_the_next_page(qapp, store, tmp_path):
    data = fill_week(per_category=14)
    out, pages = make_pdf(tmp_path)
    texts = pdf_pages(out)
    headings = page_headings(texts)
    firsts = [h for h in headings if not h.endswith("(continued)")]
    assert firsts == BUILTIN_ORDER  # each category opens a page, in order
    assert len(headings) == pages > len(BUILTIN_ORDER)
    for n, heading in enumerate(headings):
        if heading.endswith("(continued)"):  # straight after its own category's pages
            assert headings[n - 1].removesuffix(" (continued)") == heading.removesuffix(
                " (continued)"
            )
    assert "Personal Contacts (continued)" in headings
    full = "\n".join(texts)
    for reason in list(data.in_week) + list(data.carried):
        assert full.count(reason) == 1, reason
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text


def test_a_week_with_nothing_due_still_gives_every_category_its_page(qapp, store, tmp_path):
    from followup_desktop.domain.jogger import Options

    data = fill_week(per_category=1)
    sheet = load_sheet(WEEK.shifted(-5), TODAY)
    assert sheet.due_count == 0
    out = tmp_path / "empty.pdf"
    pages = write_pdf(sheet, out, fmt=Formats(), printed_on=TODAY)
    texts = pdf_pages(out)
    assert pages == len(BUILTIN_ORDER)
    assert page_headings(texts) == BUILTIN_ORDER
    for n, text in enumerate(texts):
        assert data.idle[n] in text
        assert "Think of new people to contact:" in text and "New name:" in text
    # Nothing due, no No next step, no prompts: no category has anything to print.
    bare = Options(include_no_next_step=False, include_prompts=False)
    sheet = load_sheet(WEEK.shifted(-5), TODAY, options=bare)
    assert write_pdf(sheet, out, fmt=Formats(), printed_on=TODAY) == 1
    assert "Nothing is due this week" in pdf_pages(out)[0]


def test_packed_categories_use_fewer_pages(qapp, store, tmp_path):
    from followup_desktop.domain.jogger import Options

    data = fill_week(per_category=2)
    _, per_category = make_pdf(tmp_path)
    out, pages = make_pdf(tmp_path, options=Options(page_per_category=False))
    texts = pdf_pages(out)
    assert pages == len(texts) < per_category
    assert page_headings(texts)[0] == "Personal Contacts"
    on_page = [[line for line in body_lines(t) if line in BUILTIN_ORDER] for t in texts]
    assert on_page[0][:2] == ["Personal Contacts", "Clients"]  # packed one after another
    full = "\n".join(texts)
    for reason in list(data.in_week) + list(data.carried):
        assert full.count(reason) == 1, reason
    positions = [full.index(f"\n{name}") for name in BUILTIN_ORDER]
    assert positions == sorted(positions)
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text


def _layout_pages(sheet, tmp_path):
    from PySide6.QtGui import QPageSize, QPdfWriter

    from followup_desktop.ui.jogger.layout import SheetLayout
    from followup_desktop.ui.jogger.printing import page_layout

    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setPageLayout(page_layout(QPageSize(QPageSize.PageSizeId.A4)))
    layout = SheetLayout(sheet, writer, Formats(), TODAY)
    return layout.paginate(layout.blocks())


def test_no_page_holds_only_prompts_or_an_and_more_line(qapp, store, tmp_path):
    """Whatever the length of a category, a page (or a "(continued)" page) always holds
    at least one follow-up or contact: the prompts give way instead, and "and N more"
    stays with the last name."""
    from followup_desktop.store import followups as fu_store

    fill_week(per_category=1)
    seen_tight = False
    for extra in range(0, 40, 2):
        sheet = load_sheet(WEEK, TODAY)
        for page in _layout_pages(sheet, tmp_path):
            real = [b for b, _ in page if not (b.is_heading or b.optional)]
            assert real, "a page with nothing but headings or prompts"
        pages = _layout_pages(sheet, tmp_path)
        seen_tight = seen_tight or len(pages) > len(sheet.sections)
        first = sheet.sections[0]
        cid = first.lines[0].item.contact_id if first.lines else None
        if cid is None:
            break
        for k in range(2):
            fu_store.create_followup(cid, WEEK.start, f"more work {extra} {k}")
    assert seen_tight  # the loop reached categories longer than a page


def test_and_1_more_is_never_printed(qapp, store):
    from followup_desktop.domain.jogger import Options

    fill_week(per_category=1)
    totals = {s.category.name: s.idle_total for s in load_sheet(WEEK, TODAY).sections}
    assert set(totals.values()) == {1}  # a cap of 0 would leave exactly one each
    sheet = load_sheet(WEEK, TODAY, options=Options(no_next_step_cap=0))
    for section in sheet.sections:
        assert section.idle_more == 0 and len(section.idle) == 1  # the name, not "1 more"


def test_the_weeks_key_dates_print_with_the_address_a_card_goes_to(qapp, store, tmp_path):
    from datetime import timedelta

    from followup_desktop.domain.personal import Address, KeyDate, PersonalInfo
    from followup_desktop.store import contacts, personal

    fill_week()
    cat = category_by_name("Clients")
    ada = contacts.create_contact(first_name="Ada", last_name="Card", category=cat).id
    bo = contacts.create_contact(first_name="Bo", last_name="Noaddress", category=cat).id
    day = WEEK.start + timedelta(days=2)
    later = WEEK.start + timedelta(days=40)
    personal.save_personal(
        ada,
        PersonalInfo(
            addresses=(Address("home", "5 Home Row", "Springfield", "IL", "62701", "USA"),),
            key_dates=(KeyDate("birthday", day.month, day.day),),
        ),
    )
    personal.save_personal(
        bo, PersonalInfo(key_dates=(KeyDate("anniversary", later.month, later.day),))
    )
    out, _ = make_pdf(tmp_path)
    first = pdf_pages(out)[0]
    assert "Key dates this week and next" in first
    text = " ".join(first.replace("\ufb01", "fi").split())  # the fi ligature
    assert "Ada Card: Birthday · card to 5 Home Row, Springfield, IL 62701, USA" in text
    assert "Bo Noaddress" not in text  # 40 days away: not on this week's list


@pytest.fixture
def german():
    from followup_desktop import i18n

    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_the_list_prints_in_german_and_the_data_stays_english(qapp, store, tmp_path, german):
    fill_week(per_category=2)
    out, pages = make_pdf(tmp_path)
    full = "\n".join(pdf_pages(out))
    assert "Follow-up-Wochenliste" in full and f"Seite 1 von {pages}" in full
    assert "Gedruckt am" in full
    # the built-in categories under their German names, in the same order
    german_order = ["Persönliche Kontakte", "Kunden", "Interessenten", "Branchenkollegen"]
    positions = [full.index(f"\n{name}") for name in german_order]
    assert positions == sorted(positions)
    assert "\nClients" not in full
    assert "Anruf: LATE" in full  # the channel in German, the user's words as typed
    assert "Weekly follow-up list" not in full and "Page 1 of" not in full
    # header and footer name the week alike: "KW 48", never "Week 48" nor "2026-W48"
    assert full.count("\nKW 48 · Mon 23 Nov – Sun 29 Nov 2026\n") == pages  # (English dates)
    assert full.count("KW 48 · Follow-up Desktop") == pages
    assert "Week 48" not in full and "W48" not in full.replace("KW 48", "")
    # the same database: the stored names did not change
    assert [c.name for c in categories()][:5] == BUILTIN_ORDER
