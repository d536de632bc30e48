"""The Archive facade: one folder with its store, originals and index."""

from __future__ import annotations

import functools
import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.errors import ReadOnly, UnknownDocument
from archiver.core.locations import default_archive_dir
from archiver.core.lock import WriterLock
from archiver.core.model import Document, Hit, ImportReport, SearchResult
from archiver.core.progress import CancelToken, Progress
from archiver.core.search import highlight
from archiver.core.search import query as q
from archiver.core.search.index import IndexDoc, SearchIndex
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.annotations.commitments import Commitments
    from archiver.core.annotations.facade import Annotations

DB_NAME = "archive.sqlite3"
_DOC_COLUMNS = (
    "id, title, text, language, direction, kind, file_name, original_path, stored_name,"
    " file_sha256, pages, published, source, url, notes, imported_at, method, quality,"
    " encoding, file_size, warnings"
)
EDITABLE = ("title", "published", "source", "url", "notes")


class Archive:
    """An archive folder: ``archive.sqlite3``, ``originals/`` by SHA-256, ``index/``, a lock."""

    def __init__(self, root: Path, *, readonly: bool = False) -> None:
        self.root = root
        self.readonly = readonly
        self.lock = WriterLock(root / "archive.lock")
        self.db: sqlite3.Connection
        self.index = SearchIndex(root / "index")

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        root: Path | str | None = None,
        *,
        readonly: bool = False,
        progress: Progress | None = None,
        defer_index: bool = False,
    ) -> Archive:
        """Open (creating on first use) the archive at ``root`` or the default location.

        A writable archive checks its index and rebuilds or syncs it, unless ``defer_index``
        asks the caller to do that later with ``ensure_index`` (the GUI runs it on a worker).
        """
        path = Path(root).expanduser() if root else default_archive_dir()
        if not readonly:
            (path / "originals").mkdir(parents=True, exist_ok=True)
        archive = cls(path.resolve(), readonly=readonly)
        archive._start(progress, defer_index)
        return archive

    def _start(self, progress: Progress | None, defer_index: bool) -> None:
        if not self.readonly:
            self.lock.acquire()
        try:
            self.db = store.connect(self.root / DB_NAME, readonly=self.readonly)
            if not self.readonly:
                store.migrate(self.db, self.root / DB_NAME)
            arabic.set_archive_names(self._own_names())
            if not self.readonly and not defer_index:
                self.ensure_index(progress)
        except BaseException:
            self.lock.release()
            raise

    def _own_names(self) -> list[str]:
        """Arabic names among the participants' aliases, which the stemmer must keep whole."""
        try:
            rows = self.db.execute(
                "SELECT a.alias, p.kind FROM participant_alias a JOIN participant p"
                " ON p.id = a.participant_id WHERE a.kind IN ('name', 'capital', 'abbreviation')"
            ).fetchall()
        except sqlite3.OperationalError:  # an archive older than the participants tables
            return []
        names = []
        for alias, kind in rows:
            found = [w for w, _, _ in arabic.words(alias) if arabic.is_arabic(w)]
            if kind == "person" or len(found) == 1:
                names.extend(found)
        return names

    def ensure_index(self, progress: Progress | None = None) -> bool:
        """Rebuild the index when it is missing, stale or broken; True if it was rebuilt."""
        if self.index.is_current():
            from archiver.core.maintenance import sync_index

            sync_index(self, quick=True)
            return False
        from archiver.core.maintenance import rebuild_index

        rebuild_index(self, progress)
        return True

    def close(self) -> None:
        """Release the index, the database and the lock."""
        self.index.close()
        if hasattr(self, "db"):
            self.db.close()
        self.lock.release()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def require_writable(self) -> None:
        """Raise ReadOnly when the archive was opened read-only."""
        if self.readonly:
            raise ReadOnly("this archive is open read-only (another process is writing)")

    # -- documents -----------------------------------------------------------------------

    def count(self) -> int:
        """Number of documents."""
        return int(self.db.execute("SELECT COUNT(*) FROM document").fetchone()[0])

    def document_ids(self, order: str = "imported") -> list[int]:
        """All document ids, newest import first (or by published date with order='date')."""
        column = "published DESC NULLS LAST, id DESC" if order == "date" else "id DESC"
        return [r[0] for r in self.db.execute(f"SELECT id FROM document ORDER BY {column}")]

    def document(self, doc_id: int) -> Document:
        """One document with its text; UnknownDocument when there is none with this id."""
        try:
            row = self.db.execute(
                f"SELECT {_DOC_COLUMNS} FROM document WHERE id = ?", (doc_id,)
            ).fetchone()
        except OverflowError:  # an id no SQLite integer can hold
            row = None
        if row is None:
            raise UnknownDocument(doc_id)
        values = dict(row)
        values["warnings"] = json.loads(values["warnings"] or "[]")
        return Document(**values)

    def summaries(self, ids: Iterable[int]) -> dict[int, dict]:
        """Light rows (no text) for a list view: title, date, source, language, kind, file."""
        wanted = list(ids)
        found: dict[int, dict] = {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                "SELECT id, title, published, source, language, direction, kind, file_name,"
                f" pages FROM document WHERE id IN ({marks})",
                part,
            ):
                found[row["id"]] = dict(row)
        return found

    def original_file(self, doc_id: int) -> Path:
        """Where the imported file's untouched copy lives."""
        return self.root / "originals" / self.document(doc_id).stored_name

    def update_document(self, doc_id: int, **changes: str | None) -> Document:
        """Change editable metadata (title, published, source, url, notes) and reindex it."""
        self.require_writable()
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        if changes:
            sets = ", ".join(f"{name} = ?" for name in changes)
            self.db.execute(
                f"UPDATE document SET {sets}, modified_at = ? WHERE id = ?",
                [*changes.values(), store.now(), doc_id],
            )
            self.reindex_documents([doc_id])
        return self.document(doc_id)

    def delete_document(self, doc_id: int) -> None:
        """Remove a document, its original copy and its index entry (a file is one document)."""
        self.require_writable()
        doc = self.document(doc_id)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM document WHERE id = ?", (doc_id,))
            # Its annotations went with it (cascade); so must the undo steps that name it.
            self.db.execute(
                "DELETE FROM annotation_log WHERE EXISTS"
                " (SELECT 1 FROM json_each(annotation_log.documents) WHERE value = ?)",
                (doc_id,),
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        writer = self.index.writer()
        writer.delete(doc_id)
        writer.commit()
        (self.root / "originals" / doc.stored_name).unlink(missing_ok=True)

    def index_doc(
        self, row: sqlite3.Row | dict, streams: dict[str, tuple[str, str]], *, new: bool = False
    ) -> IndexDoc:
        """The index record for a stored row, with its text fields analysed in ``streams``.

        A ``new`` document has no annotations yet, so its keyword fields are not looked up.
        """
        return IndexDoc(
            id=row["id"],
            title=streams["title"],
            body=streams["body"],
            layout=streams["layout"],
            source=" ".join(filter(None, (row["source"], row["file_name"]))),
            lang=row["language"],
            kind=row["kind"],
            published=row["published"],
            imported=row["imported_at"],
            **({} if new else self.keywords_for(row["id"])),
        )

    def keywords_for(self, doc_id: int) -> dict[str, list[str]]:
        """Keyword fields (participants, tags, statuses, categories) of one document."""
        return self.annotations.keywords_for(doc_id)

    def reindex_documents(self, ids: Iterable[int]) -> None:
        """Re-analyse and replace these documents in the index (for small edits)."""
        from archiver.core.maintenance import index_rows

        index_rows(self, ids)

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
    ) -> ImportReport:
        """Import files and folders; bad files are reported and the batch goes on."""
        from archiver.core.imports.batch import import_paths

        return import_paths(
            self, paths, recursive=recursive, password=password,
            keep_duplicates=keep_duplicates, progress=progress, cancel=cancel,
            workers_count=workers_count,
        )  # fmt: skip

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
    ) -> SearchResult:
        """Run a query in the query language; hits come with snippets and highlight spans."""
        started = time.perf_counter()
        node = q.parse(text)
        total, page = self.index.search(
            node, limit=limit, offset=offset, sort=sort, resolve=self.resolve
        )
        hits = self._hits(page, node, snippets)
        suggestion = self.suggest(node) if total == 0 else None
        understood = [t.term for t in arabic.analyze(text)]
        elapsed = (time.perf_counter() - started) * 1000
        return SearchResult(text, total, hits, elapsed, suggestion, understood)

    def _hits(self, page: list[tuple[int, float]], node: q.Node, snippets: bool) -> list[Hit]:
        if not page:
            return []
        marks = ",".join("?" * len(page))
        cols = "id, title, published, language, source, kind" + (", text" if snippets else "")
        rows = {
            r["id"]: r
            for r in self.db.execute(
                f"SELECT {cols} FROM document WHERE id IN ({marks})", [i for i, _ in page]
            )
        }
        hits = []
        for doc_id, score in page:
            row = rows.get(doc_id)
            if row is None:  # index ahead of the store: check --repair mends it
                continue
            spans = (
                highlight.spans_for(row["text"], node, highlight.LIST_SCAN_CHARS)
                if snippets
                else []
            )
            snip = highlight.snippet(row["text"], spans) if snippets else ""
            hits.append(
                Hit(doc_id, row["title"], score, row["published"], snip, spans,
                    row["language"], row["source"], row["kind"])
            )  # fmt: skip
        return hits

    def highlights(self, doc_id: int, text: str) -> list[tuple[int, int]]:
        """Spans of the whole document where the query ``text`` matches (for the reader)."""
        return highlight.spans_for(self.document(doc_id).text, q.parse(text))

    def suggest(self, node: q.Node) -> str | None:
        """A corrected query when some typed words are unknown to the index."""
        changed, parts = False, []
        for leaf in q.positive_words(node):
            if isinstance(leaf, q.Words) and leaf.field is None:
                better = self.index.suggest(leaf.text)
                changed |= better is not None
                parts.append(better or leaf.text)
        return " ".join(parts) if changed else None

    # -- annotations ---------------------------------------------------------------------

    @functools.cached_property
    def annotations(self) -> Annotations:
        """Participants, aliases, mentions, suggestions, free tags and undo."""
        from archiver.core.annotations.facade import Annotations

        return Annotations(self)

    @functools.cached_property
    def commitments(self) -> Commitments:
        """Commitments, the commitments table, participant pages and the matrix."""
        from archiver.core.annotations.commitments import Commitments

        return Commitments(self.annotations)
