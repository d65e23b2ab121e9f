"""The Review tab: does persistence pay, who was given up too early, the week in numbers.

The figures are worked out in the background (``ui.kit.background.Task`` running
``store.review.load``), so the tab stays responsive; they are read again when data
changes elsewhere (only while the tab is visible; otherwise the next time it is shown).
Enter on a row of "Given up too early" plans a retry by another channel for the next
working day, undoable with Ctrl+Z like every other plan.

Its three sections are their own modules: ``persistence`` (the reply charts),
``given_up`` (the list to work) and ``week_numbers`` (the week and its trend); this one
holds the week bar, the loading, planning a retry, printing and the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain import review
from ...domain.jogger import week_of
from ...domain.vocabulary import channel_label
from ...i18n import translator
from ...store import review as store_review
from ..followups.commands import PlanCommand
from ..jogger.preview import choose_pdf_path, make_printer, show_error
from ..jogger.printing import (
    NOTHING_PRINTED,
    PdfWriteError,
    first_weekday,
    locale_formats,
)
from ..kit.background import Task
from ..kit.elided import ElidedLabel
from ..kit.events import events
from ..kit.undo import push
from .given_up import GivenUpModel, GivenUpTable
from .persistence import PersistenceBox
from .sheet import (
    render_review,
    week_label,
    write_review_pdf,
)
from .week_numbers import WeekNumbersBox

_ = translator(__name__)


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the review ("" when cancelled). Tests replace this."""
    return choose_pdf_path(parent, _("Save the weekly review as PDF"), suggested)


