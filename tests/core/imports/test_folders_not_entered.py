"""A folder's sub-folders: the CLI walks them as the app does, and one the walk leaves (the
named folders' own files only, a link out of the folder) is named in the report with what to
do, never dropped without a word (hidden folders and a saved page's resources aside)."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.cli import main
from archiver.core.imports import sources
from archiver.core.model import FolderNotEntered, NotEnteredReason
from archiver.gui.import_report import ImportReportDialog


def _folder(tmp_path: Path) -> Path:
    """top.txt; sub/a.txt, sub/deeper/b.txt; other/c.txt; a hidden folder; a page's resources."""
    folder = tmp_path / "sources"
    for name, text in [
        ("top.txt", "تقرير الكهرباء في المدينة"),
        ("sub/a.txt", "بيان وزارة المالية عن الموازنة"),
        ("sub/deeper/b.txt", "The ministry's statement on the budget"),
        ("other/c.txt", "مذكرة عن المساعدات الدولية"),
        (".cache/d.txt", "hidden copy"),
        ("page.html", "<html><body><p>صفحة محفوظة من موقع إخباري</p></body></html>"),
        ("page_files/frame.html", "<html><body><p>advert frame</p></body></html>"),
    ]:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _outside_link(folder: Path, tmp_path: Path) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.txt").write_text("not part of the sources", encoding="utf-8")
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    (folder / "inner-link").symlink_to(folder / "sub", target_is_directory=True)
    return folder / "linked"


def test_the_cli_walks_sub_folders_by_default_as_the_app_does(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, root = _folder(tmp_path), str(tmp_path / "archive")
    assert main(["--archive", root, "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "5 imported, 0 duplicates, 0 failed" in out
    assert "not entered" not in out  # hidden folders and a page's resources go unsaid


def test_top_only_says_how_many_sub_folders_and_files_it_left(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder, root = _folder(tmp_path), str(tmp_path / "archive")
    assert main(["--archive", root, "import", "--top-only", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2 imported" in out  # top.txt, page.html
    assert (
        "2 sub-folder(s) not entered (3 file(s) to import in them): import again without "
        "--top-only to include them"
    ) in out
    main(["--archive", str(tmp_path / "again"), "import", "--top-only", str(folder), "--json"])
    assert json.loads(capsys.readouterr().out)["not_entered"] == [
        {"path": str(folder / "other"), "reason": "top_only", "files": 1},
        {"path": str(folder / "sub"), "reason": "top_only", "files": 2},
    ]


def test_a_link_out_of_the_folder_is_named_a_link_inside_is_not(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    linked = _outside_link(folder, tmp_path)
    notes: list[FolderNotEntered] = []
    found, refused = sources.expand([folder], True, not_entered=notes)
    assert notes == [FolderNotEntered(str(linked), NotEnteredReason.LINK_OUTSIDE)]
    assert not refused and len(found) == 5  # sub's files once, not again through inner-link
    notes.clear()
    sources.expand([folder], False, not_entered=notes)
    assert [(Path(n.path).name, n.reason, n.files) for n in notes] == [
        ("linked", NotEnteredReason.LINK_OUTSIDE, 0),
        ("other", NotEnteredReason.TOP_ONLY, 1),
        ("sub", NotEnteredReason.TOP_ONLY, 2),
    ]


def test_the_cli_names_the_link_and_what_to_do(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    linked = _outside_link(folder, tmp_path)
    assert main(["--archive", str(tmp_path / "archive"), "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert (
        f"not entered  {linked}: a link to a folder outside the imported one (import that "
        "folder by its own path)"
    ) in out


def test_the_report_dialog_names_the_folders_not_entered(archive, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    _outside_link(folder, tmp_path)
    report = archive.import_paths([folder], recursive=True)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    details = dialog.details_html()
    assert "Folders not entered (1)" in details
    assert "a link to a folder outside the imported one: import that folder itself" in details
    assert f"NOT ENTERED\t{folder / 'linked'}\tlink_outside\t0" in dialog.plain_text()
    top = archive.import_paths([folder], recursive=False)
    dialog = ImportReportDialog(top)
    qtbot.addWidget(dialog)
    assert "a sub-folder with 2 files to import, not walked" in dialog.details_html()


def test_the_report_dialog_says_it_in_arabic(archive, tmp_path: Path, qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    _outside_link(folder, tmp_path)
    dialog = ImportReportDialog(archive.import_paths([folder], recursive=False))
    qtbot.addWidget(dialog)
    details = dialog.details_html()
    assert "مجلدات لم يُدخَل إليها (٣)" in details
    assert "Folders not entered" not in details and "a sub-folder" not in details
