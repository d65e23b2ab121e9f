"""LinkedIn's Connections.csv: recognised by its content, the preamble skipped, the right
fields, people told apart by profile URL, and a second import that changes nothing."""

from datetime import date

import pytest

from followup_desktop.exchange.contacts_csv import parse_csv
from followup_desktop.exchange.detect import peek, read_contacts_file
from followup_desktop.store import contacts as store_contacts
from followup_desktop.store import timeline
from followup_desktop.store.import_preview import ImportOptions, build_preview
from followup_desktop.store.imports import apply_import
from followup_desktop.store.models import Category, Contact

from .linkedin_sample import CONNECTIONS
from .samples import write

FIELDS = (
    "first_name", "last_name", "company", "job_title", "email", "profile_url", "connected_on",
)  # fmt: skip


@pytest.fixture
def connections(tmp_path):
    return write(tmp_path, "Connections.csv", CONNECTIONS)


def snapshot():
    return sorted(
        tuple(str(getattr(c, f) or "") for f in FIELDS) + (c.category.name,)
        for c in Contact.select()
    )


def test_the_file_is_recognised_and_read_from_its_header(connections):
    parsed = read_contacts_file(connections)
    assert parsed.kind == "linkedin" and parsed.kind_label == "LinkedIn connections CSV"
    assert parsed.header_line == 4
    assert parsed.header_note == "columns read from line 4 (lines 1–3 skipped)"
    assert [r.line for r in parsed.records] == [5, 6, 7, 8, 9]
    assert not [r.problem for r in parsed.records if r.problem]
    zoe, anna1, anna2, jose, francois = parsed.records
    assert (zoe.first_name, zoe.last_name, zoe.company, zoe.job_title) == (
        "Zoë",
        "Ångström",
        "Nordic Gears, AB",
        "Head of Purchasing",
    )
    assert zoe.profile_url == "https://www.linkedin.com/in/zoe-angstrom"
    assert zoe.connected_on == "2024-03-15" and zoe.email == ""
    assert (anna1.company, anna2.company) == ("Acme Polska", "Beta Logistics")
    assert jose.email == "jose.munoz@example.es" and jose.job_title == "CEO"
    assert francois.company == "" and francois.connected_on == "2025-01-03"
    assert not any(r.notes for r in parsed.records)  # nothing left over for the notes
    # The wizard's first look at the file sees the same header.
    first = peek(connections)
    assert first.kind == "linkedin" and first.headers[:3] == ["First Name", "Last Name", "URL"]
    assert first.sample[0][0] == "Zoë"


def test_import_keeps_the_same_name_pair_apart_and_a_second_import_changes_nothing(
    store, connections
):
    preview = build_preview(read_contacts_file(connections))
    assert preview.counts() == {"new": 5, "duplicate": 0, "invalid": 0}
    result = apply_import(preview, source=str(connections))
    assert result.created == 5
    annas = Contact.select().where(Contact.first_name == "Anna").order_by(Contact.company)
    assert [(a.company, a.job_title) for a in annas] == [
        ("Acme Polska", "Sales Director"),
        ("Beta Logistics", "Buyer"),
    ]
    zoe = Contact.get(Contact.first_name == "Zoë")
    assert zoe.profile_url == "https://www.linkedin.com/in/zoe-angstrom"
    assert zoe.connected_on == date(2024, 3, 15)
    assert zoe.category.name == "Prospects"
    assert zoe.last_interaction_at is None  # joining the network is not an interaction
    before = snapshot()

    # Again, skipping duplicates: every row is recognised, each by the rule that applies.
    again = build_preview(read_contacts_file(connections))
    assert again.counts() == {"new": 0, "duplicate": 5, "invalid": 0}
    reasons = {r.record.first_name + " " + r.record.company: r.reason for r in again.rows}
    assert reasons["José Ibérica Soluciones SL"].startswith("same e-mail as José Muñoz")
    assert reasons["Anna Beta Logistics"].startswith("same profile URL as Anna Nowak")
    result = apply_import(again)
    assert (result.created, result.updated) == (0, 0) and len(result.skipped) == 5
    # ... and updating: nothing differs, so nothing is written.
    result = apply_import(
        build_preview(read_contacts_file(connections), ImportOptions(on_duplicate="update"))
    )
    assert (result.created, result.updated, result.unchanged) == (0, 0, 5)
    assert snapshot() == before


