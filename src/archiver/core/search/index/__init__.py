"""The full-text index: the only package that imports Whoosh.

Documents reach the index already analysed (``arabic.index_terms`` runs in the import
workers), so the Whoosh fields only split a prepared term stream (``schema``). The query tree
from ``archiver.core.search.query`` is translated in ``translate``; records are written by
``writing`` through our fast segment writer (``segments``, ``codec``, ``multiproc``).
Another engine could serve the same interface.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index
from whoosh import query as wq
from whoosh.searching import Searcher

from archiver.core import workers
from archiver.core.errors import ArchiverError, IndexDamaged, IndexFailure, Locked
from archiver.core.progress import CancelToken
from archiver.core.search import query as q
from archiver.core.search.index import merging
from archiver.core.search.index.dates import segment_id, split
from archiver.core.search.index.schema import base_format, build_schema, index_format
from archiver.core.search.index.storage import create_index, open_index
from archiver.core.search.index.translate import Resolver, to_whoosh
from archiver.core.search.index.verify import Progress, damage, describe
from archiver.core.search.index.writing import IndexWriter, live_docnums
from archiver.core.text import arabic, scripts

if TYPE_CHECKING:
    from archiver.core.search.index.arrays import SegmentArrays

PREFIX_WORDS_MAX = 1000  # the prefixes of one query stand for at most this many index terms
SUGGEST_MAX_LETTERS = 30  # no real word is longer; the variants of a long one cost quadratic


class SearchIndex:
    """The Whoosh index in an archive's ``index/`` folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: index.Index | None = None
        self._searcher: Searcher | None = None
        self._arrays: SegmentArrays | None = None  # made by the first search

    @property
    def _stamp(self) -> Path:
        return self.folder / "archiver-index.json"

    def is_current(self) -> bool:
        """True when the index exists, opens, and was built by this analysis and schema."""
        try:
            stamp = json.loads(self._stamp.read_text(encoding="utf-8"))
            if stamp.get("format") != index_format():
                return False
            self._open()
            return True
        except Exception:  # a missing, foreign or damaged index is rebuilt, whatever broke
            return False

    def awaits_names(self) -> bool:
        """True when the index opens and was built by this program, only without some of the
        archive's own names (participants another process added): its next open for writing
        re-analyses it; that is not damage."""
        try:
            stamp = json.loads(self._stamp.read_text(encoding="utf-8"))
            if stamp.get("base") != base_format():
                return False
            self._open()
            return True
        except Exception:  # missing, foreign or damaged: is_current says so
            return False

    def complete_stamp(self) -> None:
        """Add the base format to a current index's stamp written before it was kept."""
        with contextlib.suppress(OSError, ValueError):
            stamp = json.loads(self._stamp.read_text(encoding="utf-8"))
            if "base" not in stamp:
                self._write_stamp()

    def _write_stamp(self) -> None:
        stamp = {"format": index_format(), "base": base_format()}
        self._stamp.write_text(json.dumps(stamp), encoding="utf-8")

    def create(self) -> None:
        """Start a new, empty index (the old one is removed, but for files held open)."""
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        _remove_old_files(self.folder)
        self._ix = create_index(self.folder, build_schema())
        self._write_stamp()

    def _open(self) -> index.Index:
        if self._ix is None:
            self._ix = open_index(self.folder)
        return self._ix

    def writer(self, procs: int = 1) -> IndexWriter:
        """A writer for a batch of changes; only one may be open at a time."""
        self._drop_searcher()
        try:
            return IndexWriter(self._open(), procs)
        except index.LockError as exc:
            raise Locked(
                f"the search index in {self.folder} is being written by another writer"
            ) from exc

    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def searcher(self) -> Searcher:
        """A searcher over the latest committed state."""
        if self._searcher is not None and self._searcher.reader().segments() is None:
            # Whoosh cannot refresh a reader opened on an empty index (EmptyReader has no
            # segments to reuse): open a new one instead.
            self._drop_searcher()
        if self._searcher is not None and not self._searcher.up_to_date():
            # Whoosh's refresh keeps every segment of the old reader the new table no longer
            # lists: after a merge (tidy) each merged document would be found twice.
            held = {s.segment_id() for s in self._searcher.reader().segments()}
            if held <= {s.segment_id() for s in self._open()._segments()}:
                self._searcher = self._searcher.refresh()
            else:
                self._drop_searcher()
        if self._searcher is None:
            self._searcher = self._open().searcher()
        return self._searcher  # unchanged since it was opened: one look at the folder

    def tidy(self, cancel: CancelToken | None = None, *, since: int | None = None) -> int:
        """Merge the newest segments into one (``merging.plan``: every segment from the
        ``since``-th on, and older ones the plan chooses), in a worker process, holding the
        write lock; the number of segments merged (0: none to merge, or cancelled)."""
        writer = self.writer()
        try:
            sizes = writer.segment_sizes()
            # a segment whose every document was deleted (an import undone) is dropped, not
            # read through by the merge
            empty = [segment_id for segment_id, live in sizes if live == 0]
            older = sum(1 for _, n in sizes[:since] if n) if since is not None else None
            chosen = merging.plan([(sid, n) for sid, n in sizes if n], older)
            merged = None
            if chosen:
                merged = workers.run_alone(merging.write_merged, self.folder, chosen, cancel=cancel)
        except BaseException:
            writer.cancel()  # the merge's files are removed with the lock still held
            raise
        if merged is None and not (empty and not (cancel is not None and cancel.cancelled)):
            writer.cancel()
            return 0
        writer.replace(merged, empty)
        return len(chosen) if merged is not None else 0

    def segment_count(self) -> int:
        """How many segments the index has (each costs every query some time)."""
        with self._reading():
            return len(self._open()._segments())

    def close(self) -> None:
        """Release files held open."""
        self._drop_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def doc_ids(self) -> set[int]:
        """Ids of every live document in the index."""
        with self._reading():
            return set(live_docnums(self.searcher().reader()))

    def count(self) -> int:
        """Number of documents in the index."""
        with self._reading():
            return int(self.searcher().doc_count())

    def damage(self, progress: Progress | None = None) -> list[str]:
        """What is damaged in the index's files (reads every segment whole; see ``verify``)."""
        try:
            ix = self._open()
        except Exception as exc:
            return [f"it cannot be opened ({describe(exc)})"]
        return damage(ix, progress)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """IndexDamaged, not a traceback, when a damaged file trips a read."""
        try:
            yield
        except ArchiverError:
            raise
        except Exception as exc:
            self._drop_searcher()
            raise IndexDamaged(
                f"the search index in {self.folder} is damaged ({describe(exc)}); "
                "`archiver check --repair` rebuilds it from the store",
                str(self.folder),
            ) from exc

    def search(
        self,
        node: q.Node,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        resolve: Resolver | None = None,
    ) -> tuple[int, list[tuple[int, float]]]:
        """(total, [(id, score)]) for one page of results."""
        wquery = to_whoosh(node, resolve)
        if wquery is wq.NullQuery:
            return 0, []
        with self._reading():
            return self._run(wquery, limit, offset, sort)

    def _run(
        self, wquery: wq.Query, limit: int, offset: int, sort: str
    ) -> tuple[int, list[tuple[int, float]]]:
        searcher = self.searcher()
        wquery, ranges = split(wquery)
        # numpy is imported where searches run only: the merge process, which loads this
        # package to merge segments, is spared its 13 MB
        from archiver.core.search.index.arrays import Scorer, SegmentArrays, top, within

        if self._arrays is None:
            self._arrays = SegmentArrays()
        scorer = Scorer(searcher, self._arrays)
        scorer.expand_prefixes(wquery, PREFIX_WORDS_MAX)
        self._arrays.forget_except({segment_id(leaf) for leaf, _ in scorer.leaves})
        hits = within(scorer.run(wquery), scorer.dates, ranges) if ranges else scorer.run(wquery)
        by_date = scorer.dates if sort == "date" else None
        page = top(hits, offset + limit, by_date)[offset:]
        ids = ids_of(searcher.reader(), [n for n, _score in page])
        # a date-sorted page carries no relevance scores (as when Whoosh sorted it)
        return len(hits.ids), [
            (doc_id, score if by_date is None else 0.0)
            for doc_id, (_n, score) in zip(ids, page, strict=True)
        ]

    def suggest(self, word: str) -> str | None:
        """The most frequent indexed word one edit away from ``word``, for "did you mean"."""
        tokens = arabic.analyze(word)
        if len(tokens) != 1 or not 3 <= len(tokens[0].exact) <= SUGGEST_MAX_LETTERS:
            return None
        with self._reading():
            reader = self.searcher().reader()
            target = tokens[0].exact
            best = max(
                ((reader.doc_frequency("exact", c), c) for c in _one_edit(target)),
                default=(0, ""),
            )
        return best[1] if best[0] > 0 else None


def ids_of(reader: Any, docnums: list[int]) -> list[int]:
    """The store's ids of some of a reader's document numbers (the index's id column)."""
    if not docnums:
        return []
    column = reader.column_reader("id")
    return [int(column[n]) for n in docnums]


def _remove_old_files(folder: Path) -> None:
    """Delete an index's files in place, its tables of contents first.

    On Windows a file another reader still has open (the app's searcher, a CLI search)
    cannot be deleted: an old segment stays behind, unused, and Whoosh removes it at a
    later commit. A table of contents kept would still be read as the index, so failing to
    remove one stops the rebuild before anything else is deleted.
    """
    toc = f"_{index._DEF_INDEX_NAME}_"
    for path in sorted(folder.iterdir(), key=lambda p: not p.name.startswith(toc)):
        try:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError as exc:
            if path.name.startswith(toc):
                raise IndexFailure(
                    f"cannot remove {path} to rebuild the index ({exc.strerror or exc}): "
                    "close the programs that search this archive, then rebuild"
                ) from exc


_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = _LATIN_LETTERS if word.isascii() else scripts.FOLDED_LETTERS
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return edits
