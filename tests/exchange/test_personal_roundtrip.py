"""Birthdays, key dates, addresses and things to remember survive import -> export ->
import for Outlook CSV, Google CSV and vCard 3.0/4.0 files made for these tests."""

from datetime import date
from pathlib import Path

import pytest
import vobject

from followup_desktop.domain.personal import Address, KeyDate, PersonalInfo, ThingToRemember
from followup_desktop.exchange.contacts_csv import parse_csv
from followup_desktop.exchange.detect import read_contacts_file
from followup_desktop.exchange.export import export_contacts
from followup_desktop.store import personal
from followup_desktop.store.import_preview import ImportOptions, build_preview
from followup_desktop.store.imports import apply_import, undo_import
from followup_desktop.store.models import Contact

FILES = Path(__file__).parent / "personal_files"

EXPECTED = {
    "outlook.csv": {
        "Ada Lovelace": PersonalInfo(
            addresses=(
                Address(
                    "work", "1 Analytical Way\nFloor 3", "London", "", "EC1A 1BB", "United Kingdom"
                ),
                Address("home", "5 Home Row", "Springfield", "IL", "62701", "USA"),
            ),
            key_dates=(KeyDate("birthday", 2, 29, 1984), KeyDate("anniversary", 6, 1, 2010)),
        ),
        "Bob Builder": PersonalInfo(key_dates=(KeyDate("birthday", 3, 15, 1975),)),
        "Carla Nobirthday": PersonalInfo(
            addresses=(Address("work", "Hauptstr. 5", "Berlin", "", "10115", "Germany"),)
        ),
    },
    "google.csv": {
        "Dora Explorer": PersonalInfo(
            addresses=(
                Address("work", "1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "Japan"),
                Address("home", "12 Rue Lepic", "Paris", "", "75018", "France"),
            ),
            key_dates=(KeyDate("birthday", 3, 15), KeyDate("anniversary", 9, 8, 2012)),
        ),
        "Ed Leap": PersonalInfo(
            key_dates=(
                KeyDate("birthday", 2, 29, 1988),
                KeyDate("customer_since", 5, 1, 2019, action="call"),
            )
        ),
    },
    "contacts30.vcf": {
        "Fiona Farr": PersonalInfo(
            addresses=(
                Address("work", "10 Barn Lane", "Ames", "IA", "50010", "USA"),
                Address("home", "Flat 2\n3 High St", "York", "", "YO1 7HH", "United Kingdom"),
            ),
            key_dates=(
                KeyDate("birthday", 7, 21),
                KeyDate("anniversary", 6, 14, 2008),
                KeyDate("other", 10, 2, 2021, "Daughter's graduation", action="none"),
            ),
        ),
        "Gus Gray": PersonalInfo(
            key_dates=(KeyDate("birthday", 2, 29, 1992), KeyDate("anniversary", 5, 30, 2015))
        ),
    },
    "contacts40.vcf": {
        "Hana Hale": PersonalInfo(
            addresses=(
                Address("work", "Kärntner Str. 1", "Wien", "", "1010", "Austria"),
                Address("home", "22 Bay Rd", "Sydney", "NSW", "2000", "Australia"),
            ),
            key_dates=(KeyDate("birthday", 11, 5), KeyDate("anniversary", 2, 29, 2000)),
        ),
        "Ivo Ito": PersonalInfo(
            addresses=(Address("home", country="Portugal"),),
            key_dates=(KeyDate("birthday", 3, 15, 1980),),
        ),
    },
}


def _sorted(info: PersonalInfo) -> tuple:
    return (
        sorted(info.addresses, key=lambda a: a.kind),
        sorted(info.key_dates, key=lambda k: (k.kind, k.label, k.month, k.day)),
        list(info.things),
    )


def _import(path: Path) -> None:
    parsed = read_contacts_file(path)
    preview = build_preview(parsed, ImportOptions(on_duplicate="skip"))
    assert preview.counts()["invalid"] == 0, [r.reason for r in preview.rows]
    apply_import(preview, source=str(path))


def _stored() -> dict[str, tuple]:
    out = {}
    for c in Contact.select():
        out[c.display_name] = _sorted(personal.personal_info(c.id))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_file_imports_every_personal_field(store, name):
    _import(FILES / name)
    expected = {who: _sorted(info) for who, info in EXPECTED[name].items()}
    assert _stored() == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_import_export_import_keeps_every_field(store, tmp_path, name, fmt):
    _import(FILES / name)
    first = _stored()
    cid = Contact.select().order_by(Contact.id).first().id
    things = (ThingToRemember("Back from Japan", date(2027, 3, 12)), ThingToRemember("Golf"))
    info = personal.personal_info(cid)
    personal.save_personal(cid, PersonalInfo(info.addresses, info.key_dates, things))
    first = _stored()
    out = tmp_path / f"out.{fmt}"
    export_contacts(out, fmt)
    Contact.delete().execute()
    _import(out)
    assert _stored() == first


def test_exported_vcard_is_read_by_vobject_with_birthday_and_iphone_labels(store, tmp_path):
    _import(FILES / "contacts30.vcf")
    out = tmp_path / "out.vcf"
    export_contacts(out, "vcf")
    cards = {c.fn.value: c for c in vobject.readComponents(out.read_text("utf-8"))}
    fiona = cards["Fiona Farr"]
    assert fiona.bday.value == "--07-21"
    labels = {p.group: p.value for p in fiona.contents["x-ablabel"]}
    assert sorted(labels.values()) == ["Daughter's graduation"]
    assert [a.params["TYPE"] for a in fiona.contents["adr"]] == [["WORK"], ["HOME"]]
    assert fiona.contents["adr"][1].value.street == "Flat 2\n3 High St"


def test_an_impossible_date_marks_its_row_invalid_with_the_line(store):
    text = (
        "First Name,Last Name,E-mail Address,Birthday\r\n"
        "Ann,Ok,ann@x.example,3/15/1980\r\n"
        "Ben,Bad,ben@x.example,2/31/1980\r\n"
        "Cy,Future,cy@x.example,1/1/2099\r\n"
    )
    parsed = parse_csv(text)
    preview = build_preview(parsed)
    invalid = [(r.record.line, r.reason) for r in preview.rows if r.status == "invalid"]
    assert [line for line, _ in invalid] == [3, 4]
    assert "“2/31/1980” is not possible: February has no day 31" in invalid[0][1]
    assert "cannot be in the future" in invalid[1][1]


def test_slashed_dates_use_one_order_for_the_file_and_say_which(store):
    month_first = (
        "First Name,Last Name,E-mail Address,Birthday\r\n"
        "A,B,a@x.e,3/4/1980\r\nC,D,c@x.e,3/15/1981\r\n"
    )
    parsed = parse_csv(month_first, day_first=True)  # the values prove month/day
    assert "month/day" in parsed.date_order and "3/15/1981" in parsed.date_order
    assert [(k.month, k.day) for r in parsed.records for k in r.key_dates] == [(3, 4), (3, 15)]
    ambiguous = "First Name,Last Name,E-mail Address,Birthday\r\nA,B,a@x.e,3/4/1980\r\n"
    parsed = parse_csv(ambiguous, day_first=True)
    assert parsed.date_order == "day/month (default)"
    assert [(k.month, k.day) for k in parsed.records[0].key_dates] == [(4, 3)]
    dotted = "First Name,Last Name,E-mail Address,Birthday\r\nA,B,a@x.e,15.03.1980\r\n"
    parsed = parse_csv(dotted)
    assert parsed.date_order == ""  # dots are always day.month: nothing to decide
    assert [(k.month, k.day) for k in parsed.records[0].key_dates] == [(3, 15)]


def test_updating_a_contact_adds_what_it_lacks_and_undo_puts_it_back(store, tmp_path):
    _import(FILES / "contacts30.vcf")
    gus = Contact.get(Contact.first_name == "Gus")
    known = personal.personal_info(gus.id).key_dates
    personal.save_personal(
        gus.id, PersonalInfo(addresses=(Address("home", city="Leeds"),), key_dates=known)
    )
    again = tmp_path / "again.vcf"
    again.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gray;Gus;;;\r\nFN:Gus Gray\r\nEMAIL:gus@gray.example\r\n"
        "BDAY:1990-01-01\r\nADR;TYPE=HOME:;;1 New St;Hull;;;UK\r\n"
        "ADR;TYPE=WORK:;;9 Dock Rd;Hull;;HU1 1AA;UK\r\nEND:VCARD\r\n",
        "utf-8",
    )
    preview = build_preview(read_contacts_file(again), ImportOptions(on_duplicate="update"))
    result = apply_import(preview)
    assert result.updated == 1
    info = personal.personal_info(gus.id)
    # the birthday and the home address already known are kept; the work address is new
    assert info.birthday == KeyDate("birthday", 2, 29, 1992)
    assert info.address("home") == Address("home", city="Leeds")
    assert info.address("work") == Address("work", "9 Dock Rd", "Hull", "", "HU1 1AA", "UK")
    undo_import(result.batch_id)
    assert personal.personal_info(gus.id).address("work") is None
