"""A large import killed late: what it reported stored stays stored and becomes findable, and
the next open indexes at most one commit interval (issue #14)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.search.index import SearchIndex
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM
from archiver.core.store import documents
from processes import Run
from samples import distinct_text

FILES = PARALLEL_INDEX_FROM + 100  # a batch the workers index
COMMIT_EVERY = 100  # the store commits with the index: at 900, 1,000 (90 %) and 1,100 files
KILL_AT = FILES * 9 // 10


def _word(n: int) -> str:
    """A word of its own for file ``n`` (letters only: the analysis keeps it whole)."""
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    word = ""
    while True:
        n, digit = divmod(n, len(letters))
        word += letters[digit]
        if not n:
            return "كلمة" + word


def _reported_stored(db_path: Path) -> set[int]:
    """Documents the import log says were stored, as far as the store has committed."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT document_id FROM import_log WHERE outcome = 'imported'")
        return {row[0] for row in rows}
    except sqlite3.OperationalError:  # not created yet
        return set()
    finally:
        db.close()


def test_a_kill_at_ninety_percent_loses_nothing_stored_and_reindexes_one_interval(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(FILES):
        text = f"{distinct_text(n, words=20)} {_word(n)}"
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    root = tmp_path / "archive"
    db_path = root / "archive.sqlite3"
    with Archive.open(root):
        pass  # created beforehand: the import's own start is all the test waits for
    run = Run("--archive", str(root), "import", "-r", str(folder), "--commit-every",
              str(COMMIT_EVERY), group=True)  # fmt: skip
    started = time.monotonic()
    reached = run.wait_until(lambda: len(_reported_stored(db_path)) >= KILL_AT, timeout=120)
    run.kill()
    print(f"killed after {time.monotonic() - started:.1f} s")
    assert reached, "the import ended before 90 % of it was stored"
    stored = _reported_stored(db_path)
    assert KILL_AT <= len(stored) < FILES
    index = SearchIndex(root / "index")
    behind = stored - index.doc_ids()  # what the next open has to index
    index.close()
    assert len(behind) <= COMMIT_EVERY
    started = time.monotonic()
    with Archive.open(root) as archive:
        print(f"opened in {time.monotonic() - started:.1f} s")
        assert stored <= documents.id_set(archive.db)
        assert archive.index.doc_ids() == documents.id_set(archive.db)
        by_id = {d: int(Path(archive.document(d).file_name).stem) for d in stored}
        for doc_id in sorted(behind)[:5] + sorted(stored - behind)[-5:]:
            assert [h.id for h in archive.search(_word(by_id[doc_id])).hits] == [doc_id]
