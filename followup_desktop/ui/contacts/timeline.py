"""Contact pane sections: the next step, shown prominently, and the timeline.

``install(pane, actions)`` adds both to a ``ContactPane`` (``add_section``); each follows the
pane's ``contact_shown`` signal and re-reads its contact when ``ui.events`` says
follow-ups or interactions changed. Actions go through the ``FollowUpActions`` given.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from ...domain import dates
from ...domain.followup_rules import PromiseStatus
from ...domain.vocabulary import channel_label
from ...i18n import translator
from ...store import timeline
from ..followups.actions import FollowUpActions
from ..followups.menus import followup_menu
from ..kit.contrast import WARNING, muted_text, set_tone
from ..kit.events import events
from ..kit.rich import esc, plain_label, rich_label
from .link_tabs import links_by_keyboard

_ = translator(__name__)

ICONS = {
    "interaction": "\u260e",
    "open": "\u25cb",
    "done": "\u2714",
    "cancelled": "\u2716",
    "connected": "\u2726",
}


class _ContactSection(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        hub = events()
        hub.followups_changed.connect(self._changed)
        hub.interactions_changed.connect(self._changed)
        hub.database_replaced.connect(self._changed)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        if contact_id is not None:
            self.reload()

    def _changed(self, *_args) -> None:
        if self.contact_id is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # re-read when shown again

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False) and self.contact_id is not None:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def today(self) -> date:
        return date.today()

    def reload(self) -> None:
        if self.contact_id is not None:
            self._load(self.contact_id)

    def _load(self, contact_id: int) -> None:
        raise NotImplementedError


class NextStepSection(_ContactSection):
    """The contact's next follow-up in large type, with Done / +1 day / Log buttons."""

    def __init__(self, actions: FollowUpActions, parent=None) -> None:
        super().__init__(parent)
        self.followup_actions = actions
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("next_step")
        col = QVBoxLayout(self)
        title = rich_label("<b>{}</b>".format(esc(_("Next step"))), self)
        col.addWidget(title)
        self.headline = plain_label(parent=self)  # the reason, as typed
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        col.addWidget(self.headline)
        self.when = rich_label(parent=self)
        self.when.setWordWrap(True)
        col.addWidget(self.when)
        self.more = rich_label(parent=self)
        self.more.setWordWrap(True)
        col.addWidget(self.more)
        row = QGridLayout()
        self.done_button = QPushButton(_("Done\u2026"), self)
        self.done_button.setToolTip(_("Log what happened and plan the next step"))
        self.menu_button = QToolButton(self)
        self.menu_button.setText(_("More"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.log_button = QPushButton(_("Log interaction\u2026"), self)
        self.log_button.setToolTip(_("Log a call, email or meeting (Ctrl+L)"))
        self.plan_button = QPushButton(_("Plan follow-up\u2026"), self)
        self.plan_button.setToolTip(
            _("Plan a follow-up without logging an interaction (Ctrl+Shift+F)")
        )
        # One column of equal buttons (More beside Done): the pane is narrow (about 300
        # pixels on a laptop) and the four side by side needed more than that, in
        # English and more so in German, which made the whole pane scroll sideways.
        row.addWidget(self.done_button, 0, 0)
        row.addWidget(self.menu_button, 0, 1, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.log_button, 1, 0)
        row.addWidget(self.plan_button, 2, 0)
        row.setColumnStretch(2, 1)
        col.addLayout(row)
        self.done_button.clicked.connect(self._done)
        self.log_button.clicked.connect(self._log)
        self.plan_button.clicked.connect(self._plan)
        self.followup_id: int | None = None

    def _load(self, contact_id: int) -> None:
        steps = timeline.open_followups(contact_id)
        today = self.today()
        if not steps:
            self.followup_id = None
            why = timeline.no_next_step_reason(contact_id)
            self.headline.setText(_("No next step"))
            self.when.setText(
                esc(_("Why: {reason}").format(reason=why))
                if why
                else esc(_("Nothing planned yet: plan the first follow-up (Ctrl+Shift+F)."))
            )
            self._mark_overdue(False)
            self.more.setText("")
            self.done_button.setVisible(False)
            self.menu_button.setVisible(False)
            return
        first = steps[0]
        self.followup_id = first.followup_id
        self.headline.setText(first.reason)
        at = f" {first.due_time[:5]}" if first.due_time else ""
        if first.whose == "theirs":
            # The agenda's, the calendar's and the printed list's words (followup_rules).
            status = PromiseStatus(first.whose, first.due_date, first.action_date, today)
            text = _("Their move: {state}").format(state=status.state_text(dates.format_day, at))
        else:
            channel = channel_label(first.channel)
            text = f"{channel[:1].upper()}{channel[1:]}, {dates.format_day(first.due_date)}{at}"
        late = (today - first.action_date).days
        if late > 0:
            text = _.n("%n day overdue — {when}", "%n days overdue — {when}", late).format(
                when=text
            )
            text = f"\u26a0 {text}"
            self._mark_overdue(True)
        else:
            text += f" ({dates.relative(first.action_date, today)})"
            self._mark_overdue(False)
        if first.agreed:
            text = _("{when} · agreed with them").format(when=text)
        self.when.setText(esc(text))
        others = steps[1:]
        planned = "; ".join(f"{s.reason} ({dates.format_day(s.due_date)})" for s in others[:3])
        self.more.setText(esc(_("Also planned: {steps}").format(steps=planned)) if others else "")
        self.done_button.setVisible(True)
        self.menu_button.setVisible(True)
        old = self.menu_button.menu()
        self.menu_button.setMenu(followup_menu(self.followup_actions, first.followup_id, self))
        if old is not None:
            old.deleteLater()

    def _mark_overdue(self, on: bool) -> None:
        """Bold, in the palette's warning red (readable on a dark theme too)."""
        set_tone(self.when, WARNING if on else None)
        font = self.when.font()
        font.setBold(on)
        self.when.setFont(font)

    def _done(self) -> None:
        if self.followup_id is not None:
            self.followup_actions.done(self.followup_id)

    def _log(self) -> None:
        if self.contact_id is not None:
            self.followup_actions.log_interaction(self.contact_id)

    def _plan(self) -> None:
        if self.contact_id is not None:
            self.followup_actions.plan_followup(self.contact_id)


class TimelineSection(_ContactSection):
    """Interactions and follow-ups, newest first (planned ones on top)."""

    STEP = 25

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.limit = self.STEP
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(rich_label("<b>{}</b>".format(esc(_("Timeline"))), self))
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        # Selectable with the mouse; a Tab stop only while it holds a link ("Show older
        # entries…", see _load): the lines themselves are nothing to act on.
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.body.linkActivated.connect(self._more)
        col.addWidget(self.body)

    def show_contact(self, contact_id: int | None) -> None:
        if contact_id != self.contact_id:
            self.limit = self.STEP
        super().show_contact(contact_id)

    def _load(self, contact_id: int) -> None:
        items = timeline.entries(contact_id, self.limit + 1)
        if not items:
            self.body.setText("<i>{}</i>".format(esc(_("No interactions or follow-ups yet."))))
            links_by_keyboard(self.body, False)
            return
        # The dates are secondary, yet readable: faded text that keeps WCAG AA contrast
        # on this palette, light or dark (palette(mid) was 1.7:1 on the light one).
        self.date_colour = muted_text(self.body.palette()).name()
        lines = [self._line(e) for e in items[: self.limit]]
        more = len(items) > self.limit
        if more:
            lines.append('<a href="more">{}</a>'.format(esc(_("Show older entries\u2026"))))
        self.body.setText("<br>".join(lines))
        links_by_keyboard(self.body, more)  # a Tab stop only for the link

    def _line(self, e: timeline.TimelineEntry) -> str:
        icon = ICONS.get(e.kind, "\u2022")
        day = dates.format_short(e.when.date())
        first = next((ln.strip() for ln in e.detail.splitlines() if ln.strip()), "")
        if e.kind == "interaction":
            text = f"{esc(e.title)}" + (f" \u2014 {esc(first)}" if first else "")
        elif e.kind == "open":
            title = _("{reason} (their move)") if e.whose == "theirs" else "{reason}"
            planned = _("<b>Planned:</b> {step}")
            text = planned.format(step=esc(title.format(reason=e.title)))
        elif e.kind == "done":
            text = esc(_("Done: {reason}").format(reason=e.title))
        elif e.kind == "connected":
            text = f"<i>{esc(e.title)}</i>"
        else:
            text = esc(_("Cancelled: {reason}").format(reason=e.title))
            text += f" \u2014 {esc(first)}" if first else ""
        return f"{icon} <span style='color: {self.date_colour}'>{day}</span> &nbsp;{text}"

    def _more(self, _href: str) -> None:
        self.limit += self.STEP
        self.reload()


def install(pane, actions: FollowUpActions) -> tuple[NextStepSection, TimelineSection]:
    """Add the next-step and timeline sections to a contact pane; they act through
    ``actions`` (the window's shared follow-up actions)."""
    step = NextStepSection(actions, pane)
    line = TimelineSection(pane)
    pane.add_section(step)
    pane.add_section(line)
    pane.contact_shown.connect(step.show_contact)
    pane.contact_shown.connect(line.show_contact)
    if pane.contact_id is not None:
        step.show_contact(pane.contact_id)
        line.show_contact(pane.contact_id)
    return step, line
