"""Salvage of really damaged archives: what can be read is kept, every original comes back."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from backup_samples import ANNOTATED, DOCS, KEPT, tree

from archiver.cli import main
from archiver.core import store
from archiver.core.archive import Archive
from archiver.core.backups.found import automatic_folder
from archiver.core.backups.rotation import automatic_backup
from archiver.core.errors import Invalid
from archiver.core.salvage import salvage
from archiver.core.salvage.pages import walk
from archiver.core.salvage.recovery import _shapes
from archiver.core.store import PAGE_SIZE, copying, identity

PAGE = PAGE_SIZE  # the whole pages of a new archive


def _zero_pages(db: Path) -> None:
    """Zero whole pages at several places in the middle of the file (a torn write, bad
    sectors), sparing the one page each of the mention and commitment tables, whose rows the
    page walk is then asked to bring back."""
    with sqlite3.connect(db) as reading:
        spared = {n for (n,) in reading.execute(
            "SELECT pageno FROM dbstat WHERE name IN ('mention', 'commitment')")}  # fmt: skip
    reading.close()
    pages = db.stat().st_size // PAGE
    chosen = [p for p in range(pages // 5, pages) if p + 1 not in spared]
    with db.open("r+b") as handle:
        for page in (chosen[0], chosen[len(chosen) // 6], chosen[len(chosen) // 3],
                     chosen[len(chosen) // 2]):  # fmt: skip
            handle.seek(page * PAGE)
            handle.write(bytes(PAGE))


def _truncate(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _schema_page(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.write(bytes(PAGE))


def _missing(db: Path) -> None:
    db.unlink()


@pytest.mark.parametrize(
    ("damage", "tool"),
    [(_zero_pages, "any"), (_zero_pages, "no sqlite3 program"), (_truncate, "any"),
     (_empty, "any"), (_schema_page, "any"), (_missing, "any")],
)  # fmt: skip
def test_every_document_comes_back_and_the_damaged_archive_is_only_read(
    filled: Path, tmp_path: Path, damage, tool: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    automatic_backup(filled, automatic_folder(filled), keep=3)  # the daily one, beside it
    if tool != "any":
        monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    damage(filled / "archive.sqlite3")
    before = tree(filled)
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert tree(filled) == before
    assert report.consistent, report.problems
    with Archive.open(tmp_path / "new") as new:
        assert new.count() == DOCS  # recovered rows, originals/ imported again, the backup
        assert new.search("Report").total == DOCS
    _every_record_has_a_uuid(tmp_path / "new")
    kept = report.tables.get("document", copying.Carried()).kept - len(report.damaged_documents)
    kept -= len(report.lost_documents)
    came_back = len(report.reimported.imported) + len(report.from_backup.imported)
    assert kept + came_back == DOCS
    if damage in (_empty, _missing):
        assert report.method == "nothing" and len(report.reimported.imported) == len(KEPT)
        assert len(report.from_backup.imported) == DOCS - len(KEPT)
    else:
        assert kept > 0
    if tool != "any" and damage is _zero_pages:
        assert report.method == "page walk" and "not installed" in report.notes[0]
        assert report.tables["mention"].kept > 0 and report.tables["commitment"].kept > 0


@pytest.mark.parametrize("damage", [_truncate, _missing])
def test_without_a_backup_the_plain_texts_whose_rows_are_lost_are_named_lost(
    filled: Path, tmp_path: Path, damage
) -> None:  # type: ignore[no-untyped-def]
    damage(filled / "archive.sqlite3")
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert report.consistent and not report.backup and not report.from_backup.imported
    assert any("no backup of this archive was found" in note for note in report.notes)
    with Archive.open(tmp_path / "new") as new:
        assert len(KEPT) <= new.count() < DOCS  # every file comes back; not every plain text
        if damage is _missing:
            assert new.count() == len(KEPT)


def test_a_backup_named_by_hand_is_used_and_one_that_is_none_is_refused(
    filled: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(["--archive", str(filled), "backup", str(tmp_path / "kept-elsewhere")]) == 0
    _missing(filled / "archive.sqlite3")
    with pytest.raises(Invalid, match="nowhere"):
        salvage(filled, tmp_path / "new", backup=tmp_path / "nowhere")
    assert not (tmp_path / "new").exists()
    capsys.readouterr()
    code = main(["salvage", str(filled), str(tmp_path / "new"), "--backup",
                 str(tmp_path / "kept-elsewhere"), "--json"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["backup"] == str(tmp_path / "kept-elsewhere")
    assert len(report["documents_from_backup"]) == DOCS - len(KEPT)
    with Archive.open(tmp_path / "new") as new:
        assert new.count() == DOCS


def _every_record_has_a_uuid(root: Path) -> None:
    db = sqlite3.connect(root / "archive.sqlite3")
    try:
        for table in identity.WITH_UUID:
            assert not db.execute(f"SELECT COUNT(*) FROM {table} WHERE uuid IS NULL").fetchone()[0]
    finally:
        db.close()


def _replica(root: Path) -> str | None:
    db = sqlite3.connect(root / "archive.sqlite3")
    try:
        return store.get_meta(db, identity.REPLICA)
    finally:
        db.close()


def test_an_intact_archive_is_carried_whole(filled: Path, tmp_path: Path) -> None:
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert report.method == "intact" and report.consistent
    assert not report.reimported.imported and not report.damaged_documents
    for table in ("document", "mention", "span", "commitment", "commitment_actor", "participant"):
        carried = report.tables[table]
        assert carried.kept == carried.found > 0, table
    with Archive.open(filled) as old, Archive.open(tmp_path / "new") as new:
        assert new.document_ids() == old.document_ids()
    assert _replica(tmp_path / "new") == _replica(filled) is not None  # the same copy, going on


def test_rows_naming_lost_records_are_dropped_and_counted(filled: Path, tmp_path: Path) -> None:
    db = sqlite3.connect(filled / "archive.sqlite3")
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("DELETE FROM participant WHERE name = 'Sweden'")  # as if its page were lost
    db.commit()
    db.close()
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert (
        report.tables["mention"].dangling == len(ANNOTATED) and report.tables["mention"].kept == 0
    )
    assert report.tables["commitment_actor"].dangling == len(ANNOTATED)
    assert report.consistent


def test_the_page_walk_reads_every_row_of_an_intact_file(filled: Path) -> None:
    """Overflow pages, WITHOUT ROWID tables, rowid aliases: the same rows SQLite reads."""
    walked = walk((filled / "archive.sqlite3").read_bytes(), b"", _shapes)
    assert walked.damaged_pages == walked.damaged_cells == walked.orphan_pages == 0
    rebuilt = sqlite3.connect(":memory:", isolation_level=None)
    assert not any(
        copying.rebuild(rebuilt, [(e.name, e.sql) for e in walked.tables], walked.records).values()
    )
    db = sqlite3.connect(filled / "archive.sqlite3")
    names = copying.table_names(db)
    assert names == copying.table_names(rebuilt)
    for table in names:
        ordered = f'SELECT * FROM "{table}" ORDER BY 1, 2'
        assert db.execute(ordered).fetchall() == rebuilt.execute(ordered).fetchall(), table
    assert (
        db.execute("SELECT * FROM sqlite_sequence ORDER BY 1").fetchall()
        == rebuilt.execute("SELECT * FROM sqlite_sequence ORDER BY 1").fetchall()
    )
    db.close()


def test_salvage_refuses_a_new_folder_that_is_not_empty(filled: Path, tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "mine.txt").write_text("x")
    with pytest.raises(Invalid, match="not an empty folder"):
        salvage(filled, tmp_path / "new")
    with pytest.raises(Invalid, match="inside"):
        salvage(filled, filled / "rescued")


def test_the_command_reports_as_json(filled: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _zero_pages(filled / "archive.sqlite3")
    code = main(["salvage", str(filled), str(tmp_path / "new"), "--json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0 and report["consistent"] and "Traceback" not in err
    assert {"method", "tables", "originals_reimported", "notes"} <= set(report)


def _recover_works() -> bool:
    program = shutil.which("sqlite3")
    if program is None:
        return False
    done = subprocess.run([program, ":memory:", ".recover"], capture_output=True, text=True)
    return done.returncode == 0 and "error" not in done.stderr.lower()


@pytest.mark.skipif(not _recover_works(), reason="this sqlite3 program has no working .recover")
def test_the_sqlite3_program_recovers_first(filled: Path, tmp_path: Path) -> None:
    _zero_pages(filled / "archive.sqlite3")
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert report.method == "sqlite3 .recover" and report.consistent


def test_a_document_whose_original_is_lost_is_kept_and_named(filled: Path, tmp_path: Path) -> None:
    with Archive.open(filled) as archive:
        archive.original_file(4).unlink()
    report = salvage(filled, tmp_path / "new", workers_count=1)
    assert report.missing_originals == [4] and not report.consistent
    assert "document #4: kept, but its original is lost" in report.lines()
