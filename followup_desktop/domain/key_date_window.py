"""The days a key date may fall on in a window: what the agenda's "Key dates" section and
the calendar's marks select, by one indexed ``IN`` of ``month * 100 + day``.

Beside ``domain.personal`` (whose 29 February rule it follows) rather than in it: the
agenda counts its key dates at every start, before anything else of the personal rules
(their value types, their date patterns) is needed.
"""

from __future__ import annotations

from datetime import date, timedelta

#: How far ahead the agenda's "Key dates" section looks.
KEY_DATE_WINDOW = 14


def month_days_between(start: date, days: int) -> list[int]:
    """Every ``month * 100 + day`` a key date may have to fall in [start, start + days).

    In a year without 29 February, 0229 is included with 28 February (it is kept on
    that day), so a store can select the window by one indexed ``IN``.
    """
    out: list[int] = []
    for offset in range(days):
        d = start + timedelta(days=offset)
        out.append(d.month * 100 + d.day)
        if d.month == 2 and d.day == 28 and (d + timedelta(days=1)).month == 3:  # no 29th
            out.append(229)
    return out
