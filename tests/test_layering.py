"""The arrows point one way: core and the CLI never load Qt (the CLI's PNG export aside, through
``archiver.render``); core never imports upward."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "archiver"


@pytest.mark.parametrize(
    "module",
    ["archiver.core", "archiver.cli", "archiver.core.archive", "archiver.core.search.index"],
)
def test_module_loads_no_qt(module: str) -> None:
    code = f"import sys, {module}; import archiver.cli as c; c.build_parser(); print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("core", ("PySide6", "archiver.gui", "archiver.services", "archiver.cli")),
        ("services", ("archiver.gui", "PySide6.QtWidgets")),
        ("render", ("archiver.gui", "archiver.services", "archiver.cli", "PySide6.QtWidgets")),
    ],
)
def test_packages_do_not_import_upward(package: str, forbidden: tuple[str, ...]) -> None:
    for path in (SRC / package).rglob("*.py"):
        bad = {name for name in imports_of(path) if name.startswith(forbidden)}
        assert not bad, f"{path.relative_to(SRC)} imports {sorted(bad)}"


def test_whoosh_stays_inside_the_index_package() -> None:
    index_package = SRC / "core" / "search" / "index"
    for path in SRC.rglob("*.py"):
        if path.is_relative_to(index_package):
            continue
        assert not {n for n in imports_of(path) if n.startswith("whoosh")}, path


def test_the_postgresql_driver_stays_inside_the_team_package() -> None:
    team_package = SRC / "core" / "team"
    for path in SRC.rglob("*.py"):
        if path.is_relative_to(team_package):
            continue
        assert not {n for n in imports_of(path) if n.startswith("psycopg")}, path


def test_the_cli_loads_qt_for_a_png_only_and_never_its_widgets(tmp_path: Path) -> None:
    from archiver.core.archive import Archive

    Archive.open(tmp_path / "a").close()
    out = tmp_path / "t.png"
    code = (
        "import sys; from archiver.cli import main; "
        f"rc = main(['--archive', {str(tmp_path / 'a')!r}, 'export', 'timeline', '--format', "
        f"'png', '-o', {str(out)!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.startswith('PySide6.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rc, modules = done.stdout.strip().split(" ", 1)
    assert rc == "0" and out.read_bytes().startswith(b"\x89PNG")
    assert "PySide6.QtSvg" in modules and "QtWidgets" not in modules
