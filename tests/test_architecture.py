"""The shape of the code: one-way layers, no import cycles, one owner per table, small units.

The import graph is read from the source (AST), with imports inside functions counted (they
run too) and those under ``if TYPE_CHECKING:`` left out (they never run).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "archiver"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60

# Which layer may import which: gui -> services -> core <- cli; the entry point sits on top.
# render (drawing with QtGui/QtSvg, no window) sits on core, under both the CLI and the GUI.
LAYERS = {
    "core": {"core"},
    "render": {"render", "core"},
    "services": {"services", "core"},
    "gui": {"gui", "services", "core", "render"},
    "cli": {"cli", "core", "render"},
    "entry": {"entry", "cli", "gui", "services", "core", "render"},
}
ROOT = "archiver"  # the package itself (its version) is below every layer and imports none


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", "")
    return name == "TYPE_CHECKING"


def _run_time_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Import statements that run: everything but the body of ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


def _known(name: str) -> str | None:
    """The module of ours that ``name`` (a module or a name inside one) resolves to."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            here = module.split(".")
            if MODULES[module].name != "__init__.py":
                here.pop()
            here = here[: len(here) - node.level + 1]
            base = ".".join([*here, *([base] if base else [])])
        names = [f"{base}.{a.name}" for a in node.names]
    return {t for t in map(_known, names) if t and t != module}


def import_graph() -> dict[str, set[str]]:
    """Our module -> our modules it imports at run time."""
    graph = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets: set[str] = set()
        for node in _run_time_imports(tree):
            targets |= _targets(module, node)
        if path.name == "__init__.py":  # a package face importing its own parts is no cycle
            targets = {t for t in targets if not t.startswith(module + ".")}
        graph[module] = targets
    return graph


