"""The index's files, read as ordinary files rather than through memory maps.

Whoosh maps a compound segment file into memory and then opens each part of it as a
``BytesIO`` over the map, which copies the part: every process, and every searcher, that
opened the index held the whole of it in its own memory (264 MB at 100,000 articles, in
each of the app's search threads and in the import's main process). Read as files, a part
is read where a query needs it; the system's page cache keeps what is read often.
"""

from __future__ import annotations

from pathlib import Path

from whoosh import fields, index
from whoosh.filedb.filestore import FileStorage


def storage(folder: Path) -> FileStorage:
    """The index folder as a Whoosh storage that never maps its files into memory."""
    return FileStorage(str(folder), supports_mmap=False)


def open_index(folder: Path) -> index.Index:
    """The index in ``folder``."""
    return storage(folder).open_index()


def create_index(folder: Path, schema: fields.Schema) -> index.Index:
    """A new, empty index in ``folder``."""
    return storage(folder).create_index(schema)
