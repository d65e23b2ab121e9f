"""A category's card lead time, set from the sidebar, moves the cards it plans."""

from datetime import date

from followup_desktop.domain.personal import KeyDate, PersonalInfo
from followup_desktop.store import contacts, greeting_cards, personal
from followup_desktop.store.models import FollowUp
from followup_desktop.ui.categories import card_lead
from followup_desktop.ui.categories.sidebar import KIND_ROLE, CategorySidebar
from tests.lookups import category_by_name


def test_a_categorys_lead_time_moves_its_cards(store, qtbot, qsettings, monkeypatch):
    sidebar = CategorySidebar()
    qtbot.addWidget(sidebar)
    clients = category_by_name("Clients").id
    item = next(
        sidebar.tree.topLevelItem(i)
        for i in range(sidebar.tree.topLevelItemCount())
        if sidebar.tree.topLevelItem(i).data(0, KIND_ROLE) == clients
    )
    sidebar.tree.setCurrentItem(item)
    asked = []
    monkeypatch.setattr(card_lead, "ask_lead_days", lambda p, n, cur: asked.append(cur) or 14)
    sidebar.card_lead_action.trigger()
    assert asked == [7]
    assert greeting_cards.category_card_lead(clients) == 14
    cid = contacts.create_contact(first_name="Ada", category=clients).id
    personal.save_personal(cid, PersonalInfo(key_dates=(KeyDate("birthday", 12, 28),)))
    personal.plan_key_date_reminders(date(2026, 12, 7))
    [card] = FollowUp.select().where(FollowUp.contact == cid)
    assert card.due_date == date(2026, 12, 14)  # Mon 28 Dec - 14 days
