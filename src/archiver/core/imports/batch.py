"""Import batches: walk paths, prepare files in workers, store each file whole or not at all."""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import store, workers
from archiver.core.disk import TIGHT_SPACE_BYTES, is_disk_full, low_on_space
from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import Prepared, prepare_safely, scratch
from archiver.core.imports.budget import FileBudget, IndexPacing, safe_in_process
from archiver.core.imports.files import copy_checked, shown
from archiver.core.imports.held import HeldFile, restore_lost_original, split_held
from archiver.core.imports.ocr import watch as ocr_watch
from archiver.core.imports.pending import PendingOriginals
from archiver.core.imports.pool import CHUNK, ImportPool, WorkerLost
from archiver.core.imports.rows import new_row
from archiver.core.imports.sources import DEFAULT_MAX_FILE_BYTES, expand
from archiver.core.model import (
    DuplicateFile,
    FailedFile,
    FolderNotEntered,
    ImportedFile,
    ImportReport,
)
from archiver.core.progress import CancelToken, Progress, no_progress
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM
from archiver.core.search.indexing import Indexer, record
from archiver.core.store import documents, import_log, signatures
from archiver.core.store.documents import NewDocument
from archiver.core.text import dedupe

if TYPE_CHECKING:
    from archiver.core.search.index.writing import IndexDoc, IndexWriter

Result = Prepared | FailedFile  # a prepared file, or why it failed (its path as given)

BATCH = 500  # files per store transaction


def import_paths(
    paths: Iterable[str | Path],
    *,
    indexer: Indexer,
    originals: Path,
    recursive: bool = False,
    password: str | None = None,
    keep_duplicates: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers_count: int | None = None,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    budget: FileBudget | None = None,
    pacing: IndexPacing | None = None,
) -> ImportReport:
    """Import every file under ``paths`` into the store, the ``originals`` folder and the index.

    Bad files are reported and the batch goes on; special files, symlinks out of a folder and
    files over ``max_file_bytes`` are refused unread; a file over the per-file ``budget``
    (time, memory) is stopped and fails with the reason. ``pacing``: how often the index
    commits and how much its writers hold.
    """
    pacing = pacing or IndexPacing()
    skipped: Counter[str] = Counter()
    not_entered: list[FolderNotEntered] = []
    files, refused = expand(paths, recursive, max_file_bytes, skipped, not_entered)
    report = ImportReport(
        files=len(files) + len(refused), skipped_types=dict(skipped), not_entered=not_entered
    )
    if cancel is not None and cancel.cancelled:  # cancelled before it started: start nothing
        report.cancelled = True
        return report
    scratch.remove_orphans()  # what workers killed in an earlier import left
    if not _signatures_backfilled(indexer.db, report):
        return report
    files, held = split_held(indexer.db, files)
    older = indexer.index.segment_count()  # the batch's own segments are merged at the end
    pool, prepared = _preparation(files, indexer, password, cancel, workers_count, budget, pacing)
    job = _Batch(indexer, originals, report, keep_duplicates, pool, pacing.commit_every)
    seen = 0
    try:
        seen = _feed(job, files, refused, prepared, progress or no_progress, cancel, held)
        job.finish()
    except Exception as exc:
        if not is_disk_full(exc):
            job.abort()
            raise
        job.stop_full()  # what the store committed stays, whole; the rest is not started
        report.disk_full = True
    except BaseException:
        job.abort()
        raise
    report.cancelled = bool(cancel and cancel.cancelled) and seen < len(files)
    if pool is not None and pool.indexes and not report.cancelled and not report.disk_full:
        (progress or no_progress)(len(files), len(files), TIDYING)
        report.segments_merged = _tidy(indexer, cancel, older)
    return report


TIDYING = "merging the search index's new segments"


def _signatures_backfilled(db: sqlite3.Connection, report: ImportReport) -> bool:
    """Sign the documents an older version stored unsigned; False when the disk is full (the
    batch stops before it starts)."""
    try:
        backfill_signatures(db)
    except sqlite3.Error as exc:
        if not is_disk_full(exc):
            raise
        report.disk_full = True
        return False
    return True


def _tidy(indexer: Indexer, cancel: CancelToken | None, since: int) -> int:
    """Merge the segments the batch's workers wrote (``SearchIndex.tidy``); 0 when it could
    not (a full disk, its process killed, whatever failed in it): every file of the batch is
    stored and indexed already, the index stays as it was, and the next import merges."""
    try:
        return indexer.index.tidy(cancel, since=since)
    except Exception:  # an optimisation that failed must not turn a whole import into one
        return 0


