"""Postal addresses as one block, in the order the address's country writes them.

Pure Python: the contact pane, the personal editor, the label sheets, the weekly list
and the CSV and vCard files all lay an ``Address`` out through ``address_lines``.
Nothing typed is dropped; an address with only a country is that country.
"""

from __future__ import annotations

from .personal import Address

#: Country (as people write it, folded) -> the way its addresses are laid out.
_COUNTRY_STYLE: dict[str, str] = {}
for _style, _names in {
    "us": (
        "us",
        "usa",
        "u.s.",
        "u.s.a.",
        "united states",
        "united states of america",
        "america",
        "ca",
        "canada",
        "au",
        "australia",
    ),
    "uk": (
        "uk",
        "gb",
        "united kingdom",
        "great britain",
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "ie",
        "ireland",
    ),
    "postcode_first": (
        "de",
        "germany",
        "deutschland",
        "fr",
        "france",
        "nl",
        "netherlands",
        "the netherlands",
        "nederland",
        "be",
        "belgium",
        "belgique",
        "belgië",
        "at",
        "austria",
        "österreich",
        "ch",
        "switzerland",
        "schweiz",
        "suisse",
        "es",
        "spain",
        "españa",
        "it",
        "italy",
        "italia",
        "dk",
        "denmark",
        "danmark",
        "se",
        "sweden",
        "sverige",
        "no",
        "norway",
        "norge",
        "fi",
        "finland",
        "pl",
        "poland",
        "polska",
        "pt",
        "portugal",
        "lu",
        "luxembourg",
        "mx",
        "mexico",
        "méxico",
        "br",
        "brazil",
        "brasil",
    ),
}.items():
    for _name in _names:
        _COUNTRY_STYLE[_name] = _style


def address_style(country: str) -> str:
    """'us' (City, ST 12345), 'uk' (city, then postcode on its own line),
    'postcode_first' (12345 City) or 'other' (City Region Postcode)."""
    return _COUNTRY_STYLE.get(" ".join(country.lower().split()), "other")


def address_lines(address: Address, *, with_country: bool = True) -> list[str]:
    """The address as one block, in its country's order. Nothing typed is dropped; an
    address with only a country is that country."""
    a = address
    lines = [line.strip() for line in a.street.splitlines() if line.strip()]
    style = address_style(a.country)
    if style == "us":
        place = ", ".join(
            p for p in (a.city, " ".join(p for p in (a.region, a.postal_code) if p)) if p
        )
        lines.append(place)
    elif style == "uk":
        lines.extend((a.city, a.region, a.postal_code))
    elif style == "postcode_first":
        lines.append(" ".join(p for p in (a.postal_code, a.city) if p))
        lines.append(a.region)
    else:
        lines.append(" ".join(p for p in (a.city, a.region, a.postal_code) if p))
    if with_country and a.country:
        lines.append(a.country)
    return [line for line in lines if line]


def address_text(address: Address, *, with_country: bool = True) -> str:
    return "\n".join(address_lines(address, with_country=with_country))
