"""What to say for a follow-up: a message from the template of its kind, filled in
with what is known (first name, reason, topic, last topic, promise, promised date);
edit it for this time, then Copy or Email (a ``mailto:`` draft with subject and body).
Under the message, "Where the words came from" lists each slot's value and source, or
why it was left out (a last note that is an outcome is not a topic). "Edit template…"
changes the template itself (kept in the database) with a live preview, or resets it.

Seams: ``WhatToSayDialog.show_for(parent, followup_id)``; ``open_url`` and
``clipboard`` are attributes tests replace.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...domain import talking_points as rules
from ...i18n import translator
from ...store import talking_points as store
from ...store.cards import followup_card
from ...store.errors import StoreError
from ..kit.contrast import set_tone
from ..kit.rich import esc, rich_label
from ..kit.screen import fit_to_screen
from .styles import WARN

_ = translator(__name__)


def sources_html(fields: dict[str, rules.SlotValue], used: set[str]) -> str:
    """One line per slot the message uses: its words and where they came from."""
    lines = []
    for key in rules.SLOTS:
        if key not in used:
            continue
        value = fields.get(key) or rules.SlotValue()
        if value.text:
            raw = (
                f" (\u201c{esc(value.raw)}\u201d)" if value.raw and value.raw != value.text else ""
            )
            line = _("<b>{slot}</b>: {words} \u2014 from {source}{made_from}")
            lines.append(
                line.format(
                    slot=key, words=esc(value.text), source=esc(value.source), made_from=raw
                )
            )
        else:
            why = value.why_empty or _("nothing known")
            line = _("<b>{slot}</b>: <i>left out</i> \u2014 {why}")
            lines.append(line.format(slot=key, why=esc(why)))
    return "<br>".join(lines)


def used_slots(*texts: str) -> set[str]:
    return {k for text in texts for k in rules.SLOTS if "{" + k + "}" in text}


def message_for(followup_id: int, kind: str | None = None) -> tuple[str, str]:
    """(subject, body) of the follow-up's talking points, rendered."""
    kind = kind or store.kind_for(followup_id)
    tpl = store.template(kind)
    fields = store.fields_for(followup_id)
    return rules.render(tpl.subject, fields), rules.render(tpl.body, fields)


