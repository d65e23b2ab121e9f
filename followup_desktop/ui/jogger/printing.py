"""Printing the weekly list: onto a QPrinter (preview, printer) or into a PDF file.

``render_sheet`` paints a ``domain.jogger.Sheet`` on any paged device;
``write_pdf`` writes it atomically (a temporary file in the same folder, then a
rename), so an existing PDF is only ever replaced by a complete one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from ... import APP_NAME
from ...atomic_file import NoTempFileError, replacing
from ...domain.jogger import Formats, Sheet
from ...exchange.output import OutputPathError, check_target
from ...i18n import translator
from ..kit import locale_dates
from .layout import SheetLayout

_ = translator(__name__)

#: Where the US and Canada print on Letter; everybody else on A4.
_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada}


#: The file dialog's filter wherever a printout is saved as PDF.
PDF_FILES = _.mark("PDF documents (*.pdf)")
#: What a print that failed says (the weekly list, the review).
NOTHING_PRINTED = _.mark("Nothing was printed: {error}")


class PdfWriteError(Exception):
    """The PDF could not be written; ``str()`` says why in plain words."""


def first_weekday(locale: QLocale | None = None) -> int:
    """The locale's first day of the week as Python counts it (0 = Monday)."""
    day = (locale or QLocale()).firstDayOfWeek()
    return day.value - 1  # Qt counts Monday = 1


def locale_formats(locale: QLocale | None = None) -> Formats:
    """The sheet's dates in the app's one date style (ui.kit.locale_dates): short on the
    lines ("Tue 24 Nov"), long in the header ("Tue 24 Nov 2026")."""
    style = locale_dates.style_for(locale)
    return Formats(day=style.short, date=style.long, time=style.time)


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    loc = locale or QLocale()
    letter = (
        loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or loc.territory() in _LETTER_TERRITORIES
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(page_size: QPageSize) -> QPageLayout:
    return QPageLayout(
        page_size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(14, 12, 14, 12),
        QPageLayout.Unit.Millimeter,
    )


def render_sheet(
    sheet: Sheet,
    device: QPagedPaintDevice,
    *,
    fmt: Formats | None = None,
    printed_on: date | None = None,
    painter: QPainter | None = None,
) -> int:
    """Paint the sheet on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    layout = SheetLayout(sheet, device, fmt or locale_formats(), printed_on or date.today())
    return paint_pages(device, layout.render, painter)


def paint_pages(
    device: QPagedPaintDevice, render: Callable[[QPainter], int], painter: QPainter | None
) -> int:
    """Run ``render`` with ``painter``, or with a painter of our own on ``device`` (begun
    and ended here); returns the page count ``render`` reports."""
    own = painter is None
    if own:
        painter = QPainter()
        if not painter.begin(device):
            raise PdfWriteError(_("The printer or file could not be opened for drawing."))
    assert painter is not None
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return render(painter)
    finally:
        if own:
            painter.end()


def _why(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def write_pdf(
    sheet: Sheet,
    path: str | os.PathLike[str],
    *,
    page_size: QPageSize | None = None,
    fmt: Formats | None = None,
    printed_on: date | None = None,
    replace_read_only: bool = False,
) -> int:
    """Write the sheet as a PDF at ``path``, atomically; returns the page count.

    Raises PdfWriteError (with a sentence for the user) when the file cannot be
    written; an existing file at ``path`` is then left as it was.
    """
    return write_paged_pdf(
        lambda device: render_sheet(sheet, device, fmt=fmt, printed_on=printed_on),
        path,
        title=_("Follow-ups {week}").format(week=sheet.week.iso),
        page_size=page_size,
        replace_read_only=replace_read_only,
    )


def write_paged_pdf(
    render: Callable[[QPagedPaintDevice], int],
    path: str | os.PathLike[str],
    *,
    title: str,
    page_size: QPageSize | None = None,
    replace_read_only: bool = False,
) -> int:
    """The one PDF path of every printout: ``render`` paints on a 300 dpi QPdfWriter
    (portrait, the locale's paper unless ``page_size``) and returns its page count;
    the file is written atomically. Raises PdfWriteError with a sentence."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise PdfWriteError(
            _("{path} is a folder; choose a file name for the PDF.").format(path=target)
        )
    folder = target.parent
    if not folder.is_dir():
        raise PdfWriteError(
            _("Cannot save the PDF: the folder {folder} does not exist.").format(folder=folder)
        )
    try:
        check_target(target, replace_read_only=replace_read_only)
    except OutputPathError as exc:
        raise PdfWriteError(str(exc)) from exc
    try:
        with replacing(target, private=True) as partial:  # names and reasons: the user's only
            writer = QPdfWriter(str(partial))
            writer.setResolution(300)
            writer.setPageLayout(page_layout(page_size or default_page_size()))
            writer.setTitle(title)
            writer.setCreator(APP_NAME)
            pages = render(writer)
            del writer  # flushes and closes the file
            if partial.stat().st_size == 0:
                raise PdfWriteError(
                    _("Cannot save the PDF in {folder}: nothing could be written.").format(
                        folder=folder
                    )
                )
    except NoTempFileError as exc:
        raise PdfWriteError(
            _("Cannot save the PDF in {folder} ({why}). Choose another folder.").format(
                folder=folder, why=_why(exc)
            )
        ) from exc
    except OSError as exc:
        raise PdfWriteError(
            _("Cannot save the PDF as {path} ({why}).").format(path=target, why=_why(exc))
        ) from exc
    return pages
