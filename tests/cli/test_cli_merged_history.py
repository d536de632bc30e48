"""The history command names the changes merged from another copy, with their author."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.sync.collect import collect
from archiver.core.sync.merge import merge
from sync_copies import originals_of


def test_history_marks_merged_changes_with_their_author_and_copy(tmp_path: Path, capsys):
    (tmp_path / "talks.txt").write_text("France and Sweden offered to monitor a ceasefire.")
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        a.import_paths([tmp_path / "talks.txt"])
        a.annotations.participants.add("Quartet", kind="coalition")
        replica = a.db.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
        merge(b, collect(a), originals_of(a))
    assert main(["--archive", str(tmp_path / "B"), "history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "bashir" in lines[0] and "merge of 2 changes from another copy" in lines[0]
    assert "amal" in lines[1] and "add participant Quartet" in lines[1]
    assert f"[merged from copy {replica[:8]}]" in lines[1]
    assert main(["--archive", str(tmp_path / "B"), "history", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["author"], e["merged_from"]) for e in entries] == [
        ("bashir", None),
        ("amal", replica),
        ("amal", replica),
    ]


@pytest.fixture(autouse=True)
def _no_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARCHIVER_USER", raising=False)
