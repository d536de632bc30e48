"""A folder with originals but a missing or empty database is refused, never taken for a new archive."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_runner import run

from archiver.core.archive import Archive
from samples import ARTICLE_AR, ARTICLE_EN


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def imported(tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    """An archive holding two articles, closed."""
    root = tmp_path / "a"
    for name, text in (("ar.txt", ARTICLE_AR), ("en.txt", ARTICLE_EN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run(capsys, "--archive", str(root), "import", str(tmp_path / name))[0] == 0
    return root


@pytest.mark.parametrize("damage", ["empty", "missing"])
@pytest.mark.parametrize(
    "command", [["search", "السويد"], ["check", "--repair"], ["check"], ["show", "1"],
                ["import", "NEW"], ["reindex"], ["export", "documents"]],
)  # fmt: skip
def test_a_lost_database_is_refused_and_nothing_changes(
    imported: Path, tmp_path: Path, capsys, damage: str, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    db = imported / "archive.sqlite3"
    if damage == "empty":
        db.write_bytes(b"")  # what a sync conflict or an interrupted copy leaves
    else:
        db.unlink()
    (tmp_path / "new.txt").write_text(ARTICLE_EN + " more", encoding="utf-8")
    args = [str(tmp_path / "new.txt") if a == "NEW" else a for a in command]
    before = tree(imported)
    code, _out, err = run(capsys, "--archive", str(imported), *args)
    assert code == 1
    assert str(imported) in err and "backup" in err and "a search index" in err
    assert "Traceback" not in err
    assert tree(imported) == before  # nothing moved, recreated or emptied


def test_repair_keeps_originals_when_the_store_holds_no_documents(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "a"
    Archive.open(root).close()  # a new, empty archive
    stray = root / "originals" / "ab" / ("ab" + "0" * 62 + ".txt")
    stray.parent.mkdir()
    stray.write_text("an original whose row is gone")
    code, out, _ = run(capsys, "--archive", str(root), "check", "--repair", "--json")
    report = json.loads(out)
    assert code == 1 and not report["repaired"]
    assert any("not moved" in p for p in report["problems"])
    assert stray.exists() and not (root / "lost+found").exists()


def test_a_lost_database_names_the_automatic_backups_beside_it(imported: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (imported / "archive.sqlite3").unlink()
    auto = imported.parent / "a-backups" / "auto-20261203-050000"
    auto.mkdir(parents=True)
    (auto / "backup.json").write_text("{}", encoding="utf-8")
    code, _out, err = run(capsys, "--archive", str(imported), "search", "السويد")
    assert code == 1 and f"the automatic ones in {auto.parent.resolve()}" in err