def _cycle_from(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the list of modules around it, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in sorted(graph):
        if state.get(start):
            continue
        path, stack = [start], [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            step = next(stack[-1], None)
            if step is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(step) == 1:
                return [*path[path.index(step) :], step]
            elif not state.get(step):
                state[step] = 1
                path.append(step)
                stack.append(iter(sorted(graph[step])))
    return None


def layer_of(module: str) -> str:
    """The layer a module belongs to (the package's top-level modules are the entry point)."""
    parts = module.split(".")
    if len(parts) == 1:
        return ROOT
    return parts[1] if parts[1] in LAYERS else "entry"


def test_the_graph_is_read_and_a_cycle_would_be_found() -> None:
    graph = import_graph()
    assert "archiver.core.archive" in graph["archiver.cli"] or any(
        "archiver.core.archive" in graph[m] for m in graph if m.startswith("archiver.cli.")
    )
    assert _cycle_from({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle_from({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_at_run_time() -> None:
    cycle = _cycle_from(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_imports_follow_the_layers() -> None:
    against = [
        f"{source} -> {target}"
        for source, targets in import_graph().items()
        for target in targets
        if layer_of(target) != ROOT and layer_of(target) not in LAYERS[layer_of(source)]
    ]
    assert not import_graph()[ROOT], "the package root imports nothing of its own"
    assert not against, "imports against the layers:\n" + "\n".join(sorted(against))


def test_modules_and_functions_stay_small() -> None:
    long_modules, long_functions = [], []
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > MAX_MODULE_LINES:
            long_modules.append(f"{module}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long_functions.append(f"{module}.{node.name}: {length} lines")
    assert not long_modules, long_modules
    assert not long_functions, long_functions


# -- SQL: one owner per table ---------------------------------------------------------------

STORE = "archiver.core.store"
SCHEMA_MODULES = {
    f"{STORE}.schema",
    f"{STORE}.schema_workbench",
    f"{STORE}.schema_scale",
    STORE,
}  # migrations create and alter every table
_WRITES = re.compile(r"\b(?:INTO|UPDATE|DELETE\s+FROM|TABLE)\s+\"?(\w+)")
_READS = re.compile(r"\b(?:FROM|JOIN)\s+\"?(\w+)")
_FROMS = re.compile(r"(?<!DELETE )\bFROM\s+\"?(\w+)")


def _tables() -> dict[str, str]:
    """Table -> the store module that declares it in its TABLES."""
    owners: dict[str, str] = {}
    for module in MODULES:
        if module.startswith(STORE + "."):
            for table in getattr(importlib.import_module(module), "TABLES", ()):
                assert table not in owners, f"{table} has two owners: {owners[table]}, {module}"
                owners[table] = module
    return owners


def _schema_tables() -> set[str]:
    from archiver.core import store
    from archiver.core.store import schema, schema_scale, schema_workbench

    scripts = [s for s in store.MIGRATIONS.values() if isinstance(s, str)]
    scripts += [
        v
        for module in (schema, schema_workbench, schema_scale)
        for k, v in vars(module).items()
        if k.lstrip("_").startswith("V") and isinstance(v, str)
    ]
    text = "\n".join(scripts)
    return set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", text))


def _strings(path: Path) -> list[str]:
    """Every string of a module, an f-string as one text with {} for its values; no docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
            found.append(
                "".join(
                    part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
                )
            )
    found += [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]
    return found


def _statement_problems(module: str, text: str, owners: dict[str, str], tables: set[str]) -> list:
    """Why this statement may not stand in this module (empty when it may)."""
    own = {t for t, m in owners.items() if m == module}
    written = set(_WRITES.findall(text)) & tables
    problems = [f"{module} writes {t}" for t in written if owners.get(t) != module]
    if not module.startswith(STORE + "."):
        return problems + [
            f"{module} reads {t}" for t in sorted(set(_READS.findall(text)) & tables)
        ]
    # In the store, a read may join other tables onto the module's own (a join is anchored on
    # a FROM of the module), and may select from another table beside its own (UNION, WITH).
    read = set(_FROMS.findall(text)) & tables
    if read - own and not read & own:
        problems += [f"{module} reads {t}" for t in sorted(read - own)]
    return problems


def test_owners_name_tables_of_the_schema() -> None:
    unknown = set(_tables()) - _schema_tables()
    assert not unknown, f"owned but not in the schema: {sorted(unknown)}"


def test_every_statement_on_a_table_is_issued_by_its_owner() -> None:
    owners, tables, strays = _tables(), _schema_tables(), []
    for module, path in MODULES.items():
        if module not in SCHEMA_MODULES:
            for text in _strings(path):
                strays += [f"{p}: {text.strip()[:70]!r}" for p in _statement_problems(
                    module, text, owners, tables)]  # fmt: skip
    assert not strays, "SQL outside its table's module:\n" + "\n".join(sorted(set(strays)))


@pytest.mark.parametrize(
    ("module", "text", "problems"),
    [
        ("archiver.core.annotations.x", 'SELECT id FROM "document"', ["reads document"]),
        ("archiver.core.store.tags", "INSERT INTO document(id) VALUES (1)", ["writes document"]),
        ("archiver.core.store.tags", "DELETE FROM tag WHERE id = 1", []),
        ("archiver.core.store.tags", "SELECT 1 FROM tag JOIN document d ON d.id = 1", []),
        ("archiver.core.store.tags", "SELECT 1 FROM document", ["reads document"]),
        ("archiver.core.store.tags", " LEFT JOIN document d ON d.id = t.id", []),
        ("archiver.gui.x", " LEFT JOIN document d ON d.id = t.id", ["reads document"]),
    ],
)
def test_the_sql_scan_sees_statements(module: str, text: str, problems: list[str]) -> None:
    owners = {"tag": "archiver.core.store.tags", "document": "archiver.core.store.documents"}
    found = _statement_problems(module, text, owners, {"tag", "document"})
    assert found == [f"{module} {p}" for p in problems]
