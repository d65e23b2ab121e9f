"""The category sidebar: All, each category with its count, "No next step", Show archived.

It emits ``filter_changed(SidebarFilter)`` for the contact list and
``category_changed(int | None)`` for any view that filters by category only (the
calendar). Categories can be added and renamed here (context menu, the + button,
F2); the names go through ``store.contacts`` and everybody hears
``categories_changed``.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.agenda_sections import TITLES as SECTION_TITLES
from ...domain.cadence import describe_rhythm
from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store import contact_counts
from ...store.errors import StoreError
from ..kit import settings
from ..kit.actions import ActionSpec
from ..kit.events import events
from ..kit.resources import icon, themed_icon
from ..kit.rich import esc, rich_label

_ = translator(__name__)

ALL = "all"
NO_NEXT_STEP = "no-next-step"
ALL_CONTACTS_TEXT = _.mark("All contacts")
#: The categories every database starts with, by their stored names (shown translated).
BUILTIN_CATEGORIES = (
    "Personal Contacts",
    "Clients",
    "Prospects",
    "Industry Colleagues",
    "Referrals",
)


def builtin_rows() -> list[str]:
    """The rows every database starts with, as shown: the sidebar is always wide enough
    for these (in the chosen language)."""
    return [_(ALL_CONTACTS_TEXT), *map(category_label, BUILTIN_CATEGORIES), SECTION_TITLES["none"]]


#: A user's own category name wider than this many average characters may be elided.
LONGEST_NAME_CHARS = 28
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


NEW_CATEGORY = ActionSpec("category.new", _.mark("New &Category…"), tip=_.mark("Add a category"))
RENAME_CATEGORY = ActionSpec(
    "category.rename", _.mark("&Rename Category…"), ("F2",), widget_only=True
)
CATEGORY_RHYTHM = ActionSpec(
    "category.rhythm",
    _.mark("Keep-in-touch &Rhythm\u2026"),
    tip=_.mark("How often contacts in this category should hear from you"),
)

CATEGORY_CARD_LEAD = ActionSpec(
    "category.card_lead",
    _.mark("&Card Reminders\u2026"),
    tip=_.mark("How many days before a birthday or anniversary a card's reminder is planned"),
)


class SidebarFilter(NamedTuple):
    """What the sidebar has chosen: a category, "No next step", archived or not."""

    category_id: int | None = None
    no_next_step: bool = False
    include_archived: bool = False


def ask_category_name(parent, title: str, label: str, current: str = "") -> str | None:
    """The name typed, or None if cancelled (tests replace this seam)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, text=current)
    return text if ok else None


