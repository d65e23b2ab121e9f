"""The Contacts tab's actions (new, find, edit, archive, restore), alive before the tab.

The main window builds the Contacts view the first time it is needed; its menu
entries and shortcuts must work from the first moment all the same. This light
module owns the actions: before the view exists, New contact opens the dialog on
its own (the view selects the contact once it is built) and Find asks for the view
(``show_view``); edit, archive and restore need a selected contact, so they stay
disabled until the view is attached (``attach``) and it manages their state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...i18n import translator
from ..categories.sidebar import SidebarFilter
from ..kit.actions import ActionSpec
from ..kit.resources import themed_icon

if TYPE_CHECKING:
    from .view import ContactsView

_ = translator(__name__)

NEW = ActionSpec(
    "contact.new",
    _.mark("&New Contact…"),
    (QKeySequence.StandardKey.New,),
    _.mark("Add a contact (Ctrl+N)"),
)
FIND = ActionSpec("contact.find", _.mark("&Find Contact"), (QKeySequence.StandardKey.Find,))
# Return/Enter and Delete act on the list only (the view adds them to its table).
EDIT = ActionSpec("contact.edit", _.mark("&Edit Contact…"), ("Return", "Enter"), widget_only=True)
ARCHIVE = ActionSpec("contact.archive", _.mark("&Archive Contact"), ("Delete",), widget_only=True)
RESTORE = ActionSpec("contact.restore", _.mark("Res&tore Contact"))  # Alt+R is Redo


class ContactActions(QObject):
    #: A contact was just created with "Plan the first follow-up after saving" ticked.
    first_followup_wanted = Signal(int)

    def __init__(
        self,
        parent: QObject,
        *,
        show_view: Callable[[], ContactsView] | None = None,
        initial_filter: SidebarFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.view: ContactsView | None = None
        #: Shows the Contacts tab (building the view) and returns the view.
        self._show_view = show_view
        self._filter = initial_filter or SidebarFilter()
        #: A contact created before the view existed: the view selects it when built.
        self.pending_contact: int | None = None

        self.new_action = NEW.create(parent, self.new_contact)
        self.find_action = FIND.create(parent, self.find_contact)
        self.edit_action = EDIT.create(parent, self.edit_current)
        self.archive_action = ARCHIVE.create(parent, self.archive_selected)
        self.restore_action = RESTORE.create(parent, self.restore_selected)
        self._icons_shown = False

        # Nothing is selected before the view exists.
        for action in (self.edit_action, self.archive_action, self.restore_action):
            action.setEnabled(False)
        self.restore_action.setVisible(self._filter.include_archived)

    def actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.find_action,
            self.edit_action,
            self.archive_action,
            self.restore_action,
        ]

    def show_icons(self) -> None:
        """Give the actions their icons. They show in menus and on the Contacts tab, not
        on the first screen: the window gives them on the event loop's first turn (and
        the Contacts view when it is built, should that come first)."""
        if self._icons_shown:
            return
        self._icons_shown = True
        for action, name in (
            (self.new_action, "contact-new"),
            (self.find_action, "search"),
            (self.edit_action, "edit"),
            (self.archive_action, "archive"),
            (self.restore_action, "restore"),
        ):
            themed_icon(action, name)

    def attach(self, view: ContactsView) -> None:
        """The view now exists: it handles the actions and keeps their state."""
        self.view = view
        self.show_icons()

    def set_filter(self, flt: SidebarFilter) -> None:
        """The sidebar's filter; until the view exists it decides Restore's visibility."""
        self._filter = flt
        if self.view is None:
            self.restore_action.setVisible(flt.include_archived)

    def new_contact(self) -> None:
        """New contact: once saved, the contact list shows it, selected (from any tab),
        then the first follow-up is offered when the dialog's box asked for it."""
        from .dialog import ContactDialog  # the dialog loads when first asked for

        parent = self.view if self.view is not None else self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        values = ContactDialog.ask(window, category_id=self._filter.category_id)
        if values is None or values.id is None:
            return
        shown: ContactsView | None = None
        if self._show_view is not None:
            self.pending_contact = values.id  # a view built now selects it itself
            shown = self._show_view()
            pending = self.take_pending_contact()
            if pending is not None:
                shown.select_contact(pending)
        elif self.view is not None:
            shown = self.view
            shown.select_contact(values.id)
        else:
            self.pending_contact = values.id
        if shown is not None:
            # The keyboard on the new contact's row (arrows, Enter to edit), also once
            # the Plan follow-up dialog offered next has closed; not on whatever button
            # Qt found when the agenda's list was hidden.
            shown.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if values.plan_first:
            self.first_followup_wanted.emit(values.id)

    def take_pending_contact(self) -> int | None:
        pending, self.pending_contact = self.pending_contact, None
        return pending

    def find_contact(self) -> None:
        view = self._show_view() if self._show_view is not None else self.view
        if view is not None:
            view.focus_search()

    # Edit, archive and restore act on the view's selection (disabled until it exists).
    def edit_current(self) -> None:
        if self.view is not None:
            self.view.edit_current()

    def archive_selected(self) -> None:
        if self.view is not None:
            self.view.archive_selected()

    def restore_selected(self) -> None:
        if self.view is not None:
            self.view.restore_selected()
