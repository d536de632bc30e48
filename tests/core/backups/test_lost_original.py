"""A lost original comes back when the same file is imported again.

The files carry a stray byte, so their bytes cannot be written back from the stored text:
their originals are kept as files (a plain-text file that round-trips keeps none to lose).
"""

from __future__ import annotations

import json
from pathlib import Path

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.check import check
from samples import ARTICLE_EN

DAMAGED = ARTICLE_EN.encode("utf-8").replace(b" ", b" \xff ", 1)


def test_reimporting_the_same_file_restores_its_lost_original(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(DAMAGED)
    with Archive.open(tmp_path / "a") as archive:
        doc_id = archive.import_paths([source]).imported[0].id
        archive.original_file(doc_id).unlink()  # deleted from originals/ by accident
        assert not check(archive).consistent
        again = archive.import_paths([source])
        assert [(d.id, d.original_restored) for d in again.duplicates] == [(doc_id, True)]
        assert check(archive).consistent
        assert archive.original_file(doc_id).read_bytes() == source.read_bytes()
        third = archive.import_paths([source])  # present now: a plain duplicate
        assert [d.original_restored for d in third.duplicates] == [False]


def test_the_same_text_in_other_bytes_does_not_stand_in_for_the_original(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(DAMAGED)
    other = tmp_path / "crlf.txt"
    other.write_bytes(DAMAGED.replace(b"\n", b"\r\n"))
    with Archive.open(tmp_path / "a") as archive:
        doc_id = archive.import_paths([source]).imported[0].id
        archive.original_file(doc_id).unlink()
        again = archive.import_paths([other])
        assert [(d.id, d.original_restored) for d in again.duplicates] == [(doc_id, False)]
        assert not archive.original_file(doc_id).exists()


def test_the_command_says_the_original_was_restored(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "article.txt"
    source.write_bytes(DAMAGED)
    root = str(tmp_path / "a")
    assert main(["--archive", root, "import", str(source)]) == 0
    with Archive.open(root) as archive:
        archive.original_file(1).unlink()
    capsys.readouterr()
    assert main(["--archive", root, "import", str(source)]) == 0
    assert "original restored for #1" in capsys.readouterr().out
    archive_path = Path(root)
    assert next((archive_path / "originals").rglob("*.txt")).read_bytes() == source.read_bytes()
    assert main(["--archive", root, "import", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"][0]["original_restored"] is False
