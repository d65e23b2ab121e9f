"""A text moved to another module keeps the translation it had, not another room's."""

from __future__ import annotations

from followup_desktop.i18n.extract import Text, render


def _done(word: str) -> dict:
    return {"numerus": False, "forms": (word,), "finished": True}


def test_a_moved_text_keeps_the_translation_of_the_module_it_came_from():
    # "Done" in Spanish: "Hecho" as a follow-up's state, "Hechos" in the Review's trend
    # table; the table's headers moved from ui.review.view to ui.review.week_numbers.
    text = Text(context="ui.review.week_numbers", source="Done")
    reuse = {
        (text.key, False): [("ui.agenda.rows", _done("Hecho")), ("ui.review.view", _done("Hechos"))]
    }
    written = render("es", [text], {}, reuse)
    assert "<translation>Hechos</translation>" in written and "Hecho<" not in written


def test_without_a_nearer_one_the_first_translation_in_file_order_is_taken():
    text = Text(context="cli.export_ics", source="Done")
    reuse = {
        (text.key, False): [("domain.review", _done("Hecho")), ("ui.agenda.rows", _done("Hechos"))]
    }
    assert "<translation>Hecho</translation>" in render("es", [text], {}, reuse)
