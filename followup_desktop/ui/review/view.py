"""The Review tab: does persistence pay, who was given up too early, the week in numbers.

The figures are worked out in the background (``ui.kit.background.Task`` running
``store.review.load``), so the tab stays responsive; they are read again when data
changes elsewhere (only while the tab is visible; otherwise the next time it is shown).
Enter on a row of "Given up too early" plans a retry by another channel for the next
working day, undoable with Ctrl+Z like every other plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain import review
from ...domain.jogger import Formats, week_of
from ...domain.vocabulary import CHANNELS, category_label, channel_label
from ...i18n import translator
from ...store import review as store_review
from ..followups.commands import PlanCommand
from ..jogger.preview import make_printer
from ..jogger.printing import PdfWriteError, first_weekday, locale_formats
from ..kit.background import Task
from ..kit.events import events
from ..kit.undo import push
from .charts import BarChart, Series
from .sheet import (
    number,
    render_review,
    week_label,
    week_short,
    write_review_pdf,
)

_ = translator(__name__)
#: The trend's table: one row per week.
TREND_HEADERS = (
    _.mark("Week from"),
    _.mark("Planned"),
    _.mark("Done"),
    _.mark("On time"),
    _.mark("Late"),
    _.mark("Kept"),
    _.mark("Lapsed"),
    _.mark("New contacts"),
)


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the review ("" when cancelled). Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _("Save the weekly review as PDF"), suggested, _("PDF documents (*.pdf)")
    )
    return path


def show_error(parent: QWidget, text: str) -> None:
    """Tell the user what went wrong. Tests replace this."""
    QMessageBox.warning(parent, APP_NAME, text)


class GivenUpModel(QAbstractTableModel):
    """The "given up too early" rows (a few hundred at most on a large database)."""

    def __init__(self, fmt: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[store_review.GivenUpRow] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(review.GIVEN_UP_HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return review.GIVEN_UP_HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                category_label(row.category),
                number(row.attempts),
                channel_label(row.last_channel),
                self.fmt.date(row.last_at.date()),
                channel_label(row.suggested_channel),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None

    def set_rows(self, rows: list[store_review.GivenUpRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def remove_contact(self, contact_id: int) -> None:
        for k, row in enumerate(self.rows):
            if row.contact_id == contact_id:
                self.beginRemoveRows(QModelIndex(), k, k)
                del self.rows[k]
                self.endRemoveRows()
                return


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
        self.week_title = QLabel(self)
        self.week_title.setTextFormat(Qt.TextFormat.PlainText)
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
        self.persistence = QGroupBox(_("Persistence pays"), self)
        self.usual_label = QLabel(self.persistence)
        self.usual_label.setWordWrap(True)
        self.replies_chart = BarChart(_("Replies by attempt number"), self.persistence)
        self.channel_chart = BarChart(_("Replies after silence, by channel"), self.persistence)
        charts = QHBoxLayout()
        charts.addWidget(self.replies_chart, 1)
        charts.addWidget(self.channel_chart, 1)
        box = QVBoxLayout(self.persistence)
        box.addWidget(self.usual_label)
        box.addLayout(charts, 1)

        # Given up too early: the actionable list.
        self.given_up_box = QGroupBox(_("Given up too early"), self)
        self.given_up_label = QLabel(self.given_up_box)
        self.given_up_label.setWordWrap(True)
        self.given_up_model = GivenUpModel(self.fmt, self)
        self.given_up_view = QTableView(self.given_up_box)
        self.given_up_view.setModel(self.given_up_model)
        self.given_up_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.given_up_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.given_up_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.given_up_view.setTabKeyNavigation(False)
        self.given_up_view.verticalHeader().setVisible(False)
        # Fixed sizes from the font, never measured over hundreds of rows per load.
        fm = self.given_up_view.fontMetrics()
        rows = self.given_up_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(fm.height() + 8)
        header = self.given_up_view.horizontalHeader()
        longest_channel = max((channel_label(c) for c in CHANNELS), key=fm.horizontalAdvance)
        samples = (
            "",
            category_label("Industry Colleagues"),
            "",
            longest_channel,
            self.fmt.date(date(2026, 11, 29)),
            longest_channel,
        )
        for column, sample in enumerate(samples):
            title = review.GIVEN_UP_HEADERS[column]
            header.resizeSection(column, max(fm.horizontalAdvance(t) for t in (sample, title)) + 14)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.given_up_view.setAccessibleName(_("Given up too early"))
        self.given_up_view.doubleClicked.connect(lambda _index: self.plan_selected())
        self.given_up_view.installEventFilter(self)
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
        self.week_box = QGroupBox(_("The week in numbers"), self)
        self.week_grid = QGridLayout()
        self.week_values: dict[str, QLabel] = {}
        lines = review.week_lines(review.WeekNumbers(date.today()), [])
        for r, (label, _value) in enumerate(lines):
            name = QLabel(f"<b>{label}</b>", self.week_box)
            value = QLabel(self.week_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setBuddy(value)
            self.week_grid.addWidget(name, r, 0, Qt.AlignmentFlag.AlignTop)
            self.week_grid.addWidget(value, r, 1)
            self.week_values[label] = value
        self.week_grid.setColumnStretch(1, 1)
        self.trend_chart = BarChart(
            _("My follow-ups done on time (filled) of those planned (outline)"), self.week_box
        )
        box = QVBoxLayout(self.week_box)
        box.addLayout(self.week_grid)
        box.addWidget(self.trend_chart, 1)

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
        figures = r.replies
        self.usual_label.setText(review.usual_sentence(figures, r.usual))
        self.replies_chart.set_figures(
            review.BUCKET_LABELS,
            [
                Series(
                    [figures.share(i) * 100 for i in range(len(review.BUCKETS))],
                    [
                        f"{round(figures.share(i) * 100)} %\n{number(figures.counts[i])}"
                        for i in range(6)
                    ],
                )
            ],
            (_("Attempt"), _("Replies"), _("Share of all replies")),
            [
                (label, number(figures.counts[i]), f"{round(figures.share(i) * 100)} %")
                for i, label in enumerate(review.BUCKET_LABELS)
            ],
            caption=_("Share of all replies by the attempt on which they came."),
        )
        silent_total = sum(f.after_silence for f in r.channels)
        self.channel_chart.set_figures(
            [channel_label(f.channel) for f in r.channels],
            [
                Series(
                    [
                        100 * f.after_silence / silent_total if silent_total else 0
                        for f in r.channels
                    ],
                    [
                        f"{round(100 * f.after_silence / silent_total) if silent_total else 0} %"
                        f"\n{number(f.after_silence)}"
                        for f in r.channels
                    ],
                )
            ],
            tuple(review.CHANNEL_HEADERS),
            [review.channel_row(f) for f in r.channels],
            caption=_("Share of the replies that came after at least one unanswered attempt."),
        )
        self.given_up_label.setText(review.given_up_sentence(len(r.given_up), r.usual))
        self.given_up_model.set_rows(r.given_up)
        self.given_up_view.setVisible(bool(r.given_up))
        self.plan_button.setVisible(bool(r.given_up))
        self._row_changed()
        for label, value in review.week_lines(r.week, r.losing_touch):
            self.week_values[label].setText(value)
        weeks = r.weeks
        self.trend_chart.set_figures(
            [week_short(w.start) for w in weeks],
            [
                Series(
                    [w.planned for w in weeks], [f"{w.on_time}/{w.planned}" for w in weeks], False
                ),
                Series([w.on_time for w in weeks], ["" for _w in weeks], True),
            ],
            tuple(_(h) for h in TREND_HEADERS),
            [
                (
                    self.fmt.date(w.start),
                    *(number(n) for n in (w.planned, w.done, w.on_time, w.late, w.kept, w.lapsed)),
                    number(w.new_contacts),
                )
                for w in weeks
            ],
        )

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.given_up_view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.plan_selected()
            return True
        return super().eventFilter(watched, event)

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
                show_error(self, _("Nothing was printed: {error}").format(error=exc))

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
