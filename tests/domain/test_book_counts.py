"""What a book holds, said one way by the backup, the recovery dialog, the CLI and the demo."""

from __future__ import annotations

from followup_desktop.domain.book_counts import book_counts


def test_each_count_takes_its_plural(speak):
    assert book_counts(1, 0, 2) == "1 contact, 0 interactions, 2 follow-ups"
    speak("es")
    assert book_counts(1, 3, 1) == "1 contacto, 3 interacciones, 1 seguimiento"


def test_unbroken_keeps_each_number_with_its_noun():
    words = book_counts(212, 1, 96, unbroken=True)
    assert words.split(", ") == ["212\u00a0contacts", "1\u00a0interaction", "96\u00a0follow-ups"]
