"""The pages of File → Import contacts…: file, columns (any CSV), preview (the last,
where the import runs, is ``run_page``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.import_records import FIELD_LABELS
from ...domain.vocabulary import category_label
from ...exchange.csv_maps import column_name, guess_mapping, is_usable
from ...exchange.detect import peek
from ...exchange.errors import ImportFileError
from ...i18n import translator
from ...store.import_preview import DUPLICATE_CHOICES, Preview
from ...store.imports import remember_mapping, remembered_mapping
from ..kit.contrast import WARNING, set_tone
from ..kit.rich import esc, rich_label
from .import_model import (
    COL_CATEGORY,
    COL_DETAILS,
    COLUMNS,
    STATUS_LABELS,
    WILL,
    PreviewModel,
    StatusFilter,
)
from .progress_row import ProgressRow
from .wizard_step import WizardStep

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

_ = translator(__name__)

LINKEDIN_HELP = _.mark(
    "<b>Your LinkedIn connections:</b> on LinkedIn open <i>Me → Settings &amp; Privacy → "
    "Data privacy → Get a copy of your data</i>, choose <i>Connections</i> and "
    "<i>Request archive</i>. LinkedIn e-mails you a link (usually within minutes); "
    "download the ZIP, unzip it and choose <b>Connections.csv</b> here. LinkedIn leaves "
    "out most e-mail addresses, so people are recognised by their profile URL."
)


class FilePage(WizardStep):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            _("Choose the file to import"),
            _(
                "A contacts export from Outlook, Google Contacts or LinkedIn, a vCard file "
                "from a phone, or any spreadsheet saved as CSV. The format is recognised from "
                "the content."
            ),
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(_("contacts.csv or contacts.vcf"))
        self.path_edit.textChanged.connect(self._changed)
        self.browse_button = QPushButton(_("&Choose…"))
        self.browse_button.clicked.connect(self._browse)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, WARNING)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        label = QLabel(_("&File:"))
        label.setBuddy(self.path_edit)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.linkedin_help = QLabel(_(LINKEDIN_HELP))
        self.linkedin_help.setWordWrap(True)
        self.linkedin_help.setTextFormat(Qt.TextFormat.RichText)
        layout.addSpacing(12)
        layout.addWidget(self.linkedin_help)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen = self._wizard.choose_file()
        if chosen:
            self.path_edit.setText(chosen)

    def _changed(self) -> None:
        self.error_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        wizard = self._wizard
        path = Path(self.path_edit.text().strip()).expanduser()
        try:
            found = peek(path)
        except ImportFileError as exc:
            self.error_label.setText(str(exc))
            return False
        wizard.path, wizard.peek = path, found
        wizard.mapping = None
        if found.kind == "generic":
            wizard.mapping = remembered_mapping(found.headers)
        return True

    def nextId(self) -> int:
        wizard = self._wizard
        if wizard.peek is not None and wizard.peek.kind == "generic":
            return wizard.PAGE_MAPPING
        return wizard.PAGE_PREVIEW


class MappingPage(WizardStep):
    """Any other CSV: which column holds what (remembered for files with this header)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            _("Which column is what?"),
            _(
                "This CSV is not an Outlook or Google export. Tell us what each column holds; "
                "the choice is remembered for files with the same columns."
            ),
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [_("Column in the file"), _("Examples"), _("Contains")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.hint = QLabel()
        set_tone(self.hint, WARNING)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        found = self._wizard.peek
        assert found is not None  # the file page leads here only for a file it has read
        headers, sample = found.headers, found.sample
        mapping = self._wizard.mapping or guess_mapping(headers)
        self.table.setRowCount(len(headers))
        self.combos = []
        for i, header in enumerate(headers):
            examples = " · ".join(r[i].strip() for r in sample if i < len(r) and r[i].strip())
            for column, text in enumerate((header or column_name(i), examples[:120])):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, column, item)
            combo = QComboBox()
            combo.addItem(_("(leave out)"), "")
            for key, label in FIELD_LABELS.items():
                combo.addItem(label, key)  # FIELD_LABELS reads in the chosen language
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(i, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 180)
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _changed(self) -> None:
        ok = is_usable(self.mapping())
        self.hint.setText("" if ok else _("Choose at least a name, company or e-mail column."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return is_usable(self.mapping())

    def validatePage(self) -> bool:
        wizard = self._wizard
        wizard.mapping = mapping = self.mapping()
        if wizard.peek is not None:
            remember_mapping(wizard.peek.headers, mapping)
        return True


class PreviewPage(WizardStep):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard, _("Check before importing"), _("Nothing is written until you press Import.")
        )
        self.setCommitPage(True)
        self.setButtonText(self.wizard_button_commit(), _("&Import"))
        self.summary = rich_label()
        self.summary.setWordWrap(True)
        self.progress = ProgressRow()
        self.filter_combo = QComboBox()
        for label, status in (
            (_("All rows"), ""),
            (_(STATUS_LABELS["new"]), "new"),
            (_("Duplicates"), "duplicate"),
            (_(STATUS_LABELS["invalid"]), "invalid"),
        ):
            self.filter_combo.addItem(label, status)
        self.filter = StatusFilter(self)
        self.filter_combo.currentIndexChanged.connect(
            lambda: self.filter.set_status(self.filter_combo.currentData())
        )
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QComboBox()
        for key, label in DUPLICATE_CHOICES.items():
            self.duplicates.addItem(_(label), key)
        self.default_category = QComboBox()
        self.categories_label = QLabel()
        self.categories_label.setWordWrap(True)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        options = QGroupBox(_("Options"))
        form = QFormLayout(options)
        form.addRow(_("&Duplicates:"), self.duplicates)
        form.addRow(_("Category when the file's &categories are not ours:"), self.default_category)
        form.addRow(_("Categories in the file:"), self.categories_label)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        show = QLabel(_("&Show:"))
        show.setBuddy(self.filter_combo)
        top.addWidget(show)
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(options)
        layout.addWidget(self.plan_label)
        self.model: PreviewModel | None = None
        self.planned: dict[str, int] | None = None
        self.duplicates.currentIndexChanged.connect(self._options_changed)
        self.default_category.currentIndexChanged.connect(self._options_changed)

    @staticmethod
    def wizard_button_commit():
        from PySide6.QtWidgets import QWizard

        return QWizard.WizardButton.CommitButton

    def initializePage(self) -> None:
        self.model = None
        self.planned = None
        # Qt takes no model (nullptr) here; PySide6's stubs leave out the None.
        self.filter.setSourceModel(None)  # type: ignore[arg-type]
        self.summary.setText("")
        set_tone(self.summary, None)  # the text colour again after a problem
        self.plan_label.setText("")
        self.progress.begin(_("Reading the file…"))
        self._wizard.start_analysis(self)

    def cleanupPage(self) -> None:
        self._wizard.cancel_task()

    def show_preview(self, preview: Preview, path: Path) -> None:
        self.progress.hide()
        set_tone(self.summary, None)
        self.model = model = PreviewModel(preview, self)
        model.plan_changed.connect(lambda: self._update_plan(preview))
        self.filter.setSourceModel(model)
        # Widths from the font, not from measuring 50,000 rows.
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        samples = {1: "99999", 2: _(STATUS_LABELS["duplicate"]), 3: _(WILL["update"])}
        for col in range(4):
            text = samples.get(col, "")
            title = _(COLUMNS[col])
            width = max(metrics.horizontalAdvance(text), header.horizontalAdvance(title)) + 24
            self.table.setColumnWidth(col, width)
        for col, width in ((4, 230), (5, 150), (6, 130), (7, 180), (8, 130), (9, 160)):
            self.table.setColumnWidth(col, width)
        # Who is imported first (name … category), then the details, empty for most rows
        # (why a row is a duplicate or left out; also its tooltip).
        columns = self.table.horizontalHeader()
        if columns.visualIndex(COL_DETAILS) < columns.visualIndex(COL_CATEGORY):
            columns.moveSection(columns.visualIndex(COL_DETAILS), columns.visualIndex(COL_CATEGORY))
        parsed = preview.parsed
        counts = preview.counts()
        parts = [f"<b>{esc(path.name)}</b>", esc(parsed.kind_label)]
        parts += [esc(parsed.encoding)] + ([esc(parsed.header_note)] if parsed.header_note else [])
        rows = _.n("%n row", "%n rows", len(preview.rows))
        found = ", ".join(
            (
                _.n("%n new", "%n new", counts["new"]),
                _.n("%n duplicate", "%n duplicates", counts["duplicate"]),
                _.n("%n invalid", "%n invalid", counts["invalid"]),
            )
        )
        parts.append(_("{rows}: {counts}").format(rows=rows, counts=found))
        dates = parsed.date_order and _("Dates such as 3/4/1980 are read as {order}.").format(
            order=esc(parsed.date_order)
        )
        self.summary.setText(" · ".join(parts) + (f"<br>{dates}" if dates else ""))
        self.default_category.blockSignals(True)
        self.default_category.clear()
        for cid, name in preview.categories.items():
            self.default_category.addItem(category_label(name), cid)
        self.default_category.setCurrentIndex(
            self.default_category.findData(preview.options.default_category_id)
        )
        self.default_category.blockSignals(False)
        self.duplicates.setCurrentIndex(self.duplicates.findData(preview.options.on_duplicate))
        self._update_categories(preview)
        self._update_plan(preview)

    def show_problem(self, text: str) -> None:
        self.progress.hide()
        self.summary.setText(esc(text))
        set_tone(self.summary, WARNING)  # follows the palette, as a span's colour would not

    def _options_changed(self) -> None:
        if self.model is None or self.default_category.currentData() is None:
            return
        self.model.set_options(self.duplicates.currentData(), self.default_category.currentData())
        self._update_categories(self.model.preview)

    def _update_categories(self, preview: Preview) -> None:
        default = self.default_category.currentText()
        parts = [
            f"{name} → {category_label(preview.categories[cid]) if cid is not None else default}"
            for name, cid in list(preview.file_categories.items())[:12]
        ]
        more = len(preview.file_categories) - 12
        if more > 0:
            parts.append(_.n("and %n more", "and %n more", more))
        self.categories_label.setText(
            " · ".join(parts)
            or _("none (every contact goes to {category})").format(category=default)
        )

    def _update_plan(self, preview: Preview) -> None:
        planned = self.planned = preview.planned()
        number = QLocale().toString
        self.plan_label.setText(
            _(
                "Pressing Import will add {contacts}, update {update}, merge {merge} into "
                "rows above, skip {skip} and leave out {invalid}."
            ).format(
                contacts=_.n("%n contact", "%n contacts", planned["create"]),
                update=number(planned["update"]),
                merge=number(planned["merge"]),
                skip=number(planned["skip"]),
                invalid=_.n("%n invalid row", "%n invalid rows", planned["invalid"]),
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.model is None or self.planned is None:
            return False
        planned = self.planned
        return bool(planned["create"] or planned["update"] or planned["merge"])
