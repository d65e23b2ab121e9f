"""Who referred this contact: a line edit that suggests contacts as a name is typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...i18n import translator
from ...store import contact_list, contacts

_ = translator(__name__)


class ContactPicker(QLineEdit):
    """Type part of a name; pick a contact from the suggestions (or clear to pick none)."""

    def __init__(self, parent=None, *, exclude_id: int | None = None) -> None:
        super().__init__(parent)
        self._exclude = exclude_id
        self._chosen: int | None = None
        self._labels: dict[str, int] = {}
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(_("Type a name to choose who referred this contact"))
        self.textEdited.connect(self._suggest)
        # The text overload of activated (the other passes a QModelIndex); PySide6's stubs
        # type the signal as one SignalInstance, which they do not let be indexed.
        completer.activated[str].connect(self._pick)  # type: ignore[index]

    def contact_id(self) -> int | None:
        label = self.text().strip()
        if not label:
            return None
        return self._labels.get(label, self._chosen)

    def set_contact(self, contact_id: int | None) -> None:
        self._chosen = contact_id
        if contact_id is None:
            self.clear()
            return
        name = contacts.display_names([contact_id]).get(contact_id, "")
        self._labels = {name: contact_id}
        self.setText(name)

    def _suggest(self, typed: str) -> None:
        self._chosen = None
        ids = contact_list.contact_ids(contact_list.ContactQuery(search=typed), 0, 12)
        labels: dict[str, int] = {}
        for cid, row in contact_list.rows([i for i in ids if i != self._exclude]).items():
            label = (
                row.name
                if not row.company or row.company == row.name
                else (f"{row.name} ({row.company})")
            )
            labels.setdefault(label, cid)
        self._labels = labels
        self._suggestions.setStringList(list(labels))

    def _pick(self, label: str) -> None:
        self._chosen = self._labels.get(label)
