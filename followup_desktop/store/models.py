"""peewee models mirroring the schema that ``migrations`` creates.

The tables are created by the migrations, never by ``create_tables``; these
classes only describe them for queries. Keep both in step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import peewee as pw

from ..domain.text import display_name

# The vocabulary lives in domain; re-exported for the store's modules.
from ..domain.vocabulary import CHANNELS as CHANNELS
from ..domain.vocabulary import OUTCOMES as OUTCOMES
from ..domain.vocabulary import STATUSES as STATUSES
from ..domain.vocabulary import WHOSE as WHOSE
from .database import db

if TYPE_CHECKING:
    # For mypy the models are Any: peewee makes fields into attributes, adds ``<fk>_id``
    # and ``id``, and a select iterates as tuples, none of which its annotations can say
    # (and there is no mypy plugin). The store's functions return typed dataclasses and
    # NamedTuples; that is the typed surface the rest of the app relies on.
    _Model = Any
else:
    _Model = pw.Model


class BaseModel(_Model):
    class Meta:
        database = db.orm  # importing the models is what loads peewee (store.database)
        legacy_table_names = False


class Setting(BaseModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class Category(BaseModel):
    name = pw.TextField(unique=True)
    position = pw.IntegerField()
    builtin = pw.BooleanField(default=False)
    cadence_days = pw.IntegerField(null=True)
    card_lead_days = pw.IntegerField(null=True)  # days before a key date a card is due


class Contact(BaseModel):
    first_name = pw.TextField(default="")
    last_name = pw.TextField(default="")
    company = pw.TextField(default="")
    job_title = pw.TextField(default="")
    email = pw.TextField(default="")
    phone = pw.TextField(default="")
    mobile = pw.TextField(default="")
    category = pw.ForeignKeyField(Category, backref="contacts")
    referred_by = pw.ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    archived = pw.BooleanField(default=False)
    sort_name = pw.TextField(default="")
    search_text = pw.TextField(default="")
    phone_digits = pw.TextField(default="")
    cadence_days = pw.IntegerField(null=True)
    cadence_opt_out = pw.BooleanField(default=False)
    last_interaction_at = pw.DateTimeField(null=True)
    next_due = pw.DateField(null=True)
    no_next_step_reason = pw.TextField(default="")
    profile_url = pw.TextField(default="")
    connected_on = pw.DateField(null=True)  # joined the network (LinkedIn's "Connected On")
    card_lead_days = pw.IntegerField(null=True)  # None: the category's (else 7)

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company)


class Interaction(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    occurred_at = pw.DateTimeField()
    channel = pw.TextField()
    outcome = pw.TextField()
    notes = pw.TextField(default="")
    no_next_step_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()


class FollowUp(BaseModel):
    uid = pw.TextField(unique=True)
    contact = pw.ForeignKeyField(Contact, backref="followups", on_delete="CASCADE")
    due_date = pw.DateField()
    due_time = pw.TimeField(null=True)
    reason = pw.TextField()
    channel = pw.TextField()
    whose = pw.TextField(default="mine")
    agreed = pw.BooleanField(default=False)
    status = pw.TextField(default="open")
    status_at = pw.DateTimeField(null=True)
    status_reason = pw.TextField(default="")
    reschedule_count = pw.IntegerField(default=0)
    original_due_date = pw.DateField(null=True)
    from_interaction = pw.ForeignKeyField(
        Interaction, null=True, backref="planned", on_delete="SET NULL"
    )
    completed_by = pw.ForeignKeyField(
        Interaction, null=True, backref="completed", on_delete="SET NULL"
    )
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    revision = pw.IntegerField(default=0)
    series_run_id = pw.IntegerField(null=True)  # the series this step belongs to
    series_position = pw.IntegerField(null=True)
    #: Their move: the day I call if they have not got back by ``due_date`` (migration V12).
    fallback_date = pw.DateField(null=True)

    class Meta:
        table_name = "followup"


class FollowUpDayCount(BaseModel):
    """How many follow-ups fall on a day, per status/whose/category (kept by triggers)."""

    due_date = pw.DateField()
    status = pw.TextField()
    whose = pw.TextField()
    category_id = pw.IntegerField()
    archived = pw.BooleanField()
    n = pw.IntegerField()

    class Meta:
        table_name = "followup_day_count"
        primary_key = pw.CompositeKey("due_date", "status", "whose", "category_id", "archived")
        without_rowid = True


class SeriesTemplate(BaseModel):
    name = pw.TextField(unique=True)
    position = pw.IntegerField(default=0)
    builtin = pw.BooleanField(default=False)
    shift_on_early = pw.BooleanField(default=False)


class SeriesStep(BaseModel):
    template = pw.ForeignKeyField(SeriesTemplate, backref="steps", on_delete="CASCADE")
    position = pw.IntegerField()
    offset_days = pw.IntegerField(default=0)
    offset_months = pw.IntegerField(default=0)
    reason = pw.TextField()
    channel = pw.TextField(default="call")
    target = pw.TextField(default="contact")


class SeriesRun(BaseModel):
    template = pw.ForeignKeyField(SeriesTemplate, null=True, on_delete="SET NULL")
    contact = pw.ForeignKeyField(Contact, backref="series_runs", on_delete="CASCADE")
    name = pw.TextField()
    start_date = pw.DateField()
    shift_on_early = pw.BooleanField(default=False)
    status = pw.TextField(default="active")
    created_at = pw.DateTimeField()
    stopped_at = pw.DateTimeField(null=True)


class ImportBatch(BaseModel):
    created_at = pw.DateTimeField()
    source = pw.TextField(default="")
    summary = pw.TextField(default="")
    undone_at = pw.DateTimeField(null=True)


class ImportItem(BaseModel):
    batch = pw.ForeignKeyField(ImportBatch, backref="items", on_delete="CASCADE")
    contact_id = pw.IntegerField()
    action = pw.TextField()
    previous = pw.TextField(default="")
