"""Keeping the index in step with the store: a record from stored facts and keywords,
re-indexing some documents, rebuilding everything, and syncing after a crash."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator

from archiver.core import workers
from archiver.core.errors import IndexDamaged
from archiver.core.imports.budget import DEFAULT_INDEX_MEMORY_BYTES
from archiver.core.progress import CancelToken, Progress, no_progress
from archiver.core.search.index import SearchIndex
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM, IndexDoc, IndexWriter
from archiver.core.store import documents
from archiver.core.store.documents import IndexFacts
from archiver.core.text import arabic

_log = logging.getLogger(__name__)
Streams = dict[str, tuple[str, str]]  # field -> (body stream, exact stream)
Keywords = Callable[[int], dict[str, list[str]]]  # doc id -> keyword field -> values
Job = tuple[int, str, str, str]  # (id, title, text, alt_text) for a worker to analyse
READ_BATCH = 500  # rows read from the store at a time by a re-index (their texts held)


def analyse(job: Job) -> tuple[int, Streams]:
    """Index streams of one stored document (runs in worker processes)."""
    doc_id, title, text, alt_text = job
    return doc_id, {
        "title": arabic.index_terms(title),
        "body": arabic.index_terms(text),
        "layout": arabic.index_terms(alt_text),
    }


def record(
    facts: IndexFacts, streams: Streams, keywords: dict[str, list[str]] | None = None
) -> IndexDoc:
    """The index record of a document: its facts, analysed text fields and keyword fields.

    A new document has no annotations yet: its ``keywords`` are left out.
    """
    return IndexDoc(
        id=facts.id,
        title=streams["title"],
        body=streams["body"],
        layout=streams["layout"],
        source=" ".join(filter(None, (facts.source, facts.file_name))),
        lang=facts.language,
        kind=facts.kind,
        published=facts.published,
        imported=facts.imported_at,
        **(keywords or {}),
    )


class Indexer:
    """Writes stored documents to the index; ``keywords`` gives a document's keyword fields."""

    def __init__(self, db: sqlite3.Connection, index: SearchIndex, keywords: Keywords) -> None:
        self.db = db
        self.index = index
        self.keywords = keywords
        self.rebuilt_damaged = ""  # why ensure() rebuilt a damaged index, if it did
        self.memory_bytes = DEFAULT_INDEX_MEMORY_BYTES  # postings held before a commit

    def reindex(
        self,
        ids: Iterable[int] | None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        fresh: bool = False,
    ) -> int:
        """Analyse documents (all with None) in worker processes and write them to the index.

        Ids asked for that have no row any more are removed from the index; ``fresh`` (an
        empty index) adds without looking for entries to replace. Returns the count written.
        Without ``fresh`` the documents are read a batch at a time and the index committed
        whenever its writer holds ``memory_bytes`` of postings, so memory stays bounded
        whatever their number; a cancel commits what was written (the store holds those rows
        already) and the next open indexes the rest (``sync``).
        """
        if not fresh:
            wanted = sorted(documents.id_set(self.db)) if ids is None else list(ids)
            return self._update(wanted, progress or no_progress, cancel)
        progress = progress or no_progress
        rows = {
            r.facts.id: r for r in documents.indexable(self.db, None if ids is None else list(ids))
        }
        jobs = [(i, r.facts.title, r.text, r.alt_text) for i, r in rows.items()]
        parallel = len(jobs) >= PARALLEL_INDEX_FROM
        writer = self.index.writer(workers.default_workers() if parallel else 1)
        done = 0
        try:
            analysed = workers.run_all(
                analyse, jobs, count=len(jobs), cancel=cancel,
                initializer=arabic.set_archive_names, initargs=(arabic.archive_names(),),
            )  # fmt: skip
            for done, (doc_id, streams) in enumerate(analysed, 1):
                facts = rows[doc_id].facts
                writer.add_new(record(facts, streams, self.keywords(doc_id)))
                progress(done, len(jobs), facts.title)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        if parallel:  # a segment per sub-writer, however the jobs fell between them: merged
            self._tidy(cancel, since=0)
        return done

    def _update(self, wanted: list[int], progress: Progress, cancel: CancelToken | None) -> int:
        """Replace (or remove) these documents' entries, a batch of rows at a time."""
        writer = PacedWriter(self.index, self.memory_bytes)
        facts: dict[int, IndexFacts] = {}  # of the documents being analysed
        total, seen, done = len(wanted), 0, 0

        def jobs() -> Iterator[Job]:
            nonlocal seen
            for start in range(0, total, READ_BATCH):
                if cancel is not None and cancel.cancelled:  # a batch of deletions included
                    return
                chunk = wanted[start : start + READ_BATCH]
                rows = documents.indexable(self.db, chunk)
                for gone in set(chunk) - {r.facts.id for r in rows}:
                    writer.delete(gone)
                seen += len(chunk) - len(rows)
                for row in rows:
                    facts[row.facts.id] = row.facts
                    yield row.facts.id, row.facts.title, row.text, row.alt_text
                if len(rows) < len(chunk):
                    progress(seen, total, "")

        try:
            analysed = workers.run_all(
                analyse, jobs(), count=total, cancel=cancel,
                initializer=arabic.set_archive_names, initargs=(arabic.archive_names(),),
            )  # fmt: skip
            for doc_id, streams in analysed:
                found = facts.pop(doc_id)
                writer.add(record(found, streams, self.keywords(doc_id)))
                seen, done = seen + 1, done + 1
                progress(seen, total, found.title)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        large = writer.commits > 1 or total >= PARALLEL_INDEX_FROM
        if large and not (cancel is not None and cancel.cancelled):
            # the segments it wrote merged, and one it emptied (an import undone) dropped;
            # not after a few documents (an edit), which should not wait for a merge
            self._tidy(cancel)
        return done

    def _tidy(self, cancel: CancelToken | None, *, since: int | None = None) -> None:
        """Merge segments after a large write; a failed merge is logged, not raised: unmerged,
        the index is whole all the same (only slower to search)."""
        try:
            self.index.tidy(cancel, since=since)
        except Exception:
            _log.exception("merging the segments of %s failed", self.index.folder)

    def gap(self) -> list[int]:
        """The ids the index has wrong, in id order: documents out of the trash it lacks, and
        entries whose document is in the trash or gone (what a cancelled re-index leaves);
        ``reindex`` of them mends it."""
        return sorted(documents.id_set(self.db) ^ self.index.doc_ids())

    def rebuild(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Throw the index away and build it again from the store."""
        self.index.create()
        return self.reindex(None, progress, cancel, fresh=True)

    def sync(self, *, quick: bool = False) -> tuple[set[int], set[int]]:
        """Add documents the index lacks and drop entries with no row (after a crash).

        ``quick`` (on every open) compares the counts first: an interrupted import leaves the
        index short and an interrupted delete leaves it long, and listing every indexed id
        costs about 60 ms on 10,000 documents. ``check`` compares the ids themselves.
        """
        if quick and documents.count(self.db) == self.index.count():
            return set(), set()
        stored = documents.id_set(self.db)
        indexed = self.index.doc_ids()
        missing, extra = stored - indexed, indexed - stored
        if extra:
            writer = self.index.writer()
            for doc_id in extra:
                writer.delete(doc_id)
            writer.commit()
        if missing:  # an index emptied by a killed rebuild is filled as fast as a rebuild
            self.reindex(sorted(missing), fresh=not indexed)
        return missing, extra

    def ensure(self, progress: Progress | None = None) -> bool:
        """Rebuild the index when it is missing, stale or broken, else sync it; True if rebuilt.

        A segment too damaged to open is found by the sync: ``rebuilt_damaged`` then says what
        was wrong (``check`` reports it).
        """
        if self.index.is_current():
            self.index.complete_stamp()
            try:
                self.sync(quick=True)
                return False
            except IndexDamaged as exc:
                self.rebuilt_damaged = str(exc)
        self.rebuild(progress)
        return True

    def remove(self, doc_id: int) -> None:
        """Take one document out of the index."""
        writer = self.index.writer()
        writer.delete(doc_id)
        writer.commit()


class PacedWriter:
    """An index writer committed whenever it holds ``budget`` bytes of postings (a segment
    written each time), opened again for what follows."""

    def __init__(self, index: SearchIndex, budget: int) -> None:
        self.index, self.budget = index, budget
        self.writer: IndexWriter | None = None
        self.commits = 0  # segments written so far

    def _open(self) -> IndexWriter:
        if self.writer is None:
            self.writer = self.index.writer()
        return self.writer

    def add(self, doc: IndexDoc) -> None:
        """Add or replace one document; commit once the postings held pass the budget."""
        writer = self._open()
        writer.add(doc)
        if writer.held_bytes() >= self.budget:
            self.commit()

    def delete(self, doc_id: int) -> None:
        """Remove one document."""
        self._open().delete(doc_id)

    def commit(self) -> None:
        """Make what was written visible (nothing when nothing was)."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.commit()
            self.commits += 1

    def cancel(self) -> None:
        """Drop what was written since the last commit."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.cancel()
