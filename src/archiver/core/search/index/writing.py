"""Writing to the index: the record of one document, a batch writer, a worker's segment."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.writing import SegmentWriter

from archiver.core.errors import IndexFailure
from archiver.core.search.index.codec import Codec
from archiver.core.search.index.merging import Merged
from archiver.core.search.index.multiproc import SpawnMpWriter
from archiver.core.search.index.schema import KEYWORD_FIELDS, STREAM_FIELDS
from archiver.core.search.index.segments import FastSegmentWriter, commit_segments
from archiver.core.search.index.storage import open_index
from archiver.core.text import arabic

PARALLEL_INDEX_FROM = 1000  # documents in one batch from which Whoosh writes in sub-processes


@dataclass
class IndexDoc:
    """Everything the index holds about one document (text fields already analysed)."""

    id: int
    title: tuple[str, str]  # (body stream, exact stream) from arabic.index_terms
    body: tuple[str, str]
    layout: tuple[str, str] = ("", "")
    source: str = ""
    lang: str = ""
    kind: str = ""
    published: str | None = None  # ISO date
    imported: str | None = None  # ISO datetime
    participant: list[str] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)
    collection: list[str] = field(default_factory=list)
    memo: list[str] = field(default_factory=list)  # its memos' term streams (arabic.index_terms)


def _iso_to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:19]).replace(tzinfo=None)
    except ValueError:
        return None


def fields_of(doc: IndexDoc) -> dict[str, object]:
    """The Whoosh field values of one record."""
    values: dict[str, object] = {
        "id": doc.id,
        "title": doc.title[0],
        "body": doc.body[0],
        "layout": doc.layout[0],
        "exact": " ".join(part for part in (doc.title[1], doc.body[1], doc.layout[1]) if part),
        "source": arabic.index_terms(doc.source)[1],
        "lang": doc.lang,
        "kind": doc.kind,
        "memo": " ".join(doc.memo),
    }
    for name in KEYWORD_FIELDS:
        values[name] = ",".join(v.replace(",", " ") for v in getattr(doc, name))
    published = _iso_to_datetime(doc.published)
    values["sortdate"] = int(published.strftime("%Y%m%d")) if published else 0
    return values


def live_docnums(reader: Any) -> dict[int, int]:
    """The live documents' numbers in a reader, by the store's id (the index's id column)."""
    if not reader.has_column("id"):
        return {}
    ids = reader.column_reader("id")
    return {int(ids[n]): n for n in reader.all_doc_ids()}


class IndexWriter:
    """A batch of changes to the index, applied on commit()."""

    def __init__(self, ix: index.Index, procs: int = 1) -> None:
        self._ix = ix
        self._writer: SegmentWriter
        if procs > 1:
            sub = {"codec": Codec(), "stream_fields": STREAM_FIELDS}
            self._writer = SpawnMpWriter(ix, procs=procs, subargs=sub, codec=Codec())
        else:
            self._writer = FastSegmentWriter(ix, STREAM_FIELDS, codec=Codec())
        self._by_id: tuple[tuple[str, ...], dict[int, int]] | None = None

    def add(self, doc: IndexDoc) -> None:
        """Add or replace one document."""
        self.delete(doc.id)
        self._writer.add_document(**fields_of(doc))

    def add_new(self, doc: IndexDoc) -> None:
        """Add a document known not to be in the index yet (faster than add)."""
        self._writer.add_document(**fields_of(doc))

    def delete(self, doc_id: int) -> None:
        """Remove a document (from the segments committed before this writer, as Whoosh's
        ``delete_by_term`` did)."""
        docnum = self._docnums().pop(doc_id, None)
        if docnum is not None:
            self._writer.delete_document(docnum)

    def _docnums(self) -> dict[int, int]:
        """The live documents' numbers by id, read once from the id column of the segments."""
        segments = tuple(s.segment_id() for s in self._writer.segments)
        if self._by_id is None or self._by_id[0] != segments:
            reader = self._writer.reader()
            try:
                found = live_docnums(reader)
            finally:
                reader.close()
            self._by_id = (segments, found)
        return self._by_id[1]

    def held_bytes(self) -> int:
        """About how much memory the postings not yet written take (0 with sub-writers)."""
        writer = self._writer
        return writer.held_bytes() if isinstance(writer, FastSegmentWriter) else 0

    def commit(self, optimize: bool = False) -> None:
        """Make the changes visible; a commit that fails (a full disk) leaves no files behind."""
        try:
            self._writer.commit(optimize=optimize)
        except BaseException:
            self.cancel()
            raise

    def commit_with(self, segments: list[object], *, clean: bool = True) -> None:
        """Make the changes visible, with the segments SegmentBuilders finished elsewhere
        (``clean=False`` while they still write others: their files stay)."""
        assert isinstance(self._writer, FastSegmentWriter)
        try:
            self._writer.commit_with(segments, clean=clean)
        except BaseException:
            self.cancel()
            raise

    def segment_sizes(self) -> list[tuple[str, int]]:
        """(segment id, live documents) of every segment of the index, in its order."""
        return [(s.segment_id(), s.doc_count()) for s in self._writer.segments]

    def replace(self, merged: Merged | None, dropped: Collection[str] = ()) -> None:
        """Commit the index with ``merged`` listed where its sources were (which go), and
        without the ``dropped`` segments (those without a live document)."""
        assert isinstance(self._writer, FastSegmentWriter)
        listed = list(self._writer.segments)
        ids = [s.segment_id() for s in listed]
        sources = merged.sources if merged is not None else []
        if not set(sources) | set(dropped) <= set(
            ids
        ):  # the caller held the lock: it cannot happen
            raise IndexFailure("the segments merged are no longer in the index")
        gone = {*sources, *dropped}
        kept = [s for s in listed if s.segment_id() not in gone]
        at = sum(1 for i in ids[: ids.index(sources[0])] if i not in gone) if sources else 0
        new = [merged.segment] if merged is not None else []
        try:
            commit_segments(self._writer, [*kept[:at], *new, *kept[at:]])
        except BaseException:
            self.cancel()
            raise

    def cancel(self) -> None:
        """Drop the changes and the files written for them; the write lock is released even
        when a failed commit left the writer half-closed (else every later write would find
        the index locked)."""
        writer = self._writer
        lock, writer.writelock = getattr(writer, "writelock", None), None  # released below
        try:
            if not writer.is_closed:
                writer.cancel()
        except Exception:
            writer.is_closed = True
            with contextlib.suppress(Exception):  # its temporary folder (the pool's spill files)
                writer._tempstorage.destroy()
            # a close that failed (no space to flush) leaves the segment's files open, and
            # their space stays taken until they are closed
            _close_files(
                getattr(writer, "perdocwriter", None), getattr(writer, "fieldwriter", None)
            )
        finally:
            if lock is not None:
                try:  # still holding the lock: no other writer has files in progress
                    with contextlib.suppress(Exception):
                        remove_unlisted_files(self._ix)
                finally:
                    with contextlib.suppress(Exception):
                        lock.release()


def _close_files(*roots: object) -> None:
    """Close every file object reachable in a few steps from ``roots`` (a broken writer's)."""
    seen: set[int] = set()
    stack = [(root, 0) for root in roots if root is not None]
    while stack:
        obj, depth = stack.pop()
        if id(obj) in seen or depth > 4:
            continue
        seen.add(id(obj))
        if isinstance(obj, io.IOBase):
            with contextlib.suppress(Exception):
                obj.close()
            continue
        values = obj.values() if isinstance(obj, dict) else getattr(obj, "__dict__", {}).values()
        stack.extend((value, depth + 1) for value in values)


def remove_unlisted_files(ix: index.Index) -> None:
    """Delete the files of segments no table of contents lists: what a failed or cancelled
    write left (a full disk used to leave megabytes of them). Call it holding the write lock."""
    storage, name = ix.storage, ix.indexname
    toc = index.TOC.read(storage, name)
    index.clean_files(storage, name, toc.generation, toc.segments)
    half_written_toc = re.compile(rf"^_{re.escape(name)}_[0-9]+\.toc\.")
    for filename in list(storage.list()):
        if half_written_toc.match(filename):
            with contextlib.suppress(OSError):
                storage.delete_file(filename)


class SegmentBuilder:
    """Documents indexed into a segment of their own, in an import worker process.

    It never takes the index's write lock: the main process holds it (an IndexWriter) and
    commits the finished segments with ``IndexWriter.commit_with``.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._writer: FastSegmentWriter | None = None

    def add(self, doc: IndexDoc) -> None:
        """Index one document into this builder's segment."""
        if self._writer is None:
            ix = open_index(self._folder)
            self._writer = FastSegmentWriter(ix, STREAM_FIELDS, _lk=False, codec=Codec())
        self._writer.add_document(**fields_of(doc))

    def held_bytes(self) -> int:
        """About how much memory the segment being built holds (0 before the first add)."""
        return self._writer.held_bytes() if self._writer is not None else 0

    def finish(self) -> object | None:
        """The written segment, to hand to the main process; None when nothing was added."""
        if self._writer is None:
            return None
        segment = self._writer._finalize_segment()
        self._writer = None
        return segment

    def cancel(self) -> None:
        """Drop the segment (its files are cleared by the main process, which holds the lock).

        Closing may fail as the writing did (a full disk): the files are closed anyway.
        """
        writer, self._writer = self._writer, None
        if writer is not None:
            try:
                writer._close_segment()
            except Exception:
                _close_files(writer.perdocwriter, writer.fieldwriter)
