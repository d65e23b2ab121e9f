"""The weekly list's "Key dates" lines: what comes round this week and next (a card needs
a week to arrive), each with the address when the reminder is a card.

"Thu 17 Dec · Ada Lovelace: Birthday (turns 46) · card to 1 Main St, Springfield, IL
62701, USA"; a card with no address known says so, so the address can be asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from ..i18n import translator
from .addresses import address_lines
from .personal import Address, ComingUp

_ = translator(__name__)

#: Days after the week the list looks ahead: a card posted this week for a date then.
CARD_LOOKAHEAD = 7


def key_date_line(item: ComingUp, address: Address | None, day_text: Callable[[date], str]) -> str:
    line = _("{day} · {name}: {what}").format(
        day=day_text(item.occurs), name=item.name, what=item.what
    )
    if item.action == "card":
        if address is None:
            line += " · " + _("card: no address yet, ask for one")
        else:
            line += " · " + _("card to {address}").format(address=", ".join(address_lines(address)))
    elif item.action == "call":
        line += " · " + _("call")
    return line


def key_date_lines(
    items: Iterable[ComingUp],
    addresses: Mapping[int, Address | None],
    day_text: Callable[[date], str],
) -> tuple[str, ...]:
    return tuple(key_date_line(i, addresses.get(i.contact_id), day_text) for i in items)


def marks_tip(count: int, names: tuple[str, ...]) -> str:
    """A calendar day's key dates as its tooltip: "Birthday: Ada Lovelace", …"""
    lines = list(names[:8])
    if count > len(lines):
        lines.append(
            _.n(
                "… and %n more (the agenda's Key dates lists them)",
                "… and %n more (the agenda's Key dates lists them)",
                count - len(lines),
            )
        )
    return "\n".join(lines)
