"""Only http(s) addresses become links; spellings of one profile compare equal."""

import pytest

from followup_desktop.domain.links import network_label, profile_key, web_href


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://www.linkedin.com/in/ann", "https://www.linkedin.com/in/ann"),
        ("HTTP://example.com/x", "HTTP://example.com/x"),
        ("linkedin.com/in/ann", "https://linkedin.com/in/ann"),
        ("www.example.com", "https://www.example.com"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(document.cookie)", None),
        ("file:///etc/passwd", None),
        ("data:text/html,<script>x</script>", None),
        ("mailto:ann@example.com", None),
        ("ftp://example.com/file", None),
        ("http://", None),
        ("not a url", None),
        ("", None),
    ],
)
def test_only_http_and_https_become_links(url, href):
    assert web_href(url) == href


def test_spellings_of_one_profile_are_one_key():
    same = {
        profile_key("https://www.linkedin.com/in/Ann-Lee/"),
        profile_key("http://linkedin.com/in/ann-lee"),
        profile_key("linkedin.com/in/ann-lee?trk=x#top"),
    }
    assert same == {"linkedin.com/in/ann-lee"}
    assert profile_key("https://www.linkedin.com/in/ann-lee-2") != same.pop()


def test_the_timeline_names_linkedin_only_for_linkedin():
    assert network_label("https://www.linkedin.com/in/ann") == "Connected on LinkedIn"
    assert network_label("https://www.xing.com/profile/ann") == "Added to your network"
    assert network_label("javascript:x//linkedin.com") == "Added to your network"
