"""The bars' names stay readable when the chart is narrow (a laptop, a longer language)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from followup_desktop.ui.review.charts import BarChart, Series, wrap_label

CHANNELS = ["e-mail", "text message", "social media", "call", "letter or card", "meeting"]


def test_a_name_that_fits_stays_on_one_line_one_that_does_not_breaks_evenly(qapp):
    metrics = QFontMetrics(QFont())
    room = metrics.horizontalAdvance("letter or") + 2
    assert wrap_label("call", metrics, room) == "call"
    for label in ("letter or card", "Brief oder Karte", "réseaux sociaux"):
        first, second = wrap_label(label, metrics, room).split("\n")
        assert f"{first} {second}" == label
        widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        assert widest < metrics.horizontalAdvance(label)
    assert wrap_label("Termin", metrics, 1) == "Termin"  # one word: nothing to break


def _ticks(chart: BarChart) -> list[str]:
    axis = chart.plot.getPlotItem().getAxis("bottom")
    return [text for _pos, text in axis._tickLevels[0]]


def test_the_channel_names_wrap_on_a_narrow_chart_and_unwrap_when_it_widens(qtbot):
    chart = BarChart("Replies after silence, by channel")
    qtbot.addWidget(chart)
    chart.set_figures(CHANNELS, [Series([5, 4, 3, 2, 1, 1], ["5"] * 6)], ["Channel"], [])
    chart.resize(420, 260)
    chart.show()
    qtbot.waitExposed(chart)
    narrow = _ticks(chart)
    assert "text\nmessage" in narrow and "call" in narrow
    axis = chart.plot.getPlotItem().getAxis("bottom")
    tall = axis.maximumHeight()  # room for the second line
    chart.resize(1600, 260)
    qtbot.waitUntil(lambda: "text message" in _ticks(chart))
    assert axis.maximumHeight() < tall
