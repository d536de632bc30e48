"""Each table's rows and columns are named only by its own store module.

The journaled writes (insert, delete, update with their inverse) are offered by the table
modules; nothing outside ``core/store`` passes a table's name to a function, and the
annotation domain names no table at all.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from archiver.core import store
from archiver.core.store import (
    changelog,
    collections,
    commitments,
    conflicts,
    documents,
    journal,
    memos,
    mentions,
    participants,
    saved_searches,
    suggestion_blocks,
    tags,
    uuid_aliases,
)

SRC = Path(__file__).resolve().parents[3] / "src" / "archiver"
STORE = SRC / "core" / "store"
ANNOTATIONS = SRC / "core" / "annotations"


def schema_tables() -> set[str]:
    """The tables the migrations create (scripts, and the scripts a function migration runs)."""
    from archiver.core.store import schema, schema_workbench

    scripts = [m for m in store.MIGRATIONS.values() if isinstance(m, str)]
    scripts += [
        v
        for module in (schema, schema_workbench)
        for k, v in vars(module).items()
        if k.startswith("_V") and isinstance(v, str)
    ]
    return {
        name for s in scripts for name in re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", s)
    }


ROW_CALLS = {"insert", "delete", "update", "select", "execute", "executemany", "executescript"}
SQL = re.compile(
    r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|SELECT\b.*\bFROM)\b"
)


def _shown(path: Path) -> str:
    return str(path.relative_to(SRC)) if path.is_relative_to(SRC) else path.name


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def table_names_passed(path: Path, tables: set[str], *, any_call: bool) -> list[str]:
    """``file:line 'table'`` for each table name given as an argument to a call.

    Unless ``any_call``, only calls that write or read rows count: a callee named like
    ``insert`` or ``execute``, or a call that is also given a dict (of columns).
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        if any_call or _callee(node) in ROW_CALLS or any(isinstance(a, ast.Dict) for a in args):
            found += [
                (a.lineno, f"{_shown(path)}:{a.lineno} {_callee(node)}({a.value!r})")
                for a in args
                if isinstance(a, ast.Constant) and a.value in tables
            ]
    return [hit for _, hit in sorted(found)]


def sql_text(path: Path) -> list[str]:
    """``file:line`` for each string that is (the start of) an SQL statement on a table."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{_shown(path)}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value)
    ]


SERVER_STORE = (SRC / "core" / "team" / "serverdb.py", SRC / "core" / "team" / "schema.py")
"""The team server's tables (PostgreSQL) have their own owner, and their schema."""


def outside_the_store() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py"))
            if not p.is_relative_to(STORE) and p not in SERVER_STORE]  # fmt: skip


def test_the_schema_is_read() -> None:
    assert {"participant", "mention", "span", "commitment", "tag", "document"} <= schema_tables()


def test_the_annotation_domain_passes_no_table_name() -> None:
    tables = schema_tables()
    found = [
        hit
        for path in sorted(ANNOTATIONS.rglob("*.py"))
        for hit in table_names_passed(path, tables, any_call=True)
    ]
    assert not found, "table names passed in core/annotations:\n" + "\n".join(found)


def test_no_rows_are_written_by_table_name_outside_the_store() -> None:
    tables = schema_tables()
    found = [
        hit
        for path in outside_the_store()
        for hit in table_names_passed(path, tables, any_call=False)
    ]
    assert not found, "table names passed outside core/store:\n" + "\n".join(found)


def test_no_sql_outside_the_store() -> None:
    found = [hit for path in outside_the_store() for hit in sql_text(path)]
    assert not found, "SQL statements outside core/store:\n" + "\n".join(found)


def test_the_checks_catch_a_generic_write(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    code = 'step.insert("mention", {"id": 1})\ndb.execute("DELETE FROM span WHERE id = ?", (1,))\n'
    probe.write_text(code, encoding="utf-8")
    assert table_names_passed(probe, schema_tables(), any_call=False) == [
        "probe.py:1 insert('mention')"
    ]
    assert sql_text(probe) == ["probe.py:2"]


def test_journaled_tables_are_those_of_their_modules() -> None:
    owned = (participants.TABLES + mentions.TABLES + commitments.TABLES + tags.TABLES
             + documents.TABLES + changelog.TABLES + conflicts.TABLES
             + uuid_aliases.TABLES + collections.TABLES + saved_searches.TABLES
             + suggestion_blocks.TABLES
             + memos.TABLES)  # fmt: skip
    assert frozenset(owned) == journal.JOURNALED
    assert len(set(owned)) == len(owned), "a table owned twice"
    assert set(owned) <= schema_tables()
