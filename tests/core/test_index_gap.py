"""What a cancelled re-index leaves the index lacking (or holding) is listed by ``Indexer.gap``,
and re-indexing it in batches, one stopped midway and taken up again, mends the index in the
same session: every document found by its own word, nothing of the trash found."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.progress import CancelToken

COUNT = 12
SMALL_BUDGET = 20_000  # bytes of postings: a commit every few of these documents


def _word(number: int) -> str:
    return "qv" + "".join("bcdfghjklm"[int(d)] for d in str(number)) + "w"


def _files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for number in range(COUNT):
        body = " ".join(["talks", "harbour", "مفاوضات", "الميناء"] * (number + 4))
        path = folder / f"n{number:02d}.txt"
        path.write_text(f"Item {_word(number)}\n\n{body} {_word(number)}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _cancel_at(done_at: int) -> tuple[CancelToken, object]:
    token = CancelToken()

    def progress(done: int, _total: int, _title: str) -> None:
        if done == done_at:
            token.cancel()

    return token, progress


def _found(archive: Archive, number: int) -> list[int]:
    return [h.id for h in archive.search(_word(number)).hits]


def test_the_gap_of_a_cancelled_redo_is_indexed_in_batches_in_the_same_session(tmp_path: Path):
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        ids = [f.id for f in archive.import_paths(_files(tmp_path / "in")).imported]
        assert archive.indexer.gap() == []
        assert archive.annotations.journal.undo_last() is not None
        archive.indexer.memory_bytes = SMALL_BUDGET
        token, progress = _cancel_at(5)
        assert archive.annotations.journal.redo_last(progress=progress, cancel=token)  # type: ignore[arg-type]
        gap = archive.indexer.gap()
        assert 0 < len(gap) < COUNT and gap == sorted(gap)
        missed = [n for n, doc_id in enumerate(ids) if _found(archive, n) != [doc_id]]
        assert gap == [ids[n] for n in missed]  # exactly the documents searches miss
        assert check(archive).pending.unindexed == len(gap)  # check counts them as now
        archive.indexer.reindex(gap[:2])  # one batch, then the next stopped midway
        assert archive.indexer.gap() == gap[2:]
        token, progress = _cancel_at(1)
        archive.indexer.reindex(gap[2:], progress, token)  # type: ignore[arg-type]
        rest = archive.indexer.gap()
        assert 0 < len(rest) < len(gap) - 2 and set(rest) < set(gap[2:])
        archive.indexer.reindex(rest)  # taken up again from what is left
        assert archive.indexer.gap() == []
        for number, doc_id in enumerate(ids):
            assert _found(archive, number) == [doc_id]
        assert check(archive).consistent


def test_the_gap_of_a_cancelled_undo_holds_the_trashed_documents_still_indexed(tmp_path: Path):
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        ids = [f.id for f in archive.import_paths(_files(tmp_path / "in")).imported]
        token = CancelToken()
        token.cancel()  # before the first document leaves the index
        assert archive.annotations.journal.undo_last(cancel=token) is not None
        assert archive.count() == 0
        assert archive.indexer.gap() == sorted(ids)
        archive.indexer.reindex(archive.indexer.gap())
        assert archive.indexer.gap() == [] and archive.index.count() == 0
        assert archive.search("harbour").total == 0 and check(archive).consistent