def _feed(job: _Batch, files: list[str], refused: list[FailedFile],
          prepared: Generator[Result, None, None], progress: Progress,
          cancel: CancelToken | None, held: list[HeldFile]) -> int:  # fmt: skip
    """Give the batch every refusal, the files held already (unread) and each prepared file
    in order; how many prepared files were seen."""
    seen, total = 0, len(held) + len(files)

    def ocr_page(path: str, done: int, pages: int) -> None:  # OCR in this process
        label = f"{shown(Path(path).name)}: OCR, page {min(done + 1, pages)} of {pages}"
        progress(len(held) + seen, total, label)

    for refusal in refused:
        job.take(-1, refusal)
    for known in held:
        job.take_held(known)
    with contextlib.closing(prepared), ocr_watch.watching(_stopped(cancel), ocr_page):
        try:
            for seen, result in enumerate(prepared, 1):
                job.take(seen - 1, result)
                progress(len(held) + seen, total, _label(result))
        except WorkerLost as exc:  # a worker failed (writing its index segment)
            lost = ImportFailure(
                FailureCode.WORKER_FAILED, f"not imported: a worker failed ({exc})", error=str(exc)
            )
            for path in files[seen:]:
                job.take(-1, FailedFile.of(path, lost))
    return seen


def backfill_signatures(db: sqlite3.Connection) -> int:
    """Give documents stored before near-duplicate signatures existed theirs, from their
    stored text (once: afterwards every document has one). Returns how many were added."""
    missing = signatures.missing(db)
    if missing:
        with store.transaction(db):
            for doc_id in missing:
                signatures.add(db, doc_id, dedupe.signature_of(documents.text_of(db, doc_id)))
    return len(missing)


