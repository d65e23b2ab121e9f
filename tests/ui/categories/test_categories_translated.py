"""The category sidebar and its dialogs in German and French: the five built-in
categories read in the language, the data keeps their English names."""

from __future__ import annotations

from followup_desktop.store import contacts
from followup_desktop.store.models import Category
from followup_desktop.ui.categories import cadence_widgets, sidebar
from followup_desktop.ui.categories.cadence_widgets import RhythmChoice, RhythmDialog
from followup_desktop.ui.categories.sidebar import CategorySidebar
from tests.lookups import category_by_name


def _rows(bar: CategorySidebar) -> list[str]:
    return [bar.tree.topLevelItem(i).text(0) for i in range(bar.tree.topLevelItemCount())]


def test_the_sidebar_reads_german_and_the_categories_keep_their_names(
    store, qtbot, qsettings, speak
):
    speak("de")
    bar = CategorySidebar()
    qtbot.addWidget(bar)
    assert _rows(bar) == [
        "Alle Kontakte",
        "Persönliche Kontakte",
        "Kunden",
        "Interessenten",
        "Branchenkollegen",
        "Empfehlungen",
        "Kein nächster Schritt",
    ]
    assert bar.show_archived.text() == "Arch&ivierte anzeigen"  # Alt+Z is the Review tab's Zeitraum
    assert [a.text() for a in bar.tree.actions()][:3] == [
        "Kategorie &umbenennen…",
        "Kontakt&rhythmus…",
        "Karten&erinnerungen…",
    ]
    # What is stored is the same database in every language.
    assert [c.name for c in Category.select().order_by(Category.position)] == [
        "Personal Contacts",
        "Clients",
        "Prospects",
        "Industry Colleagues",
        "Referrals",
    ]


def test_a_users_own_category_is_shown_as_typed(store, qtbot, qsettings, speak):
    contacts.add_category("Golfclub Clients")
    speak("fr")
    bar = CategorySidebar()
    qtbot.addWidget(bar)
    assert "Golfclub Clients" in _rows(bar) and "Clients" in _rows(bar)
    assert "Tous les contacts" in _rows(bar)


def test_renaming_keeps_a_built_in_category_when_its_shown_name_is_kept(
    store, qtbot, qsettings, speak, monkeypatch
):
    speak("de")
    bar = CategorySidebar()
    qtbot.addWidget(bar)
    clients = category_by_name("Clients").id
    bar.select_category(clients)
    asked = []

    def keep(parent, title, label, current=""):
        asked.append((title, label, current))
        return current

    monkeypatch.setattr(sidebar, "ask_category_name", keep)
    bar.rename_action.trigger()
    assert asked == [("Kategorie umbenennen", "Neuer Name:", "Kunden")]
    assert Category.get_by_id(clients).name == "Clients"  # not renamed to "Kunden"


def test_the_rhythm_dialog_names_the_category_in_the_language(
    store, qtbot, qsettings, speak, monkeypatch
):
    speak("es")
    bar = CategorySidebar()
    qtbot.addWidget(bar)
    bar.select_category(category_by_name("Prospects").id)
    asked = []
    monkeypatch.setattr(
        cadence_widgets.RhythmDialog,
        "ask",
        staticmethod(lambda parent, name, days: asked.append(name) or RhythmChoice(days)),
    )
    bar.rhythm_action.trigger()
    assert asked == ["Prospectos"]
    dialog = RhythmDialog("Prospectos", 14)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ritmo de contacto – Prospectos"
    assert dialog.track.text() == "Mantener el contacto cada"
    assert dialog.days.suffix() == " días"


def test_the_sidebar_is_wide_enough_for_the_german_rows(store, qtbot, qsettings, speak):
    speak("de")
    bar = CategorySidebar()
    qtbot.addWidget(bar)
    metrics = bar.tree.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in _rows(bar))
    assert bar.needed_width() > widest + metrics.horizontalAdvance("99,999")
