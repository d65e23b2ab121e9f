"""The main window's actions: its own declared here (id, text, shortcut, tip), each bound
to its handler in ``build``, with the features' actions registered beside them; ``MENUS``
lays out the menu bar. A new menu entry is one ``ActionSpec`` (here, or in its feature's
actions module), one line in ``build`` and its id in ``MENUS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ... import APP_NAME
from ...i18n import translator
from ..kit.actions import ActionRegistry, ActionSpec
from ..kit.rich import menu_text
from . import language_menu

_ = translator(__name__)

if TYPE_CHECKING:
    from .main_window import MainWindow

Std = QKeySequence.StandardKey

UNDO = ActionSpec("edit.undo", _.mark("&Undo"), (Std.Undo,))
REDO = ActionSpec("edit.redo", _.mark("&Redo"), (Std.Redo,))
LOG_INTERACTION = ActionSpec("followup.log", _.mark("&Log interaction\u2026"), ("Ctrl+L",))
PLAN_FOLLOWUP = ActionSpec(
    "followup.plan",
    _.mark("&Plan follow-up\u2026"),
    ("Ctrl+Shift+F",),
    _.mark("Plan the next follow-up for the contact without logging an interaction"),
)
WORKING_DAYS = ActionSpec(
    "settings.working_days",
    _.mark("&Working days\u2026"),
    tip=_.mark("The days you work and whose public holidays you keep: proposed dates land on them"),
)
SERIES = ActionSpec(
    "followup.series",
    _.mark("Follow-up &series\u2026"),
    ("Ctrl+Shift+L",),
    _.mark("Apply a series of follow-ups to the contact, or stop one"),
)
IMPORT_CONTACTS = ActionSpec("contacts.import", _.mark("&Import contacts\u2026"), ("Ctrl+Shift+I",))
EXPORT_CONTACTS = ActionSpec("contacts.export", _.mark("&Export contacts\u2026"), ("Ctrl+Shift+E",))
PRINT_LIST = ActionSpec(
    "jogger.print",
    _.mark("&Print weekly list\u2026"),
    (Std.Print,),
    _.mark("Preview, print or save this week's follow-up list"),
)
HOLIDAY_CARDS = ActionSpec(
    "cards.print",
    _.mark("&Holiday cards…"),
    tip=_.mark("Address labels (Avery 5160 / L7160) or an address list for a card mailing"),
)
EXPORT_ICS = ActionSpec(
    "ics.export",
    _.mark("Export to ca&lendar\u2026"),  # Alt+E in the File menu is Export contacts
    ("Ctrl+E",),
    _.mark("Write follow-ups as an .ics file for Outlook or Google"),
)
QUIT = ActionSpec("app.quit", _.mark("&Quit"), (Std.Quit,))
ABOUT = ActionSpec("help.about", _.mark("&About {app}"))
SHOW_CATEGORIES = "view.categories"  # the dock's own toggle action

#: The menu bar: each menu's title and its entries by id (None: a separator).
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (  # titles: _.mark
    (
        "file_menu",
        _.mark("&File"),
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
        _.mark("&Edit"),
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
    ("view_menu", _.mark("&View"), (SHOW_CATEGORIES, None, language_menu.MENU_ID)),
    ("help_menu", _.mark("&Help"), ("help.about",)),
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
    registry["help.about"].setText(_(ABOUT.text).format(app=APP_NAME))
    # Undo and redo follow the undo stack: enabled when there is a step, named after it.
    stack = window.undo_stack
    undo = registry.add(UNDO.create(window, stack.undo))
    _follow(undo, _(UNDO.text), _("&Undo {step}"), stack.undoText(), stack.canUndo())
    stack.undoTextChanged.connect(lambda step: _follow(undo, _(UNDO.text), _("&Undo {step}"), step))
    stack.canUndoChanged.connect(undo.setEnabled)
    redo = registry.add(REDO.create(window, stack.redo))
    _follow(redo, _(REDO.text), _("&Redo {step}"), stack.redoText(), stack.canRedo())
    stack.redoTextChanged.connect(lambda step: _follow(redo, _(REDO.text), _("&Redo {step}"), step))
    stack.canRedoChanged.connect(redo.setEnabled)
    registry.add(language_menu.build(window).menuAction())  # its entries: the languages
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


def _follow(
    action: QAction, alone: str, named: str, step: str, enabled: bool | None = None
) -> None:
    """Undo/Redo's text names the step ("Undo Archive Ada"), in one translated sentence."""
    action.setText(named.format(step=menu_text(step)) if step else alone)
    if enabled is not None:
        action.setEnabled(enabled)
