"""File → Holiday cards…: choose who gets a card, then print address labels or a list.

Who: everyone I was in touch with this year, a category, or the contacts selected in
the list. The paper decides the label sheet (Letter: Avery 5160, A4: L7160; the
locale's paper first). Contacts without an address are listed in the dialog (and on
the address list) so they can be asked for one. Output goes through the weekly
list's print path: a PDF file, or the printer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...domain.labels import AVERY_5160, SHEETS, Recipient, pages_needed, split_recipients
from ...domain.vocabulary import category_label
from ...i18n import translator
from ...store import contacts, greeting_cards
from .labels import write_address_list_pdf, write_labels_pdf
from .preview import choose_pdf_path
from .printing import PdfWriteError, default_page_size

_ = translator(__name__)


class HolidayCardsDialog(QDialog):
    def __init__(self, parent=None, *, selected: list[int] | None = None, today=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Holiday cards"))
        self.today: date = today or date.today()
        self.selected = list(selected or [])
        self.people: list[Recipient] = []
        self.who = QComboBox(self)
        self.who.addItem(
            _("Everyone I was in touch with in {year}").format(year=self.today.year),
            userData=("year", None),
        )
        for cat in contacts.categories():
            self.who.addItem(
                _("Category: {category}").format(category=category_label(cat.name)),
                userData=("category", cat.id),
            )
        if self.selected:
            self.who.addItem(
                _.n("The selected contact", "The %n selected contacts", len(self.selected)),
                userData=("selection", None),
            )
            self.who.setCurrentIndex(self.who.count() - 1)
        self.prefer = QComboBox(self)
        self.prefer.addItem(_("Work address (home if none)"), userData="work")
        self.prefer.addItem(_("Home address (work if none)"), userData="home")
        self.output = QComboBox(self)
        self.output.addItem(_("Address labels"), userData="labels")
        self.output.addItem(_("Address list (one line each)"), userData="list")
        self.sheet = QComboBox(self)
        for sheet in SHEETS.values():
            self.sheet.addItem(sheet.name, sheet.key)
        letter = default_page_size().id().name == "Letter"
        self.sheet.setCurrentIndex(self.sheet.findData("5160" if letter else "L7160"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.missing_title = QLabel(_("No address yet (ask them for one):"), self)
        self.missing = QListWidget(self)
        self.missing.setMaximumHeight(160)

        form = QFormLayout()
        form.addRow(_("&Who:"), self.who)
        form.addRow(_("&Send to:"), self.prefer)
        form.addRow(_("&Print:"), self.output)
        form.addRow(_("&Label sheet:"), self.sheet)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = QPushButton(_("Save as P&DF\u2026"), self)
        self.print_button = QPushButton(_("P&rint\u2026"), self)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_now)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        for combo in (self.who, self.prefer, self.output, self.sheet):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def chosen_sheet(self):
        return SHEETS.get(self.sheet.currentData(), AVERY_5160)

    def refresh(self) -> None:
        kind, value = self.who.currentData()
        prefer = self.prefer.currentData()
        if kind == "year":
            since = date(self.today.year, 1, 1)
            self.people = greeting_cards.recipients(followed_up_since=since, prefer=prefer)
        elif kind == "category":
            self.people = greeting_cards.recipients(category_id=value, prefer=prefer)
        else:
            self.people = greeting_cards.recipients(contact_ids=self.selected, prefer=prefer)
        have, missing = split_recipients(self.people)
        labels = self.output.currentData() == "labels"
        self.sheet.setEnabled(labels)
        sheet = self.chosen_sheet()
        if not self.people:
            text = _("Nobody is chosen: pick other contacts above.")
        elif labels:
            sheets = pages_needed(len(have), sheet) if have else 0
            count = _.n("%n label", "%n labels", len(have))
            text = _.n(
                "{labels} on %n sheet of {sheet}.", "{labels} on %n sheets of {sheet}.", sheets
            )
            text = text.format(labels=count, sheet=sheet.name)
        else:
            text = _.n("%n address on the list.", "%n addresses on the list.", len(have))
        self.summary.setText(text)
        self.missing.clear()
        for person in missing:
            self.missing.addItem(person.name + (f" ({person.company})" if person.company else ""))
        self.missing_title.setText(
            _("No address yet ({count}): ask them for one").format(count=len(missing))
            if missing
            else _("Everyone chosen has an address.")
        )
        self.missing.setVisible(bool(missing))
        has = bool(have)
        self.pdf_button.setEnabled(has)
        self.print_button.setEnabled(has)

    def write_pdf(self, path: str | Path) -> int:
        if self.output.currentData() == "labels":
            return write_labels_pdf(self.people, self.chosen_sheet(), path)
        return write_address_list_pdf(self.people, path, today=self.today)

    def save_pdf(self) -> None:
        labels = self.output.currentData() == "labels"
        name = _("labels") if labels else _("card-addresses")
        path = choose_pdf_path(self, _("Save as PDF"), str(Path.home() / f"{name}.pdf"))
        if not path:
            return
        try:
            pages = self.write_pdf(path)
        except PdfWriteError as exc:
            QMessageBox.warning(self, _("The PDF was not saved"), str(exc))
            return
        self.summary.setText(
            _.n("Saved {file} (%n page).", "Saved {file} (%n pages).", pages).format(
                file=Path(path).name
            )
        )

    def print_now(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from .labels import page_size_for, render_address_list, render_labels
        from .preview import make_printer

        printer = make_printer()
        labels = self.output.currentData() == "labels"
        if labels:
            printer.setPageSize(page_size_for(self.chosen_sheet()))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if labels:
                render_labels(self.people, self.chosen_sheet(), printer)
            else:
                render_address_list(self.people, printer)
        except PdfWriteError as exc:
            QMessageBox.warning(self, _("Nothing was printed"), str(exc))


def open_cards_dialog(window) -> HolidayCardsDialog:
    selected: list[int] = []
    view = getattr(window, "_contacts", None)
    if view is not None and window.tabs.currentIndex() == window.contacts_tab:
        selected = view.selected_ids(archived=False)
    dialog = HolidayCardsDialog(window, selected=selected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
