"""Settings the CLI needs as well as the GUI, kept in the ``setting`` table.

Values are stored as text; the typed getters fall back to the default when a
value is missing or unreadable (a hand-edited database must not stop the app).
Keys are dotted names owned by the feature that uses them, e.g.
``ics.event_minutes`` or ``ics.last_export_at``.
"""

from __future__ import annotations

from datetime import datetime

from .database import db


def get_setting(key: str, default: str | None = None) -> str | None:
    # Plain SQL: the first screen reads settings (the working week) and would otherwise
    # load peewee and the models for it (~20 ms of start-up).
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return default if row is None else row[0]


def set_setting(key: str, value: str) -> None:
    from .models import Setting

    with db.atomic():
        Setting.insert(key=key, value=str(value)).on_conflict_replace().execute()


def delete_setting(key: str) -> None:
    from .models import Setting

    with db.atomic():
        Setting.delete().where(Setting.key == key).execute()


def get_int(key: str, default: int, *, minimum: int | None = None) -> int:
    raw = get_setting(key)
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        return default
    if minimum is not None and value < minimum:
        return default
    return value


def get_bool(key: str, default: bool) -> bool:
    """The saved yes/no; ``default`` when there is none or it is not a yes/no at all."""
    raw = get_setting(key)
    word = "" if raw is None else raw.strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    return default


def get_datetime(key: str) -> datetime | None:
    raw = get_setting(key)
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None
