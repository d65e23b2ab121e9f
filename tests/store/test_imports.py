"""Preview, apply in one transaction, undo exactly: against a real database."""

import json

import pytest

from followup_desktop.domain.import_records import ContactRecord, ParsedFile, validate
from followup_desktop.exchange.contacts_csv import parse_csv
from followup_desktop.store import contacts as store_contacts
from followup_desktop.store.errors import StoreError
from followup_desktop.store.import_preview import ImportCancelled, ImportOptions, build_preview
from followup_desktop.store.imports import (
    apply_import,
    remember_mapping,
    remembered_mapping,
    undo_import,
)
from followup_desktop.store.models import Category, Contact, ImportBatch

CSV = (
    "First Name,Last Name,Company,E-mail Address,Business Phone,Categories,Referred By,Notes\n"
    "Ada,Lovelace,Engines,ada@x.org,+44 1,client,,first\n"  # line 2: new, Clients
    "Carl,Berg,,carl@old.example,,Golf,,\n"  # 3: duplicate of the existing Carl (e-mail)
    "Ada,Lovelace,,ADA@X.ORG,,,,second\n"  # 4: duplicate of line 2 (e-mail, any case)
    "Eve,Stone,,,+1 555 0100,Referrals,Ada Lovelace,\n"  # 5: duplicate of Eve (name + phone)
    ",,,,,,,\n"
    "Nobody,,,broken@,,,,\n"  # 7: invalid
    "Finn,Fox,,finn@fox.example,,,Carl Berg,\n"  # 8: new, referred by the existing Carl
)


def category_id(name):
    return Category.get(Category.name == name).id


@pytest.fixture
def existing(store):
    carl = store_contacts.create_contact(
        first_name="Carl",
        last_name="Berg",
        email="carl@old.example",
        job_title="Boss",
        notes="keep me",
        category=category_id("Clients"),
    )
    eve = store_contacts.create_contact(
        first_name="Eve", last_name="Stone", mobile="(1) 555-0100", category=category_id("Clients")
    )
    return carl, eve


def preview_of(text, **options):
    return build_preview(parse_csv(text), ImportOptions(**options))


def test_preview_marks_new_duplicate_and_invalid_rows(existing):
    preview = preview_of(CSV)
    got = [(r.record.line, r.status) for r in preview.rows]
    assert got == [
        (2, "new"),
        (3, "duplicate"),
        (4, "duplicate"),
        (5, "duplicate"),
        (7, "invalid"),
        (8, "new"),
    ]
    assert "Carl Berg" in preview.rows[1].reason
    assert "line 2" in preview.rows[2].reason
    assert "not valid" in preview.rows[4].reason
    assert preview.rows[0].category_id == category_id("Clients")  # "client" ~ "Clients"
    assert preview.rows[1].category_id is None  # "Golf" is not ours: the default
    assert preview.file_categories == {
        "client": category_id("Clients"),
        "Golf": None,
        "Referrals": category_id("Referrals"),
    }
    assert Contact.select().count() == 2  # a preview writes nothing


def test_skip_duplicates_imports_the_new_rows_with_links_and_default(existing):
    carl, _ = existing
    preview = preview_of(CSV, default_category_id=category_id("Prospects"))
    result = apply_import(preview, source="test.csv")
    assert (result.created, result.updated) == (2, 0)
    assert [line for line, _ in result.skipped] == [3, 4, 5]
    assert [line for line, _ in result.invalid] == [7]
    ada = Contact.get(Contact.email == "ada@x.org")
    assert ada.category.name == "Clients" and ada.sort_name == "lovelace ada"
    assert ada.phone_digits == "441"
    finn = Contact.get(Contact.first_name == "Finn")
    assert finn.referred_by_id == carl.id
    assert finn.category.name == "Prospects"
    assert Contact.get_by_id(carl.id).job_title == "Boss"
    assert json.loads(ImportBatch.get_by_id(result.batch_id).summary)["created"] == 2


