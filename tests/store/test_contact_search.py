"""The contact list's SQL: search (folded, digits), filters, sort, paging, counts."""

import pytest

from followup_desktop.store import contacts
from followup_desktop.store.cards import contact_details
from followup_desktop.store.contact_counts import counts
from followup_desktop.store.contact_list import ContactQuery, contact_ids, count, rows
from tests.lookups import category_by_name


@pytest.fixture
def people(store):
    cat = {c.name: c.id for c in contacts.categories()}
    made = {}
    for key, values in {
        "zoe": dict(
            first_name="Zoë",
            last_name="Ångström",
            company="Nordlys AS",
            email="zoe@nordlys.example",
            phone="+47 22 33 44 55",
            category=cat["Clients"],
        ),
        "jose": dict(
            first_name="José",
            last_name="Peña",
            company="Café Lumière",
            phone="(555) 010-2030",
            mobile="555.777.1234",
            category=cat["Prospects"],
        ),
        "wang": dict(
            first_name="伟",
            last_name="王",
            company="東京精機",
            email="wang.wei@example.com",
            category=cat["Prospects"],
        ),
        "noa": dict(first_name="נועה", last_name="לוי", category=cat["Referrals"]),
        "acme": dict(company="Acme Logistics", phone="555-0100", category=cat["Clients"]),
    }.items():
        made[key] = contacts.create_contact(**values).id
    return made


def search(text, **kw):
    return contact_ids(ContactQuery(search=text, **kw))


@pytest.mark.parametrize(
    "typed, who",
    [
        ("zoe", {"zoe"}),
        ("ZOË", {"zoe"}),
        ("angst", {"zoe"}),
        ("ÅNGSTRÖM", {"zoe"}),
        ("jose pena", {"jose"}),
        ("cafe", {"jose"}),
        ("lumiere", {"jose"}),
        ("nordlys.example", {"zoe"}),
        ("王", {"wang"}),
        ("東京", {"wang"}),
        ("לוי", {"noa"}),
        ("acme log", {"acme"}),
        ("zz", set()),
        ("a", {"zoe", "jose", "wang", "acme"}),
    ],
)
def test_search_folds_case_and_accents(people, typed, who):
    assert set(search(typed)) == {people[k] for k in who}


@pytest.mark.parametrize(
    "typed, who",
    [
        ("5550102030", {"jose"}),
        ("555 010 20", {"jose"}),
        ("(555) 010-2030", {"jose"}),
        ("555-777", {"jose"}),  # the mobile number
        ("22 33 44", {"zoe"}),
        ("555", {"jose", "acme"}),
        ("01", {"jose", "acme"}),
        ("+47", {"zoe"}),
    ],
)
def test_phone_digits_match_whatever_the_formatting(people, typed, who):
    assert set(search(typed)) == {people[k] for k in who}


def test_edits_and_archive_keep_search_in_step(people):
    contacts.update_contact(people["zoe"], last_name="Berg", phone="")
    assert search("angstrom") == []
    assert search("berg") == [people["zoe"]]
    assert search("22 33") == []
    contacts.set_archived([people["jose"]], True)
    assert search("cafe") == []
    assert search("cafe", include_archived=True) == [people["jose"]]


def test_filters_sort_paging_and_counts(people, store):
    clients = category_by_name("Clients").id
    assert set(contact_ids(ContactQuery(category_id=clients))) == {people["zoe"], people["acme"]}
    by_name = contact_ids(ContactQuery())
    assert by_name[0] == people["acme"]  # company-only contacts sort by company
    assert contact_ids(ContactQuery(descending=True)) == by_name[::-1]
    assert contact_ids(ContactQuery(), 1, 2) == by_name[1:3]
    by_company = contact_ids(ContactQuery(sort="company"))
    assert by_company[-1] == people["noa"]  # no company sorts last
    assert count(ContactQuery()) == 5
    c = counts()
    assert c.all == 5 and c.by_category[clients] == 2 and c.no_next_step == 5
    store.execute_sql("UPDATE contact SET next_due = '2030-01-01' WHERE id = ?", [people["zoe"]])
    assert people["zoe"] not in contact_ids(ContactQuery(no_next_step=True))
    assert contact_ids(ContactQuery(sort="next_due"))[0] == people["zoe"]


def test_rows_carry_what_the_list_shows(people):
    row = rows([people["acme"], people["jose"]])
    assert row[people["acme"]].name == "Acme Logistics"
    assert row[people["jose"]].name == "José Peña"
    assert row[people["jose"]].phone == "(555) 010-2030"


def test_unicode_round_trips_and_long_notes(store):
    name = "Zoë 👩‍💼 Ångström"
    note = "x" * 9_992 + "ß漢字عربي👍"
    cid = contacts.create_contact(
        first_name=name, last_name="王伟", company="شركة المثال", notes=note,
        category=contacts.categories()[0].id,
    ).id  # fmt: skip
    c = contact_details(cid)
    assert (c.first_name, c.last_name, c.company, c.notes) == (name, "王伟", "شركة المثال", note)
    assert len(c.notes) == 10_000
    assert search("👩‍💼") == [cid]