class CategorySidebar(QWidget):
    filter_changed = Signal(object)
    category_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = SidebarFilter(include_archived=settings.SIDEBAR_SHOW_ARCHIVED.get())
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(_("Categories"))
        self._rows: list[QTreeWidgetItem] = []  # the tree's rows, top to bottom (refresh)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        # Alt+S: Alt+A is the Agenda tab, Alt+R the Review tab.
        self.show_archived = QCheckBox(_("&Show archived"), self)
        self.show_archived.setChecked(self._filter.include_archived)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.add_button = QToolButton(self)
        self.add_button.setAutoRaise(True)

        title = rich_label("<b>{}</b>".format(esc(_("Categories"))), self)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.add_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addLayout(top)
        self._layout.addWidget(self.tree, 1)
        self._layout.addWidget(self.show_archived)

        self.add_action = NEW_CATEGORY.create(self, self.add_category)
        themed_icon(self.add_action, "category-new")
        self.add_button.setDefaultAction(self.add_action)
        self.rename_action = RENAME_CATEGORY.create(self, self.rename_current)
        self.tree.addAction(self.rename_action)
        self.rhythm_action = CATEGORY_RHYTHM.create(self, self.edit_rhythm_current)
        self.tree.addAction(self.rhythm_action)
        self.card_lead_action = CATEGORY_CARD_LEAD.create(self, self.edit_card_lead_current)
        self.tree.addAction(self.card_lead_action)
        self.tree.addAction(self.add_action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.refresh()
        self.tree.currentItemChanged.connect(self._current_changed)
        hub = events()
        for signal in (hub.contacts_changed, hub.followups_changed, hub.categories_changed):
            signal.connect(self.refresh)
        hub.database_replaced.connect(self.refresh)

    # -- public ------------------------------------------------------------------------------
    @property
    def filter(self) -> SidebarFilter:
        return self._filter

    def refresh(self, *_args) -> None:
        """Re-read categories and counts, keeping the selection."""
        counts = contact_counts.counts(self._filter.include_archived)
        wanted = self._key(self._filter)
        self.tree.blockSignals(True)
        self.tree.clear()
        self._rows.clear()
        self._add(_(ALL_CONTACTS_TEXT), ALL, counts.all, "contacts-all")
        for cat in contact_counts.categories():
            shown = category_label(cat.name)  # a built-in one in the chosen language
            cat_item = self._add(shown, cat.id, counts.by_category.get(cat.id, 0), "category")
            cat_item.setToolTip(
                0, _("Keep in touch: {rhythm}").format(rhythm=describe_rhythm(cat.cadence_days))
            )
        item = self._add(SECTION_TITLES["none"], NO_NEXT_STEP, counts.no_next_step, "no-next-step")
        item.setToolTip(0, _("Contacts without a planned follow-up"))
        self.tree.blockSignals(False)
        self._select_key(wanted)
        self._update_actions()

    def needed_width(self) -> int:
        """The width that shows every built-in row (and names up to LONGEST_NAME_CHARS)
        whole, with its count, in the current font: measured, so it follows each
        platform's default font (Segoe UI 9 pt, SF 13 pt, Cantarell/Ubuntu 11 pt ...)."""
        tree = self.tree
        metrics = tree.fontMetrics()
        cap = metrics.averageCharWidth() * LONGEST_NAME_CHARS
        shown, counts = [r.text(0) for r in self._rows], [r.text(1) for r in self._rows]
        text = max(min(metrics.horizontalAdvance(n), cap) for n in builtin_rows() + shown)
        widest = QLocale().toString(99999)
        count = max(metrics.horizontalAdvance(c) for c in [*counts, widest])
        # Per column: what the view itself adds to a cell's text (the icon, its gap and the
        # cell margins, as the item delegate measures them) and a few pixels to spare; the
        # frame; the scroll bar a long list of categories brings; the sidebar's margins.
        # (Asked of the view, not of QStyle's metrics: the first use of QStyle from
        # Python builds all its enums, ~15 ms of every start.)
        columns = text + self._cell_extra(0, shown) + 6
        columns += count + self._cell_extra(1, counts) + 6
        scroll = tree.verticalScrollBar().sizeHint().width()  # a vertical bar's thickness
        outer = self._layout.contentsMargins()
        return columns + 2 * tree.frameWidth() + scroll + outer.left() + outer.right()

    def _cell_extra(self, column: int, texts: list[str]) -> int:
        """The room the view gives a cell of ``column`` beyond its text's advance."""
        tree = self.tree
        if not texts:
            return 16 + 12  # nothing to measure: a small icon and the usual margins
        metrics = tree.fontMetrics()
        return max(0, tree.sizeHintForColumn(column) - max(map(metrics.horizontalAdvance, texts)))

    def select_category(self, category_id: int | None) -> None:
        self._select_key(ALL if category_id is None else category_id)

    def add_category(self) -> None:
        name = ask_category_name(self, _("New category"), _("Name of the new category:"))
        if name is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from ...store import contacts

        try:
            category_id = contacts.add_category(name).id
        except StoreError as exc:
            QMessageBox.warning(self, _("The category was not added"), str(exc))
            return
        events().categories_changed.emit()
        self.select_category(category_id)

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or not isinstance(item.data(0, KIND_ROLE), int):
            return
        category_id = item.data(0, KIND_ROLE)
        # The name as shown: a built-in category in the chosen language; keeping it as
        # shown keeps the stored name (and so the category's identity) as it is.
        shown = item.text(0)
        name = ask_category_name(self, _("Rename category"), _("New name:"), shown)
        if name is None or name.strip() == shown:
            return
        from PySide6.QtWidgets import QMessageBox

        from ...store import contacts

        try:
            contacts.rename_category(category_id, name)
        except StoreError as exc:
            QMessageBox.warning(self, _("The category was not renamed"), str(exc))
            return
        events().categories_changed.emit()

    # -- internals ---------------------------------------------------------------------------
    def edit_rhythm_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or not isinstance(item.data(0, KIND_ROLE), int):
            return
        from .cadence_widgets import edit_category_rhythm

        edit_category_rhythm(self, item.data(0, KIND_ROLE), item.text(0))

    def edit_card_lead_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or not isinstance(item.data(0, KIND_ROLE), int):
            return
        from .card_lead import edit_category_card_lead

        edit_category_card_lead(self, item.data(0, KIND_ROLE), item.text(0))

    def _add(self, text: str, key, count: int, icon_name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text, QLocale().toString(count)])
        item.setData(0, KIND_ROLE, key)
        item.setIcon(0, icon(icon_name))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._rows.append(item)
        return item

    @staticmethod
    def _key(flt: SidebarFilter):
        if flt.no_next_step:
            return NO_NEXT_STEP
        return ALL if flt.category_id is None else flt.category_id

    def _select_key(self, key) -> None:
        for item in self._rows:
            if item.data(0, KIND_ROLE) == key:
                self.tree.setCurrentItem(item)
                return
        self.tree.setCurrentItem(self._rows[0])  # "All contacts" is always there

    def _current_changed(self, current, _previous=None) -> None:
        key = current.data(0, KIND_ROLE) if current is not None else ALL
        category_id = key if isinstance(key, int) else None
        self._set_filter(
            SidebarFilter(category_id, key == NO_NEXT_STEP, self._filter.include_archived)
        )
        self._update_actions()

    def _archived_toggled(self, on: bool) -> None:
        settings.SIDEBAR_SHOW_ARCHIVED.set(on)
        self._set_filter(SidebarFilter(self._filter.category_id, self._filter.no_next_step, on))
        self.refresh()

    def _set_filter(self, flt: SidebarFilter) -> None:
        old = self._filter
        if flt == old:
            return
        self._filter = flt
        self.filter_changed.emit(flt)
        if flt.category_id != old.category_id:
            self.category_changed.emit(flt.category_id)

    def _update_actions(self) -> None:
        item = self.tree.currentItem()
        self.rename_action.setEnabled(item is not None and isinstance(item.data(0, KIND_ROLE), int))
        self.rhythm_action.setEnabled(self.rename_action.isEnabled())
        self.card_lead_action.setEnabled(self.rename_action.isEnabled())