class ReviewView(QWidget):
    #: The figures of a load are on screen (tests wait for it).
    figures_shown = Signal()

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.today = today
        self.fmt = locale_formats()
        self.first_weekday = first_weekday()
        self.week_start = week_of(today(), self.first_weekday).start
        self.period = review.DEFAULT_PERIOD
        self.result: store_review.Review | None = None
        self.task: Task | None = None
        self._again = False  # data changed while a load was running
        self._stale = False  # data changed while the tab was hidden
        self._message = ""  # what the last action did (stays after the figures reload)
        self._build()
        hub = events()
        for signal in (hub.followups_changed, hub.interactions_changed, hub.contacts_changed):
            signal.connect(self._data_changed)
        hub.categories_changed.connect(self._data_changed)
        hub.database_replaced.connect(self._data_changed)
        app = QApplication.instance()
        if app is not None:  # a load still running when the app quits is waited for
            app.aboutToQuit.connect(self._stop)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setToolTip(_("The week before (Alt+Left)"))
        self.prev_button.setAccessibleName(_("Previous week"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.set_week(self.week_start - timedelta(7)))
        self.this_button = QPushButton(_("This week"), self)
        self.this_button.clicked.connect(
            lambda: self.set_week(week_of(self.today(), self.first_weekday).start)
        )
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(_("The week after (Alt+Right)"))
        self.next_button.setAccessibleName(_("Next week"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.set_week(self.week_start + timedelta(7)))
        self.week_title = ElidedLabel(self)  # cut with … rather than widen the window
        font = self.week_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.week_title.setFont(font)
        self.period_box = QComboBox(self)
        for key, (label, _days) in review.PERIODS.items():
            self.period_box.addItem(label, userData=key)
        self.period_box.setCurrentIndex(list(review.PERIODS).index(self.period))
        self.period_box.setAccessibleName(_("Period of the charts"))
        self.period_box.currentIndexChanged.connect(self._period_changed)
        period_label = QLabel(_("Char&ts over:"), self)  # Alt+O is the Contacts tab
        period_label.setBuddy(self.period_box)
        self.status = QLabel(self)
        self.status.setAccessibleName(_("Review status"))
        self.status.setWordWrap(True)
        self.print_button = QPushButton(_("&Print…"), self)
        self.print_button.setToolTip(_("Preview and print the review on one page"))
        self.print_button.clicked.connect(self.print_review)
        self.pdf_button = QPushButton(_("Save P&DF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        for arrow in (self.prev_button, self.next_button):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("◀") * 4)
        for w in (self.prev_button, self.this_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.week_title)
        bar.addSpacing(16)
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)

        # Persistence pays: replies by attempt, and by channel after silence.
        self.persistence = PersistenceBox(self)
        self.usual_label = self.persistence.usual_label
        self.replies_chart = self.persistence.replies_chart
        self.channel_chart = self.persistence.channel_chart

        # Given up too early: the actionable list.
        self.given_up_box = QGroupBox(_("Given up too early"), self)
        self.given_up_label = QLabel(self.given_up_box)
        self.given_up_label.setWordWrap(True)
        self.given_up_model = GivenUpModel(self.fmt, self)
        self.given_up_view = GivenUpTable(self.given_up_model, self.fmt, self.given_up_box)
        self.given_up_view.plan_requested.connect(self.plan_selected)
        self.given_up_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.plan_button = QPushButton(_("Plan a retry (Enter)"), self.given_up_box)
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self.plan_selected)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.given_up_label, 1)
        plan_row.addWidget(self.plan_button)
        box = QVBoxLayout(self.given_up_box)
        box.addLayout(plan_row)
        box.addWidget(self.given_up_view, 1)

        # The week in numbers, and the eight weeks before it.
        self.week_box = WeekNumbersBox(self.fmt, self)
        self.week_values = self.week_box.values
        self.trend_chart = self.week_box.trend_chart

        lower = QHBoxLayout()
        lower.addWidget(self.given_up_box, 3)
        lower.addWidget(self.week_box, 2)
        page = QWidget(self)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.persistence, 4)
        body.addLayout(lower, 5)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(self.status)
        outer.addWidget(scroll, 1)

        plan = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        plan.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan.activated.connect(self.plan_selected)
        self._show_week_title()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.prev_button,
            self.this_button,
            self.next_button,
            self.period_box,
            self.print_button,
            self.pdf_button,
            self.given_up_view,
            self.plan_button,
        ]

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Work the figures out again in the background (once more if already running)."""
        if self.task is not None and self.task.running:
            self._again = True
            return
        self._stale = False
        week_start, today, period = self.week_start, self.today(), self.period
        self._set_status(_("Working out the figures…"))
        task = Task(lambda _p, _c: store_review.load(week_start, today, period), self)
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        task.done.connect(self._task_done)
        self.task = task
        task.start()

    def _task_done(self) -> None:
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, message: str) -> None:
        self._set_status(_("The figures could not be read."))
        show_error(self, message)

    def _loaded(self, result: store_review.Review) -> None:
        if self._again:  # something changed meanwhile: the next load shows it
            return
        self.result = result
        self._set_status(self._message)
        self._show(result)
        self.figures_shown.emit()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _data_changed(self, *_args) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- showing --------------------------------------------------------------------------------
    def _show_week_title(self) -> None:
        week = week_of(self.week_start, self.first_weekday)
        self.week_title.setText(week.label(self.fmt))

    def _show(self, r: store_review.Review) -> None:
        self._show_week_title()
        self.persistence.show_figures(r.replies, r.usual, r.channels)
        self.given_up_label.setText(review.given_up_sentence(len(r.given_up), r.usual))
        self.given_up_model.set_rows(r.given_up)
        self.given_up_view.setVisible(bool(r.given_up))
        self.plan_button.setVisible(bool(r.given_up))
        self._row_changed()
        self.week_box.show_figures(r.week, r.losing_touch, r.weeks)

    # -- controls -------------------------------------------------------------------------------
    def set_week(self, start: date) -> None:
        self.week_start = week_of(start, self.first_weekday).start
        self._show_week_title()
        self.reload()

    def _period_changed(self, _index: int) -> None:
        self.period = self.period_box.currentData()
        self.reload()

    def _row_changed(self, *_args) -> None:
        row = self.current_row()
        self.plan_button.setEnabled(row is not None)
        if row is not None:
            self.plan_button.setText(
                _("Plan a retry by {channel} (Enter)").format(
                    channel=channel_label(row.suggested_channel)
                )
            )

    def current_row(self) -> store_review.GivenUpRow | None:
        index = self.given_up_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.given_up_model.rows):
            return None
        return self.given_up_model.rows[index.row()]

    def plan_selected(self) -> int | None:
        """Plan a retry for the selected contact; returns the follow-up's id."""
        row = self.current_row()
        if row is None:
            return None
        values = store_review.retry_values(row, self.today())
        command = PlanCommand(values)
        error = push(self.undo_stack, command, quiet=True)
        if error is not None:
            show_error(self, _("The follow-up was not planned: {error}").format(error=error))
            return None
        current = self.given_up_view.currentIndex().row()
        self.given_up_model.remove_contact(row.contact_id)
        if self.given_up_model.rows:
            self.given_up_view.selectRow(min(current, len(self.given_up_model.rows) - 1))
        self._message = _("Planned for {name}: {reason}, {date}. Ctrl+Z takes it back.").format(
            name=row.name, reason=values["reason"], date=self.fmt.date(values["due_date"])
        )
        self._set_status(self._message)
        return command.followup_id

    # -- printing ---------------------------------------------------------------------------------
    def print_review(self) -> QPrintPreviewDialog | None:
        if self.result is None:
            return None
        # Kept by the view: the dialog does not own its printer, and a printer collected
        # while the preview is open takes the application down.
        self._printer = printer = make_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(_("Print the weekly review — {app}").format(app=APP_NAME))
        result = self.result

        def paint(device: QPrinter) -> None:
            try:
                render_review(result, device, fmt=self.fmt)
            except PdfWriteError as exc:
                show_error(self, _(NOTHING_PRINTED).format(error=exc))

        dialog.paintRequested.connect(paint)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def suggested_pdf_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        iso = week_of(self.week_start, self.first_weekday).iso
        name = _("Weekly review {week}").format(week=iso)
        return str(Path(folder or Path.home()) / f"{name}.pdf")

    def save_pdf(self) -> bool:
        if self.result is None:
            return False
        path = ask_pdf_path(self, self.suggested_pdf_path())
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_review_pdf(self.result, path, fmt=self.fmt)
        except PdfWriteError as exc:
            show_error(self, f"{exc}\n\n" + _("The review was not saved; choose another place."))
            return False
        self._message = _("Saved {file} ({week}).").format(
            file=Path(path).name, week=week_label(self.result, self.fmt)
        )
        self._set_status(self._message)
        return True

    def _stop(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait()

    def closeEvent(self, event) -> None:
        self._stop()
        super().closeEvent(event)