def test_a_contact_typed_in_before_is_found_by_name_and_company(store, connections):
    prospects = Category.get(Category.name == "Prospects").id
    typed = store_contacts.create_contact(
        first_name="Anna", last_name="Nowak", company="Acme Polska", category=prospects
    )
    preview = build_preview(read_contacts_file(connections), ImportOptions(on_duplicate="update"))
    by_company = {r.record.company: r for r in preview.rows if r.record.first_name == "Anna"}
    acme, beta = by_company["Acme Polska"], by_company["Beta Logistics"]
    assert acme.status == "duplicate" and acme.existing_id == typed.id
    assert acme.reason.startswith("same name and company as Anna Nowak")
    assert beta.status == "new"  # same name, another company: another person
    apply_import(preview)
    typed = Contact.get_by_id(typed.id)
    assert typed.profile_url == "https://www.linkedin.com/in/anna-nowak-1a2b3c"
    assert typed.job_title == "Sales Director"
    assert Contact.select().where(Contact.first_name == "Anna").count() == 2


def test_two_profiles_of_one_name_at_one_company_stay_two_people(store, tmp_path):
    text = CONNECTIONS + (
        "Anna,Nowak,https://www.linkedin.com/in/anna-nowak-other,,Acme Polska,Intern,"
        "02 Feb 2024\n"
        "Anna,Nowak,https://linkedin.com/in/Anna-Nowak-1a2b3c/,,Acme Polska,Sales Director,"
        "07 Dec 2023\n"
    )
    preview = build_preview(parse_csv(text))
    statuses = [(r.record.line, r.status, r.reason) for r in preview.rows]
    assert statuses[-2] == (10, "new", "")
    assert statuses[-1] == (11, "duplicate", "same profile URL as line 6")


def test_connected_on_is_a_timeline_entry(store, connections):
    apply_import(build_preview(read_contacts_file(connections)))
    zoe = Contact.get(Contact.first_name == "Zoë")
    [entry] = timeline.entries(zoe.id)
    assert entry.kind == "connected" and entry.title == "Connected on LinkedIn"
    assert entry.when.date() == date(2024, 3, 15)


def test_a_generic_csv_below_other_lines_is_read_from_its_header():
    text = (
        "Exported from SalesBook, 2 Dec 2026, by Ann\n"
        "\n"
        "Name;E-mail;Phone;Company\n"
        "Ada Lovelace;ada@engines.example;+44 20 7946 0000;Engines, Ltd\n"
    )
    parsed = parse_csv(text)
    assert parsed.delimiter == ";" and parsed.header_line == 3
    [ada] = parsed.records
    assert (ada.first_name, ada.last_name, ada.email, ada.company) == (
        "Ada",
        "Lovelace",
        "ada@engines.example",
        "Engines, Ltd",
    )


def test_a_connected_on_that_is_no_date_is_kept_in_the_notes():
    text = CONNECTIONS.replace("15 Mar 2024", "sometime in spring")
    zoe = parse_csv(text).records[0]
    assert zoe.connected_on == "" and zoe.notes == "Connected on: sometime in spring"


def test_the_cli_imports_the_file_it_used_to_refuse(data_dir, connections, capsys):
    from followup_desktop.app import main

    assert main(["--data-dir", str(data_dir), "import", str(connections)]) == 0
    out = capsys.readouterr().out
    assert "LinkedIn connections CSV" in out and "columns read from line 4" in out
    assert "Imported: 5" in out


def test_an_older_export_without_urls_is_still_linkedin():
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Ewa,Zielińska,ewa@zielinska.example,"Zieliński, Syn i Wspólnicy",Owner,'
        "12 Jun 2019\n"
    )
    parsed = parse_csv(text)
    assert parsed.kind == "linkedin"
    [ewa] = parsed.records
    assert (ewa.email, ewa.company, ewa.job_title, ewa.connected_on) == (
        "ewa@zielinska.example",
        "Zieliński, Syn i Wspólnicy",
        "Owner",
        "2019-06-12",
    )


def test_a_file_that_only_looks_like_outlook_keeps_its_e_mail_and_position():
    text = "First Name,Last Name,Email Address,Company,Position\nAda,Lee,ada@x.example,Acme,CTO\n"
    parsed = parse_csv(text)
    assert parsed.kind == "outlook"
    [ada] = parsed.records
    assert (ada.email, ada.company, ada.job_title) == ("ada@x.example", "Acme", "CTO")
