"""What makes a contact valid, in plain words (pure Python, shared by dialogs and imports)."""

from __future__ import annotations

import re

from ..i18n import translator

_ = translator(__name__)

# Deliberately forgiving: one "@", something before it, a dotted domain after it, no
# spaces. Internationalised addresses (ü, 中文) pass; typos like "jo@example" do not.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")

NAME_REQUIRED = _.mark("Enter a name or a company.")


def name_problem(first: str, last: str, company: str) -> str | None:
    """Why the contact cannot be saved as named, or None when it can."""
    if first.strip() or last.strip() or company.strip():
        return None
    return _(NAME_REQUIRED)


def email_problem(email: str) -> str | None:
    """Why the e-mail address looks wrong, or None (an empty address is fine)."""
    email = email.strip()
    if not email:
        return None
    if " " in email:
        return _("An e-mail address cannot contain spaces.")
    if email.count("@") != 1:
        return _("An e-mail address needs exactly one @, as in name@example.com.")
    if not _EMAIL.match(email):
        return _("This e-mail address looks incomplete; it should look like name@example.com.")
    return None
