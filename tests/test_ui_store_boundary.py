"""The UI is never handed a peewee model by the store: it reads plain values only.

import-linter keeps ``peewee`` and ``store.models`` out of every ui module's imports, but a
store function could still return a ``Contact`` and the UI would read a live ORM row (a
lazy foreign key is a query on attribute access; its errors are peewee's, not the
store's). This reads, with ``ast``, every store function, class and method a ui module
reaches (``store.x.f`` after ``from ...store import x``, or ``from ...store.x import f``,
imports inside functions included, re-exports followed) and the classes their return
types name, and fails when a return annotation or a field is missing or names a model.

Why annotations and not a run-time check: it covers every call the UI makes, tested
or not, runs in well under a second and needs no fixture in every UI test. What it trusts
is the annotations themselves: mypy cannot hold a store function to its annotation here,
because ``store/models.py`` gives the models an ``Any`` base (a ``Contact`` returned where
``ContactDetails`` is declared passes mypy). The store's own tests read what the functions
return.

Two allowances, kept narrow. A call whose result is dropped (a statement of its own) is
not checked: nothing of it is read (``open_database(path)``, ``followups.cancel(...)``).
A write that returns the model row it made (``create_contact``, ``create_followup``,
``add_category``) may be called as ``f(...).id``: the id is read in the same expression
and the row is dropped. Changing those writes to return ids would touch some 180 callers
outside the UI (the store, exchange, the demo, the tests) for no gain to the UI.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "followup_desktop"
STORE = PACKAGE / "store"
UI = PACKAGE / "ui"

#: Names that mean "an ORM object" in an annotation, besides the classes of models.py.
#: ``Any`` is one too: it would hide a model from this check.
ORM_WORDS = {"Model", "ModelSelect", "Select", "SelectQuery", "peewee", "pw", "Any"}


def _models() -> set[str]:
    tree = ast.parse((STORE / "models.py").read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


@dataclass
class _Module:
    defs: dict[str, ast.AST]  # top-level functions and classes by name
    imported: dict[str, tuple[str, str]]  # local name -> (store module, name) it re-exports


def _store_modules() -> dict[str, _Module]:
    found = {}
    for path in STORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defs: dict[str, ast.AST] = {}
        imported: dict[str, tuple[str, str]] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                defs[node.name] = node
            elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                for alias in node.names:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
        found[path.stem] = _Module(defs, imported)
    return found


def _resolve(modules: dict[str, _Module], module: str, name: str) -> tuple[str, ast.AST | None]:
    """The definition ``store.<module>.<name>`` stands for, following re-exports."""
    for _hop in range(10):
        mod = modules.get(module)
        if mod is None:
            return f"{module}.{name}", None
        if name in mod.defs:
            return f"{module}.{name}", mod.defs[name]
        if name not in mod.imported:
            return f"{module}.{name}", None
        module, name = mod.imported[name]
    raise AssertionError(f"re-exports of store.{module}.{name} go round in circles")


@dataclass
class _Use:
    where: str  # "ui/contacts/pane.py:179"
    module: str  # the store module
    name: str
    node: ast.AST  # the Attribute or Name that refers to it
    parents: dict[ast.AST, ast.AST]  # of its module's tree

    def _call_above(self) -> ast.AST | None:
        """What holds the result, when this is called (None: not called here)."""
        call = self.parents.get(self.node)
        if isinstance(call, ast.Call) and call.func is self.node:
            return self.parents.get(call)
        return None

    def result_dropped(self) -> bool:
        return isinstance(self._call_above(), ast.Expr)

    def only_id_read(self) -> bool:
        above = self._call_above()
        return isinstance(above, ast.Attribute) and above.attr == "id"


def _ui_uses() -> list[_Use]:
    """Every reference a ui module makes to a store module's attribute."""
    uses = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        modules: dict[str, str] = {}  # local name -> store module
        names: dict[str, tuple[str, str]] = {}  # local name -> (store module, name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            parts = node.module.split(".")
            if parts[0] == "followup_desktop":
                parts = parts[1:]
            if not parts or parts[0] != "store":
                continue
            for alias in node.names:
                local = alias.asname or alias.name
                if len(parts) == 1:
                    modules[local] = alias.name
                else:
                    names[local] = (parts[1], alias.name)
        where = str(path.relative_to(PACKAGE))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id in modules:
                    found = (modules[node.value.id], node.attr)
                else:
                    continue
            elif isinstance(node, ast.Name) and node.id in names:
                found = names[node.id]
            else:
                continue
            where_line = f"{where}:{node.lineno}"
            uses.append(_Use(where_line, *found, node, parents))
    return uses


def _words(annotation: ast.AST | None) -> set[str]:
    return set(re.findall(r"\w+", ast.unparse(annotation))) if annotation is not None else set()


def boundary_problems() -> list[str]:
    models = _models()
    orm = models | ORM_WORDS
    modules = _store_modules()
    problems: list[str] = []
    classes: list[tuple[str, str, str]] = []  # (store module, class name, why it is reached)

    def follow(module: str, words: set[str], why: str) -> None:
        mod = modules[module]
        for word in sorted(words):
            if word in mod.defs or word in mod.imported:
                target, node = _resolve(modules, module, word)
                if isinstance(node, ast.ClassDef):
                    classes.append((target.split(".")[0], node.name, why))

    for use in _ui_uses():
        if use.module == "models":
            problems.append(f"{use.where}: reads store.models.{use.name}")
            continue
        if use.module not in modules:
            continue
        target, node = _resolve(modules, use.module, use.name)
        home = target.split(".")[0]
        if isinstance(node, ast.ClassDef):
            classes.append((home, node.name, use.where))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            if use.result_dropped():
                continue  # called for what it does: nothing of its result is read
            if node.returns is None:
                problems.append(f"{use.where}: store.{target} has no return annotation")
                continue
            words = _words(node.returns)
            if words & orm:
                if not (words & models and use.only_id_read()):
                    problems.append(
                        f"{use.where}: store.{target} returns {ast.unparse(node.returns)}"
                    )
                continue
            follow(home, words, f"{use.where} via store.{target}")

    seen: set[tuple[str, str]] = set()
    while classes:
        module, name, why = classes.pop()
        if (module, name) in seen:
            continue
        seen.add((module, name))
        node = modules[module].defs[name]
        assert isinstance(node, ast.ClassDef)
        for item in node.body:
            if isinstance(item, ast.AnnAssign):
                annotation, what = item.annotation, ast.unparse(item.target)
            elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                if item.name.startswith("_"):
                    continue
                if item.returns is None:
                    problems.append(
                        f"store.{module}.{name}.{item.name} has no return annotation ({why})"
                    )
                    continue
                annotation, what = item.returns, f"{item.name}()"
            else:
                continue
            words = _words(annotation)
            if words & orm:
                problems.append(
                    f"store.{module}.{name}.{what} is {ast.unparse(annotation)} ({why})"
                )
            follow(module, words, why)
    return problems


def test_no_ui_module_is_handed_a_model_by_the_store():
    assert boundary_problems() == []
