"""Scratch folders for reading a file (OCR, a PDF's scanned pages, an attachment).

An import worker killed for its time or memory budget never runs its cleanup, and its
folder, a scan's pages and OCR's work files, stayed in the temporary folder. Each folder
now holds a lock file its process keeps locked; a folder whose lock no process holds was
left by a dead process, and the next import removes it.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from archiver.core.lock import WriterLock

PREFIXES = ("archiver-ocr-", "archiver-scan-", "archiver-attachment-")
HELD = ".in-use"  # the lock file inside each folder
SETTLED_SECONDS = 60  # a folder younger than this may not hold its lock yet


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A new temporary folder, locked as in use until the block ends, then removed."""
    assert prefix in PREFIXES, prefix
    with tempfile.TemporaryDirectory(prefix=prefix) as work:
        lock = WriterLock(Path(work) / HELD)
        lock.acquire()
        try:
            yield Path(work)
        finally:
            lock.release()


def remove_orphans(folder: Path | None = None) -> int:
    """Remove the scratch folders no living process holds; how many were removed."""
    root = Path(folder or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(PREFIXES) and _orphaned(entry):
            shutil.rmtree(entry, ignore_errors=True)
            removed += not entry.exists()
    return removed


def _orphaned(folder: Path) -> bool:
    """True when no process holds the folder and it has stood long enough to know."""
    held = folder / HELD
    try:
        if not folder.is_dir() or folder.is_symlink():
            return False
        since = (held if held.exists() else folder).stat().st_mtime
    except OSError:
        return False
    if time.time() - since < SETTLED_SECONDS:
        return False
    return not held.exists() or WriterLock(held).holder() is None
