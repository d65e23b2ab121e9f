"""Which CSV column is what: Outlook's and Google's exports, and a guess for any other file.

A *plan* is a list of ``Column``: the column's index, our field, and a priority
(lower wins when several columns hold e.g. a phone; the others are kept in the
notes under their own header so nothing is lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.import_records import norm_header
from ..i18n import translator

_ = translator(__name__)


@dataclass(frozen=True)
class Column:
    index: int
    field: str  # a key of records.FIELD_LABELS, or "middle_name"
    priority: int = 0
    label: str = ""
    #: Google: the "Phone 1 - Label" column that says whether a value is a mobile.
    type_index: int | None = None


norm = norm_header


# -- Outlook --------------------------------------------------------------------------
_OUTLOOK: dict[str, tuple[str, int]] = {
    "first name": ("first_name", 0),
    "middle name": ("middle_name", 0),
    "last name": ("last_name", 0),
    "company": ("company", 0),
    "job title": ("job_title", 0),
    "e-mail address": ("email", 0),
    "e-mail 2 address": ("email", 1),
    "e-mail 3 address": ("email", 2),
    "business phone": ("phone", 0),
    "primary phone": ("phone", 1),
    "company main phone": ("phone", 2),
    "business phone 2": ("phone", 3),
    "home phone": ("phone", 4),
    "home phone 2": ("phone", 5),
    "other phone": ("phone", 6),
    "mobile phone": ("mobile", 0),
    "car phone": ("mobile", 1),
    "categories": ("categories", 0),
    "referred by": ("referred_by", 0),
    "web page": ("profile_url", 0),
    "notes": ("notes", 0),
    "birthday": ("birthday", 0),
    "anniversary": ("anniversary", 0),
    "business street": ("work_street", 0),
    "business street 2": ("work_street", 1),
    "business street 3": ("work_street", 2),
    "business city": ("work_city", 0),
    "business state": ("work_region", 0),
    "business postal code": ("work_postal_code", 0),
    "business country/region": ("work_country", 0),
    "business country": ("work_country", 0),
    "home street": ("home_street", 0),
    "home street 2": ("home_street", 1),
    "home street 3": ("home_street", 2),
    "home city": ("home_city", 0),
    "home state": ("home_region", 0),
    "home postal code": ("home_postal_code", 0),
    "home country/region": ("home_country", 0),
    "home country": ("home_country", 0),
    # our own export's columns for what Outlook has no column for
    "key dates": ("key_dates_text", 0),
    "things to remember": ("things_text", 0),
}

# -- LinkedIn: Settings → Data privacy → Get a copy of your data → Connections ------------
_LINKEDIN: dict[str, str] = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "profile_url",
    "email address": "email",
    "company": "company",
    "position": "job_title",
    "connected on": "connected_on",
}

# -- Google (current and older) -------------------------------------------------------
_GOOGLE_FIXED: dict[str, str] = {
    "first name": "first_name",
    "middle name": "middle_name",
    "last name": "last_name",
    "given name": "first_name",
    "additional name": "middle_name",
    "family name": "last_name",
    "organization name": "company",
    "organization title": "job_title",
    "organization 1 - name": "company",
    "organization 1 - title": "job_title",
    "labels": "categories",
    "group membership": "categories",
    "notes": "notes",
    "birthday": "birthday",
    "key dates": "key_dates_text",
    "things to remember": "things_text",
}
_NUMBERED = re.compile(
    r"^(e-mail|phone|relation|address|event) (\d+) - (value|label|type|street|city|region"
    r"|postal code|country|po box|extended address|formatted)$"
)
#: Google's address columns -> the part of our address they fill.
_GOOGLE_ADDRESS = {
    "po box": "street",
    "street": "street",
    "extended address": "street",
    "city": "city",
    "region": "region",
    "postal code": "postal_code",
    "country": "country",
}

# -- any other CSV: what people call their columns ------------------------------------
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "first", "givenname", "forename", "prenom", "vorname"),
    "last_name": ("lastname", "last", "surname", "familyname", "nom", "nachname"),
    "full_name": ("name", "fullname", "contact", "contactname", "displayname", "person"),
    "company": (
        "company",
        "companyname",
        "organization",
        "organisation",
        "organizationname",
        "firm",
        "business",
        "account",
        "accountname",
        "employer",
        "societe",
        "firma",
    ),
    "job_title": ("title", "jobtitle", "position", "role", "function", "organizationtitle"),
    "email": ("email", "emailaddress", "mail", "emails", "email1", "primaryemail"),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "phonenumber",
        "workphone",
        "businessphone",
        "officephone",
        "landline",
        "telefon",
    ),
    "mobile": ("mobile", "cell", "mobilephone", "cellphone", "handy", "mobilenumber", "gsm"),
    "categories": ("category", "categories", "group", "groups", "labels", "label", "tags"),
    "referred_by": ("referredby", "referral", "referrer", "referredfrom"),
    "profile_url": (
        "url",
        "profileurl",
        "profile",
        "profilelink",
        "linkedin",
        "linkedinurl",
        "linkedinprofile",
        "xing",
        "webpage",
    ),
    "connected_on": ("connectedon", "connected", "connectiondate", "dateconnected"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "description", "memo"),
    "birthday": ("birthday", "dob", "dateofbirth", "birthdate", "bday", "geburtstag"),
    "anniversary": ("anniversary", "weddinganniversary"),
    "work_street": ("street", "address", "streetaddress", "address1", "businessstreet"),
    "work_city": ("city", "town", "businesscity", "ort", "ville"),
    "work_region": ("state", "region", "province", "county", "businessstate"),
    "work_postal_code": ("zip", "zipcode", "postcode", "postalcode", "plz", "businesspostalcode"),
    "work_country": ("country", "countryregion", "businesscountry", "land", "pays"),
}
_SYNONYM_INDEX = {syn: field for field, syns in _SYNONYMS.items() for syn in syns}


def _squash(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", norm(header))


def detect_kind(headers: list[str]) -> str:
    names = {norm(h) for h in headers}
    if {"first name", "last name", "connected on"} <= names:  # older exports have no URL
        return "linkedin"
    if "given name" in names or "group membership" in names:
        return "google-legacy"
    numbered = any(_NUMBERED.match(n) for n in names)
    if numbered or "organization name" in names or "labels" in names:
        return "google"
    outlook_marks = {"e-mail address", "business phone", "mobile phone", "job title", "company"}
    if "first name" in names and names & outlook_marks:
        return "outlook"
    return "generic"


def outlook_plan(headers: list[str]) -> list[Column]:
    """Outlook's own column names; a field none of them holds may come from a column
    named as other programs name it ("Email Address", "Position"): a file with "First
    Name" and "Company" looks like Outlook's but need not be, and nothing is dropped."""
    plan = []
    for i, header in enumerate(headers):
        hit = _OUTLOOK.get(norm(header))
        if hit:
            plan.append(Column(i, hit[0], hit[1], header.strip()))
    mapped = {c.index for c in plan}
    fields = {c.field for c in plan}
    for i, header in enumerate(headers):
        field = _SYNONYM_INDEX.get(_squash(header))
        if i not in mapped and field and field not in fields and field != "full_name":
            plan.append(Column(i, field, 9, header.strip()))
            fields.add(field)
    return plan


