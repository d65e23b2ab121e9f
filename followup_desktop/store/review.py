"""The weekly review's figures (``domain.review`` defines every word used here).

Speed on 50,000 contacts / ~500,000 interactions: the charts sum ``reply_tally`` (a few
thousand rows kept by triggers, migrations.V11) instead of numbering the history; the
week's numbers read the follow-ups due in nine weeks from the covering index
``followup_review`` and let the domain classify them; "given up too early" walks the
"no next step" index of two categories and looks at each contact's last interaction,
which carries its attempt number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain import review, review_week, text
from ..domain.dates import next_working_day
from .cadence import SLIPPING_SQL
from .database import db

_REPLIES_IN = "('" + "', '".join(sorted(review.REPLY_OUTCOMES)) + "')"


def _range(since: date | None, today: date) -> tuple[str, str]:
    return ((since or date.min).isoformat(), today.isoformat())


def replies_by_attempt(since: date | None, today: date) -> review.ReplyFigures:
    rows = db.execute_sql(
        "SELECT attempt, sum(replies) FROM reply_tally WHERE day BETWEEN ? AND ? GROUP BY attempt",
        _range(since, today),
    ).fetchall()
    counts = [0] * len(review.BUCKETS)
    for attempt, replies in rows:
        counts[review.bucket(attempt) - 1] += replies or 0
    return review.ReplyFigures(tuple(counts))


def channel_figures(since: date | None, today: date) -> list[review.ChannelFigure]:
    rows = db.execute_sql(
        "SELECT channel, sum(attempts), sum(replies),"
        " sum(CASE WHEN attempt >= 2 THEN replies ELSE 0 END)"
        " FROM reply_tally WHERE day BETWEEN ? AND ? GROUP BY channel"
        " HAVING sum(attempts) > 0",
        _range(since, today),
    ).fetchall()
    return review.sort_channels(review.ChannelFigure(*row) for row in rows)


# -- given up too early ---------------------------------------------------------------------
@dataclass(frozen=True)
class GivenUpRow:
    contact_id: int
    name: str
    category: str
    attempts: int
    last_channel: str
    last_at: datetime

    @property
    def suggested_channel(self) -> str:
        return review.suggested_channel(self.last_channel)


_GIVEN_UP_SQL = f"""
    SELECT c.id, c.first_name, c.last_name, c.company, cat.name,
           i.attempt, i.channel, i.occurred_at
    FROM category cat
    CROSS JOIN contact c INDEXED BY contact_no_next_step ON c.category_id = cat.id
    JOIN interaction i ON i.id = (
        SELECT j.id FROM interaction j WHERE j.contact_id = c.id
        ORDER BY j.occurred_at DESC, j.id DESC LIMIT 1)
    WHERE cat.name IN ({",".join("?" * len(review.PURSUED_CATEGORIES))})
      AND c.next_due IS NULL AND c.archived = 0 AND c.no_next_step_reason = ''
      AND i.outcome NOT IN {_REPLIES_IN} AND i.attempt BETWEEN 1 AND ? - 1
      AND NOT EXISTS (SELECT 1 FROM interaction k
                      WHERE k.contact_id = c.id AND k.no_next_step_reason != '')
      AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.contact_id = c.id
                      AND f.status = 'cancelled' AND f.status_reason != '')
      AND NOT EXISTS (SELECT 1 FROM followup f WHERE f.contact_id = c.id
                      AND f.status = 'open')
    ORDER BY i.occurred_at DESC, c.id"""


def given_up_too_early(usual: int) -> list[GivenUpRow]:
    """The contacts ``domain.review.given_up_too_early`` picks, most recently tried first."""
    rows = db.execute_sql(_GIVEN_UP_SQL, (*review.PURSUED_CATEGORIES, usual)).fetchall()
    return [
        GivenUpRow(
            contact_id=r[0],
            name=text.display_name(r[1], r[2], r[3]),
            category=r[4],
            attempts=r[5],
            last_channel=r[6],
            last_at=datetime.fromisoformat(str(r[7])),
        )
        for r in rows
    ]


def retry_values(row: GivenUpRow, today: date) -> dict:
    """The follow-up "plan a retry" creates (``followups.create_followup`` keywords):
    the next working day, by another channel than the one that went unanswered."""
    return {
        "contact_id": row.contact_id,
        "due_date": next_working_day(today),
        "reason": review.suggested_reason(row.attempts, row.last_channel),
        "channel": row.suggested_channel,
    }


# -- the week in numbers ----------------------------------------------------------------------
def _day(value) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def week_numbers(first_start: date, weeks: int, today: date) -> list[review_week.WeekNumbers]:
    """The numbers of ``weeks`` consecutive weeks from ``first_start``, oldest first."""
    starts = [first_start + timedelta(weeks=k) for k in range(weeks)]
    end = starts[-1] + timedelta(days=6)
    # Grouped by what the rules look at (a few hundred groups instead of ~50,000 rows
    # on the demo database); domain.review classifies each group.
    rows = db.execute_sql(
        "SELECT due_date, whose, status, substr(status_at, 1, 10), count(*)"
        " FROM followup INDEXED BY followup_review"
        " WHERE due_date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4",
        (first_start.isoformat(), end.isoformat()),
    ).fetchall()
    by_week: list[list[review_week.PlannedRow]] = [[] for _ in starts]
    for due, whose, status, done_on, n in rows:
        due_day = date.fromisoformat(due)
        by_week[(due_day - first_start).days // 7].append(
            review_week.PlannedRow(due_day, whose, status, _day(done_on), n)
        )
    new = _per_week(
        "SELECT substr(created_at, 1, 10), count(*) FROM contact INDEXED BY contact_created"
        " WHERE created_at >= ? AND created_at < ? GROUP BY 1",
        first_start,
        end,
        len(starts),
    )
    catchups = _per_week(
        "SELECT substr(applied_at, 1, 10), count(*) FROM catchup_log"
        " WHERE applied_at >= ? AND applied_at < ? GROUP BY 1",
        first_start,
        end,
        len(starts),
    )
    moved = _per_week(
        "SELECT substr(applied_at, 1, 10), sum(moved) FROM catchup_log"
        " WHERE applied_at >= ? AND applied_at < ? GROUP BY 1",
        first_start,
        end,
        len(starts),
    )
    return [
        review_week.week_numbers(
            start,
            by_week[k],
            today,
            new_contacts=new[k],
            catchups=catchups[k],
            catchup_moved=moved[k],
        )
        for k, start in enumerate(starts)
    ]


def _per_week(sql: str, first: date, last: date, weeks: int) -> list[int]:
    out = [0] * weeks
    params = (first.isoformat(), (last + timedelta(days=1)).isoformat())
    for day, n in db.execute_sql(sql, params).fetchall():
        k = (date.fromisoformat(day) - first).days // 7
        if 0 <= k < weeks:
            out[k] += n or 0
    return out


def losing_touch_by_category(today: date) -> list[review_week.LosingTouch]:
    """Contacts losing touch today (``store.cadence``'s rule), per category in list order."""
    rows = db.execute_sql(
        f"""SELECT cat.name, count(s.id) FROM category cat
            JOIN contact c ON c.category_id = cat.id
            JOIN ({SLIPPING_SQL}) s ON s.id = c.id
            GROUP BY cat.id ORDER BY cat.position, cat.id""",
        {"today": today.isoformat()},
    ).fetchall()
    return [review_week.LosingTouch(name, n) for name, n in rows if n]


# -- catch-ups ------------------------------------------------------------------------------
def log_catchup(moved: int, when: datetime | None = None) -> None:
    """Called inside the catch-up's transaction (``store.catchup.apply``)."""
    db.execute_sql(
        "INSERT INTO catchup_log (applied_at, moved) VALUES (?, ?)",
        ((when or datetime.now()).isoformat(sep=" ", timespec="seconds"), moved),
    )


def unlog_catchup(moved: int) -> None:
    """A catch-up was undone: forget the newest one of that size."""
    db.execute_sql(
        "DELETE FROM catchup_log WHERE id = (SELECT max(id) FROM catchup_log WHERE moved = ?)",
        (moved,),
    )


# -- everything the tab and the printout show ---------------------------------------------------
@dataclass(frozen=True)
class Review:
    week_start: date
    today: date
    period: str
    replies: review.ReplyFigures
    usual: int
    channels: list[review.ChannelFigure]
    given_up: list[GivenUpRow]
    weeks: list[review_week.WeekNumbers]  # the 8 weeks before and the week itself, oldest first
    losing_touch: list[review_week.LosingTouch]

    @property
    def week(self) -> review_week.WeekNumbers:
        return self.weeks[-1]


def load(week_start: date, today: date, period: str = review.DEFAULT_PERIOD) -> Review:
    """All the figures of the review of the week starting ``week_start``."""
    since = review.period_start(period, today)
    replies = replies_by_attempt(since, today)
    # "Usually answers by" is judged on the whole history: a short period has too few.
    usual = review.usual_reply_attempt(
        replies if since is None else replies_by_attempt(None, today)
    )
    first = week_start - timedelta(weeks=review_week.TREND_WEEKS)
    return Review(
        week_start=week_start,
        today=today,
        period=period,
        replies=replies,
        usual=usual,
        channels=channel_figures(since, today),
        given_up=given_up_too_early(usual),
        weeks=week_numbers(first, review_week.TREND_WEEKS + 1, today),
        losing_touch=losing_touch_by_category(today),
    )
