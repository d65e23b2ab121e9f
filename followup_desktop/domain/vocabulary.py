"""The words the data is made of: channels, outcomes, whose move, statuses.

The store's schema checks against them and the dialogs offer them; both import them
from here (the UI never imports ``store.models``).
"""

from __future__ import annotations

CHANNELS = ("call", "email", "meeting", "text message", "letter or card", "social", "other")
OUTCOMES = ("reached", "left message", "no answer", "replied", "met")
WHOSE = ("mine", "theirs")
STATUSES = ("open", "done", "cancelled")
