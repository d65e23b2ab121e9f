"""The agenda's "Key dates" count: the lines of ``key_dates_between``, read from the
indexes alone (it runs at every start, before the first screen is painted)."""

from datetime import date

from followup_desktop.domain.personal import KeyDate, PersonalInfo, ThingToRemember
from followup_desktop.store import contacts, personal
from followup_desktop.store.coming_up import key_dates_between
from followup_desktop.store.database import db
from followup_desktop.store.key_date_count import key_dates_count
from tests.lookups import category_by_name


def _contact(first):
    clients = category_by_name("Clients")
    return contacts.create_contact(first_name=first, last_name="Lovelace", category=clients).id


def test_the_count_is_the_lines_shown_and_leaves_out_archived_contacts(store):
    ada, bob, gone = _contact("Ada"), _contact("Bob"), _contact("Gone")
    personal.save_personal(ada, PersonalInfo(key_dates=(KeyDate("birthday", 1, 3, 1980),)))
    personal.save_personal(
        bob,
        PersonalInfo(
            key_dates=(KeyDate("anniversary", 12, 28),),
            things=(
                ThingToRemember("Back from Japan", date(2026, 12, 30)),
                ThingToRemember("Moves office", date(2027, 2, 1)),  # outside the window
                ThingToRemember("Likes golf"),  # no date: never in the window
            ),
        ),
    )
    personal.save_personal(
        gone,
        PersonalInfo(
            key_dates=(KeyDate("birthday", 12, 27),),
            things=(ThingToRemember("Retires", date(2026, 12, 29)),),
        ),
    )
    contacts.set_archived([gone], True)
    start = date(2026, 12, 25)
    shown = key_dates_between(start, 14)
    assert len(shown) == 3
    assert key_dates_count(start, 14) == 3
    contacts.set_archived([gone], False)
    assert key_dates_count(start, 14) == len(key_dates_between(start, 14)) == 5


def test_the_count_reads_no_contact_row(store, monkeypatch):
    plans = []
    execute = db.execute_sql

    def explained(sql, params=(), *args, **kwargs):
        if sql.startswith("SELECT count(*)"):
            plans.append(execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", explained)
    key_dates_count(date(2026, 12, 25), 14)
    steps = [row[-1] for plan in plans for row in plan]
    assert len(plans) == 2, steps  # key dates, then dated things to remember
    # Archived contacts come from their own small index; no contact is looked up one by one.
    assert not [s for s in steps if "INTEGER PRIMARY KEY" in s], steps
