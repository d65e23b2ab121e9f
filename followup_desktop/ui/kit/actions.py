"""Actions declared once: an ``ActionSpec`` (id, text, shortcuts, tip) makes the QAction,
and the window's ``ActionRegistry`` holds every action it shows, by id.

A feature declares its specs next to the object that handles them (the Contacts actions in
``contacts/actions.py``, the backup's in ``backup/actions.py``, the category sidebar's in
``categories/sidebar.py``); the main window declares its own, and lays out its menus, in
``shell/actions.py``. tests/ui/shell/test_shortcuts.py fails when two actions of a window
answer the same key, or two widgets on screen (or two entries of a menu) the same mnemonic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ...i18n import translator

_ = translator(__name__)

Key = QKeySequence.StandardKey | str


class ActionSpec(NamedTuple):
    """A user action declared once: its id, menu text, shortcuts and tip."""

    #: "feature.verb": the action's objectName and its key in the registry.
    id: str
    #: The menu text, with its & mnemonic (a ``_.mark()``-ed text is translated here).
    text: str
    shortcuts: tuple[Key, ...] = ()
    #: The status-bar and tool tip.
    tip: str = ""
    #: The shortcut works only in the widget the action is added to (Enter on a list).
    widget_only: bool = False

    def create(self, parent: QObject, handler: Callable[[], object] | None = None) -> QAction:
        """The QAction, its shortcuts set and (when given) ``handler`` on ``triggered``."""
        action = QAction(_(self.text), parent)
        action.setObjectName(self.id)
        keys: list[QKeySequence] = []
        for key in self.shortcuts:
            if isinstance(key, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(key))
            else:
                keys.append(QKeySequence(key))
        action.setShortcuts(keys)
        if self.widget_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if self.tip:
            tip = _(self.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if handler is not None:
            action.triggered.connect(lambda _checked=False: handler())
        return action


class ActionRegistry:
    """Every action a window shows, by id (its objectName)."""

    def __init__(self) -> None:
        self._actions: dict[str, QAction] = {}

    def add(self, action: QAction) -> QAction:
        key = action.objectName()
        if not key:
            raise ValueError(f"the action {action.text()!r} has no id (objectName)")
        if key in self._actions and self._actions[key] is not action:
            raise ValueError(f"two actions share the id {key!r}")
        self._actions[key] = action
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: str) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def ids(self) -> list[str]:
        return list(self._actions)
