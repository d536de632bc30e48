"""Searches on the read pool: each pool thread has its own read-only archive, stale answers drop.

The GUI asks on a named channel (the result list, its rows' snippets, the reader's spans,
find in document, the document count, the ids of the browse list). Asking again on a channel supersedes what is in flight there: an
older answer that arrives late is never delivered, and one still queued does not run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver.core.archive import Archive
from archiver.core.errors import ArchiverError
from archiver.core.idsets import IdRanges
from archiver.services.tasks import Lane

RESULTS = "results"  # the result list: its first page, more pages, the rest for a sort
READER = "reader"  # the open document's spans for the query
FIND = "find"  # find in document
COUNT = "count"  # the number of documents in the status bar
SNIPPETS = "snippets"  # the snippets of the result rows shown, for the query shown
SIDEBAR = "sidebar"  # what the library sidebar lists, with its counts
BROWSE = "browse"  # the ids of the browse list: every document, or an import batch's
SORT = "sort"  # a search's every hit id, in a column's order

_STALE = object()  # what a superseded task returns instead of running


@dataclass(frozen=True)
class BrowseIds:
    """The browse list's ids in their order, and each id's place in it (made on the pool: the
    GUI thread neither builds a set of 100,000 ids nor looks one up in the list)."""

    ids: list[int]
    live: dict[int, int]  # id -> its row in ids


ColumnSort = tuple[str, bool]  # a result-list column and descending


def browse_ids(
    archive: Archive, within: Sequence[int] | None, sort: ColumnSort | None = None
) -> BrowseIds:
    """Every document out of the trash, newest import first; or those of ``within`` (an
    import batch's ``IdRanges``, read by its runs), in its order; or either by ``sort``."""
    if within is None:
        ids = archive.sorted_ids(*sort) if sort else archive.document_ids()
    elif isinstance(within, IdRanges):
        ids = archive.live_ids_in(within)
    else:
        live = set(archive.live_ids_in(IdRanges(within)))
        ids = [i for i in within if i in live]
    if sort and within is not None:
        ids = archive.sorted_ids(*sort, ids)
    return BrowseIds(ids, {doc_id: row for row, doc_id in enumerate(ids)})


@dataclass(frozen=True)
class SortedHits:
    """Every hit of a query: best first, and in a column's order with each id's row in it
    (made on the pool, as ``BrowseIds`` is)."""

    ranked: list[int]
    ids: list[int]  # ranked, or by the column asked
    live: dict[int, int]  # id -> its row in ids


def sorted_hits(archive: Archive, text: str, sort: ColumnSort | None) -> SortedHits:
    """A query's every hit (ids only) in the store's order of a column, ties by id; best first
    without one."""
    ranked = archive.hit_ids(text)
    ids = archive.sorted_ids(*sort, ranked) if sort else ranked
    return SortedHits(ranked, ids, {doc_id: row for row, doc_id in enumerate(ids)})


class ThreadArchives:
    """Read-only archives, one per pool thread: no connection or searcher is shared by threads."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._local = threading.local()
        self._opened: list[Archive] = []
        self._guard = threading.Lock()
        self._epoch = 0  # bumped when the index was replaced: each thread reopens its searcher
        self._closed = False

    def get(self) -> Archive:
        """This thread's archive, opened on first use."""
        archive: Archive | None = getattr(self._local, "archive", None)
        if archive is None:
            archive = Archive.open(self.root, readonly=True)
            with self._guard:
                if self._closed:
                    archive.close()
                    raise ArchiverError("the archive was closed")
                self._opened.append(archive)
            self._local.archive, self._local.epoch = archive, self._epoch
        elif self._local.epoch != self._epoch:
            archive.index.close()  # on its own thread; the next search opens the new index
            self._local.epoch = self._epoch
        return archive

    def index_replaced(self) -> None:
        """The index was rebuilt: every thread's next search opens the new one."""
        self._epoch += 1

    def close(self) -> None:
        """Close every thread's archive (after the pool has drained)."""
        with self._guard:
            self._closed = True
            opened, self._opened = self._opened, []
        for archive in opened:
            archive.close()


class Searches:
    """Read-only work on the read pool, one generation counter per channel."""

    def __init__(self, root: Path, lane: Lane) -> None:
        self.archives = ThreadArchives(root)
        self.lane = lane
        self._generation: dict[str, int] = {}

    def start(
        self,
        channel: str,
        func: Callable[[Archive], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        supersede: bool = True,
    ) -> int:
        """Run ``func(archive)`` on the pool; the callbacks run on the GUI thread, if still current.

        ``supersede`` starts a new generation on the channel (a new query); False joins the
        current one (the next page of the same query), so a newer query drops it too.
        """
        if supersede:
            self.supersede(channel)
        generation = self._generation.get(channel, 0)

        def run() -> Any:
            if not self.current(channel, generation):
                return _STALE  # superseded while queued: not worth running
            return func(self.archives.get())

        def done(result: Any) -> None:
            if result is not _STALE and self.current(channel, generation):
                on_done(result)

        def failed(exc: BaseException) -> None:
            if on_error is not None and self.current(channel, generation):
                on_error(exc)

        self.lane.submit(run, done, failed)
        return generation

    def supersede(self, channel: str) -> None:
        """Drop whatever is in flight on ``channel``."""
        self._generation[channel] = self._generation.get(channel, 0) + 1

    def current(self, channel: str, generation: int) -> bool:
        """True while no newer request was made on ``channel``."""
        return self._generation.get(channel, 0) == generation

    def close(self) -> None:
        """Drop every answer still to come and close the threads' archives (pool drained first)."""
        for channel in list(self._generation):
            self.supersede(channel)
        self.archives.close()
