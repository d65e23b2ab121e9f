"""Add / edit a contact: the form, its validation, and a plain value object for the result.

``ContactDialog.ask(parent, contact_id=None)`` opens it modally and returns the saved
``ContactValues`` (with its ``id``) or None. The dialog saves on Save itself and stays
open with everything typed if the save fails (locked database, full disk), so no
input is ever lost. Validation: a name or a company is required (Save stays disabled
and the field says why); the e-mail address must look like one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import links
from ...domain.contact_rules import email_problem, name_problem
from ...domain.vocabulary import CONTACT_TEXT_FIELDS, category_label
from ...i18n import translator
from ...store import contacts, followups, greeting_cards
from ...store import personal as personal_store
from ...store.cards import contact_details
from ...store.errors import StoreError
from ..kit.events import events
from ..kit.rich import esc
from .personal_editor import PersonalEditor, PersonalValues
from .picker import ContactPicker

_ = translator(__name__)


@dataclass
class _ContactText:
    """The name and how to reach them: one str field ("" when empty) for each field that
    domain.vocabulary.CONTACT_TEXT_FIELDS names, in its order (written out, as
    store.cards.ContactDetails does, so that type checks see them; a test checks that
    they stay the vocabulary's)."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""


@dataclass
class ContactValues(_ContactText):
    """What the dialog saves: the text fields (above), then the rest of the form."""

    category: int | None = None
    referred_by: int | None = None
    notes: str = ""
    cadence_days: int | None = None  # own keep-in-touch rhythm (None: the category's)
    cadence_opt_out: bool = False
    profile_url: str = ""
    id: int | None = None
    #: A new contact: plan its first follow-up once saved (not stored with the contact).
    plan_first: bool = False
    #: The Personal tab (None: leave the contact's personal data as it is).
    personal: PersonalValues | None = None

    def store_fields(self) -> dict:
        values = asdict(self)
        values.pop("id")
        values.pop("plan_first")
        values.pop("personal")
        return values


def save_contact(values: ContactValues, today: date | None = None) -> int:
    """Create or update through the store; returns the id and tells the views.

    ``values.id`` is set as soon as a new contact exists, so a failure while saving
    its personal data never makes a second contact when Save is pressed again."""
    if values.id is None:
        values.id = contacts.create_contact(**values.store_fields()).id
    else:
        contacts.update_contact(values.id, **values.store_fields())
    contact_id = values.id
    planned: list[int] = []
    if values.personal is not None:
        today = today or date.today()
        p = values.personal
        personal_store.save_personal(contact_id, p.info, key_date_ids=p.key_date_ids, today=today)
        greeting_cards.set_card_lead_days(contact_id=contact_id, days=p.card_lead_days)
        for day, reason in p.follow_ups:
            planned.append(followups.create_followup(contact_id, day, reason, channel="call").id)
        planned += personal_store.plan_key_date_reminders(today, contact_id=contact_id)
    events().contacts_changed.emit([contact_id])
    if planned:
        events().followups_changed.emit(planned)
    return contact_id


class ContactDialog(QDialog):
    def __init__(
        self, parent=None, contact_id: int | None = None, *, category_id=None, today=None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.contact_id = contact_id
        self.result_values: ContactValues | None = None
        self.setWindowTitle(_("New contact") if contact_id is None else _("Edit contact"))
        self._build()
        self._load(contact_id, category_id)
        self.setMinimumWidth(480)
        self.tabs.currentChanged.connect(lambda _i: self._fit_personal())
        self.rhythm.set_category_days(self._rhythms.get(self.category.currentData()))
        self._validate()

    # -- form --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.job_title = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.mobile = QLineEdit(self)
        self.profile_url = QLineEdit(self)
        self.profile_url.setPlaceholderText(_("https://www.linkedin.com/in/…"))
        self.profile_link = QLabel(self)
        self.profile_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.profile_link.setOpenExternalLinks(True)
        self.profile_url.textChanged.connect(self._profile_changed)
        self.category = QComboBox(self)
        self.referred_by = ContactPicker(self, exclude_id=self.contact_id)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(_("Background: family, hobbies, how you met, what matters"))
        self.notes.setTabChangesFocus(True)
        self.email.setPlaceholderText(_("name@example.com"))
        self.name_error = self._error_label()
        self.email_error = self._error_label()
        from ..categories.cadence_widgets import ContactRhythmField  # (not needed at start-up)

        self.rhythm = ContactRhythmField(self)
        self._rhythms = {}
        self._category_names: dict[str, int] = {}  # stored name -> id
        for cat in contacts.categories():
            self.category.addItem(category_label(cat.name), cat.id)
            self._category_names[cat.name] = cat.id
            self._rhythms[cat.id] = cat.cadence_days
        self.category.currentIndexChanged.connect(
            lambda _i: self.rhythm.set_category_days(self._rhythms.get(self.category.currentData()))
        )

        names = QWidget(self)
        row = QHBoxLayout(names)
        row.setContentsMargins(0, 0, 0, 0)
        self.first_name.setPlaceholderText(_("First name"))
        self.last_name.setPlaceholderText(_("Last name"))
        row.addWidget(self.first_name)
        row.addWidget(self.last_name)

        form = QFormLayout()
        form.addRow(_("&Name:"), names)
        form.addRow("", self.name_error)
        form.addRow(_("C&ompany:"), self.company)
        form.addRow(_("&Job title:"), self.job_title)
        form.addRow(_("&E-mail:"), self.email)
        form.addRow("", self.email_error)
        form.addRow(_("&Phone:"), self.phone)
        form.addRow(_("&Mobile:"), self.mobile)
        profile = QWidget(self)
        profile_row = QHBoxLayout(profile)
        profile_row.setContentsMargins(0, 0, 0, 0)
        profile_row.addWidget(self.profile_url, 1)
        profile_row.addWidget(self.profile_link)
        form.addRow(_("Pro&file URL:"), profile)
        label = form.labelForField(profile)
        if isinstance(label, QLabel):
            label.setBuddy(self.profile_url)
        form.addRow(_("Ca&tegory:"), self.category)
        form.addRow(_("&Keep in touch:"), self.rhythm)
        form.addRow(_("&Referred by:"), self.referred_by)
        form.addRow(_("Back&ground:"), self.notes)
        # The label's buddy is the first name; the name row's label points there.
        label = form.labelForField(names)
        if isinstance(label, QLabel):
            label.setBuddy(self.first_name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.personal = PersonalEditor(self, today=self._today)
        self.personal.changed.connect(self._validate)
        self.personal_error = self._error_label()
        self.tabs = QTabWidget(self)
        details = QWidget(self.tabs)
        details.setLayout(form)
        self.tabs.addTab(details, _("&Contact"))
        self._personal_scroll = scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.personal)
        self.tabs.addTab(scroll, _("Persona&l"))
        self.tabs.setTabToolTip(
            1, _("Birthday, key dates, addresses for cards, things to remember")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # A new contact gets a first step straight away, without inventing an interaction.
        self.plan_first = QCheckBox(_("Plan the first follow-up after saving"), self)
        self.plan_first.setChecked(True)
        self.plan_first.setVisible(self.contact_id is None)
        layout.addWidget(self.plan_first)
        layout.addWidget(self.personal_error)
        layout.addWidget(self.buttons)

        for edit in (self.first_name, self.last_name, self.company, self.email):
            edit.textChanged.connect(self._validate)
        order = [
            self.first_name, self.last_name, self.company, self.job_title, self.email,
            self.phone, self.mobile, self.profile_url, self.category, self.rhythm.mode,
            self.rhythm.days,
            self.referred_by, self.notes, self.plan_first, self.buttons,
        ]  # fmt: skip
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _fit_personal(self) -> None:
        """Wide enough for the Personal tab's two addresses side by side, whose labels
        are longer in German and French ("État / région :"): no sideways scrolling.
        Measured once the tab is shown (its sizes are known only then)."""
        if not self.personal.isVisible():
            return
        scroll_bar = self._personal_scroll.verticalScrollBar().sizeHint().width()
        wanted = self.personal.minimumSizeHint().width() + scroll_bar + 64
        if wanted > self.minimumWidth():
            self.setMinimumWidth(wanted)

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setVisible(False)
        return label

    def _load(self, contact_id: int | None, category_id: int | None) -> None:
        if contact_id is None:
            if category_id is not None:
                self.category.setCurrentIndex(max(0, self.category.findData(category_id)))
            else:
                # New contacts are prospects unless a category is chosen (by its stored
                # name: the combo shows it in the user's language).
                prospects = self.category.findData(self._category_names.get("Prospects"))
                self.category.setCurrentIndex(max(0, prospects))
            return
        c = contact_details(contact_id)
        if c is None:
            return
        for name in CONTACT_TEXT_FIELDS:
            getattr(self, name).setText(getattr(c, name))  # the line edit of that name
        self.profile_url.setText(c.profile_url)
        self.notes.setPlainText(c.notes)
        self.category.setCurrentIndex(max(0, self.category.findData(c.category_id)))
        self.referred_by.set_contact(c.referred_by_id)
        self.rhythm.set_value(c.cadence_days, c.cadence_opt_out)
        self.personal.load(contact_id, c.card_lead_days)

    def _profile_changed(self, url: str) -> None:
        """ "Open" beside an http(s) address; any other scheme is never a link."""
        url = url.strip()
        href = links.web_href(url)
        if href is not None:
            self.profile_link.setText(
                '<a href="{href}">{open}</a>'.format(href=esc(href), open=esc(_("Open")))
            )
            self.profile_link.setToolTip(href)
        elif url:
            self.profile_link.setText(_("(not a web address)"))
            self.profile_link.setToolTip(_("Only http:// and https:// addresses are opened."))
        else:
            self.profile_link.setText("")
            self.profile_link.setToolTip("")

    # -- validation --------------------------------------------------------------------------
    def _validate(self) -> None:
        name_msg = name_problem(self.first_name.text(), self.last_name.text(), self.company.text())
        email_msg = email_problem(self.email.text())
        personal_msg = self.personal.problem() if hasattr(self, "personal") else None
        self._show_error(self.name_error, name_msg)
        self._show_error(self.email_error, email_msg)
        self._show_error(
            self.personal_error,
            personal_msg and _("Personal: {problem}").format(problem=personal_msg),
        )
        self.save_button.setEnabled(name_msg is None and email_msg is None and not personal_msg)
        self.save_button.setToolTip(name_msg or email_msg or personal_msg or "")

    @staticmethod
    def _show_error(label: QLabel, message: str | None) -> None:
        label.setText(f"⚠ {message}" if message else "")
        label.setVisible(bool(message))

    def values(self) -> ContactValues:
        return ContactValues(
            # Each text field from the line edit of the same name (first_name, ...).
            **{name: getattr(self, name).text().strip() for name in CONTACT_TEXT_FIELDS},
            category=self.category.currentData(),
            referred_by=self.referred_by.contact_id(),
            notes=self.notes.toPlainText(),
            cadence_days=self.rhythm.value()[0],
            cadence_opt_out=self.rhythm.value()[1],
            profile_url=self.profile_url.text().strip(),
            id=self.contact_id,
            plan_first=self.contact_id is None and self.plan_first.isChecked(),
            personal=self.personal.value(),
        )

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        values = self.values()
        try:
            values.id = save_contact(values, self.personal.today)
        except StoreError as exc:
            self.contact_id = values.id  # a new contact that was saved stays that one
            QMessageBox.warning(
                self,
                _("The contact was not saved"),
                _("{problem}\n\nYour input is kept.").format(problem=exc),
            )
            return
        self.result_values = values
        super().accept()

    @classmethod
    def ask(cls, parent=None, contact_id: int | None = None, *, category_id=None):
        """Open the dialog; the saved values, or None if cancelled."""
        dialog = cls(parent, contact_id, category_id=category_id)
        QTimer.singleShot(0, dialog.first_name.setFocus)
        dialog.exec()
        return dialog.result_values
