"""Talking-point templates and the values a follow-up fills in.

The user's edits are kept in the ``setting`` table, JSON subject/body, one per kind and
language: a German salesperson's edited German message is not what they see when the app
speaks English, and resetting one language leaves the others alone. English edits keep
the key they had before the app spoke other languages (``talking_points.<kind>``); the
others are ``talking_points.<language>.<kind>``.
"""

from __future__ import annotations

import json
from datetime import date

from .. import i18n
from ..domain import talking_points as rules
from ..domain.personal import recent_thing
from ..i18n import translator
from .errors import InvalidInputError
from .models import FollowUp, Interaction, SeriesRun
from .personal import things_to_remember
from .settings import delete_setting, get_setting, set_setting

_ = translator(__name__)


def _key(kind: str, language: str | None) -> str:
    """Where the user's edit of ``kind`` in ``language`` (default: the one spoken) lives."""
    language = language or i18n.language()
    if language == i18n.SOURCE_LANGUAGE:
        return f"talking_points.{kind}"
    return f"talking_points.{language}.{kind}"


def template(kind: str, language: str | None = None) -> rules.Template:
    """The user's edit of the template in the language (default: the one spoken), or the
    built-in one."""
    default = rules.DEFAULTS[kind]
    raw = get_setting(_key(kind, language))
    if raw:
        try:
            saved = json.loads(raw)
            return rules.Template(kind, default.label, str(saved["subject"]), str(saved["body"]))
        except (ValueError, KeyError, TypeError):
            pass  # a hand-edited value that cannot be read: the default still works
    return default


def is_customised(kind: str, language: str | None = None) -> bool:
    return get_setting(_key(kind, language)) is not None


def save_template(kind: str, subject: str, body: str, language: str | None = None) -> None:
    if kind not in rules.DEFAULTS:
        raise InvalidInputError(_('"{kind}" is not a kind of talking point.').format(kind=kind))
    if not body.strip():
        raise InvalidInputError(_("The message is empty: write what you would say."))
    set_setting(_key(kind, language), json.dumps({"subject": subject, "body": body}))


def reset_template(kind: str, language: str | None = None) -> None:
    delete_setting(_key(kind, language))


def fields_for(followup_id: int) -> dict[str, rules.SlotValue]:
    """Every slot's value for the follow-up, with where it came from (``rules.slot_values``)."""
    fu = FollowUp.get_or_none(FollowUp.id == followup_id)
    if fu is None:
        raise InvalidInputError(_("That follow-up no longer exists."))
    contact = fu.contact
    last = (
        Interaction.select(Interaction.notes)
        .where((Interaction.contact == contact.id) & (Interaction.notes != ""))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
        .scalar()
    )
    return rules.slot_values(
        first_name=contact.first_name,
        reason=fu.reason,
        whose=fu.whose,
        promised=fu.due_date,
        last_note=last or "",
        remembered=recent_thing(things_to_remember(contact.id), date.today()),
    )


def kind_for(followup_id: int) -> str:
    fu = FollowUp.get_by_id(followup_id)
    name = ""
    if fu.series_run_id:
        run = SeriesRun.get_or_none(SeriesRun.id == fu.series_run_id)
        name = run.name if run else ""
    return rules.guess_kind(fu.reason, fu.whose, name)
