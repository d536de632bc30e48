"""The stored copies an import wrote whose rows are not committed yet, named in a file beside
the store: a killed import's leftovers are then known as such, not taken for damage.

The batch names each copy here before it writes it and empties the list once the store has
committed; ``finish`` (on the next open for writing) removes the copies no row names.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import IO

from archiver.core.store import documents

PENDING_NAME = "import-pending.txt"


class PendingOriginals:
    """The list of copies written by the open store transaction of an import batch."""

    def __init__(self, root: Path) -> None:
        self.path = root / PENDING_NAME
        self._handle: IO[str] | None = None

    def add(self, stored_name: str) -> None:
        """Name a copy before it is written (OSError on a full disk: nothing is written then)."""
        if self._handle is None:
            self._handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed by clear()
        self._handle.write(stored_name + "\n")
        self._handle.flush()

    def clear(self) -> None:
        """The store committed (or rolled back and removed) every copy named: forget them."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def names(root: Path) -> list[str]:
    """The copies an import in progress, or one that was interrupted, has named."""
    try:
        text = (root / PENDING_NAME).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    # only names inside originals/: the file is ours, but a damaged one must not reach out
    return [n for n in text.splitlines() if n and not Path(n).is_absolute() and ".." not in n]


def leftovers(root: Path, db: sqlite3.Connection) -> list[Path]:
    """Named copies that exist under originals/ and that no document row names."""
    named = set(names(root))
    kept = documents.stored_names_among(db, named)
    return [
        root / "originals" / n for n in sorted(named - kept) if (root / "originals" / n).is_file()
    ]


def finish(root: Path, db: sqlite3.Connection) -> int:
    """Finish an interrupted import: remove its copies that no row names; how many went."""
    if not (root / PENDING_NAME).exists():
        return 0
    gone = leftovers(root, db)
    for path in gone:
        path.unlink(missing_ok=True)
    (root / PENDING_NAME).unlink(missing_ok=True)
    return len(gone)
