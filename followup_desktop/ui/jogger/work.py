"""Work the list: key in the results from the printed weekly list, one item at a time.

The agenda switches to this panel; it walks the follow-ups of a week in exactly
the order the sheet prints them (``Sheet.work_order``), so the paper and the
screen agree line by line. For each: Done (the note dialog), reschedule (+1 day,
+2 days, next week, a picked date), cancel, or skip. Every action is the shared
``FollowUpActions`` one, so it is undoable with Ctrl+Z like anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.jogger import Options, SheetLine, Week, week_of
from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store import jogger as jogger_store
from ...store.cards import find_followup_card
from ..followups.actions import DONE_TIP, FollowUpActions
from ..followups.later_tip import LaterTip
from ..kit.contrast import MUTED, set_tone
from ..kit.rich import esc, plain, plain_label, rich, rich_label
from .layout import channel_and_reason
from .printing import first_weekday, locale_formats

_ = translator(__name__)

#: What happened to an item, as the summary and the item's status line say it.
DONE, RESCHEDULED, CANCELLED, SKIPPED = "done", "rescheduled", "cancelled", "skipped"
_MARKED = {
    DONE: _.mark("You marked this done."),
    RESCHEDULED: _.mark("You marked this rescheduled."),
    CANCELLED: _.mark("You marked this cancelled."),
    SKIPPED: _.mark("You marked this skipped."),
}
#: An item no longer open when it is shown: what became of it meanwhile.
_GONE = {
    "done": _.mark("No longer open: it was done meanwhile."),
    "cancelled": _.mark("No longer open: it was cancelled meanwhile."),
    None: _.mark("No longer open: it was deleted meanwhile."),
}


def _result_count(result: str, n: int) -> str:
    """One part of the summary: "3 done", "1 rescheduled"..."""
    if result == DONE:
        return _.n("%n done", "%n done", n)
    if result == RESCHEDULED:
        return _.n("%n rescheduled", "%n rescheduled", n)
    if result == CANCELLED:
        return _.n("%n cancelled", "%n cancelled", n)
    return _.n("%n skipped", "%n skipped", n)


class WorkListPanel(QWidget):
    """One follow-up at a time, in the printed order. Emits ``finished`` to leave."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        actions: FollowUpActions | None = None,
    ) -> None:
        super().__init__(parent)
        #: The window's shared follow-up actions (a private set when standing alone).
        self.followup_actions = actions if actions is not None else FollowUpActions(self)
        self.today = today or date.today()
        self.fmt = locale_formats()
        self.week: Week = week_of(self.today, first_weekday())
        self.lines: list[tuple[str, SheetLine]] = []  # (category name, line)
        self.index = 0
        self.results: dict[int, str] = {}
        self._build()
        self.start(self.week)

    # -- building ----------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _shortcut(self, keys, slot: Callable[[], object]) -> None:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        title = rich_label(f"<b>{esc(_('Work the list'))}</b>", self)
        self.week_label = QLabel(self)
        self.progress = QLabel(self)
        self.progress.setObjectName("work_progress")
        top.addWidget(title)
        top.addSpacing(12)
        earlier = self._button("◀", lambda: self.start(self.week.shifted(-1)), _("The week before"))
        later = self._button("▶", lambda: self.start(self.week.shifted(1)), _("The week after"))
        for button in (earlier, later):
            button.setMaximumWidth(self.fontMetrics().horizontalAdvance("◀") * 5)
        top.addWidget(earlier)
        top.addWidget(self.week_label)
        top.addWidget(later)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addSpacing(12)
        self.back_button = self._button(
            _("&Back to the agenda"), self.finished.emit, _("Leave Work the list (Esc)")
        )
        top.addWidget(self.back_button)
        outer.addLayout(top)

        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.card = self._build_card()
        self.summary = QLabel(self)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.pages.addWidget(self.card)
        self.pages.addWidget(self.summary)

        self._shortcut(["Esc"], self.finished.emit)
        self._shortcut(["Return", "Enter"], self.done)
        self._shortcut(["Right", "S"], self.skip)
        self._shortcut(["Left"], self.previous)
        self._shortcut(["1"], lambda: self.reschedule("1day"))
        self._shortcut(["2"], lambda: self.reschedule("2days"))
        self._shortcut(["W"], lambda: self.reschedule("next_week"))

    def _build_card(self) -> QWidget:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        col = QVBoxLayout(card)
        # The user's words: plain text, whatever characters they hold.
        self.category_label = plain_label(parent=card)
        self.name_label = plain_label(parent=card)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = plain_label(parent=card)
        self.due_label = QLabel(card)
        self.reason_label = plain_label(parent=card)
        self.last_label = plain_label(parent=card)
        self.status_label = QLabel(card)
        self.status_label.setObjectName("work_status")
        for label in (self.details_label, self.reason_label, self.last_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (
            self.category_label,
            self.name_label,
            self.details_label,
            self.due_label,
            self.reason_label,
            self.last_label,
            self.status_label,
        ):
            col.addWidget(widget)
        col.addStretch(1)
        row = QHBoxLayout()
        self.done_button = self._button(_("&Done…"), self.done, _(DONE_TIP))
        self.done_button.setDefault(True)
        self.plus1_button = self._button(_("+&1 day"), lambda: self.reschedule("1day"))
        self.plus2_button = self._button(_("+&2 days"), lambda: self.reschedule("2days"))
        self.week_button = self._button(_("Next &week"), lambda: self.reschedule("next_week"))
        # Their tips say the day they move to (a working day) and their key.
        for button, key, press in (
            (self.plus1_button, "1day", "(1)"),
            (self.plus2_button, "2days", "(2)"),
            (self.week_button, "next_week", "(W)"),
        ):
            # Owned by the button. Until a follow-up's day is worked out, +2 days and Next
            # week show their key (LATER_TIP says what +1 day does).
            fallback = None if key == "1day" else press
            LaterTip(button, partial(self._later_tip, key, press), fallback)
        self.pick_button = self._button(_("&Pick a date…"), self.pick)
        self.cancel_button = self._button(_("&Cancel follow-up…"), self.cancel)
        # Alt+R is the Review tab, Alt+S the sidebar's Show archived.
        self.prev_button = self._button(_("◀ Prev&ious"), self.previous, _("(Left)"))
        self.skip_button = self._button(
            _("S&kip ▶"), self.skip, _("Leave it as it is (S or Right)")
        )
        self.action_buttons = (
            self.done_button,
            self.plus1_button,
            self.plus2_button,
            self.week_button,
            self.pick_button,
            self.cancel_button,
        )
        for button in self.action_buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.prev_button)
        row.addWidget(self.skip_button)
        col.addLayout(row)
        hint = QLabel(
            _(
                "Keys: Enter done · 1 / 2 days later · W next week · S or → skip · ← previous"
                " · Esc back to the agenda"
            ),
            card,
        )
        set_tone(hint, MUTED)  # secondary, yet readable (a disabled label was 1.6:1)
        col.addWidget(hint)
        return card

    # -- walking -----------------------------------------------------------------------
    def start(self, week: Week) -> None:
        """Walk ``week`` from its first printed item."""
        self.week = week
        options = Options(include_no_next_step=False, include_prompts=False)
        sheet = jogger_store.load_sheet(week, self.today, options=options, fmt=self.fmt)
        self.lines = [
            (category_label(s.category.name), line) for s in sheet.sections for line in s.lines
        ]
        self.index = 0
        self.results = {}
        self.week_label.setText(week.label(self.fmt))
        self.show_current()

    def _later_tip(self, key: str, press: str) -> str:
        line = self.current()
        fu = find_followup_card(line.item.followup_id) if line is not None else None
        if fu is None or not fu.is_open:
            return press
        return f"{self.followup_actions.later_tip_of(fu, key)} {press}"

    def work_order(self) -> list[int]:
        return [line.item.followup_id for _category, line in self.lines]

    def current(self) -> SheetLine | None:
        return self.lines[self.index][1] if self.index < len(self.lines) else None

    def show_current(self) -> None:
        line = self.current()
        if line is None:
            self._show_summary()
            return
        self.pages.setCurrentWidget(self.card)
        self.progress.setText(
            _("{number} of {count}").format(number=self.index + 1, count=len(self.lines))
        )
        item = line.item
        self.category_label.setText(self.lines[self.index][0])
        self.name_label.setText(item.name)
        self.details_label.setText(" · ".join(item.details()))
        flagged = line.overdue or line.carried
        due = f"{line.due_text} · {line.whose_text}"
        if flagged:
            rich(self.due_label, f"<b>⚠ {esc(due)}</b>")
        else:
            plain(self.due_label, due)
        self.reason_label.setText(channel_and_reason(item.channel, item.reason))
        self.last_label.setText(line.last_text)
        fu = find_followup_card(item.followup_id)
        is_open = fu is not None and fu.is_open
        result = self.results.get(item.followup_id)
        if result:
            self.status_label.setText(_(_MARKED[result]))
        elif not is_open:
            gone = _GONE.get(None if fu is None else fu.status) or _GONE[None]
            self.status_label.setText(_(gone))
        else:
            self.status_label.setText("")
        for button in self.action_buttons:
            button.setEnabled(is_open)
        self.prev_button.setEnabled(self.index > 0)
        self.done_button.setFocus()

    def _show_summary(self) -> None:
        self.pages.setCurrentWidget(self.summary)
        count = len(self.lines)
        self.progress.setText(_("{number} of {count}").format(number=count, count=count))
        if not self.lines:
            self.summary.setText(_("Nothing to work through in this week."))
            return
        counts = {k: 0 for k in (DONE, RESCHEDULED, CANCELLED, SKIPPED)}
        for result in self.results.values():
            counts[result] += 1
        untouched = len(self.lines) - len(self.results)
        parts = [_result_count(k, n) for k, n in counts.items() if n]
        if untouched:
            parts.append(_.n("%n left as it was", "%n left as they were", untouched))
        end = _("End of the list: {results}.").format(results=", ".join(parts))
        self.summary.setText(f"{end}\n\n" + _("Press Esc to go back to the agenda."))

    def _advance(self, result: str | None) -> None:
        line = self.current()
        if line is None:
            return
        if result:
            self.results[line.item.followup_id] = result
        self.index += 1
        self.show_current()

    # -- actions (the shared follow-up actions, so each is undoable) ---------------------
    def _open_id(self) -> int | None:
        line = self.current()
        if line is None or not self.done_button.isEnabled():
            return None
        return line.item.followup_id

    def done(self) -> None:
        fid = self._open_id()
        if fid is not None and self.followup_actions.done(fid) is not None:
            self._advance(DONE)

    def reschedule(self, key: str) -> None:
        fid = self._open_id()
        if fid is not None and self.followup_actions.reschedule_by(fid, key):
            self._advance(RESCHEDULED)

    def pick(self) -> None:
        fid = self._open_id()
        if fid is not None and self.followup_actions.reschedule_pick(fid):
            self._advance(RESCHEDULED)

    def cancel(self) -> None:
        fid = self._open_id()
        if fid is not None and self.followup_actions.cancel(fid):
            self._advance(CANCELLED)

    def skip(self) -> None:
        line = self.current()
        if line is not None and line.item.followup_id not in self.results:
            self.results[line.item.followup_id] = SKIPPED
        self._advance(None)

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_current()
