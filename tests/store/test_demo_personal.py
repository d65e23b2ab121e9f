"""The demo book has a personal side: birthdays, anniversaries, addresses in several
countries, things to remember; every date in it is one the app accepts."""

from datetime import date

from followup_desktop.domain.personal import check_key_date
from followup_desktop.store import demo, personal_bulk


def test_demo_has_birthdays_addresses_anniversaries_and_things(store):
    demo.generate(400, seed=3)
    ids = [r[0] for r in store.execute_sql("SELECT id FROM contact").fetchall()]
    infos = personal_bulk.personal_rows(ids)
    dates = [k for i in infos.values() for k in i.key_dates]
    kinds = {k.kind for k in dates}
    assert {"birthday", "anniversary", "customer_since"} <= kinds
    assert any(k.kind == "birthday" and k.year is None for k in dates)
    assert all(check_key_date(k, date.today()) is None for k in dates)
    countries = {a.country for i in infos.values() for a in i.addresses}
    assert len(countries) >= 5
    assert {a.kind for i in infos.values() for a in i.addresses} == {"work", "home"}
    things = [t for i in infos.values() for t in i.things]
    assert any(t.on is not None for t in things) and any(t.on is None for t in things)
    assert sum(1 for i in infos.values() if i.birthday) > 150
