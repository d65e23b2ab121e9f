"""The menu of one follow-up: what can be done with it, by its status and its contact's
ways to be reached. Every view that shows follow-ups (agenda, calendar, contact pane)
opens this one menu; each entry runs one of the shared ``FollowUpActions``. And the
entries a row about a contact alone offers."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMenu, QWidget

from ...domain import dates, phones
from ...i18n import translator
from ..kit.rich import menu_text
from .actions import FollowUpActions

_ = translator(__name__)


def followup_menu(
    actions: FollowUpActions, followup_id: int, parent: QWidget | None = None
) -> QMenu:
    """The context menu for one follow-up (what applies to its status): the agenda's,
    the calendar's and the contact pane's."""
    from ...domain.calendar_moves import LATER_PICKS, later, later_from, why_later
    from ...domain.reminders import snooze_until
    from ...store.cards import followup_card

    fu = followup_card(followup_id)  # a StoreError when it is gone meanwhile
    contact = fu.contact
    menu = QMenu(parent or actions.widget)
    is_open = fu.is_open
    done = menu.addAction(_("&Done\u2026"), lambda: actions.done(followup_id))
    done.setEnabled(is_open)
    sub = menu.addMenu(_("&Reschedule"))
    sub.setEnabled(is_open)
    today = actions.today()
    base = later_from(fu.due_date, today, whose=fu.whose, act_on=fu.act_on)  # or my call
    for pick in LATER_PICKS:
        # Each entry says the day it moves to; its tip says why when that is not plainly
        # N days on (a weekend, a public holiday, an overdue follow-up moved from today).
        day = later(base, pick.days, today)
        entry = sub.addAction(
            _("{move} ({day})").format(move=_(pick.label), day=dates.format_short(day)),
            partial(actions.reschedule_by, followup_id, pick.key),
        )
        entry.setToolTip(why_later(base, pick.days, today))
    sub.setToolTipsVisible(True)
    sub.addSeparator()
    sub.addAction(_("&Pick a date\u2026"), lambda: actions.reschedule_pick(followup_id))
    snooze = menu.addMenu(_("Snoo&ze reminder"))  # Alt+O opens the contact
    # Reminders come for my follow-ups with a time; their promise has none to snooze (a
    # snooze moved it to now, and my fallback call days on with it).
    snooze.setEnabled(is_open and fu.whose == "mine" and fu.due_date <= actions.today())
    now = actions.now()
    for minutes, words in (
        (15, _.n("%n minute", "%n minutes", 15)),
        (60, _.n("%n hour", "%n hours", 1)),
        (180, _.n("%n hour", "%n hours", 3)),
    ):
        # Each says when it reminds again: a time today, or the next working morning.
        at = snooze_until(now, minutes)
        when = dates.format_time(at.time())
        if at.date() != now.date():
            when = _("{day} at {time}").format(day=dates.format_short(at.date()), time=when)
        snooze.addAction(
            _("{move} ({day})").format(move=words, day=when),
            partial(actions.snooze, followup_id, minutes),
        )
    cancel = menu.addAction(_("&Cancel follow-up\u2026"), lambda: actions.cancel(followup_id))
    cancel.setEnabled(is_open)
    menu.addSeparator()
    menu.addAction(
        _("&Open {name}").format(name=menu_text(contact.name)),
        lambda: actions.open_contact(contact.id),
    )
    phone = phones.display(contact.any_phone)  # as every view shows it
    call = menu.addAction(
        _("C&all {number}").format(number=menu_text(phone)) if phone else _("Call (no number)"),
        lambda: actions.call(followup_id),
    )
    call.setEnabled(bool(phone))
    mail = menu.addAction(
        _("&Email {address}").format(address=menu_text(contact.email))
        if contact.email
        else _("Email (no address)"),
        lambda: actions.email(followup_id),
    )
    mail.setEnabled(bool(contact.email))
    if is_open:
        menu.addAction(
            _("Add to cale&ndar (.ics)\u2026"), lambda: actions.add_to_calendar(followup_id)
        )
    else:
        # A closed follow-up is never added as a live event: if a calendar file held
        # it, the file written now withdraws it; if none did, there is nothing to add.
        from ...store.ics_state import ledger_entries

        exported = bool(ledger_entries([fu.uid]))
        remove = menu.addAction(
            _("Remove from cale&ndar (.ics)\u2026"), lambda: actions.add_to_calendar(followup_id)
        )
        remove.setEnabled(exported)
        if exported:
            tip = _("Writes this follow-up as cancelled, so the calendar it was added to drops it.")
        elif fu.status == "done":
            tip = _("This follow-up is done and was never written to a calendar file.")
        else:
            tip = _("This follow-up is cancelled and was never written to a calendar file.")
        remove.setToolTip(tip)
        menu.setToolTipsVisible(True)
    menu.addAction(_("&What to say\u2026"), lambda: actions.what_to_say(followup_id))
    menu.addAction(_("Cop&y what to say"), lambda: actions.copy_what_to_say(followup_id))
    menu.addSeparator()
    menu.addAction(_("&Log interaction\u2026"), lambda: actions.log_interaction(contact.id))
    series_text = (
        _("Follow-up &series (this is a step)\u2026")
        if fu.series_run_id
        else _("Follow-up &series\u2026")
    )
    menu.addAction(series_text, lambda: actions.series(fu.contact_id))
    return menu


def add_contact_entries(menu: QMenu, actions: FollowUpActions, contact_id: int, name: str) -> None:
    """What a row about a contact without a follow-up in it offers (the agenda's No next
    step, Losing touch and Key dates rows): log an interaction, open them, their series."""
    menu.addAction(_("&Log interaction\u2026"), lambda: actions.log_interaction(contact_id))
    menu.addAction(
        _("&Open {name}").format(name=menu_text(name)), lambda: actions.open_contact(contact_id)
    )
    menu.addAction(_("Follow-up &series\u2026"), lambda: actions.series(contact_id))
