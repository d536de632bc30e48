"""The Archive facade: one folder with its store, originals and index."""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.annotations.setup import database_file, protect_own_names
from archiver.core.backups.found import backups_named
from archiver.core.changes import Change, ChangeKind
from archiver.core.disk import is_disk_full, is_not_writable, low_on_space, writable
from archiver.core.errors import DiskFull, ReadOnly, StoreError, UnknownDocument
from archiver.core.idsets import IdRanges
from archiver.core.imports import batch, pending
from archiver.core.imports.budget import FileBudget, IndexPacing
from archiver.core.imports.sources import DEFAULT_MAX_FILE_BYTES
from archiver.core.locations import default_archive_dir
from archiver.core.lock import WriterLock
from archiver.core.model import Document, ImportReport, SearchResult
from archiver.core.progress import CancelToken, Progress
from archiver.core.search import highlight, results
from archiver.core.search import query as q
from archiver.core.search.index import SearchIndex
from archiver.core.search.indexing import Indexer
from archiver.core.store import documents
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.annotations.commitments import Commitments
    from archiver.core.annotations.facade import Annotations
    from archiver.core.annotations.memos import Memos
    from archiver.core.trash import Trash

DB_NAME = "archive.sqlite3"


def refuse_lost_database(root: Path) -> None:
    """StoreError when the folder holds an archive's files but its database is missing or empty.

    A 0-byte or missing database beside originals is what a sync conflict or an interrupted
    copy leaves: taking it for a new archive would orphan every original and all the coding.
    """
    db = root / DB_NAME
    if db.is_file() and db.stat().st_size > 0:
        return
    originals = sum(1 for p in (root / "originals").rglob("*") if p.is_file())
    index = (root / "index").is_dir() and any((root / "index").iterdir())
    if not originals and not index:
        return  # a new archive (or a folder that never held one)
    state = "is missing" if not db.exists() else "is empty (0 bytes)"
    held = " and ".join(([f"{originals} original files"] if originals else []) + (["a search index"] if index else []))  # fmt: skip
    raise StoreError(
        f"the archive in {root.resolve()} holds {held} but its database {DB_NAME} {state}: it may be "
        f"damaged or an unfinished copy, and the database holds the coding and the plain-text "
        f"documents. Nothing was changed. Restore {DB_NAME} from a backup{backups_named(root, DB_NAME)} "
        f"or from the copy it came from, then open it again; or make a new archive: archiver "
        f"restore BACKUP NEW, or archiver salvage {root} NEW (the original files imported again, "
        f"and the plain texts the newest automatic backup holds)"
    )


def refuse_unwritable(root: Path) -> None:
    """ReadOnly when the archive's folder (or the database in it) cannot be written."""
    db = root / DB_NAME
    if writable(root) and (not db.exists() or os.access(db, os.W_OK)):
        return
    if db.exists():
        raise ReadOnly(_read_only_words(root.resolve()))
    raise ReadOnly(f"cannot create an archive in {root}: the folder cannot be written")


def _read_only_words(root: Path) -> str:
    return (
        f"read-only archive: {root} (its folder cannot be written: a read-only disk, snapshot "
        "or share); searching, reading, export and check work, changes do not"
    )


def opening_error(root: Path, exc: BaseException) -> DiskFull | ReadOnly | None:
    """The error to tell for ``exc`` met opening ``root`` for writing (None: ``exc`` itself)."""
    if is_disk_full(exc):
        return DiskFull(
            f"disk full: no space left on the disk holding {root} to open it for "
            "writing; free some space (reading still works)",
            str(root),
        )
    if is_not_writable(exc):
        return ReadOnly(_read_only_words(root))
    return None


