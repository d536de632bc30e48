"""Band keys held until a transaction commits are found as candidates and written in full."""

from __future__ import annotations

from pathlib import Path

from archiver.core import store
from archiver.core.archive import Archive
from archiver.core.store import signatures
from archiver.core.text.dedupe import signature_of
from dedupe_texts import HARBOUR_AR, LIBRARY_EN, extraction_noise


def _bands(archive: Archive) -> set[tuple[int, int]]:
    return set(archive.db.execute("SELECT band, document_id FROM document_band"))


def _doc(archive: Archive, write, name: str, text: str) -> int:
    report = archive.import_paths([write(name, text)], keep_duplicates=True)
    return report.imported[0].id


def test_held_keys_are_candidates_and_are_written_as_added_at_once(tmp_path: Path, write) -> None:
    with Archive.open(tmp_path / "a") as archive:
        first = _doc(archive, write, "harbour.txt", HARBOUR_AR)
        second = _doc(archive, write, "library.txt", LIBRARY_EN)
        written = _bands(archive)
        # the same two signatures again, as another transaction holds them
        archive.db.execute("DELETE FROM document_band")
        held = signatures.BandBuffer()
        copy = signature_of(extraction_noise(HARBOUR_AR, seed=3))
        with store.transaction(archive.db):
            for doc_id, text in ((first, HARBOUR_AR), (second, LIBRARY_EN)):
                signatures.add(archive.db, doc_id, signature_of(text), held)
            assert _bands(archive) == set()  # nothing written yet
            found = signatures.likely_copy(archive.db, copy, held)
            assert found is not None and found[0] == first
            assert signatures.likely_copy(archive.db, copy) is None  # not in the table yet
            held.write(archive.db)
        assert _bands(archive) == written and not held.rows
        assert signatures.likely_copy(archive.db, copy)[0] == first  # type: ignore[index]


def test_keys_of_a_document_rolled_back_are_not_written(tmp_path: Path, write) -> None:
    with Archive.open(tmp_path / "a") as archive:
        first = _doc(archive, write, "harbour.txt", HARBOUR_AR)
        archive.db.execute("DELETE FROM document_band")
        archive.db.execute("DELETE FROM document_signature")  # signed again, and rolled back
        held = signatures.BandBuffer()
        with store.transaction(archive.db):
            try:
                with store.savepoint(archive.db, "one_file"):
                    signatures.add(archive.db, first, signature_of(HARBOUR_AR), held)
                    raise RuntimeError("the file failed after its signature")
            except RuntimeError:
                pass
            assert held.rows  # still held: the buffer knows nothing of the savepoint
            assert signatures.likely_copy(archive.db, signature_of(HARBOUR_AR), held) is None
            held.write(archive.db)
        assert _bands(archive) == set()
