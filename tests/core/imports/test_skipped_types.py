"""A folder's files of types Archiver does not read are counted in the report, not dropped
without a word (hidden and system files aside); the CLI and the report dialog say so."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.cli import main
from archiver.gui.import_report import ImportReportDialog


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    (folder / "inner").mkdir(parents=True)
    (folder / "note.txt").write_text("تحالف الراغبين يجتمع في لندن.", encoding="utf-8")
    (folder / "notes.xyz").write_text("not a document type", encoding="utf-8")
    (folder / "inner" / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (folder / "inner" / "other.xyz").write_text("again", encoding="utf-8")
    (folder / "README").write_text("no extension", encoding="utf-8")
    (folder / ".hidden.xyz").write_text("hidden", encoding="utf-8")
    (folder / "Thumbs.db").write_bytes(b"\x00" * 16)
    return folder


def test_a_folder_import_counts_the_types_it_leaves(archive, tmp_path: Path) -> None:
    report = archive.import_paths([_folder(tmp_path)], recursive=True)
    assert len(report.imported) == 1 and not report.failed
    assert report.skipped_types == {".xyz": 2, ".mp4": 1, "": 1}  # not hidden, not Thumbs.db
    assert report.skipped_text() == ".xyz (2), .mp4 (1), no extension (1)"
    assert report.to_json()["skipped_types"] == {"": 1, ".mp4": 1, ".xyz": 2}


def test_a_file_named_on_its_own_is_refused_not_skipped(archive, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    report = archive.import_paths([folder / "notes.xyz"])
    assert report.skipped_types == {} and [f.code for f in report.failed] == ["unsupported_type"]


def test_the_cli_says_what_it_skipped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, root = _folder(tmp_path), str(tmp_path / "archive")
    assert main(["--archive", root, "import", "-r", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "skipped 4 file(s) of types not imported: .xyz (2), .mp4 (1), no extension (1)" in out
    main(["--archive", root, "import", "-r", str(folder), "--json"])
    assert json.loads(capsys.readouterr().out)["skipped_types"] == {"": 1, ".mp4": 1, ".xyz": 2}


def test_the_report_dialog_lists_the_types_left(archive, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    report = archive.import_paths([_folder(tmp_path)], recursive=True)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    details = dialog.details_html()
    assert "types Archiver does not read (4)" in details
    assert ".xyz" in details and "(2)" in details and "no extension" in details
    assert "SKIPPED\t.xyz\t2" in dialog.plain_text()
