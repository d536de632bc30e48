"""A document's Description in a project, both ways: the ``name: value`` lines our export
writes (file name, source, date with where it came from and how precise it is, address,
language, author, the e-mail it came with, its collections), then its notes after a blank
line; and what the import reads back. A project another program made gives only a title
(its source's name) and its memo as the document's notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.checks import check_date
from archiver.core.annotations.collections import MAX_NAME_CHARS, SEPARATOR, split_path
from archiver.core.errors import Invalid
from archiver.core.exchange.qdpx.project import Source
from archiver.core.model import DatePrecision, DateSource
from archiver.core.store import collections as collection_rows
from archiver.core.store import documents as document_rows
from archiver.core.store import portable

if TYPE_CHECKING:
    from archiver.core.store.journal import RowLog

Row = dict[str, Any]
_PLAIN = ("source", "published", "published source", "published precision", "file date", "url",
          "language", "author", "attached to")  # fmt: skip
"""The single lines after ``file:``, in order (``collection:`` lines follow, one each)."""
_SOURCES = frozenset(s.value for s in DateSource)
_PRECISIONS = frozenset(p.value for p in DatePrecision)
MAX_FILE_NAME = 1000


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def about_lines(doc: Row, collections: list[str]) -> str:
    """A document's Description (its UUID-terms row as a payload carries it)."""
    values = {"source": doc.get("source"), "published": doc.get("published"),
              "url": doc.get("url"), "language": doc.get("language"),
              "author": doc.get("author"), "attached to": doc.get("parent_document")}  # fmt: skip
    if doc.get("published"):
        values["published source"] = doc.get("published_source")
        if doc.get("published_precision") != DatePrecision.DAY.value:
            values["published precision"] = doc.get("published_precision")
    values["file date"] = doc.get("file_date")
    parts = [f"file: {_one_line(doc['file_name'])}"]
    parts += [f"{name}: {_one_line(values[name])}" for name in _PLAIN if values.get(name)]
    parts += [f"collection: {path}" for path in sorted(collections, key=str.casefold)]
    notes = str(doc.get("notes") or "").strip()
    return "\n".join(parts) + (f"\n\n{notes}" if notes else "")


def collection_paths(records: dict[str, list[Row]]) -> dict[str, list[str]]:
    """Document UUID -> the paths of the collections it is in ("Ukraine/aid")."""
    held = {str(c["uuid"]): c for c in records.get("collection", [])}

    def path(uuid: str) -> str:
        names, seen = [], set()
        while uuid in held and uuid not in seen:
            seen.add(uuid)
            names.append(str(held[uuid]["name"]))
            uuid = str(held[uuid].get("collection_parent") or "")
        return SEPARATOR.join(reversed(names))

    found: dict[str, list[str]] = {}
    for link in records.get("document_collection", []):
        if str(link["collection"]) in held:
            found.setdefault(str(link["document"]), []).append(path(str(link["collection"])))
    return found


@dataclass
class About:
    """What a source's name and Description say of its document."""

    details: dict[str, str | None] = field(default_factory=dict)  # editable metadata
    imported: dict[str, str] = field(default_factory=dict)  # author, file name, the date's facts
    attached_to: str = ""  # the GUID of the source (a document's UUID) it came attached to
    collections: list[str] = field(default_factory=list)
    ours: bool = False  # from our own export: its lines say all there is (no date: none)


def read_about(source: Source, ours: bool) -> About:
    """What a source says of its document: from our export its lines and notes, from another
    program its name as the file's and its memo as notes."""
    about = About(ours=ours)
    title = source.name.strip() if ours else source.name.removesuffix(".txt").strip()
    if title:
        about.details["title"] = title
    if not ours:  # its name for the file, not the staged copy's ("00006 name.txt")
        if _one_line(source.name):
            about.imported["file_name"] = _one_line(source.name)[:MAX_FILE_NAME]
        if source.description.strip():
            about.details["notes"] = source.description.strip()
        return about
    head, _, notes = source.description.partition("\n\n")
    if notes.strip():
        about.details["notes"] = notes.strip()
    lines: dict[str, str] = {}
    for line in head.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == "collection" and value.strip():
            about.collections.append(value.strip())
        elif value.strip():
            lines[name.strip()] = value.strip()
    _read_lines(about, lines)
    return about


def _read_lines(about: About, lines: dict[str, str]) -> None:
    """The lines' values that are valid: the rest left out (as if not written)."""
    about.details.update({n: lines[n] for n in ("source", "url") if n in lines})
    if lines.get("author"):
        about.imported["author"] = lines["author"]
    if lines.get("file"):
        about.imported["file_name"] = lines["file"][:MAX_FILE_NAME]
    published = lines.get("published", "")
    if published and _date(published[:10]) is not None:
        about.details["published"] = published
        if lines.get("published source") in _SOURCES:
            about.imported["published_source"] = lines["published source"]
        if lines.get("published precision") in _PRECISIONS:
            about.imported["published_precision"] = lines["published precision"]
    file_date = _date(lines.get("file date", "")[:10])
    if file_date:
        about.imported["file_date"] = file_date
    about.attached_to = lines.get("attached to", "")


def _date(text: str | None) -> str | None:
    try:
        return check_date(text, "date")
    except Invalid:
        return None


def store_about(log: RowLog, doc_id: int, about: About) -> None:
    """A new document's details as its source gives them (journaled in ``log``). From our
    export a date the import found that the lines do not give is taken off again (one the
    staged file's name or its dateline gave, which the exported document did not have)."""
    details = dict(about.details)
    if about.ours and "published" not in details and document_rows.published_of(log.db, doc_id):
        details["published"] = None
    document_rows.update(log, doc_id, details)
    if about.imported:
        document_rows.set_imported(log, doc_id, about.imported)


def attach(log: RowLog, doc_id: int, guid: str, docs: dict[str, tuple[int, bool]]) -> bool:
    """Link a document to the one it came attached to (a source of the project, or a
    document here with that UUID); False when there is none."""
    parent = docs[guid][0] if guid in docs else portable.id_of(log.db, "document", guid)
    if parent is None or parent == doc_id:
        return False
    document_rows.set_imported(log, doc_id, {"parent_document": parent})
    return True


def collect_into(log: RowLog, doc_id: int, paths: list[str]) -> int:
    """Put a document in the collections its lines name (made when missing); how many were
    made."""
    made = 0
    for path in paths:
        names = [n for n in split_path(path) if len(n) <= MAX_NAME_CHARS]
        current: int | None = None
        for name in names:
            held = collection_rows.child_named(log.db, current, name)
            if held is None:
                held = collection_rows.add(log, name, current)
                made += 1
            current = held
        if current is not None and not collection_rows.holds(log.db, current, doc_id):
            collection_rows.put(log, current, doc_id)
    return made
