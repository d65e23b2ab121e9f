"""The detail pane: everything about the selected contact, and room for more sections.

Other views add their blocks with ``add_section(widget)`` (the next step, the
interaction timeline); a section follows ``contact_shown(int | None)`` to know whose
details to show.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import addresses, cadence, dates, links, phones
from ...domain import personal as personal_rules
from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store import contacts
from ...store import personal as personal_store
from ...store.cards import ContactDetails, contact_details
from ..kit.contrast import MUTED, set_tone
from ..kit.events import events
from ..kit.resources import themed_icon
from ..kit.rich import esc, rich_label
from .link_tabs import links_by_keyboard

_ = translator(__name__)

#: The contact's details, in the order shown (titles translated where shown).
FIELDS = (
    ("category", _.mark("Category")),
    ("rhythm", _.mark("Keep in touch")),
    ("email", _.mark("E-mail")),
    ("phone", _.mark("Phone")),
    ("mobile", _.mark("Mobile")),
    ("profile", _.mark("Profile")),
    ("birthday", _.mark("Birthday")),
    ("key_dates", _.mark("Key dates")),
    ("work_address", _.mark("Work address")),
    ("home_address", _.mark("Home address")),
    ("remember", _.mark("Remember")),
    ("referred_by", _.mark("Referred by")),
    ("referrals", _.mark("Referred")),
    ("status", _.mark("Status")),
    ("added", _.mark("Added")),
)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setWordWrap(True)
    return label


class ContactPane(QScrollArea):
    #: The contact now shown (None: nothing selected). Sections follow this.
    contact_shown = Signal(object)
    #: The user asked to edit / archive / restore the shown contact.
    edit_requested = Signal(int)
    archive_requested = Signal(int, bool)
    #: A linked contact (referrer, referral) was clicked.
    contact_link_activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.contact_id: int | None = None
        self._archived = False
        self._things: list = []
        body = QWidget(self)
        self.setWidget(body)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(10)

        self.empty = QLabel(body)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # Secondary text, yet readable: a disabled label's grey was 1.6:1 on Fusion's
        # light window (#bebebe on #efefef); the muted tone keeps WCAG AA, light or dark.
        set_tone(self.empty, MUTED)
        self._layout.addWidget(self.empty)

        self.details = QWidget(body)
        self._layout.addWidget(self.details)
        self._build_details()
        # Sections other views add go here, between the details and the background notes.
        self._sections = QVBoxLayout()
        self._sections.setSpacing(10)
        self._section_widgets: list[QWidget] = []  # what add_section put in _sections
        self._layout.addLayout(self._sections)
        self.notes_title = rich_label("<b>{}</b>".format(esc(_("Background"))), body)
        self.notes = _selectable(QLabel(body))
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.notes_title)
        self._layout.addWidget(self.notes)
        self._layout.addStretch(1)
        self.show_contact(None)

    def _build_details(self) -> None:
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.name = _selectable(QLabel(self.details))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = _selectable(QLabel(self.details))
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.edit_button = QToolButton(self.details)
        self.edit_button.setText(_("Edit"))
        self.edit_button.setToolTip(_("Edit this contact (Enter)"))
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        themed_icon(self.edit_button, "edit")
        self.archive_button = QToolButton(self.details)
        self.archive_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Edit above Archive, beside the name: side by side ("Bearbeiten", "Archivieren")
        # they left the name too little of a 300-pixel pane.
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for button in (self.edit_button, self.archive_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        head.addLayout(buttons)
        box.addLayout(head)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button.clicked.connect(self._archive_clicked)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A value too wide beside its label ("Adresse professionnelle :" and a long
        # e-mail address) goes under it, instead of widening the pane past its width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, title in FIELDS:
            label = _selectable(rich_label(parent=self.details))
            label.linkActivated.connect(self._link)
            self.fields[key] = label
            form.addRow(_("{field}:").format(field=_(title)), label)
        self._form = form
        box.addLayout(form)

    # -- public ------------------------------------------------------------------------------
    def add_section(self, widget: QWidget) -> None:
        """Add a block (e.g. next step, timeline) below the contact's details."""
        self._sections.addWidget(widget)
        self._section_widgets.append(widget)
        widget.setVisible(self.contact_id is not None)

    def sections(self) -> list[QWidget]:
        return list(self._section_widgets)

    def refresh(self) -> None:
        self.show_contact(self.contact_id)

    def show_contact(self, contact_id: int | None) -> None:
        contact = contact_details(contact_id) if contact_id is not None else None
        self.contact_id = contact.id if contact is not None else None
        has = contact is not None
        self.details.setVisible(has)
        self.notes_title.setVisible(has)
        self.notes.setVisible(has)
        self.empty.setVisible(not has)
        for widget in self.sections():
            widget.setVisible(has)
        if contact is None:
            self.empty.setText(_("Select a contact to see the details."))
            self.contact_shown.emit(None)
            return
        self._archived = bool(contact.archived)
        self.name.setText(contact.name)
        person = bool(contact.first_name.strip() or contact.last_name.strip())
        parts = [contact.job_title] + ([contact.company] if person else [])
        self.subtitle.setText(", ".join(p for p in parts if p))
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self._set("category", esc(category_label(contact.category_name)))
        self._set("rhythm", esc(rhythm_text(contact, date.today())))
        email = contact.email
        self._set("email", f'<a href="mailto:{esc(email)}">{esc(email)}</a>' if email else "")
        for key, number in (("phone", contact.phone), ("mobile", contact.mobile)):
            tel = phones.tel_uri(number)
            shown = esc(phones.display(number))
            self._set(
                key, (f'<a href="{esc(tel)}">{shown}</a>' if tel else shown) if number else ""
            )
        self._set("profile", url_html(contact.profile_url))
        self._show_personal(contact.id, date.today())
        ref = contact.referred_by_id
        if ref is not None:
            self._set("referred_by", f'<a href="contact:{ref}">{esc(contact.referrer_name)}</a>')
        else:
            self._set("referred_by", "")
        referred = contacts.referrals(contact.id, limit=6)
        links = [f'<a href="contact:{cid}">{esc(n)}</a>' for cid, n in referred[:5]]
        if len(referred) > 5:
            links.append("…")
        self._set("referrals", ", ".join(links))
        self._set("status", _("Archived") if contact.archived else "")
        self._set("added", esc(_added_day(contact.created_at)))
        self.notes.setText(contact.notes or _("No background notes yet."))
        set_tone(self.notes, None if contact.notes else MUTED)
        self.archive_button.setText(_("Restore") if contact.archived else _("Archive"))
        self.archive_button.setToolTip(
            _("Bring this contact back into the lists")
            if contact.archived
            else _("Archive this contact (Delete); Ctrl+Z brings it back")
        )
        themed_icon(self.archive_button, "restore" if contact.archived else "archive")
        self.contact_shown.emit(self.contact_id)

    def _show_personal(self, contact_id: int, today: date) -> None:
        """Birthday, key dates (with when they next come round), the addresses as they go
        on a label, and things to remember; a dated one offers its follow-up."""
        info = personal_store.personal_info(contact_id)
        self._things = list(info.things)
        lines: dict[str, list[str]] = {"birthday": [], "key_dates": []}
        for kd in info.key_dates:
            nxt = personal_rules.next_occurrence(kd.month, kd.day, today)
            when = personal_rules.format_key_date(kd)
            age = personal_rules.years_on(kd, nxt)
            next_day = dates.format_day(nxt)
            if age:
                coming = _("turns {age} on {day}").format(age=age, day=next_day)
            else:
                coming = _("next: {day}").format(day=next_day)
            if kd.kind == "birthday":
                lines["birthday"].append(f"{esc(when)} <i>({esc(coming)})</i>")
            else:
                shown = f"{kd.title}: {when}"
                next_text = _("next: {day}").format(day=next_day)
                lines["key_dates"].append(f"{esc(shown)} <i>({esc(next_text)})</i>")
        self._set("birthday", "<br>".join(lines["birthday"]))
        self._set("key_dates", "<br>".join(lines["key_dates"]))
        for kind in ("work", "home"):
            address = info.address(kind)
            text = addresses.address_text(address) if address else ""
            self._set(f"{kind}_address", esc(text).replace("\n", "<br>"))
        things = []
        for i, thing in enumerate(info.things):
            line = esc(thing.text)
            if thing.on is not None:
                line += f" <i>({esc(dates.format_day(thing.on))})</i>"
                day, reason = personal_rules.follow_up_for(thing, today)
                offer = _("Plan “{reason}” for {day}").format(
                    reason=reason, day=dates.format_day(day)
                )
                line += f' · <a href="remember:{i}">{esc(offer)}</a>'
            things.append(line)
        self._set("remember", "<br>".join(things))

    def _plan_remembered(self, index: int) -> None:
        """The follow-up a dated thing to remember offers, planned like any other."""
        if self.contact_id is None or not 0 <= index < len(self._things):
            return
        from ...store import followups

        day, reason = personal_rules.follow_up_for(self._things[index], date.today())
        followup_id = followups.create_followup(self.contact_id, day, reason, channel="call").id
        events().followups_changed.emit([followup_id])

    # -- internals ----------------------------------------------------------------------------
    def _set(self, key: str, html: str) -> None:
        label = self.fields[key]
        label.setText(html)
        # A value with a link (e-mail, phone, a referrer) is a Tab stop, Enter opening the
        # link; the others are not (Tab went through every value: the category, the rhythm).
        links_by_keyboard(label, "<a " in html)
        visible = bool(html)
        label.setVisible(visible)
        self._form.labelForField(label).setVisible(visible)

    def _emit(self, signal) -> None:
        if self.contact_id is not None:
            signal.emit(self.contact_id)

    def _archive_clicked(self) -> None:
        if self.contact_id is not None:
            self.archive_requested.emit(self.contact_id, not self._archived)

    def _link(self, href: str) -> None:
        if href.startswith("contact:"):
            self.contact_link_activated.emit(int(href.split(":", 1)[1]))
        elif href.startswith("remember:"):
            self._plan_remembered(int(href.split(":", 1)[1]))
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(href))


