"""``--lang`` on the command line: its dates read as the window's do, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from followup_desktop import cli, i18n
from followup_desktop.app import main
from followup_desktop.domain import dates


@pytest.fixture
def restore():
    yield
    i18n.set_language("en")
    dates.use_style(dates.ENGLISH)


@pytest.mark.parametrize(
    ("code", "long", "relative"),
    [("de", "Di., 8. Dez. 2026", "in 3 Tagen"), ("fr", "mar. 8 d\u00e9c. 2026", "dans 3 jours"),
     ("es", "mar, 8 dic 2026", "dentro de 3 d\u00edas"), ("en", "Tue 8 Dec 2026", "in 3 days")],
)  # fmt: skip
def test_the_commands_write_dates_in_the_chosen_language(
    monkeypatch, data_dir, restore, code, long, relative
):
    seen = {}

    def run(args):
        seen["long"] = dates.format_day(date(2026, 12, 8))
        seen["relative"] = dates.relative(date(2026, 12, 11), date(2026, 12, 8))
        return 0

    monkeypatch.setattr(cli, "run", run)
    assert main(["--lang", code, "--data-dir", str(data_dir), "demo"]) == 0
    assert seen == {"long": long, "relative": relative}
