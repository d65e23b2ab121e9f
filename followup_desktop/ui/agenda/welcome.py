"""The agenda's first-start screen: an empty book gets three ways to begin.

Add the first contact, import from Outlook or Google, or try the app with sample data
(in a separate, clearly labelled throw-away book). Each is one key away (C, I, T, or
Alt with the letter) and the first has the focus, so Enter starts it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..kit.rich import rich_label


class WelcomePanel(QWidget):
    add_contact = Signal()
    import_contacts = Signal()
    try_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        col = QVBoxLayout(self)
        col.setContentsMargins(40, 30, 40, 30)
        col.addStretch(1)
        title = rich_label("<h2>Welcome to Follow-up Desktop</h2>", self)
        col.addWidget(title)
        intro = QLabel(
            "Your book is empty. Start with the people you want to keep in touch with; "
            "the agenda then shows who to call today, what slipped and whose move it is.",
            self,
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        col.addSpacing(12)
        self.buttons: list[QPushButton] = []
        for text, key, tip, signal in (
            (
                "Add your first &contact\u2026",
                "C",
                "Type in one person or company (C)",
                self.add_contact,
            ),
            (
                "&Import from Outlook or Google\u2026",
                "I",
                "A CSV exported from Outlook, Google Contacts or LinkedIn, or a vCard file (I)",
                self.import_contacts,
            ),
            (
                "&Try it with sample data",
                "T",
                "Opens a separate sample book in its own window, labelled as sample data; "
                "your own book stays empty and untouched (T)",
                self.try_sample,
            ),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setAutoDefault(True)
            button.clicked.connect(signal)
            col.addWidget(button)
            self.buttons.append(button)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        note = QLabel(
            "Sample data opens a throw-away book in a second window; close it, or throw it "
            "away from its own window, whenever you like.",
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        col.addWidget(note)
        col.addStretch(2)
        self.setMaximumWidth(560)

    def focus_first(self) -> None:
        self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
