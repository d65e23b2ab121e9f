"""Persistence pays: how many replies came on each attempt, and which channel brought
replies after a silence; the sentence that names the usual reply attempt above them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain import review
from ...domain.vocabulary import channel_label
from ...i18n import translator
from .charts import BarChart, ChartFigures, Series
from .sheet import number

_ = translator(__name__)


class PersistenceBox(QGroupBox):
    """The usual reply attempt in words, and the two charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Persistence pays"), parent)
        self.usual_label = QLabel(self)
        self.usual_label.setWordWrap(True)
        self.replies_chart = BarChart(_("Replies by attempt number"), self)
        self.channel_chart = BarChart(_("Replies after silence, by channel"), self)
        charts = QHBoxLayout()
        charts.addWidget(self.replies_chart, 1)
        charts.addWidget(self.channel_chart, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.usual_label)
        box.addLayout(charts, 1)

    def show_figures(
        self, replies: review.ReplyFigures, usual: int, channels: Sequence[review.ChannelFigure]
    ) -> None:
        self.usual_label.setText(review.usual_sentence(replies, usual))
        self.replies_chart.set_figures(*replies_figures(replies))
        self.channel_chart.set_figures(*channel_figures(channels))


def replies_figures(figures: review.ReplyFigures) -> ChartFigures:
    """Replies by attempt number: each attempt's share of all replies."""
    return ChartFigures(
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


def channel_figures(channels: Sequence[review.ChannelFigure]) -> ChartFigures:
    """Replies after silence, by channel: each channel's share of them."""
    silent_total = sum(f.after_silence for f in channels)
    return ChartFigures(
        [channel_label(f.channel) for f in channels],
        [
            Series(
                [100 * f.after_silence / silent_total if silent_total else 0 for f in channels],
                [
                    f"{round(100 * f.after_silence / silent_total) if silent_total else 0} %"
                    f"\n{number(f.after_silence)}"
                    for f in channels
                ],
            )
        ],
        tuple(review.CHANNEL_HEADERS),
        [review.channel_row(f) for f in channels],
        caption=_("Share of the replies that came after at least one unanswered attempt."),
    )
