"""The agenda's first-start screen: an empty book gets three ways to begin.

Add the first contact, import from Outlook or Google, or try the app with sample data
(in a separate, clearly labelled throw-away book). Each is one key away (its underlined
letter, C, I and T in English, alone or with Alt) and the first has the focus, so Enter
starts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import translator
from ..kit.contrast import MUTED, set_tone
from ..kit.rich import rich_label

if TYPE_CHECKING:
    from .view import AgendaView

_ = translator(__name__)


class WelcomePanel(QWidget):
    add_contact = Signal()
    import_contacts = Signal()
    try_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What the agenda shows it on (``on_page_of``); itself when standing alone.
        self.page: QWidget = self
        self.setObjectName("welcome")
        col = QVBoxLayout(self)
        col.setContentsMargins(40, 30, 40, 30)
        col.addStretch(1)
        title = rich_label("<h2>{}</h2>".format(_("Welcome to Follow-up Desktop")), self)
        col.addWidget(title)
        intro = QLabel(
            _(
                "Your book is empty. Start with the people you want to keep in touch with; "
                "the agenda then shows who to call today, what slipped and whose move it is."
            ),
            self,
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        col.addSpacing(12)
        self.buttons: list[QPushButton] = []
        for text, key, tip, signal in (
            (
                _("Add your first &contact\u2026"),
                "C",
                _("Type in one person or company"),
                self.add_contact,
            ),
            (
                _("&Import from Outlook or Google\u2026"),
                "I",
                _("A CSV exported from Outlook, Google Contacts or LinkedIn, or a vCard file"),
                self.import_contacts,
            ),
            (
                _("&Try it with sample data"),
                "T",
                _(
                    "Opens a separate sample book in its own window, labelled as sample data; "
                    "your own book stays empty and untouched"
                ),
                self.try_sample,
            ),
        ):
            # The plain key is the button's own letter, as Alt with it is (the mnemonic
            # of the translation, which need not be C, I and T).
            key = mnemonic_of(text) or key
            button = QPushButton(text, self)
            button.setToolTip(f"{tip} ({key.upper()})")
            button.setMinimumHeight(button.sizeHint().height() + 12)
            button.setAutoDefault(True)
            button.clicked.connect(signal)
            col.addWidget(button)
            self.buttons.append(button)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        note = QLabel(
            _(
                "Sample data opens a throw-away book in a second window; close it, or throw it "
                "away from its own window, whenever you like."
            ),
            self,
        )
        note.setWordWrap(True)
        set_tone(note, MUTED)  # secondary, yet readable (a disabled label was 1.6:1)
        col.addWidget(note)
        col.addStretch(2)
        self.setMaximumWidth(560)

    def focus_first(self) -> None:
        self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)


def on_page_of(view: AgendaView) -> WelcomePanel:
    """The panel centred on a page of the agenda's, which shows it instead of its list;
    each way to begin is the agenda's ``begin`` signal ("contact", "import", "sample").
    Built the first time a book is empty: a start on a book with contacts never is."""
    page = QWidget(view)
    row = QHBoxLayout(page)
    row.addStretch(1)
    panel = WelcomePanel(page)
    panel.page = page
    row.addWidget(panel, 3)
    row.addStretch(1)
    view.modes.addWidget(page)
    panel.add_contact.connect(lambda: view.begin.emit("contact"))
    panel.import_contacts.connect(lambda: view.begin.emit("import"))
    panel.try_sample.connect(lambda: view.begin.emit("sample"))
    return panel


def mnemonic_of(text: str) -> str | None:
    """The letter after the first single & ("&&" is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1] if 0 <= at < len(plain) - 1 else None
