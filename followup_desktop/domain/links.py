"""Web addresses on a contact (a LinkedIn profile, a website): which become links, and
when two of them name the same page (pure Python).

Only http and https addresses ever become clickable: a ``javascript:``, ``file:`` or
``data:`` value in an imported file stays plain text. An address typed without a
scheme ("linkedin.com/in/ann") is opened as https.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..i18n import translator

_ = translator(__name__)

_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:", re.IGNORECASE)
_BARE_HOST = re.compile(r"^(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)

LINKEDIN_ADDED = _.mark("Connected on LinkedIn")
NETWORK_ADDED = _.mark("Added to your network")


def web_href(url: str) -> str | None:
    """The address to open for ``url``, or None when it must not become a link."""
    url = (url or "").strip()
    if not url or any(ch.isspace() for ch in url):
        return None
    if _BARE_HOST.match(url):
        return "https://" + url
    if not _SCHEME.match(url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def profile_key(url: str) -> str:
    """Two spellings of one profile compare equal: no scheme, no www., no trailing slash,
    no query or fragment, case-insensitive ("https://www.linkedin.com/in/Ann/" ==
    "http://linkedin.com/in/ann")."""
    url = (url or "").strip()
    if not url:
        return ""
    if not _SCHEME.match(url) or _BARE_HOST.match(url):
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").casefold()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/").casefold()
    return f"{host}{path}" if host else url.casefold()


def network_label(profile_url: str) -> str:
    """What the timeline calls the day the contact joined the network."""
    host = urlsplit(web_href(profile_url) or "").hostname or ""
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        return _(LINKEDIN_ADDED)
    return _(NETWORK_ADDED)
