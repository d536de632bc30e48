"""A plain-text original is kept once: regenerated from the store, byte for byte, everywhere."""

from __future__ import annotations

import codecs
import hashlib
import sqlite3
from pathlib import Path

import pytest

from archiver.core import originals
from archiver.core.archive import Archive
from archiver.core.backups.making import make_backup
from archiver.core.backups.restoring import restore
from archiver.core.bundle import export, import_bundle
from archiver.core.check import check
from archiver.core.salvage import salvage
from archiver.core.store import documents
from archiver.core.sync.collect import collect

ARABIC = "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف.\r\nوقال الوزير إن الدعم سيستمر.\r\n"
ROUND_TRIPS = {
    "cp1256-crlf.txt": ARABIC.encode("cp1256"),
    "utf8-bom-crlf.txt": codecs.BOM_UTF8 + ARABIC.replace("الوزير", "المتحدث").encode(),
    "utf16-be-bom.txt": codecs.BOM_UTF16_BE + "Ministers met in London.\n".encode("utf-16-be"),
    "trailing-spaces.md": b"# Talks  \n\nThey met   \nin Geneva.\n\n\n",
    "no-final-newline.txt": b"The ceasefire held overnight.",
}


def _files(root: Path) -> list[Path]:
    return [p for p in (root / "originals").rglob("*") if p.is_file()]


def _bytes_of(archive: Archive) -> dict[str, bytes]:
    """Every document's original bytes, by SHA-256, as ``core.originals`` gives them."""
    return {o.file_sha256: originals.read(archive.root, archive.db, o)
            for o in documents.originals(archive.db)}  # fmt: skip


@pytest.fixture
def kept_once(archive: Archive, write) -> Archive:  # type: ignore[no-untyped-def]
    """An archive holding every ROUND_TRIPS file."""
    report = archive.import_paths([write(name, data) for name, data in ROUND_TRIPS.items()])
    assert not report.failed
    return archive


def _expected() -> dict[str, bytes]:
    return {hashlib.sha256(data).hexdigest(): data for data in ROUND_TRIPS.values()}


def test_text_files_keep_no_file_and_come_back_byte_for_byte(kept_once: Archive) -> None:
    assert _files(kept_once.root) == []
    assert _bytes_of(kept_once) == _expected()
    assert all(o.recipe for o in documents.originals(kept_once.db))
    assert check(kept_once).consistent


def test_the_file_a_viewer_opens_holds_the_bytes(kept_once: Archive) -> None:
    for doc_id in documents.ids(kept_once.db):
        sha = documents.original_of(kept_once.db, doc_id).file_sha256
        assert kept_once.original_file(doc_id).read_bytes() == _expected()[sha]


def test_a_file_that_does_not_round_trip_keeps_its_original(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    damaged = b"A damaged copy \xff of the statement on the ceasefire talks."
    archive.import_paths([write("damaged.txt", damaged)])
    (kept,) = documents.originals(archive.db)
    assert kept.recipe is None
    assert [p.read_bytes() for p in _files(archive.root)] == [damaged]
    assert originals.read(archive.root, archive.db, kept) == damaged


def test_a_regenerated_original_that_no_longer_matches_is_reported(kept_once: Archive) -> None:
    doc_id = documents.ids(kept_once.db)[0]
    with sqlite3.connect(kept_once.root / "archive.sqlite3") as db:
        recipe = '{"codec": "utf-8", "lead": "x", "newline": "\\n", "tail": "", "raw": false}'
        db.execute("UPDATE document SET original_recipe = ? WHERE id = ?", (recipe, doc_id))
    problems = check(kept_once).problems
    assert f"document {doc_id}: regenerated original does not match its checksum" in problems


def test_backup_and_restore_give_the_same_originals(kept_once: Archive, tmp_path: Path) -> None:
    report = make_backup(kept_once.root, tmp_path / "backups")
    assert (report.originals, report.regenerated) == (0, len(ROUND_TRIPS))
    restored = restore(report.folder, tmp_path / "restored")
    assert restored.consistent, restored.problems
    with Archive.open(tmp_path / "restored") as again:
        assert _bytes_of(again) == _expected()


def test_a_bundle_carries_the_bytes_and_the_other_archive_keeps_them_once(
    kept_once: Archive,
    tmp_path: Path,
    write,  # type: ignore[no-untyped-def]
) -> None:
    damaged = b"A damaged copy \xff of the statement on the ceasefire talks."
    kept_once.import_paths([write("damaged.txt", damaged)])
    export(kept_once, tmp_path / "b.zip")
    assert all(originals.RECIPE not in doc for doc in collect(kept_once).documents)
    with Archive.open(tmp_path / "other") as other:
        import_bundle(other, tmp_path / "b.zip")
        assert _bytes_of(other) == {**_expected(), hashlib.sha256(damaged).hexdigest(): damaged}
        assert [p.read_bytes() for p in _files(other.root)] == [damaged]
        assert check(other).consistent


def test_salvage_regenerates_what_the_kept_rows_hold(kept_once: Archive, tmp_path: Path) -> None:
    root = kept_once.root
    kept_once.close()
    report = salvage(root, tmp_path / "salvaged")
    assert (report.originals_regenerated, report.missing_originals) == (len(ROUND_TRIPS), [])
    with Archive.open(tmp_path / "salvaged") as again:
        assert _bytes_of(again) == _expected()


@pytest.mark.parametrize("data", [b"plain", b"caf\xc3\xa9\r\nline\rmixed\n", b"\xff\xfeA\x00"])
def test_a_recipe_is_given_only_when_the_bytes_come_back(data: bytes) -> None:
    from archiver.core.imports.text import extract_text

    ex = extract_text(Path("x.txt"), data)
    found = originals.recipe_for(data, ex.encoding, ex.text)
    assert found is not None
    assert originals.regenerate(found.recipe, found.raw_text, ex.text) == data
    assert originals.recipe_for(data, "utf-8 (1 bad byte replaced)", ex.text) is None
