"""Large imports: workers prepare files and index the kept ones into segments of their own."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.imports.budget import IndexPacing
from archiver.core.progress import CancelToken
from archiver.core.search.index import SearchIndex
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM
from archiver.core.store import documents
from samples import distinct_text

FILES = PARALLEL_INDEX_FROM + 100


def _text(seed: int) -> str:
    return distinct_text(seed, words=40) + f" رقم{seed}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """FILES article files; number 7 appears twice (the second a duplicate), one is empty."""
    folder = tmp_path_factory.mktemp("corpus")
    files = []
    for n in range(FILES):
        path = folder / f"{n:05d}.txt"
        path.write_text(_text(7 if n == 900 else n), encoding="utf-8")
        files.append(path)
    files[500].write_bytes(b"")
    return files


def _indexed_ids(archive: Archive) -> set[int]:
    return archive.index.doc_ids()


def _stored_ids(archive: Archive) -> set[int]:
    return documents.id_set(archive.db)


def test_a_large_batch_is_stored_and_indexed_by_the_workers(tmp_path: Path, corpus) -> None:
    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths(corpus, workers_count=2)
        assert len(report.imported) == FILES - 2
        assert [Path(d.path).name for d in report.duplicates] == ["00900.txt"]
        assert report.duplicates[0].id == report.imported[7].id  # the first of twins is kept
        assert [(Path(f.path).name, f.reason) for f in report.failed] == [
            ("00500.txt", "empty file")
        ]
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert archive.search("رقم1042").total == 1
        assert archive.search("وثيقة").total == FILES - 2
        assert check(archive).consistent
        ix = whoosh_index.open_dir(str(archive.root / "index"))
        assert report.segments_merged == 2  # one per worker, merged at the end of the batch
        assert len(ix._segments()) == 1
        ix.close()
        # a second large batch adds its segments beside the first ones
        again = archive.import_paths(corpus, workers_count=2)
        assert not again.imported and len(again.duplicates) == FILES - 1
        assert archive.search("وثيقة").total == FILES - 2
        archive.indexer.rebuild()  # a sub-writer per core, their segments merged at the end
        assert archive.index.segment_count() == 1
        assert archive.search("وثيقة").total == FILES - 2


def test_a_large_batch_commits_every_interval_and_writes_segments_past_its_memory(
    tmp_path: Path, corpus
) -> None:
    seen_indexed = []

    def progress(done: int, total: int, label: str) -> None:
        if done == 1050:  # the store and the index committed at 500 and 1,000 files
            index = SearchIndex(tmp_path / "a" / "index")
            seen_indexed.append(index.count())
            index.close()

    pacing = IndexPacing(commit_every=500, memory_bytes=1 << 20)  # 0.5 MB a worker
    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths(corpus, workers_count=2, progress=progress, pacing=pacing)
        assert len(report.imported) == FILES - 2
        assert seen_indexed and seen_indexed[0] >= 990
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert archive.search("وثيقة").total == FILES - 2
        assert archive.search("رقم1042").total == 1
        assert check(archive).consistent
        ix = whoosh_index.open_dir(str(archive.root / "index"))
        listed = {segment.segment_id() for segment in ix._segments()}
        ix.close()
        # three commits of a segment a worker, and more, merged at the end of the batch
        assert report.segments_merged > 3 * 2 and len(listed) == 1
        files = {p.name.split(".")[0] for p in (archive.root / "index").glob("MAIN_*.*")}
        assert files == listed  # no files of segments the index does not list


def test_cancelling_a_large_batch_keeps_store_and_index_together(tmp_path: Path, corpus) -> None:
    token = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if done == 700:
            token.cancel()

    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths(corpus, workers_count=2, progress=progress, cancel=token)
        assert report.cancelled and 690 <= len(report.imported) < FILES - 2
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert check(archive).consistent


def test_an_interrupted_large_batch_keeps_what_the_store_committed(tmp_path: Path, corpus) -> None:
    def progress(done: int, total: int, label: str) -> None:
        if done == 800:
            raise KeyboardInterrupt

    with Archive.open(tmp_path / "a") as archive:
        with pytest.raises(KeyboardInterrupt):
            archive.import_paths(corpus, workers_count=2, progress=progress)
        assert 0 < archive.count() < 800
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert check(archive).consistent
    assert not multiprocessing.active_children()


def test_a_worker_that_dies_is_replaced_and_its_documents_are_indexed(
    tmp_path: Path, corpus
) -> None:
    def progress(done: int, total: int, label: str) -> None:
        if done == 300:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)  # as the kernel does when memory runs out

    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths(corpus, workers_count=2, progress=progress)
        # only the file it was reading (if any) fails; a new worker takes over its share
        stopped = [f for f in report.failed if f.reason != "empty file"]
        assert len(stopped) <= 1 and all("worker process stopped" in f.reason for f in stopped)
        assert len(report.imported) == FILES - 2 - len(stopped)
        assert len(report.imported) + len(report.failed) + len(report.duplicates) == FILES
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert check(archive).consistent


def test_a_rebuild_whose_index_process_dies_fails_instead_of_hanging(
    tmp_path: Path, corpus
) -> None:
    from whoosh.writing import IndexingError

    def progress(done: int, total: int, label: str) -> None:
        if done == 600:
            writers = [c for c in multiprocessing.active_children() if "SpawnTask" in c.name]
            os.kill(writers[0].pid, signal.SIGKILL)

    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths(corpus, workers_count=2)
        with pytest.raises(IndexingError, match="sub-process stopped"):
            archive.indexer.rebuild(progress)
        archive.indexer.sync()  # what the next open does
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert check(archive).consistent


def test_an_emails_attachment_in_a_large_batch_is_stored_linked_and_indexed(
    tmp_path: Path, corpus
) -> None:
    import format_fixtures as ff

    pdf = Path(__file__).resolve().parents[2] / "fixtures" / "pdf" / "lo_amiri.pdf"
    mail = ff.write_eml(tmp_path / "plan.eml", pdf)
    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths([mail, *corpus], workers_count=2)
        assert len(report.imported) == FILES - 2 + 2
        mail_doc, attached = (archive.document(f.id) for f in report.imported[:2])
        assert (mail_doc.kind, attached.kind) == ("email", "pdf")
        assert attached.parent_document == mail_doc.id
        assert _indexed_ids(archive) == _stored_ids(archive)
        assert attached.id in {h.id for h in archive.search("kind:pdf", limit=5).hits}
        assert check(archive).consistent
