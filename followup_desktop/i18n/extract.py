"""Keep the translation files in step with the code (a developer's tool, not run by the app).

    python -m followup_desktop.i18n.extract            # rewrite resources/i18n/*/*.ts
    python -m followup_desktop.i18n.extract --check    # exit 1 if they are not in step
    python -m followup_desktop.i18n.extract --todo ui.agenda todo.json
    python -m followup_desktop.i18n.extract --fill todo.json

It reads every module's ``_("...")``, ``_.n("...", "...", n)`` and ``_.mark("...")`` calls
(``_`` being the module's ``translator(__name__)``) and writes one ``.ts`` file per area of
the code (``ui.agenda``, ``domain``, ``store``...) and language: new texts are added as
unfinished, translations of unchanged texts are kept (also when a text moved to another
module: the translation made in the nearest module), texts no longer in the code are
dropped. The check (``make test``) fails when a
text of the code is missing from the files, so no text ships untranslated unnoticed.

``--todo AREA FILE`` writes the area's messages (all languages side by side) as JSON for a
translator; ``--fill FILE`` puts that JSON's translations back into the ``.ts`` files.
"""

from __future__ import annotations

import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from . import LANGUAGES, SOURCE_LANGUAGE, context_of
from .catalogue import area_of, key, read_ts, translations_dir

PACKAGE_DIR = Path(__file__).resolve().parents[1]
TARGETS = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
_TS_LANGUAGE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES"}


@dataclass
class Text:
    context: str
    source: str
    comment: str = ""
    singular: str = ""  # set for plural texts (source is then the English plural)
    where: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return key(self.source, self.comment)