def _preparation(
    files: list[str],
    indexer: Indexer,
    password: str | None,
    cancel: CancelToken | None,
    workers_count: int | None,
    budget: FileBudget | None,
    pacing: IndexPacing,
) -> tuple[ImportPool | None, Generator[Result, None, None]]:
    """The prepared files in order, and the pool preparing them if any.

    A few small text files are prepared here: nothing in them can hang or balloon. Anything
    else (a PDF, a large file, many files) goes to worker processes held to the per-file
    budget, which in large batches also index the kept files themselves.
    """
    count = workers_count or workers.default_workers()
    if len(files) >= PARALLEL_INDEX_FROM and count > 1:
        pool = ImportPool(count, indexer.index.folder, password, budget, pacing)
    elif len(files) < workers.IN_PROCESS_BELOW and safe_in_process(files):
        return None, _in_process(files, password, cancel)
    else:
        pool = ImportPool(min(count, -(-len(files) // CHUNK)), None, password, budget)
    return pool, pool.prepared(files, cancel)


def _in_process(
    files: list[str], password: str | None, cancel: CancelToken | None
) -> Generator[Result, None, None]:
    for path in files:
        if cancel is not None and cancel.cancelled:
            return
        yield prepare_safely(path, password)


def _stopped(cancel: CancelToken | None) -> Callable[[], bool]:
    return (lambda: cancel.cancelled) if cancel is not None else (lambda: False)


class _Batch:
    """Stores prepared files in transactions of BATCH files; the index commits after the store.

    The index writer stays open across store transactions and commits every ``commit_every``
    stored files (each commit adds a segment per writer): rows committed before a crash and
    not yet in the index, at most ``commit_every`` of them, are indexed by ``Indexer.sync``
    on the next open, so the index never holds an entry without its row.
    """

    def __init__(
        self,
        indexer: Indexer,
        originals: Path,
        report: ImportReport,
        keep_duplicates: bool,
        pool: ImportPool | None,
        commit_every: int,
    ) -> None:
        # With a pool, the workers index what is kept into segments of their own, which the
        # main process commits (each commit adds a segment per worker).
        self.pool = pool
        self.commit_every = commit_every
        self.indexer = indexer
        self.originals = originals
        self.db = indexer.db
        self.report = report
        self.keep_duplicates = keep_duplicates
        self.in_tx = self.next_id = self.unindexed = 0
        self.tx_start = 0  # report.imported entries before the open transaction's
        self.tx_files = BATCH  # files per store transaction
        self.pending = PendingOriginals(originals.parent)
        self.bands = signatures.BandBuffer()  # the open transaction's, written at its commit
        self.folders: set[Path] = set()
        self.new_files: list[Path] = []
        self.writer: IndexWriter | None = None
        self.pool_unindexed = False  # attachments stored in a pool batch: indexed at the end

    def take(self, seq: int, result: Result) -> None:
        """Store prepared file number ``seq`` (and its attachments), or log its failure."""
        if not isinstance(result, Prepared):
            self._log(result.path, "failed", None, result.reason)
            result.path = shown(result.path)
            self.report.failed.append(result)
            return
        doc = self._store_whole(result)
        if self.pool is not None and self.pool.indexes:
            if doc is None:
                self.pool.drop(seq)
            else:
                self.pool.keep(seq, doc)
        elif doc is not None:
            assert self.writer is not None
            self.writer.add_new(doc)
        self._take_attachments(result, doc)
        if self.in_tx >= self.tx_files or self.unindexed + self.in_tx >= self.commit_every:
            self._commit()

    def take_held(self, held: HeldFile) -> None:
        """Report a file whose bytes a document holds (its original put back if lost)."""
        self._begin()
        duplicate = DuplicateFile(shown(held.path), held.document, likely=False)
        self.report.duplicates.append(duplicate)
        reason = f"{duplicate.similarity:.3f}"
        if restore_lost_original(
            self.db, self.originals, held.document, Path(held.path), held.sha256, None
        ):
            duplicate.original_restored = True
            reason += "; original restored"
        self._log(held.path, "duplicate", held.document, reason)
        if self.in_tx >= self.tx_files:
            self._commit()

    def _take_attachments(self, item: Prepared, parent: IndexDoc | None) -> None:
        """Store a file's attachments (linked to it when it was stored), and theirs.

        In a pool batch their index records are no worker's to write: the rows are indexed
        from the store at the end of the batch.
        """
        for attachment in item.attachments:
            attachment.parent_id = parent.id if parent is not None else None
            doc = self._store_whole(attachment)
            if doc is not None and self.pool is not None and self.pool.indexes:
                self.pool_unindexed = True
            elif doc is not None:
                assert self.writer is not None
                self.writer.add_new(doc)
            self._take_attachments(attachment, doc)

    def _store_whole(self, item: Prepared) -> IndexDoc | None:
        """Store one prepared file whole or not at all; its index record, None if not stored."""
        self._begin()
        copied_before = len(self.new_files)
        try:
            with store.savepoint(self.db, "one_file"):
                return self._store(item)
        except Exception as exc:  # this file fails whole; the batch goes on
            for path in self.new_files[copied_before:]:
                path.unlink(missing_ok=True)
            del self.new_files[copied_before:]
            if is_disk_full(exc):
                raise  # the batch stops: no later file could be stored either
            failure = ImportFailure(
                FailureCode.NOT_STORED, f"could not be stored: {exc}", error=str(exc)
            )
            self.report.failed.append(FailedFile.of(shown(item.path), failure))
            self._log(item.path, "failed", None, failure.reason)
            return None

    def _begin(self) -> None:
        if self.writer is None:  # first: an index that cannot be written leaves no open BEGIN
            self.writer = self.indexer.index.writer()
        if self.in_tx == 0:
            # Near a full disk every file is committed alone: when the disk fills, the files
            # before it stay stored (a transaction the disk cannot hold is rolled back whole).
            self.tx_files = 1 if low_on_space(self.originals, TIGHT_SPACE_BYTES) else BATCH
            self.db.execute("BEGIN IMMEDIATE")
            self.bands.clear()  # of a transaction rolled back
            self.next_id = documents.next_id(self.db)
            self.tx_start = len(self.report.imported)
        self.in_tx += 1

    def _store(self, item: Prepared) -> IndexDoc | None:
        """Store one file; the index record to add for it, or None for a duplicate."""
        duplicate = self._duplicate_of(item)
        if duplicate is not None:
            self.report.duplicates.append(duplicate)
            outcome = "likely_duplicate" if duplicate.likely else "duplicate"
            reason = f"{duplicate.similarity:.3f}"
            if not duplicate.likely and restore_lost_original(
                self.db, self.originals, duplicate.id, Path(item.path), item.file_sha256, item.data
            ):
                duplicate.original_restored = True
                reason += "; original restored"
            self._log(item.path, outcome, duplicate.id, reason)
            return None
        self._place_original(item)
        new = self._new_row(item)
        documents.insert(self.db, new)
        signatures.add(self.db, new.id, item.signature, self.bands)
        self._log(item.path, "imported", new.id, "; ".join(item.extracted.warnings))
        streams = {"title": item.title_terms, "body": item.body_terms, "layout": item.layout_terms}
        self.report.imported.append(
            ImportedFile(shown(item.path), new.id, new.title, item.extracted.warnings)
        )
        return record(new.facts(), streams)

    def _place_original(self, item: Prepared) -> None:
        """Write the stored copy under its SHA-256 name (only the main process writes there).

        No stored document has these bytes (that would have made the file a duplicate), so a
        file already at that name was left by an interrupted import: it is overwritten. A
        file whose bytes the store regenerates (``core.originals``) is not written at all, and
        such a leftover is removed.
        """
        original = self.originals / item.stored_name
        if item.original_recipe is not None:
            original.unlink(missing_ok=True)
            return
        if original.parent not in self.folders:
            original.parent.mkdir(parents=True, exist_ok=True)
            self.folders.add(original.parent)
        self.pending.add(item.stored_name)  # before the copy: a kill leaves it named
        self.new_files.append(original)
        # A leftover at this name may be a hard link a backup shares: never write through it.
        original.unlink(missing_ok=True)
        if item.data is not None:
            original.write_bytes(item.data)
            item.data = None
        else:
            copy_checked(Path(item.path), original, item.file_sha256)

    def _duplicate_of(self, item: Prepared) -> DuplicateFile | None:
        same = documents.same_file_or_text(self.db, item.file_sha256, item.text_sha256)
        if same is not None:
            return DuplicateFile(shown(item.path), same, likely=False)
        if self.keep_duplicates:
            return None
        return self._near_duplicate(item)

    def _near_duplicate(self, item: Prepared) -> DuplicateFile | None:
        found = signatures.likely_copy(self.db, item.signature, self.bands)
        if found is None:
            return None
        doc_id, similarity = found
        return DuplicateFile(shown(item.path), doc_id, likely=True, similarity=similarity)

    def _new_row(self, item: Prepared) -> NewDocument:
        """The row of a file that is kept, with the next id."""
        doc_id, self.next_id = self.next_id, self.next_id + 1
        return new_row(item, doc_id)

    def _log(self, path: str, outcome: str, doc_id: int | None, reason: str) -> None:
        import_log.record(self.db, shown(path), outcome, doc_id, reason)

    def _commit(self, final: bool = False) -> None:
        indexing_pool = self.pool is not None and self.pool.indexes
        if final and self.pool is not None:
            self.pool.end()  # the workers write their segments while the store commits
        if self.in_tx:
            documents.remember_last_id(self.db, self.next_id - 1)
            self.bands.write(self.db)
            self.db.execute("COMMIT")  # the store first: no index entry without its row
            self.pending.clear()
            self.unindexed += self.in_tx
            self.in_tx, self.new_files = 0, []
        due = final or self.unindexed >= self.commit_every
        if final and self.pool is not None:
            segments = self.pool.finish()
            self.pool = None
            if indexing_pool:  # (the writer of the last interval may not be open yet)
                (self.writer or self.indexer.index.writer()).commit_with(segments)
                self.writer, self.unindexed = None, 0
        elif indexing_pool and due and self.writer is not None:
            assert self.pool is not None  # every kept file so far is in the store: index them
            self.writer.commit_with(self.pool.flush(), clean=False)
            self.writer, self.unindexed = None, 0  # the next file opens the next writer
        if not indexing_pool and self.writer is not None and due:
            self.writer.commit()
            self.writer, self.unindexed = None, 0

    def finish(self) -> None:
        """Commit what is pending."""
        pool = self.pool
        self._commit(final=True)
        if pool is not None and (pool.lost or self.pool_unindexed):
            self.indexer.sync()  # documents stored but not in a worker's segment

    def abort(self) -> None:
        """Undo the open transaction, remove originals copied for it, re-sync the index."""
        if self.in_tx:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            for path in self.new_files:
                path.unlink(missing_ok=True)
        self.pending.clear()
        if self.pool is not None:
            self.pool.cancel()
            self.pool = None
        if self.writer is not None:
            self.writer.cancel()
        self.writer, self.in_tx, self.new_files = None, 0, []
        if self.unindexed:
            self.indexer.sync()

    def stop_full(self) -> None:
        """The disk is full: commit what the store still can, remove the copies of what it
        cannot, leave no half-written index files; the next open indexes what is left."""
        pooled = self.pool is not None
        if self.pool is not None:
            self.pool.cancel()
            self.pool = None
        kept = False
        if self.in_tx and self.db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                documents.remember_last_id(self.db, self.next_id - 1)
                self.bands.write(self.db)
                self.db.execute("COMMIT")
                kept = True
        if self.in_tx and not kept:
            with contextlib.suppress(sqlite3.Error):
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
            for path in self.new_files:
                path.unlink(missing_ok=True)
            del self.report.imported[self.tx_start :]
        self.unindexed += self.in_tx if kept else 0
        self.in_tx, self.new_files = 0, []
        self.pending.clear()
        writer, self.writer = self.writer, None
        if writer is not None and kept and not pooled:
            try:
                writer.commit()
                self.unindexed = 0
            except Exception:
                writer.cancel()  # its segment files go with it
        elif writer is not None:  # it holds entries of rows rolled back, or the pool's lock
            writer.cancel()
        if self.unindexed:
            with contextlib.suppress(Exception):  # no room: the next open indexes them
                self.indexer.sync()
                self.unindexed = 0
        if self.unindexed:  # counted again: duplicates and failures were among the files
            with contextlib.suppress(Exception):
                self.unindexed = documents.count(self.db) - self.indexer.index.count()
        self.report.unindexed = max(0, self.unindexed)


def _label(result: Result) -> str:
    return shown(result.path)
