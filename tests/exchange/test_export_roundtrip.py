"""Export: what Excel and other apps would read; export -> import changes nothing."""

import csv
import io

import vobject

from followup_desktop.exchange.csv_write import neutralise
from followup_desktop.exchange.detect import read_contacts_file
from followup_desktop.exchange.export import export_contacts
from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.database import close_database, open_database
from followup_desktop.store.import_preview import ImportOptions, build_preview
from followup_desktop.store.imports import apply_import
from followup_desktop.store.models import Category, Contact

FIELDS = (
    "first_name", "last_name", "company", "job_title", "email", "phone", "mobile", "notes",
    "profile_url",
)  # fmt: skip


def seed():
    cat = {c.name: c.id for c in Category.select()}
    boss = store_contacts.create_contact(
        first_name="Zoë",
        last_name="Ångström",
        company="Nordic, Gears; AB",
        email="zoe@nordic.example",
        phone="+46 8 123",
        mobile="-0 70",
        profile_url="https://www.linkedin.com/in/zoe-angstrom",
        notes='=HYPERLINK("http://evil")\nsecond line, with comma; and "quotes"',
        category=cat["Clients"],
    )
    store_contacts.create_contact(
        first_name="@Ann",
        last_name="Lee",
        job_title="+Partner",
        category=cat["Referrals"],
        referred_by=boss.id,
    )
    store_contacts.create_contact(company="Solo Company Ltd", category=cat["Prospects"])
    store_contacts.create_contact(
        first_name="Old", last_name="Archived", category=cat["Clients"], archived=True
    )


def snapshot():
    rows = []
    for c in Contact.select().where(Contact.archived == False).order_by(Contact.sort_name):  # noqa: E712
        ref = c.referred_by.display_name if c.referred_by_id else ""
        rows.append((*(getattr(c, f) for f in FIELDS), c.category.name, ref))
    return rows


def test_csv_is_utf8_with_bom_and_neutralises_formulas(store, tmp_path):
    seed()
    out = tmp_path / "contacts.csv"
    assert export_contacts(out, "csv") == 3
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["First Name", "Last Name", "Company"]
    cells = [cell for row in rows[1:] for cell in row]
    # Only the plain phone number reaches the spreadsheet unguarded.
    assert [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")] == ["+46 8 123"]
    assert "'=HYPERLINK" in " ".join(cells) and "'@Ann" in cells and "'+Partner" in cells
    assert "'-0 70" in cells
    assert (
        neutralise("\rX") == "'\rX"
        and neutralise("\tX") == "'\tX"
        and neutralise("plain") == "plain"
    )


def test_vcard_export_is_valid_30_for_an_independent_parser(store, tmp_path):
    seed()
    out = tmp_path / "contacts.vcf"
    assert export_contacts(out, "vcf", category="Clients") == 1
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == 1
    card = cards[0]
    card.validate()
    assert card.version.value == "3.0"
    assert card.org.value == ["Nordic, Gears; AB"]
    assert card.note.value.startswith('=HYPERLINK("http://evil")\nsecond line')


def _round_trip(tmp_path, fmt):
    seed()
    before = snapshot()
    out = tmp_path / f"contacts.{fmt}"
    export_contacts(out, fmt)
    # Into the same database: every row is a duplicate and nothing changes.
    result = apply_import(
        build_preview(read_contacts_file(out), ImportOptions(on_duplicate="update"))
    )
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert snapshot() == before
    # Into an empty database: the same contacts come back.
    close_database()
    open_database(tmp_path / "other" / "f.sqlite3")
    result = apply_import(build_preview(read_contacts_file(out)))
    assert result.created == 3 and not result.invalid
    assert snapshot() == before


def test_round_trip_csv_changes_nothing(store, tmp_path):
    _round_trip(tmp_path, "csv")


def test_round_trip_vcard_changes_nothing(store, tmp_path):
    _round_trip(tmp_path, "vcf")


def test_export_to_a_missing_folder_fails_cleanly(store, tmp_path):
    import pytest

    from followup_desktop.exchange.errors import ExportError

    with pytest.raises(ExportError, match="Cannot write"):
        export_contacts(tmp_path / "no" / "such" / "x.csv", "csv")
    with pytest.raises(ExportError, match="no category"):
        export_contacts(tmp_path / "x.csv", "csv", category="Nope")
    assert not (tmp_path / "x.csv").exists()


def seed_international():
    cat = {c.name: c.id for c in Category.select()}
    store_contacts.create_contact(
        first_name="Marta",
        last_name="Wiśniewska",
        company="Polmetal, Sp. z o.o.",
        job_title="Kierownik zakupów",
        email="marta@polmetal.example",
        phone="+48 22 123 45 67",
        mobile="+48 601 234 567",
        profile_url="https://www.linkedin.com/in/marta-wisniewska",
        category=cat["Clients"],
    )
    store_contacts.create_contact(
        first_name="Haruto",
        last_name="Sato",
        company="Sato Trading",
        email="sato@trading.example",
        phone="+81 3-1234-5678 ext. 21",
        mobile="+81 90-1234-5678",
        notes="=1+1 is not a phone number",
        category=cat["Prospects"],
    )
    store_contacts.create_contact(
        first_name="Ann",
        last_name="Lee",
        phone="+1 (555) 010-2030",
        mobile="+44 (0)20 7946 0000",
        category=cat["Referrals"],
    )


def test_international_phones_round_trip_without_an_apostrophe(store, tmp_path):
    seed_international()
    before = snapshot()
    out = tmp_path / "contacts.csv"
    assert export_contacts(out, "csv") == 3
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    header, *body = rows
    phones = [row[header.index(h)] for row in body for h in ("Business Phone", "Mobile Phone")]
    assert sorted(phones) == sorted(
        [
            "+48 22 123 45 67",
            "+48 601 234 567",
            "+81 3-1234-5678 ext. 21",
            "+81 90-1234-5678",
            "+1 (555) 010-2030",
            "+44 (0)20 7946 0000",
        ]
    )
    assert not [cell for row in body for cell in row if cell.startswith("'+")]
    assert "'=1+1 is not a phone number" in [row[header.index("Notes")] for row in body]
    close_database()
    open_database(tmp_path / "other" / "f.sqlite3")
    result = apply_import(build_preview(read_contacts_file(out)))
    assert result.created == 3 and not result.invalid
    assert snapshot() == before  # every field, the phones and the guarded note included