def linkedin_plan(headers: list[str]) -> list[Column]:
    return [
        Column(i, _LINKEDIN[norm(h)], 0, h.strip())
        for i, h in enumerate(headers)
        if norm(h) in _LINKEDIN
    ]


def google_plan(headers: list[str]) -> list[Column]:
    names = [norm(h) for h in headers]
    plan = []
    for i, name in enumerate(names):
        if name in _GOOGLE_FIXED:
            plan.append(Column(i, _GOOGLE_FIXED[name], 0, headers[i].strip()))
            continue
        m = _NUMBERED.match(name)
        if not m:
            continue
        what, number, part = m.group(1), int(m.group(2)), m.group(3)
        type_name = None
        for suffix in ("label", "type"):
            candidate = f"{what} {number} - {suffix}"
            if candidate in names:
                type_name = names.index(candidate)
        if what == "address":
            if part in _GOOGLE_ADDRESS:
                order = (
                    ("po box", "street", "extended address").index(part)
                    if (_GOOGLE_ADDRESS[part] == "street")
                    else 0
                )
                plan.append(
                    Column(i, f"gaddr_{_GOOGLE_ADDRESS[part]}", number * 10 + order,
                           headers[i].strip(), type_name)
                )  # fmt: skip
            continue
        if part != "value":
            continue
        if what == "event":
            plan.append(Column(i, "event", number, headers[i].strip(), type_name))
            continue
        label = f"{'E-mail' if what == 'e-mail' else what.title()} {number}"
        if what == "e-mail":
            plan.append(Column(i, "email", number, label, type_name))
        elif what == "phone":
            plan.append(Column(i, "phone", number, label, type_name))
        elif type_name is not None:
            plan.append(Column(i, "relation", number, label, type_name))
    return plan


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Our best guess of what each column of an unknown CSV holds (index -> field)."""
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        key = _squash(header)
        field = _SYNONYM_INDEX.get(key)
        if field is None:
            if "mail" in key:
                field = "email"
            elif "mobile" in key or "cell" in key:
                field = "mobile"
            elif "phone" in key:
                field = "phone"
        if field and (
            field in ("email", "phone", "mobile", "notes") or field not in mapping.values()
        ):
            mapping[i] = field
    return mapping


def column_name(index: int) -> str:
    """What a column without a header is called: "Column 3"."""
    return _("Column {number}").format(number=index + 1)


def generic_plan(headers: list[str], mapping: dict[int, str]) -> list[Column]:
    plan = []
    for order, (index, field) in enumerate(sorted(mapping.items())):
        if field and 0 <= index < len(headers):
            plan.append(Column(index, field, order, headers[index].strip() or column_name(index)))
    return plan


def is_usable(mapping: dict[int, str]) -> bool:
    """A mapping must name at least one column that identifies a person or company."""
    wanted = {"first_name", "last_name", "full_name", "company", "email"}
    return bool(wanted & set(mapping.values()))


# -- where the header is ---------------------------------------------------------------
#: How many non-empty lines above the header are looked through (LinkedIn has two).
HEADER_SEARCH = 30


def known_columns(row: list[str]) -> int:
    """How many cells of a row are column names some export uses."""
    found = 0
    for cell in row:
        name = norm(cell)
        if not name:
            continue
        if (
            name in _OUTLOOK
            or name in _GOOGLE_FIXED
            or name in _LINKEDIN
            or _NUMBERED.match(name)
            or _squash(cell) in _SYNONYM_INDEX
        ):
            found += 1
    return found


def looks_like_header(row: list[str]) -> bool:
    """At least two cells that are known column names ("Notes:" alone is not a header)."""
    return known_columns(row) >= 2