def url_html(url: str) -> str:
    """A web address as a link when it is http(s), else as plain (escaped) text."""
    url = (url or "").strip()
    if not url:
        return ""
    href = links.web_href(url)
    if href is None:
        return esc(url)
    return f'<a href="{esc(href)}">{esc(url)}</a>'


def rhythm_text(contact: ContactDetails, today: date) -> str:
    """'every 2 weeks (own) · 13 days past', 'every 3 months · next touch by Thu 4 Mar 2027'."""
    if contact.cadence_opt_out:
        return _("not tracked (this contact)")
    rhythm = cadence.effective_rhythm(contact.cadence_days, contact.category_cadence_days)
    if rhythm is None:
        return _("not tracked (its category)")
    text = cadence.describe_rhythm(rhythm)
    if contact.cadence_days:
        text = _("{rhythm} (own)").format(rhythm=text)
    start = cadence.clock_start(contact.last_interaction_at, contact.created_at)
    if start is None or contact.next_due is not None:
        return text
    past = cadence.days_past(start, rhythm, today)
    if past > 0:
        return f"{text} \u00b7 {cadence.describe_past(past)}"
    due = cadence.touch_due(start, rhythm)
    return _("{rhythm} · next touch by {day}").format(rhythm=text, day=dates.format_day(due))


def _added_day(created_at: datetime | None) -> str:
    """When the contact was added, in the app's date style."""
    return "" if created_at is None else dates.format_day(created_at.date())
