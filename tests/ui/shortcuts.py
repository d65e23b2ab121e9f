"""Clash finders for keyboard access: shortcuts two actions answer, mnemonics two widgets
(or two entries of one menu) share. Used by tests/ui/shell/test_shortcuts.py; a dialog's
test can call ``mnemonic_clashes(dialog)`` the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The letter after the first single & ("&&" is a literal ampersand), lower-cased."""
    for match in _MNEMONIC.finditer(text.replace("&&", "")):
        return match.group(1).lower()
    return None


def _keys(sequences) -> list[str]:
    return [
        s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences if not s.isEmpty()
    ]


def shortcut_clashes(window: QWidget) -> list[str]:
    """Keys that two actions or shortcuts of ``window`` would both answer.

    Window-wide ones (the default context) must differ from each other and from any
    widget-only one; widget-only ones (Enter on a list) must differ on the same widget.
    """
    window_keys: dict[str, list[str]] = defaultdict(list)
    widget_keys: dict[tuple[int, str], list[str]] = defaultdict(list)
    widget_only: dict[str, list[str]] = defaultdict(list)

    def add(name: str, keys: list[str], context, widgets) -> None:
        for key in keys:
            if context == Qt.ShortcutContext.WidgetShortcut:
                for w in widgets:
                    widget_keys[(id(w), key)].append(name)
                widget_only[key].append(name)
            else:
                window_keys[key].append(name)

    for action in window.findChildren(QAction):
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        add(action.text() or action.objectName(), _keys(action.shortcuts()),
            action.shortcutContext(), owners)  # fmt: skip
    for shortcut in window.findChildren(QShortcut):
        add(f"shortcut {shortcut.objectName() or shortcut.parent().objectName()}",
            _keys(shortcut.keys()), shortcut.context(), [shortcut.parent()])  # fmt: skip
    found = []
    for key, names in window_keys.items():
        unique = sorted(set(names))
        if len(names) > 1 or key in widget_only:
            found.append(f"{key}: {', '.join(unique + sorted(set(widget_only.get(key, []))))}")
    for (_, key), names in widget_keys.items():
        if len(names) > 1:
            found.append(f"{key} on one widget: {', '.join(sorted(names))}")
    return sorted(found)


def _visible_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for everything Alt+letter reaches in ``window`` as it is shown now."""
    found = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                found.append((letter, f"menu {action.text()!r}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = None
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and (letter := mnemonic(widget.tabText(i))):
                    found.append((letter, f"tab {widget.tabText(i)!r}"))
        if text and (letter := mnemonic(text)):
            found.append((letter, f"{type(widget).__name__} {text!r}"))
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Letters that two things on screen in ``window`` answer with Alt+letter."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, what in _visible_mnemonics(window):
        by_letter[letter].append(what)
    return sorted(f"Alt+{k.upper()}: {', '.join(v)}" for k, v in by_letter.items() if len(v) > 1)


def menu_mnemonic_clashes(menu: QMenu) -> list[str]:
    """Letters two entries of ``menu`` (or of one of its submenus) share."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if (letter := mnemonic(action.text())) is not None:
            by_letter[letter].append(action.text())
        if action.menu() is not None:
            found.extend(menu_mnemonic_clashes(action.menu()))
    title = menu.title() or "menu"
    found.extend(f"{title} Alt+{k.upper()}: {v}" for k, v in by_letter.items() if len(v) > 1)
    return sorted(found)
