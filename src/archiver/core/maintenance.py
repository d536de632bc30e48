"""Old names of the check and of the index rebuild, for callers not yet moved to their homes.

The check is ``archiver.core.check.check``; rebuild and sync are ``Archive.indexer``
(``archiver.core.search.indexing.Indexer``). This module goes once no caller imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from archiver.core.check import check
from archiver.core.progress import CancelToken, Progress

if TYPE_CHECKING:
    from archiver.core.archive import Archive

__all__ = ["check", "rebuild_index", "sync_index"]


def rebuild_index(
    archive: Archive, progress: Progress | None = None, cancel: CancelToken | None = None
) -> int:
    """Throw the index away and build it again from the store (``Archive.indexer.rebuild``)."""
    return archive.indexer.rebuild(progress, cancel)


def sync_index(archive: Archive, *, quick: bool = False) -> tuple[set[int], set[int]]:
    """Bring the index in line with the store (``Archive.indexer.sync``)."""
    return archive.indexer.sync(quick=quick)
