"""The backup, restore and salvage commands: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.core.archive import Archive

TEXT = "Allies discuss air defence\n\nMinisters met in London on Thursday to discuss a ceasefire."


def test_backup_then_restore(run, doc: int, tmp_path: Path) -> None:
    code, out, err = run("backup", str(tmp_path / "b"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["documents"] == 1 and report["missing_originals"] == []
    assert report["regenerated"] == 1 and report["linked"] == 0  # a plain text keeps no file
    code, out, _ = run("restore", str(tmp_path / "b"), str(tmp_path / "r"))
    assert code == 0 and "restored 1 documents" in out and "check: consistent" in out
    code, out, _ = run("restore", str(tmp_path / "b"), str(tmp_path / "r"), "--json")
    assert code == 1 and out == ""


def test_errors_are_one_line_naming_the_reason(run, doc: int, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x").write_text("x")
    for argv, words in (
        (("backup", str(tmp_path / "taken")), "not an empty folder"),
        (("restore", str(tmp_path / "taken"), str(tmp_path / "r")), "has no backup.json"),
        (("restore", str(tmp_path / "taken")), "needs the new archive folder"),
        (("salvage", str(tmp_path / "nothing"), str(tmp_path / "new")), "not an archive folder"),
    ):
        code, _out, err = run(*argv)
        assert code == 1 and words in err and "Traceback" not in err, (argv, err)
        assert err.count("\n") == 1


def test_backup_of_a_folder_without_an_archive(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from archiver.cli import main

    code = main(["--archive", str(tmp_path / "none"), "backup", str(tmp_path / "b")])
    assert code == 1 and "no archive" in capsys.readouterr().err
    assert not (tmp_path / "none").exists() and not (tmp_path / "b").exists()


def test_restore_originals_only(run, tmp_path: Path) -> None:
    path = tmp_path / "2025-07-09-damaged.txt"  # a stray byte: its original is kept as a file
    path.write_bytes(TEXT.encode("utf-8").replace(b" ", b" \xff ", 1))
    code, out, _ = run("import", str(path), "--json")
    doc = int(json.loads(out)["imported"][0]["id"])
    assert run("backup", str(tmp_path / "b"))[0] == 0
    with Archive.open(tmp_path / "archive") as archive:
        archive.original_file(doc).unlink()
    code, out, _ = run("restore", "--originals-only", str(tmp_path / "b"))
    assert code == 0 and f"original restored for #{doc}" in out
    assert run("check")[0] == 0