class TemplateEditor(QDialog):
    def __init__(self, kind: str, parent=None, *, followup_id: int | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        tpl = store.template(kind)
        self.setWindowTitle(_("Template \u2014 {kind}").format(kind=_(tpl.label)))
        # The preview fills the slots from this follow-up, or from an example.
        self.fields = (
            store.fields_for(followup_id) if followup_id is not None else _example_fields()
        )
        self.subject = QLineEdit(tpl.subject, self)
        self.body = QPlainTextEdit(tpl.body, self)
        self.body.setMinimumSize(460, 160)
        names = "<br>".join(f"<b>{{{k}}}</b> \u2014 {esc(_(v))}" for k, v in rules.SLOTS.items())
        hint = rich_label(
            _(
                "Slots:<br>{slots}<br>[a|b] uses the first wording whose slots all have a value."
            ).format(slots=names),
            self,
        )
        hint.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(_("Preview"))
        self.preview.setMinimumHeight(120)
        self.unknown = QLabel(self)
        self.unknown.setObjectName("unknownSlots")
        self.unknown.setWordWrap(True)
        set_tone(self.unknown, WARN)
        self.status = QLabel(self)
        form = QFormLayout()
        form.addRow(_("&Subject:"), self.subject)
        form.addRow(_("&Message:"), self.body)
        form.addRow("", hint)
        form.addRow(_("Preview:"), self.preview)
        form.addRow("", self.unknown)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_default)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        self.update_preview()
        # The slot help and an unknown-slot warning wrap over several lines (more in
        # German): room for both from the start, so nothing is drawn over the message.
        hint_size = self.sizeHint()
        fit_to_screen(self, max(hint_size.width(), 600), max(hint_size.height(), 700))

    def update_preview(self) -> None:
        """Live: the message as it would read, and any slot the app does not know."""
        subject, body = self.subject.text(), self.body.toPlainText()
        self.preview.setPlainText(
            f"{rules.render(subject, self.fields)}\n\n{rules.render(body, self.fields)}"
        )
        unknown = rules.unknown_slots(subject + "\n" + body)
        text = _.n(
            "\u26a0 Unknown slot {unknown}: left as typed. Known slots: {known}",
            "\u26a0 Unknown slots {unknown}: left as typed. Known slots: {known}",
            len(unknown),
        )
        self.unknown.setText(
            text.format(
                unknown=", ".join("{" + u + "}" for u in unknown),
                known=", ".join("{" + k + "}" for k in rules.SLOTS),
            )
            if unknown
            else ""
        )
        self.unknown.setVisible(bool(unknown))

    def save(self) -> bool:
        default = rules.DEFAULTS[self.kind]
        subject, body = self.subject.text(), self.body.toPlainText()
        try:
            if (subject, body) == (default.subject, default.body):
                # The built-in message again: no copy of it is kept, so the language's
                # own built-in message is what shows (and any later improvement of it).
                store.reset_template(self.kind)
            else:
                store.save_template(self.kind, subject, body)
        except StoreError as exc:
            self.status.setText(_("Not saved: {problem}").format(problem=exc))
            return False
        self.accept()
        return True

    def restore_default(self) -> None:
        default = rules.DEFAULTS[self.kind]
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    @classmethod
    def edit(cls, parent, kind: str, followup_id: int | None = None) -> bool:
        dialog = cls(kind, parent, followup_id=followup_id)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class WhatToSayDialog(QDialog):
    def __init__(self, followup_id: int, parent=None) -> None:
        super().__init__(parent)
        self.followup_id = followup_id
        fu = followup_card(followup_id)
        self.address = fu.contact.email.strip()
        self.open_url = QDesktopServices.openUrl
        self.clipboard = QGuiApplication.clipboard
        self.setWindowTitle(_("What to say \u2014 {name}").format(name=fu.contact.name))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(_("Kind of message"))
        for kind in rules.KINDS:
            self.kind.addItem(_(rules.DEFAULTS[kind].label), kind)
        self.kind.setCurrentIndex(self.kind.findData(store.kind_for(followup_id)))
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(_("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(_("Message"))
        self.body.setMinimumSize(520, 220)
        self.sources = rich_label("", self)
        self.sources.setObjectName("sources")
        self.sources.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(_("&Copy"), self)
        self.email_button = QPushButton(_("&Email\u2026"), self)
        self.email_button.setEnabled(bool(self.address))
        self.email_button.setToolTip(
            _("Open a draft to {address} in your mail program").format(address=self.address)
            if self.address
            else _("This contact has no email address.")
        )
        self.template_button = QPushButton(_("Edit &template\u2026"), self)
        close = QPushButton(_("Close"), self)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.template_button)
        form = QFormLayout()
        form.addRow(_("Kind:"), kind_row)
        form.addRow(_("&Subject:"), self.subject)
        form.addRow(_("&Message:"), self.body)
        form.addRow(_("Where the words came from:"), self.sources)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        heading = _("Follow-up: <b>{reason}</b>").format(reason=esc(fu.reason))
        layout.addWidget(rich_label(heading, self))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self.fill())
        self.copy_button.clicked.connect(self.copy)
        self.email_button.clicked.connect(self.email)
        self.template_button.clicked.connect(self.edit_template)
        close.clicked.connect(self.accept)
        self.fill()

    def fill(self) -> None:
        kind = self.kind.currentData()
        subject, body = message_for(self.followup_id, kind)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        tpl = store.template(kind)
        self.sources.setText(
            sources_html(store.fields_for(self.followup_id), used_slots(tpl.subject, tpl.body))
        )
        self.status.clear()

    def text(self) -> str:
        return f"{self.subject.text()}\n\n{self.body.toPlainText()}"

    def copy(self) -> None:
        self.clipboard().setText(self.text())
        self.status.setText(_("Copied: paste it into your message."))

    def mailto_url(self) -> QUrl:
        url = rules.mailto(self.address, self.subject.text(), self.body.toPlainText())
        return QUrl.fromEncoded(url.encode("ascii"))

    def email(self) -> bool:
        if not self.address:
            self.status.setText(_("This contact has no email address."))
            return False
        if not self.open_url(self.mailto_url()):
            self.status.setText(
                _("No mail program on this computer opens mailto: links; use Copy.")
            )
            return False
        self.status.setText(_("Opened a draft in your mail program."))
        return True

    def edit_template(self) -> None:
        if TemplateEditor.edit(self, self.kind.currentData(), self.followup_id):
            self.fill()

    @classmethod
    def show_for(cls, parent, followup_id: int) -> None:
        dialog = cls(followup_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def _example_fields() -> dict[str, rules.SlotValue]:
    """What the template editor previews with when no follow-up is at hand."""
    from datetime import date, timedelta

    return rules.slot_values(
        first_name="Maria",
        reason=_("they reply with feedback on the proposal"),
        whose="theirs",
        promised=date.today() + timedelta(days=3),
        last_note=_("Pricing for the Oslo office"),
    )
