"""The main window's actions: its own declared here (id, text, shortcut, tip), each bound
to its handler in ``build``, with the features' actions registered beside them; ``MENUS``
lays out the menu bar. A new menu entry is one ``ActionSpec`` (here, or in its feature's
actions module), one line in ``build`` and its id in ``MENUS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ... import APP_NAME
from ..kit.actions import ActionRegistry, ActionSpec

if TYPE_CHECKING:
    from .main_window import MainWindow

Std = QKeySequence.StandardKey

UNDO = ActionSpec("edit.undo", "&Undo", (Std.Undo,))
REDO = ActionSpec("edit.redo", "&Redo", (Std.Redo,))
LOG_INTERACTION = ActionSpec("followup.log", "&Log interaction\u2026", ("Ctrl+L",))
PLAN_FOLLOWUP = ActionSpec(
    "followup.plan",
    "&Plan follow-up\u2026",
    ("Ctrl+Shift+F",),
    "Plan the next follow-up for the contact without logging an interaction",
)
WORKING_DAYS = ActionSpec(
    "settings.working_days",
    "&Working days\u2026",
    tip="The days you work and whose public holidays you keep: proposed dates land on them",
)
SERIES = ActionSpec(
    "followup.series",
    "Follow-up &series\u2026",
    ("Ctrl+Shift+L",),
    "Apply a series of follow-ups to the contact, or stop one",
)
IMPORT_CONTACTS = ActionSpec("contacts.import", "&Import contacts\u2026", ("Ctrl+Shift+I",))
EXPORT_CONTACTS = ActionSpec("contacts.export", "&Export contacts\u2026", ("Ctrl+Shift+E",))
PRINT_LIST = ActionSpec(
    "jogger.print",
    "&Print weekly list\u2026",
    (Std.Print,),
    "Preview, print or save this week's follow-up list",
)
HOLIDAY_CARDS = ActionSpec(
    "cards.print",
    "&Holiday cards…",
    tip="Address labels (Avery 5160 / L7160) or an address list for a card mailing",
)
EXPORT_ICS = ActionSpec(
    "ics.export",
    "Export to ca&lendar\u2026",  # Alt+E in the File menu is Export contacts
    ("Ctrl+E",),
    "Write follow-ups as an .ics file for Outlook or Google",
)
QUIT = ActionSpec("app.quit", "&Quit", (Std.Quit,))
ABOUT = ActionSpec("help.about", f"&About {APP_NAME}")
SHOW_CATEGORIES = "view.categories"  # the dock's own toggle action

#: The menu bar: each menu's title and its entries by id (None: a separator).
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    (
        "file_menu",
        "&File",
        (
            "contact.new",
            "category.new",
            None,
            "contacts.import",
            "contacts.export",
            None,
            "jogger.print",
            "cards.print",
            "ics.export",
            None,
            "backup.now",
            "backup.restore",
            None,
            "app.quit",
        ),
    ),
    (
        "edit_menu",
        "&Edit",
        (
            "edit.undo",
            "edit.redo",
            None,
            "contact.find",
            "contact.edit",
            "contact.archive",
            "contact.restore",
            "followup.log",
            "followup.plan",
            "settings.working_days",
            "followup.series",
        ),
    ),
    ("view_menu", "&View", (SHOW_CATEGORIES,)),
    ("help_menu", "&Help", ("help.about",)),
)


def build(window: MainWindow) -> ActionRegistry:
    """Every action of the window's menus, bound to its handler, by id."""
    registry = ActionRegistry()
    own = (
        (LOG_INTERACTION, window.log_interaction),
        (PLAN_FOLLOWUP, window.plan_followup),
        (WORKING_DAYS, window.edit_working_days),
        (SERIES, window.contact_series),
        (IMPORT_CONTACTS, window.import_contacts),
        (EXPORT_CONTACTS, window.export_contacts),
        (PRINT_LIST, window.print_weekly_list),
        (HOLIDAY_CARDS, window.holiday_cards),
        (EXPORT_ICS, window.export_to_calendar),
        (QUIT, window.close),
        (ABOUT, window.show_about),
    )
    for spec, handler in own:
        registry.add(spec.create(window, handler))
    registry["help.about"].setMenuRole(QAction.MenuRole.AboutRole)
    # Undo and redo follow the undo stack (their text names the step).
    for spec, make in (
        (UNDO, window.undo_stack.createUndoAction),
        (REDO, window.undo_stack.createRedoAction),
    ):
        action = make(window, spec.text)
        action.setObjectName(spec.id)
        action.setShortcuts(QKeySequence.keyBindings(spec.shortcuts[0]))
        registry.add(action)
    toggle = window.sidebar_dock.toggleViewAction()
    toggle.setObjectName(SHOW_CATEGORIES)
    registry.add(toggle)
    for action in (
        *window.contact_actions.actions(),
        window.sidebar.add_action,
        *window.backup_actions.actions(),
    ):
        registry.add(action)
    return registry
