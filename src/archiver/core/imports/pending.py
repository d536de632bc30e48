"""The originals an import batch wrote and its store has not committed yet, noted in a file.

A killed import leaves such copies behind, belonging to no document. The batch notes each
copy's name here before writing it and empties the note at every store commit; the next
writable open of the archive (``finish_interrupted``) removes the noted copies that no
document names, then the note. While an import runs, the note names the originals that are
still being imported rather than stray.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TextIO

from archiver.core.store import documents

NOTE_NAME = "import-in-progress.jsonl"  # in the archive folder, beside archive.sqlite3


class PendingOriginals:
    """The note of one running import batch (the writer lock makes it the only one)."""

    def __init__(self, root: Path) -> None:
        self.path = root / NOTE_NAME
        self._file: TextIO | None = None

    def note(self, stored_name: str) -> None:
        """Record ``stored_name`` before its copy is written (flushed: a kill may follow)."""
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        self._file.write(json.dumps(stored_name) + "\n")
        self._file.flush()

    def committed(self) -> None:
        """The store committed every noted copy's document (or the copy was removed)."""
        if self._file is not None:
            self._file.truncate(0)
            self._file.seek(0)

    def clear(self) -> None:
        """The batch ended: nothing is pending."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self.path.unlink(missing_ok=True)


def noted(root: Path) -> list[str]:
    """The names a running or interrupted import noted (none when it left no note)."""
    try:
        lines = (root / NOTE_NAME).read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, UnicodeDecodeError):
        return []
    names = []
    for line in lines:
        try:
            name = json.loads(line)
        except ValueError:  # the last line, cut by the kill while it was written
            continue
        if isinstance(name, str):
            names.append(name)
    return names


def finish_interrupted(root: Path, db: sqlite3.Connection) -> list[str]:
    """Remove the copies a killed import wrote for documents it never committed, and its
    note; the names removed. Call only with the writer lock (no import is running)."""
    note = root / NOTE_NAME
    if not note.exists():
        return []
    originals = (root / "originals").resolve()
    kept = documents.stored_names(db)
    removed = []
    for name in noted(root):
        copy = (originals / name).resolve()
        if name in kept or not copy.is_relative_to(originals) or not copy.is_file():
            continue
        copy.unlink()
        removed.append(name)
    note.unlink(missing_ok=True)
    return removed