def _module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _translator_names(tree: ast.Module, problems: list[str], where: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        func = node.value.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if called != "translator":
            continue
        args = node.value.args
        if not (len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id == "__name__"):
            problems.append(f"{where}:{node.lineno}: translator() takes __name__ only")
        names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _check_not_rebound(tree: ast.Module, names: set[str], problems: list[str], where: str):
    """The translator's name is never reused for something else in its module
    (``found, _ = ...`` in a function makes ``_("...")`` there call a string)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if (func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")) == (
                "translator"
            ):
                continue  # the declaration itself
        targets: list[ast.AST] = []
        if isinstance(node, (ast.Assign, ast.For, ast.comprehension, ast.With, ast.AnnAssign)):
            targets = list(ast.walk(node))
        elif isinstance(node, ast.arg) and node.arg in names:
            problems.append(
                f"{where}:{node.lineno}: a parameter named {node.arg} hides the module's translator"
            )
        for target in targets:
            if (
                isinstance(target, ast.Name)
                and target.id in names
                and isinstance(target.ctx, ast.Store)
            ):
                problems.append(
                    f"{where}:{target.lineno}: {target.id} is the module's "
                    "translator; name this value otherwise"
                )


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _comment(call: ast.Call, position: int) -> str | None:
    for kw in call.keywords:
        if kw.arg == "comment":
            return _literal(kw.value)
    if len(call.args) > position:
        return _literal(call.args[position])
    return ""


def _check_dynamic(node: ast.expr, problems: list[str], where: str) -> None:
    """A text that is not a literal must be a marked constant passed by name."""
    if isinstance(node, ast.JoinedStr):
        problems.append(
            f"{where}:{node.lineno}: an f-string cannot be translated; use "
            '_("... {name} ...").format(name=...)'
        )
    elif isinstance(node, (ast.BinOp, ast.Call)):
        problems.append(f"{where}:{node.lineno}: translate the literal, then format it")


def scan_module(path: Path, problems: list[str], root: Path = PACKAGE_DIR.parent) -> list[Text]:
    """The texts one module asks to translate (``root``: the folder holding the package)."""
    where = str(path.relative_to(root))
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    names = _translator_names(tree, problems, where)
    if not names:
        return []
    _check_not_rebound(tree, names, problems, where)
    context = context_of(_module_name(path, root))
    found: list[Text] = []
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):  # in reading order
        if not node.args:
            continue
        func = node.func
        line = f"{where}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in names:
            text = _literal(node.args[0])
            if text is None:
                _check_dynamic(node.args[0], problems, where)
                continue
            comment = _comment(node, 1)
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in names
            and func.attr in ("n", "mark")
        ):
            if func.attr == "mark":
                text, comment = _literal(node.args[0]), ""
            else:
                singular, text = _literal(node.args[0]), _literal(node.args[1])
                comment = _comment(node, 3)
                if singular is None or text is None:
                    problems.append(f"{line}: _.n() takes two literal texts")
                    continue
                found.append(Text(context, text, comment or "", singular, [line]))
                continue
            if text is None:
                problems.append(f"{line}: _.mark() takes a literal text")
                continue
        else:
            continue
        if comment is None:
            problems.append(f"{line}: a translation comment must be a literal")
            continue
        found.append(Text(context, text, comment, "", [line]))
    return found


def scan(package_dir: Path = PACKAGE_DIR) -> tuple[dict[str, list[Text]], list[str]]:
    """Every text of the code by area, in code order, each once per context."""
    problems: list[str] = []
    by_area: dict[str, dict[tuple[str, str], Text]] = {}
    for path in sorted(package_dir.rglob("*.py")):
        for text in scan_module(path, problems, package_dir.parent):
            area = by_area.setdefault(area_of(text.context), {})
            ident = (text.context, text.key)
            if ident in area:
                known = area[ident]
                if known.singular != text.singular:
                    problems.append(
                        f"{text.where[0]}: plural of {text.source!r} differs from {known.where[0]}"
                    )
                known.where += text.where
            else:
                area[ident] = text
    return {area: list(texts.values()) for area, texts in sorted(by_area.items())}, problems


def _xml(form: str) -> str:
    return escape(form, {'"': "&quot;"})


def render(language: str, texts: list[Text], old: dict, reuse: dict) -> str:
    """One area's .ts file for one language, keeping the translations already made."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_TS_LANGUAGE.get(language, language)}" '
        f'sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    by_context: dict[str, list[Text]] = {}
    for text in texts:
        by_context.setdefault(text.context, []).append(text)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for text in by_context[context]:
            known = old.get((context, text.key)) or _nearest(
                reuse.get((text.key, bool(text.singular)), []), context
            )
            numerus = bool(text.singular)
            if known and known["numerus"] == numerus and known["forms"]:
                forms, finished = list(known["forms"]), known["finished"]
            else:
                forms, finished = [""] * (2 if numerus else 1), False
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            lines.append(f"        <source>{_xml(text.source)}</source>")
            if text.comment:
                lines.append(f"        <comment>{_xml(text.comment)}</comment>")
            if numerus:
                lines.append(f"        <extracomment>{_xml(text.singular)}</extracomment>")
            state = "" if finished else ' type="unfinished"'
            if numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_xml(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_xml(forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _nearest(candidates: list[tuple[str, dict]], context: str) -> dict | None:
    """The translation a text that moved to ``context`` keeps: the one made in the nearest
    context (most leading parts in common: a text moved from ``ui.review.view`` to
    ``ui.review.week_numbers`` keeps the Review's word, not another room's translation of
    the same English word); the first in file order among equals."""
    parts = context.split(".")
    best, best_shared = None, -1
    for where, message in candidates:
        shared = 0
        for mine, theirs in zip(parts, where.split("."), strict=False):
            if mine != theirs:
                break
            shared += 1
        if shared > best_shared:
            best, best_shared = message, shared
    return best


def _old_messages(language: str) -> tuple[dict, dict]:
    """Every message by (context, key), and every finished one by (key, plural?) with the
    contexts it was translated in (for texts that moved)."""
    old: dict = {}
    reuse: dict = {}
    for path in sorted((translations_dir() / language).glob("*.ts")):
        for ident, message in read_ts(path).items():
            old[ident] = message
            if message["finished"]:
                reuse.setdefault((ident[1], message["numerus"]), []).append((ident[0], message))
    return old, reuse


def wanted_files() -> tuple[dict[Path, str], list[str]]:
    by_area, problems = scan()
    files: dict[Path, str] = {}
    for language in TARGETS:
        old, reuse = _old_messages(language)
        for area, texts in by_area.items():
            files[translations_dir() / language / f"{area}.ts"] = render(
                language, texts, old, reuse
            )
    return files, problems


def out_of_step() -> tuple[list[str], list[str]]:
    """The .ts files that differ from what the code needs, and the code's problems."""
    files, problems = wanted_files()
    stale = [
        str(p)
        for p, text in files.items()
        if not p.exists() or p.read_text(encoding="utf-8") != text
    ]
    existing = {p for lang in TARGETS for p in (translations_dir() / lang).glob("*.ts")}
    stale += [f"{p} (no texts in the code)" for p in sorted(existing - set(files))]
    return stale, problems


def write() -> list[str]:
    files, problems = wanted_files()
    if problems:
        return problems
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for language in TARGETS:
        for path in (translations_dir() / language).glob("*.ts"):
            if path not in files:
                path.unlink()
    return []


def todo(area: str, out: Path) -> None:
    """The area's messages with every language's translation, for a translator to fill."""
    rows = []
    per_language: dict[str, dict] = {lang: {} for lang in TARGETS}
    for language in TARGETS:
        path = translations_dir() / language / f"{area}.ts"
        if path.exists():
            per_language[language] = read_ts(path)
    first = per_language[TARGETS[0]]
    for (context, message_key), message in first.items():
        row = {"context": context, "source": message["source"]}
        if message["comment"]:
            row["comment"] = message["comment"]
        if message["numerus"]:
            row["singular"] = message["singular"]
        for language in TARGETS:
            m = per_language[language].get((context, message_key))
            forms = list(m["forms"]) if m and m["finished"] else []
            row[language] = forms if message["numerus"] else (forms[0] if forms else "")
        rows.append(row)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def fill(source: Path) -> int:
    """Put a filled --todo file's translations into the .ts files; returns how many."""
    rows = json.loads(source.read_text(encoding="utf-8"))
    count = 0
    for language in TARGETS:
        for path in sorted((translations_dir() / language).glob("*.ts")):
            text = path.read_text(encoding="utf-8")
            messages = read_ts(path)
            changed = False
            for row in rows:
                ident = (row["context"], key(row["source"], row.get("comment", "")))
                value = row.get(language)
                if ident not in messages or not value:
                    continue
                forms = value if isinstance(value, list) else [value]
                if messages[ident]["numerus"] != isinstance(value, list):
                    continue  # a plural text takes a list of forms, a plain one a string
                messages[ident].update(forms=tuple(forms), finished=all(forms))
                changed = True
                count += 1
            if changed:
                texts = [
                    Text(ctx, m["source"], m["comment"], m["singular"])
                    for (ctx, _k), m in messages.items()
                ]
                new = render(language, texts, messages, {})
                if new != text:
                    path.write_text(new, encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if argv[:1] == ["--todo"] and len(argv) == 3:
        todo(argv[1], Path(argv[2]))
        return 0
    if argv[:1] == ["--fill"] and len(argv) == 2:
        print(f"{fill(Path(argv[1]))} translations filled")
        return 0
    if argv == ["--check"]:
        stale, problems = out_of_step()
        for line in problems + [f"not in step with the code: {s}" for s in stale]:
            print(line)
        if stale:
            print("run: make translations")
        return 1 if stale or problems else 0
    if argv:
        print(__doc__)
        return 2
    problems = write()
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
