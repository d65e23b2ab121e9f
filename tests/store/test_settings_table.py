from datetime import datetime

from followup_desktop.store import settings


def test_settings_round_trip_and_fallbacks(store):
    assert settings.get_setting("x.y") is None
    assert settings.get_int("ics.event_minutes", 15) == 15
    settings.set_setting("ics.event_minutes", "30")
    assert settings.get_int("ics.event_minutes", 15) == 30
    settings.set_setting("ics.event_minutes", "thirty")
    assert settings.get_int("ics.event_minutes", 15) == 15
    settings.set_setting("ics.event_minutes", "-5")
    assert settings.get_int("ics.event_minutes", 15, minimum=1) == 15
    settings.set_setting("flag", "yes")
    assert settings.get_bool("flag", False) is True
    settings.set_setting("flag", "off")
    assert settings.get_bool("flag", True) is False
    # A hand-edited value that is neither yes nor no falls back to the default.
    settings.set_setting("flag", "maybe")
    assert settings.get_bool("flag", True) is True
    assert settings.get_bool("flag", False) is False
    stamp = datetime(2024, 3, 1, 9, 30)
    settings.set_setting("ics.last_export_at", stamp.isoformat())
    assert settings.get_datetime("ics.last_export_at") == stamp
    settings.delete_setting("ics.last_export_at")
    assert settings.get_datetime("ics.last_export_at") is None
