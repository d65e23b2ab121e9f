"""Test data for the weekly list: contacts, follow-ups and interactions through the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from followup_desktop.domain.jogger import Week, week_of
from followup_desktop.store.contacts import categories, create_contact
from followup_desktop.store.followups import cancel, create_followup, refresh_contact_summary
from followup_desktop.store.models import Interaction

TODAY = date(2026, 11, 25)  # a Wednesday
WEEK: Week = week_of(TODAY)  # 2026-W48, Mon 23 - Sun 29 Nov


def log_interaction(contact_id: int, when: datetime, notes: str = "", outcome: str = "reached"):
    Interaction.create(
        contact=contact_id,
        occurred_at=when,
        channel="call",
        outcome=outcome,
        notes=notes,
        created_at=when,
    )
    refresh_contact_summary(contact_id)


@dataclass
class WeekData:
    in_week: dict[str, int] = field(default_factory=dict)  # reason -> follow-up id
    carried: dict[str, int] = field(default_factory=dict)
    elsewhere: list[str] = field(default_factory=list)  # reasons that must not print
    idle: list[str] = field(default_factory=list)  # names with no next step


def fill_week(per_category: int = 3) -> WeekData:
    """Due items in every category this week, overdue ones, and items that must not show."""
    data = WeekData()
    cats = categories()
    n = 0
    for cat in cats:
        for k in range(per_category):
            n += 1
            c = create_contact(
                first_name=f"Given{n:03d}",
                last_name=f"Family{n:03d}",
                company=f"Firm {n:03d}",
                phone=f"+1 555 01{n:03d}",
                email=f"p{n:03d}@example.com",
                category=cat.id,
            )
            log_interaction(
                c.id, datetime(2026, 11, 2, 10) + timedelta(days=n % 15), f"note {n:03d}"
            )
            due = WEEK.start + timedelta(days=(n + k) % 7)
            reason = f"DUE{n:03d} in week"
            fu = create_followup(c.id, due, reason, due_time=time(9, 30) if n % 2 else None)
            data.in_week[reason] = fu.id
        # one overdue from last week
        n += 1
        c = create_contact(first_name=f"Late{n:03d}", last_name="Person", category=cat.id)
        reason = f"LATE{n:03d} carried"
        data.carried[reason] = create_followup(c.id, WEEK.start - timedelta(days=3), reason).id
        # next week's and a cancelled one: never on this sheet
        reason = f"NEXT{n:03d} next week"
        create_followup(c.id, WEEK.end + timedelta(days=1), reason)
        data.elsewhere.append(reason)
        reason = f"GONE{n:03d} cancelled"
        fu = create_followup(c.id, WEEK.start + timedelta(days=1), reason)
        cancel(fu.id, "not needed")
        data.elsewhere.append(reason)
        # a contact with no next step
        n += 1
        idle = create_contact(first_name=f"Idle{n:03d}", last_name="Quiet", category=cat.id)
        log_interaction(idle.id, datetime(2026, 10, 1, 9), "went quiet")
        data.idle.append(f"Idle{n:03d} Quiet")
    return data
