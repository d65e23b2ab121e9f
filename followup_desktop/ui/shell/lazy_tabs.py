"""The main window's tabs built on first use.

Start-up pays only for the first screen (the agenda): the Contacts, Calendar and Review
views are built the first time they are shown or asked for, in place of an empty tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ...i18n import translator

if TYPE_CHECKING:  # built on first use: start-up imports none of them
    from ..agenda.view import AgendaView
    from ..calendar.view import CalendarView
    from ..categories.sidebar import CategorySidebar
    from ..contacts.actions import ContactActions
    from ..contacts.view import ContactsView
    from ..followups.actions import FollowUpActions
    from ..review.view import ReviewView

_ = translator(__name__)

# The tabs' names (each with its Alt+letter).
AGENDA_TAB = _.mark("&Agenda")
CONTACTS_TAB = _.mark("C&ontacts")
CALENDAR_TAB = _.mark("Ca&lendar")
REVIEW_TAB = _.mark("&Review")


class LazyTabs(QMainWindow):
    """The main window's base: its lazily built views and the tab switching that builds
    them. ``MainWindow`` sets up ``tabs``, ``sidebar``, the actions and the empty tabs'
    indices before any of these is used."""

    # What MainWindow sets up (in its __init__) before any view is asked for.
    tabs: QTabWidget
    agenda: AgendaView
    sidebar: CategorySidebar
    undo_stack: QUndoStack
    followup_actions: FollowUpActions
    contact_actions: ContactActions
    contacts_tab: int
    calendar_tab: int
    review_tab: int

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The views, None until first shown or asked for.
        self._contacts: ContactsView | None = None
        self._calendar: CalendarView | None = None
        self._review: ReviewView | None = None

    @property
    def contacts(self) -> ContactsView:
        """The Contacts view, built on first use in place of its empty tab."""
        if self._contacts is None:
            from ..contacts.timeline import install as install_contact_sections
            from ..contacts.view import ContactsView

            view = ContactsView(
                self.undo_stack,
                self,
                initial_filter=self.sidebar.filter,
                actions=self.contact_actions,
            )
            self._contacts = view
            self.sidebar.filter_changed.connect(view.apply_filter)
            # The contact pane shows the next step and the timeline of interactions.
            # (widgets of the pane: they live as long as it does)
            install_contact_sections(view.pane, self.followup_actions)
            self._put_in_tab(self.contacts_tab, view, _(CONTACTS_TAB))
            pending = self.contact_actions.take_pending_contact()
            if pending is not None:  # made with Ctrl+N before the tab was opened
                view.select_contact(pending)
        return self._contacts

    @property
    def calendar(self) -> CalendarView:
        """The calendar view, built on first use in place of its empty tab."""
        if self._calendar is None:
            from ..calendar.view import CalendarView

            self._calendar = CalendarView(self.undo_stack, self, actions=self.followup_actions)
            self._put_in_tab(self.calendar_tab, self._calendar, _(CALENDAR_TAB))
            # The sidebar's category also filters the calendar.
            if self.sidebar.filter.category_id is not None:
                self._calendar.set_category_filter(self.sidebar.filter.category_id)
            self.sidebar.category_changed.connect(self._calendar.set_category_filter)
        return self._calendar

    @property
    def review(self) -> ReviewView:
        """The Review tab's view, built on first use in place of its empty tab."""
        if self._review is None:
            from ..review.view import ReviewView

            self._review = ReviewView(self.undo_stack, self)
            self._put_in_tab(self.review_tab, self._review, _(REVIEW_TAB))
        return self._review

    def _put_in_tab(self, index: int, view: QWidget, label: str) -> None:
        """Replace a tab's empty placeholder by its view, keeping the current tab."""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, label)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _tab_changed(self, index: int) -> None:
        if index == self.contacts_tab and self._contacts is None:
            self.contacts  # noqa: B018 (builds the view in place)
        elif index == self.calendar_tab and self._calendar is None:
            self.calendar  # noqa: B018 (builds the view in place)
        elif index == self.review_tab and self._review is None:
            self.review  # noqa: B018 (builds the view in place)
        self.focus_view(index)

    def focus_view(self, index: int) -> None:
        """The keyboard into a tab's view, where its work is: Alt+A, Alt+O, Alt+L and
        Alt+R land in the agenda's list, the contact list, the calendar (arrows, M/W/D
        and Enter work at once) and the review, not on the first button Qt finds
        outside the page it hid (the sidebar's New Category)."""
        reason = Qt.FocusReason.TabFocusReason
        page = self.tabs.widget(index)
        if page is self.agenda:
            welcome = self.agenda.welcome  # built when the book is empty
            if welcome is not None and self.agenda.showing_welcome():
                welcome.focus_first()  # an empty book: the first way to begin
            else:
                self.agenda.table.setFocus(reason)
        elif index == self.contacts_tab:
            self.contacts.table.setFocus(reason)
        elif index == self.calendar_tab:
            self.calendar.page().setFocus(reason)
        elif page is not None:
            first = _first_tab_stop(page)
            if first is not None:
                first.setFocus(reason)

    def show_contacts(self) -> ContactsView:
        """Switch to the Contacts tab (building it if needed); the view."""
        self.tabs.setCurrentIndex(self.contacts_tab)
        return self.contacts

    def open_contact(self, contact_id: int) -> None:
        """Show a contact in the Contacts tab (asked for by the follow-up actions)."""
        self.tabs.setCurrentIndex(self.contacts_tab)
        self.contacts.select_contact(contact_id)


def _first_tab_stop(page: QWidget) -> QWidget | None:
    """The first widget inside ``page`` that Tab would stop on, if any."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
