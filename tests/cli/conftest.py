"""Fixtures of the CLI tests: a command runner on a fresh archive, and one imported article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.cli import main


@pytest.fixture()
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """``run(*argv)`` -> (exit code, stdout, stderr) on an archive in tmp_path."""
    root = str(tmp_path / "archive")

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = main(["--archive", root, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture()
def doc(run, tmp_path: Path, request: pytest.FixtureRequest) -> int:
    """The id of the test module's TEXT, imported as a dated article."""
    path = tmp_path / "2025-07-09-coalition.txt"
    path.write_text(request.module.TEXT, encoding="utf-8")
    code, out, _ = run("import", str(path), "--json")
    assert code == 0
    return int(json.loads(out)["imported"][0]["id"])