class Archive:
    """An archive folder: ``archive.sqlite3``, ``originals/`` by SHA-256, ``index/``, a lock."""

    def __init__(
        self, root: Path, *, readonly: bool = False, author: str | None = None, role: str = ""
    ) -> None:
        self.root = root
        self.readonly = readonly
        self.author = author  # who makes the changes (the settings' name); None: the environment's
        self.readonly_reason = ""  # set on opening read-only
        self.stray_copies_removed = 0  # by the open: an interrupted import finished
        self.lock = WriterLock(root / "archive.lock", role)
        self.db: sqlite3.Connection
        self._names_of = ""  # the database whose writer set the names the analysis keeps
        self.index = SearchIndex(root / "index")
        self.indexer: Indexer

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        root: Path | str | None = None,
        *,
        readonly: bool = False,
        progress: Progress | None = None,
        defer_index: bool = False,
        author: str | None = None,
        role: str = "",
    ) -> Archive:
        """Open (creating on first use) the archive at ``root`` or the default location.

        A writable archive checks its index and rebuilds or syncs it, unless ``defer_index``
        asks the caller to do that later with ``ensure_index`` (the GUI runs it on a worker).
        ``author`` is the user's name from the settings (None: ``ARCHIVER_USER`` or the
        system's user name). ``role`` says what opens it ("app", "archiver import"), for a
        writer refused meanwhile to name.
        """
        path = Path(root).expanduser() if root else default_archive_dir()
        refuse_lost_database(path)  # before anything is created or locked
        if not readonly:
            refuse_unwritable(path)
            (path / "originals").mkdir(parents=True, exist_ok=True)
        archive = cls(path.resolve(), readonly=readonly, author=author, role=role)
        archive._start(progress, defer_index)
        if readonly:
            archive.readonly_reason = archive.why_read_only()
        return archive

    def _start(self, progress: Progress | None, defer_index: bool) -> None:
        try:
            if not self.readonly:
                self.lock.acquire()
            writer = not self.readonly or self.lock.holder() is not None
            self.db = store.connect(self.root / DB_NAME, readonly=self.readonly, writer=writer)
            # keywords come from the annotations, which are opened on first use
            self.indexer = Indexer(self.db, self.index, lambda i: self.annotations.keywords_for(i))
            if not self.readonly:
                store.migrate(self.db, self.root / DB_NAME)
                # copies a killed import wrote for rows it never committed
                self.stray_copies_removed = pending.finish(self.root, self.db)
            protect_own_names(self.db, writer=not self.readonly)
            self._names_of = "" if self.readonly else database_file(self.db)
            if not self.readonly and not defer_index:
                self.ensure_index(progress)
        except BaseException as exc:
            self.close()
            plain = opening_error(self.root, exc)
            if plain is None:
                raise
            raise plain from exc

    def ensure_index(self, progress: Progress | None = None) -> bool:
        """Rebuild the index when it is missing, stale or broken; True if it was rebuilt."""
        return self.indexer.ensure(progress)

    def close(self) -> None:
        """Release the index, the database and the lock."""
        self.index.close()
        if self._names_of:  # by its path: a second close finds the database closed
            arabic.release_archive_names(self._names_of)
        if hasattr(self, "db"):
            self.db.close()
        self.lock.release()

    def why_read_only(self) -> str:
        """Why changes are refused: the folder cannot be written, the disk is full, or another
        process writes (``readonly_reason`` keeps what the opener knew better)."""
        if not writable(self.root):
            return _read_only_words(self.root)
        if low_on_space(self.root):
            return f"disk full: the disk holding {self.root} has no free space left"
        holder = self.lock.holder()
        if holder is not None:
            return f"this archive is open read-only ({holder} is writing)"
        return "this archive is open read-only"

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def require_writable(self) -> None:
        """Raise ReadOnly when the archive was opened read-only."""
        if self.readonly:
            raise ReadOnly(self.readonly_reason or self.why_read_only())

    # -- documents -----------------------------------------------------------------------

    def count(self) -> int:
        """Number of documents (the trash's left out)."""
        return documents.count(self.db)

    def document_ids(self, order: str = "imported") -> list[int]:
        """All document ids, newest import first (or by published date with order='date')."""
        return documents.ids(self.db, order)

    def sorted_ids(
        self, column: str, descending: bool, within: Sequence[int] | None = None
    ) -> list[int]:
        """Ids by a result-list column, ties by id: every live document, or those of ``within``."""
        return documents.sorted_ids(self.db, column, descending, within)

    def live_ids_in(self, within: IdRanges) -> list[int]:
        """The ids of ``within`` that are documents out of the trash, in id order."""
        return documents.live_in(self.db, within)

    def count_live_in(self, within: IdRanges) -> int:
        """How many ids of ``within`` are documents out of the trash (an import batch's, say)."""
        return documents.count_live_in(self.db, within)

    def document(self, doc_id: int) -> Document:
        """One document with its text; UnknownDocument when there is none with this id."""
        return documents.get(self.db, doc_id)

    def in_trash(self, doc_id: int) -> bool:
        """True when the document is in the trash, or has no row at all."""
        return documents.trashed_state(self.db, [doc_id]).get(doc_id, "gone") is not None

    def summaries(self, ids: Iterable[int]) -> dict[int, dict]:
        """Light rows (no text) for a list view: title, date, source, language, kind, file."""
        return documents.summaries(self.db, ids)

    def original_file(self, doc_id: int) -> Path:
        """A file with the imported file's untouched bytes: its copy under ``originals/``, or
        a temporary one for an original the store regenerates (``core.originals``)."""
        from archiver.core.originals import openable

        return openable(self.root, self.db, doc_id)

    def update_document(self, doc_id: int, **changes: str | None) -> Document:
        """Change editable metadata (title, published, source, url, author, notes): one journaled
        change, re-indexed. Invalid names the fields that are not editable."""
        self.require_writable()
        documents.check_editable(changes)
        title = self.document(doc_id).title
        if changes:
            with self.annotations.journal.change(ChangeKind.UPDATE_DOCUMENT, documents=[doc_id],
                                                 names=[title]) as step:  # fmt: skip
                documents.update(step.log, doc_id, changes)
                step.extra = {"fields": sorted(changes)}
        return self.document(doc_id)

    def update_documents(self, ids: Iterable[int], **changes: str | None) -> Change:
        """The same metadata (source, published date, ...) for several documents: one journaled
        change, re-indexed. UnknownDocument for an id with no document (nothing is changed)."""
        self.require_writable()
        documents.check_editable(changes)
        wanted = list(dict.fromkeys(ids))
        titles = self.summaries(wanted)
        missing = [i for i in wanted if i not in titles]
        if missing:
            raise UnknownDocument(missing[0])
        names = [titles[i]["title"] for i in wanted]
        with self.annotations.journal.change(ChangeKind.UPDATE_DOCUMENT, documents=wanted,
                                             names=names) as step:  # fmt: skip
            for doc_id in wanted:
                documents.update(step.log, doc_id, changes)
            step.extra = {"fields": sorted(changes)}
            step.count = len(wanted)
        return step.result

    def delete_document(self, doc_id: int) -> Change:
        """Move a document to the trash (undoable; see ``trash`` to restore or empty it)."""
        return self.trash.delete([doc_id])

    @functools.cached_property
    def trash(self) -> Trash:
        """Deleted documents: list, restore, empty for good."""
        from archiver.core.trash import Trash

        return Trash(self)

    # -- import --------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
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
        """Import files and folders; bad files are reported and the batch goes on.

        ``budget``: the time and memory one file may take (default: 120 s, 1 GB); ``pacing``:
        how often a large batch commits the index and how much its writers hold (default:
        every 10,000 documents, 200 MB)."""
        self.require_writable()
        report = batch.import_paths(
            paths, indexer=self.indexer, originals=self.root / "originals",
            recursive=recursive, password=password,
            keep_duplicates=keep_duplicates, progress=progress, cancel=cancel,
            workers_count=workers_count, max_file_bytes=max_file_bytes, budget=budget,
            pacing=pacing,
        )  # fmt: skip
        if report.imported:
            try:
                self._journal_import([f.id for f in report.imported], report.imported[0].title)
            except sqlite3.Error as exc:  # stored, but no undo entry: there is no room for it
                if not is_disk_full(exc):
                    raise
                report.disk_full = True
        return report

    def _journal_import(self, ids: list[int], first_title: str) -> None:
        """One journal entry for the documents a batch stored: undo moves them to the trash."""
        names = [first_title] if len(ids) == 1 else []
        batch = IdRanges(ids)  # a batch's ids are given in order: a run or a few
        with self.annotations.journal.change(ChangeKind.IMPORT, documents=batch,
                                             names=names) as step:  # fmt: skip
            step.reindex = False  # the batch indexed them
            step.count = len(batch)
            documents.imported_batch(step.log, batch, store.now())

    # -- search --------------------------------------------------------------------------

    def resolve(self, field: str, value: str) -> list[str]:
        """Keyword values a field filter stands for (participant names -> ids, etc.)."""
        return self.annotations.resolve(field, value)

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        snippets: bool = True,
        snippets_for: int | None = None,
    ) -> SearchResult:
        """Run a query in the query language; hits come with snippets and highlight spans (the
        first ``snippets_for`` only, when given: ``snippets`` gives the others' later)."""
        return results.search(
            self.db, self.index, text, resolve=self.resolve, known=self.annotations.knows,
            limit=limit, offset=offset,
            sort=sort, snippets=snippets, snippets_for=snippets_for,
        )  # fmt: skip

    def hit_ids(self, text: str) -> list[int]:
        """Every hit of a query, best first: ids only, however many (``search`` gives pages)."""
        return results.hit_ids(self.db, self.index, text, resolve=self.resolve,
                               known=self.annotations.knows)  # fmt: skip

    def snippets(self, text: str, ids: list[int]) -> dict[int, results.Snippet]:
        """The snippet, highlight spans and snippet's origin ("text", "memo") of these documents
        for the query ``text``."""
        return results.snippets_of(self.db, text, ids)

    def run_saved_search(
        self,
        name_or_id: str | int,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        snippets: bool = True,
    ) -> SearchResult:
        """Run a saved search (by name, or id) now: its query, as if typed."""
        saved = self.annotations.saved
        found = saved.get(name_or_id) if isinstance(name_or_id, int) else saved.find(name_or_id)
        return self.search(found.query, limit=limit, offset=offset, sort=sort, snippets=snippets)

    def highlights(self, doc_id: int, text: str) -> list[tuple[int, int]]:
        """Spans of the whole document where the query ``text`` matches (for the reader)."""
        return highlight.spans_for(self.document(doc_id).text, q.parse(text))

    def suggest(self, node: q.Node) -> str | None:
        """A corrected query when some typed words are unknown to the index."""
        return results.suggest(self.index, node)

    # -- annotations ---------------------------------------------------------------------

    @functools.cached_property
    def annotations(self) -> Annotations:
        """Participants, aliases, mentions, suggestions, free tags and undo."""
        from archiver.core.annotations.facade import Annotations

        return Annotations(self.db, readonly=self.readonly, reindex=self.indexer.reindex,
                           author=self.author)  # fmt: skip

    @functools.cached_property
    def commitments(self) -> Commitments:
        """Commitments, the commitments table, participant pages and the matrix."""
        from archiver.core.annotations.commitments import Commitments

        return Commitments(self.annotations)

    @property
    def memos(self) -> Memos:
        """Memos on quotes, documents, participants and commitments (``annotations.memos``)."""
        return self.annotations.memos
