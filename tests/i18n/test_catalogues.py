"""The translation files against the code: in step, complete, placeholders intact, and no
text shown by a widget that bypasses them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from followup_desktop.i18n.catalogue import read_ts, translations_dir
from followup_desktop.i18n.extract import PACKAGE_DIR, TARGETS, area_of, out_of_step

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
#: A & that marks a letter ("&Export"); "&&", a free-standing " & " ("Open & Export", a
#: menu named in a sentence) and an entity of rich text ("&amp;") are not mnemonics.
MNEMONIC = re.compile(r"(?<!&)&(?![&\s]|[a-z]+;|#\d+;)")


def _ts_files():
    return sorted(p for lang in TARGETS for p in (translations_dir() / lang).glob("*.ts"))


def test_the_files_hold_every_text_of_the_code_and_nothing_else():
    stale, problems = out_of_step()
    assert problems == []
    assert stale == [], "run `make translations`, then translate what it added"


def test_every_language_has_every_area():
    areas = {lang: {p.stem for p in (translations_dir() / lang).glob("*.ts")} for lang in TARGETS}
    assert areas["de"], "no translations at all"
    assert areas["de"] == areas["fr"] == areas["es"]


@pytest.mark.parametrize("path", _ts_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_text_is_translated_with_its_placeholders(path: Path):
    unfinished, broken = [], []
    for (context, _key), message in read_ts(path).items():
        where = f"{context}: {message['source']!r}"
        if not message["finished"]:
            unfinished.append(where)
            continue
        forms = message["forms"]
        source = message["source"]
        if message["numerus"] and len(forms) != 2:
            broken.append(f"{where}: {len(forms)} plural forms, the language has 2")
        wanted = sorted(PLACEHOLDER.findall(source))
        for index, form in enumerate(forms):
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append(f"{where}: placeholders of {form!r} differ")
            if "%n" in source and "%n" not in form and not (message["numerus"] and index == 0):
                broken.append(f"{where}: {form!r} lacks the number %n")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(form)):
                broken.append(f"{where}: {form!r} lacks the one &-mnemonic of the source")
    assert unfinished == [], f"{len(unfinished)} texts not translated yet"
    assert broken == []


# Calls that put text on screen. A string literal given to one of them directly (not
# through the module's translator) is English on every language's screen.
_TEXT_CALLS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setLabelText", "setTabText", "addTab", "addItem",
    "addAction", "addMenu", "addRow", "setHorizontalHeaderLabels", "setHeaderLabels",
    "setInformativeText", "setDetailedText", "information", "warning", "critical",
    "question", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "setSpecialValueText", "setSuffix", "setPrefix", "showMessage",
}  # fmt: skip

# Areas whose texts are not all going through the translator yet. Each entry is removed
# when its area is done; the test then keeps it done.
NOT_YET_SWEPT: set[str] = set()


def _words(node: ast.expr) -> bool:
    """A literal a person would read (letters, more than one character)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(re.findall(r"[A-Za-z]", node.value)) > 1
    if isinstance(node, ast.JoinedStr):
        return any(_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_words(e) for e in node.elts)
    return False


def _is_log_call(node: ast.Call) -> bool:
    """``log.warning("...")``: a log line, read by developers, never translated."""
    owner = getattr(node.func, "value", None)
    return isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging")


def untranslated_literals(root: Path = PACKAGE_DIR) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((root / "ui").rglob("*.py")):
        rel = path.relative_to(root.parent)
        area = area_of(".".join(rel.with_suffix("").parts[1:]))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in _TEXT_CALLS or _is_log_call(node):
                continue
            args = list(node.args) + [k.value for k in node.keywords if k.arg == "text"]
            if any(_words(arg) for arg in args):
                found.setdefault(area, []).append(f"{rel}:{node.lineno}")
    return found


def test_widgets_show_no_text_that_bypasses_the_translations():
    found = untranslated_literals()
    swept = {area: lines for area, lines in found.items() if area not in NOT_YET_SWEPT}
    assert swept == {}


def test_the_scan_finds_a_literal_given_straight_to_a_widget(tmp_path: Path):
    package = tmp_path / "followup_desktop"
    (package / "ui" / "agenda").mkdir(parents=True)
    (package / "ui" / "agenda" / "view.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "a = QLabel(_('Due today'))\n"  # through the translator: fine
        "b = QLabel('Due today')\n"  # straight: found
        "b.setToolTip(f'{n} overdue')\n",  # an f-string: found
        encoding="utf-8",
    )
    where = "followup_desktop/ui/agenda/view.py"
    assert untranslated_literals(package) == {"ui.agenda": [f"{where}:3", f"{where}:4"]}
