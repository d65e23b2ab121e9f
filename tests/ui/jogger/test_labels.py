"""Address labels: 31 contacts on Avery 5160 make two pages, the first with 30 labels at
the sheet's positions (checked on the PDF's text with pypdf), and no address is cut."""

from datetime import datetime

import pypdf
import pytest

from followup_desktop.domain.labels import AVERY_5160, AVERY_L7160, INCH
from followup_desktop.domain.personal import Address, PersonalInfo
from followup_desktop.store import contacts, greeting_cards, personal
from followup_desktop.store.notes import NoteInput, save_note
from followup_desktop.ui.jogger.labels import write_address_list_pdf, write_labels_pdf
from tests.lookups import category_by_name

PT = 72 / 25.4  # PDF points per millimetre


def _people(n, with_address=True):
    cat = category_by_name("Clients")
    ids = []
    for i in range(n):
        cid = contacts.create_contact(
            first_name=f"Person{i:02d}", last_name="Example", company=f"Firm {i}", category=cat
        ).id
        if with_address:
            street = "1600 Pennsylvania Avenue Northwest, Suite 1200" if i == 7 else f"{i} Main St"
            personal.save_personal(
                cid,
                PersonalInfo(
                    addresses=(Address("work", street, "Springfield", "IL", f"627{i:02d}", "USA"),)
                ),
            )
        ids.append(cid)
    return ids


def _texts(page):
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            clean = " ".join(text.replace("\ufb01", "fi").split())  # tabs, the fi ligature
            found.append((clean, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def test_31_contacts_on_avery_5160_fill_one_sheet_and_start_a_second(store, qapp, tmp_path):
    _people(31)
    people = greeting_cards.recipients()
    out = tmp_path / "labels.pdf"
    assert write_labels_pdf(people, AVERY_5160, out) == 2
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(8.5 * 72, abs=1)
    assert float(page.mediabox.height) == pytest.approx(11 * 72, abs=1)
    texts = _texts(page)
    names = [t for t in texts if t[0].startswith("Person")]
    assert len(names) == 30
    height = float(page.mediabox.height)
    for slot, (name, x, y) in enumerate(sorted(names, key=lambda t: t[0])):
        assert name.startswith(f"Person{slot:02d}")
        left, top = AVERY_5160.position(slot)
        # the name sits inside its label: within the label's box, below its top edge
        assert left * PT <= x <= (left + AVERY_5160.label_width) * PT
        assert (top + AVERY_5160.label_height) * PT >= height - y >= top * PT
    # nothing cut: every line of every address is on the page, whole
    flat = "\n".join(t[0] for t in texts)
    for i in range(30):
        assert f"Springfield, IL 627{i:02d}" in flat
    assert "1600 Pennsylvania Avenue Northwest, Suite 1200" in flat
    second = _texts(reader.pages[1])
    assert [t[0] for t in second if t[0].startswith("Person")] == ["Person30 Example"]


def test_a4_takes_l7160_and_its_21_labels(store, qapp, tmp_path):
    _people(22)
    out = tmp_path / "a4.pdf"
    assert write_labels_pdf(greeting_cards.recipients(), AVERY_L7160, out) == 2
    page = pypdf.PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(210 * PT, abs=1)
    assert sum(1 for t in _texts(page) if t[0].startswith("Person")) == 21
    assert AVERY_5160.position(29) == pytest.approx(
        (0.1875 * INCH + 2 * 2.75 * INCH, 0.5 * INCH + 9 * INCH)
    )


def test_contacts_without_an_address_are_listed_apart(store, qapp, tmp_path):
    with_address = _people(2)
    cat = category_by_name("Clients")
    contacts.create_contact(first_name="Nora", last_name="Noaddress", category=cat)
    people = greeting_cards.recipients()
    labels = tmp_path / "labels.pdf"
    write_labels_pdf(people, AVERY_5160, labels)
    text = " ".join(pypdf.PdfReader(labels).pages[0].extract_text().split())
    assert "Nora" not in text
    listing = tmp_path / "list.pdf"
    assert write_address_list_pdf(people, listing) == 1
    text = " ".join(pypdf.PdfReader(listing).pages[0].extract_text().split())
    assert "2 with an address" in text
    assert "No address yet (1): ask them for one" in text
    assert text.index("Nora Noaddress") > text.index("No address yet")
    assert len(with_address) == 2


def test_who_gets_a_card(store):
    a, b = _people(2)
    save_note(
        NoteInput(
            a,
            "call",
            "reached",
            "Talked",
            occurred_at=datetime(2026, 3, 1, 10),
            no_next_step_reason="card only",
        )
    )
    from datetime import date

    assert [
        p.contact_id for p in greeting_cards.recipients(followed_up_since=date(2026, 1, 1))
    ] == [a]
    assert [p.contact_id for p in greeting_cards.recipients(contact_ids=[b])] == [b]
    prospects = category_by_name("Prospects").id
    assert greeting_cards.recipients(category_id=prospects) == []


def test_the_dialog_counts_sheets_lists_the_missing_and_saves_the_pdf(store, qtbot, tmp_path):
    from followup_desktop.ui.jogger.cards_dialog import HolidayCardsDialog

    ids = _people(31)
    cat = category_by_name("Clients")
    nora = contacts.create_contact(first_name="Nora", last_name="Noaddress", category=cat).id
    dialog = HolidayCardsDialog(selected=[*ids, nora])
    qtbot.addWidget(dialog)
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("5160"))
    assert dialog.summary.text() == "31 labels on 2 sheets of Avery 5160 (Letter, 30 labels)."
    assert [dialog.missing.item(i).text() for i in range(dialog.missing.count())] == [
        "Nora Noaddress"
    ]
    assert dialog.write_pdf(tmp_path / "l.pdf") == 2
    dialog.who.setCurrentIndex(0)  # everyone I was in touch with this year: nobody yet
    assert "Nobody is chosen" in dialog.summary.text()
    assert not dialog.pdf_button.isEnabled()