def test_update_then_undo_restores_exactly(existing):
    carl, eve = existing
    before = {c.id: c.__data__.copy() for c in Contact.select()}
    result = apply_import(preview_of(CSV, on_duplicate="update"))
    # Carl's row brings nothing new (same e-mail, empty cells, a category we lack).
    assert (result.created, result.updated, result.unchanged) == (2, 1, 1)
    ada = Contact.get(Contact.email == "ada@x.org")
    assert ada.notes == "first\nsecond"  # the in-file duplicate merged into the new row
    eve_now = Contact.get_by_id(eve.id)
    assert eve_now.phone == "+1 555 0100" and eve_now.referred_by_id == ada.id
    assert eve_now.category.name == "Referrals"
    carl_now = Contact.get_by_id(carl.id)
    assert carl_now.job_title == "Boss" and carl_now.notes == "keep me"  # empty cells keep
    assert Contact.select().count() == 4

    undone = undo_import(result.batch_id)
    assert (undone.removed, undone.reverted) == (2, 1)
    after = {c.id: c.__data__.copy() for c in Contact.select()}
    assert set(after) == set(before)
    for cid, row in before.items():
        row.pop("updated_at"), after[cid].pop("updated_at")
        assert after[cid] == row
    with pytest.raises(StoreError, match="already undone"):
        undo_import(result.batch_id)


def test_add_anyway_imports_every_valid_row(existing):
    result = apply_import(preview_of(CSV, on_duplicate="add"))
    assert result.created == 5 and not result.skipped
    assert Contact.select().where(Contact.email == "carl@old.example").count() == 2


def test_unticked_rows_are_skipped(existing):
    preview = preview_of(CSV)
    preview.rows[0].include = False
    result = apply_import(preview)
    assert (2, "left out in the preview") in result.skipped
    assert not Contact.select().where(Contact.email == "ada@x.org").exists()


def test_cancel_during_apply_writes_nothing(store):
    lines = ["First Name,Last Name,E-mail Address"]
    lines += [f"P{i},Q{i},p{i}@x.org" for i in range(2500)]
    preview = preview_of("\n".join(lines))
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        apply_import(preview, cancelled=cancelled)
    assert Contact.select().count() == 0
    assert ImportBatch.select().count() == 0


def test_dry_run_writes_nothing(existing):
    result = apply_import(preview_of(CSV), dry_run=True)
    assert result.created == 2 and result.batch_id is None
    assert Contact.select().count() == 2


def test_undo_also_drops_contacts_touched_later_only_when_they_were_imported(existing):
    result = apply_import(preview_of(CSV))
    undo_import(result.batch_id)
    assert Contact.select().count() == 2
    assert ImportBatch.get_by_id(result.batch_id).undone_at is not None


def test_column_mapping_is_remembered_per_header(store):
    headers = ["Who", "Firm", "Mail"]
    assert remembered_mapping(headers) is None
    remember_mapping(headers, {0: "full_name", 2: "email"})
    assert remembered_mapping(["who ", "FIRM", "Mail"]) == {0: "full_name", 2: "email"}
    assert remembered_mapping(["Who", "Mail"]) is None


def test_a_record_without_a_referrer_match_keeps_the_name_in_notes(store):
    record = validate(ContactRecord(line=2, first_name="Gil", referred_by="Nobody Known"))
    preview = build_preview(ParsedFile("generic", "UTF-8", [record]))
    apply_import(preview)
    assert Contact.get().notes == "Referred by: Nobody Known"


def _search(term):
    return [
        r[0]
        for r in Contact._meta.database.execute_sql(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (f'"{term}"',)
        )
    ]


def _fts_trigger_names():
    return {
        r[0]
        for r in Contact._meta.database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'contact_fts%'"
        )
    }


def test_big_imports_keep_the_search_index_right_and_undo_clears_it(store):
    triggers = _fts_trigger_names()
    lines = ["First Name,Last Name,E-mail Address"]
    lines += [f"Pat{i},Quill{i},pat{i}@x.org" for i in range(1200)]
    result = apply_import(preview_of("\n".join(lines)))
    assert result.created == 1200
    assert _fts_trigger_names() == triggers
    hit = Contact.get(Contact.email == "pat777@x.org").id
    assert _search("quill777") == [hit]
    store.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")
    # The triggers still work for ordinary edits afterwards.
    store_contacts.update_contact(hit, last_name="Zebra")
    assert _search("zebra") == [hit]

    undo_import(result.batch_id, force=True)  # the edit above is work done since
    assert _search("quill") == [] and _fts_trigger_names() == triggers
    store.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


def test_a_cancelled_big_import_leaves_the_search_triggers_in_place(store):
    triggers = _fts_trigger_names()
    lines = ["First Name,Last Name,E-mail Address"]
    lines += [f"P{i},Q{i},p{i}@x.org" for i in range(1500)]
    calls = []
    with pytest.raises(ImportCancelled):
        apply_import(
            preview_of("\n".join(lines)), cancelled=lambda: len(calls) > 0 or calls.append(1)
        )
    assert _fts_trigger_names() == triggers
    assert Contact.select().count() == 0
