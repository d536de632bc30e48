"""The ``document`` table: every statement on it is issued here.

Its texts are stored compressed (``document_text``), three of its columns short when they
hold the usual value (``document_short``): every read here unpacks and expands them, so
what leaves this module (a ``Document``, a row for sync or export) holds the full values.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.errors import DamagedText, Invalid, StoreError, UnknownDocument
from archiver.core.model import DatePrecision, DateSource, Document
from archiver.core.store import document_short, document_text, identity, signatures
from archiver.core.store.document_fields import check_editable, check_imported, precision_of
from archiver.core.store.document_rows import Fingerprint, Indexable, IndexFacts, Original, Trashed
from archiver.core.store.document_short import expanded, shortened
from archiver.core.store.document_text import Stored, unpacked_row
from archiver.core.text import scripts

if TYPE_CHECKING:
    from archiver.core.idsets import IdRanges
    from archiver.core.store.journal import RowLog

TABLES = ("document",)
"""The tables whose every statement this module issues."""

LAST_ID = "last_document_id"  # meta key: the highest id ever given (ids are never reused)
_READ = ", ".join(f.name for f in dataclasses.fields(Document) if f.name != "attachments")
_SUMMARY = (
    "id, title, published, published_source, source, language, direction, kind, file_name, pages,"
    " quality, original_path"
)
_CHUNK = 500  # ids per IN (...) list
LIVE = "trashed_at IS NULL"  # a document out of the trash: listed, counted, indexed, exported
TRASHED = "SELECT id FROM document WHERE trashed_at IS NOT NULL"
"""The ids in the trash, for other tables' reads to leave their rows out (``NOT IN (…)``)."""


@dataclass
class NewDocument:
    """A row to insert: one file, extracted and about to be stored."""

    id: int
    title: str
    published: str | None
    language: str
    file_name: str
    original_path: str
    stored_name: str
    file_sha256: str
    text_sha256: str
    kind: str
    mime: str
    file_size: int
    pages: int | None
    encoding: str | None
    method: str
    quality: float
    raw_text: Stored  # the texts as given, or as a worker packed them (``document_text``)
    text: Stored
    alt_text: Stored
    imported_at: str
    warnings: list[str] = field(default_factory=list)
    file_date: str | None = None
    published_source: str | None = None  # a DateSource value, None without a date
    published_precision: str | None = None  # a DatePrecision value, None without a date
    unverified: list[tuple[int, int]] = field(default_factory=list)  # numbers OCR read
    doubtful: list[tuple[int, int, int]] = field(default_factory=list)  # OCR's unsure words
    url: str = ""
    author: str = ""
    parent_document: int | None = None  # the e-mail it was attached to
    source: str = ""  # the outlet, when the file names it (a saved page's <title>)
    original_recipe: str | None = None  # how its bytes come back, when it keeps no file

    def facts(self) -> IndexFacts:
        """The facts the index records for this new row."""
        return IndexFacts(self.id, self.title, self.source, self.file_name, self.language,
                          self.kind, self.published, self.imported_at)  # fmt: skip


_INSERTED = [f.name for f in dataclasses.fields(NewDocument)]
_INSERT = (
    f"INSERT INTO document({', '.join(_INSERTED)}, direction, modified_at,"
    f" uuid) VALUES ({', '.join('?' * (len(_INSERTED) + 3))})"
)
_SPANS = ("unverified", "doubtful")  # spans into the text, kept as JSON lists
_FACTS = ("id", "title", "source", "file_name", "language", "kind", "published", "imported_at")


def get(db: sqlite3.Connection, doc_id: int) -> Document:
    """One document with its text; UnknownDocument when there is none with this id."""
    try:
        row = db.execute(f"SELECT {_READ} FROM document WHERE id = ?", (doc_id,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        row = None
    if row is None:
        raise UnknownDocument(doc_id)
    values = expanded(_unpacked(row, doc_id))
    values["warnings"] = json.loads(values["warnings"] or "[]")
    values.update({n: [tuple(s) for s in json.loads(values[n] or "[]")] for n in _SPANS})
    return Document(**values, attachments=attachments_of(db, doc_id))


def attachments_of(db: sqlite3.Connection, doc_id: int) -> tuple[int, ...]:
    """The documents attached to this one (out of the trash), by id."""
    sql = f"SELECT id FROM document WHERE parent_document = ? AND {LIVE} ORDER BY id"
    return tuple(r[0] for r in db.execute(sql, (doc_id,)))


def text_of(db: sqlite3.Connection, doc_id: int) -> str:
    """A document's canonical text; UnknownDocument when there is none."""
    return _texts(db, doc_id, "text")[0]


def texts_of(db: sqlite3.Connection, doc_id: int) -> tuple[str, str]:
    """A document's raw and canonical texts (what regenerates its original)."""
    raw_text, text = _texts(db, doc_id, "raw_text, text")
    return raw_text, text


def _texts(db: sqlite3.Connection, doc_id: int, columns: str) -> list[str]:
    try:
        row = db.execute(f"SELECT {columns} FROM document WHERE id = ?", (doc_id,)).fetchone()
    except OverflowError:  # an id no SQLite integer can hold
        row = None
    if row is None:
        raise UnknownDocument(doc_id)
    return [str(v) for v in _unpacked(row, doc_id).values()]


def _unpacked(row: sqlite3.Row, doc_id: int) -> dict[str, Any]:
    """A row read here with its texts unpacked; StoreError naming the document if damaged."""
    try:
        return unpacked_row(row)
    except StoreError as exc:
        raise DamagedText(doc_id, str(exc.__cause__ or exc)) from exc


def plain(row: Any) -> dict[str, Any]:
    """A whole row another module read generically (sync, the journal), with its texts
    unpacked and its short columns expanded: the values as they travel."""
    return expanded(unpacked_row(row))


def published_of(db: sqlite3.Connection, doc_id: int) -> str | None:
    """A document's published date (ISO text), None when unknown; UnknownDocument if absent."""
    row = db.execute("SELECT published FROM document WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise UnknownDocument(doc_id)
    return row[0]


def count(db: sqlite3.Connection) -> int:
    """Number of documents (out of the trash)."""
    return int(db.execute(f"SELECT COUNT(*) FROM document WHERE {LIVE}").fetchone()[0])


def ids(db: sqlite3.Connection, order: str = "imported") -> list[int]:
    """Document ids out of the trash, newest import first (or by published date: 'date')."""
    column = "published DESC NULLS LAST, id DESC" if order == "date" else "id DESC"
    return [r[0] for r in db.execute(f"SELECT id FROM document WHERE {LIVE} ORDER BY {column}")]


# What the result list sorts by, per column: text by code point (SQLite's BINARY on UTF-8,
# as Python compares str), a missing date or quality first when ascending.
SORT_KEYS = {
    "title": "COALESCE(title, '')", "date": "COALESCE(published, '')",
    "source": "COALESCE(source, '')", "language": "COALESCE(language, '')",
    "quality": "COALESCE(quality, 0.0)",
}  # fmt: skip


def sorted_ids(
    db: sqlite3.Connection, column: str, descending: bool, within: Sequence[int] | None = None
) -> list[int]:
    """Ids by a list column (``SORT_KEYS``), ties by id the same way: every document out of
    the trash, or those of ``within`` out of the trash (a search's hits)."""
    key, way = SORT_KEYS[column], "DESC" if descending else "ASC"
    if within is None:
        sql = f"SELECT id FROM document WHERE {LIVE} ORDER BY {key} {way}, id {way}"
        return [r[0] for r in db.execute(sql)]
    pairs: list[Any] = []  # (key, id): the keys of one column are all str or all float
    for part, marks in _chunks(list(within)):
        sql = f"SELECT {key}, id FROM document WHERE {LIVE} AND id IN ({marks})"
        pairs += [(row[0], row[1]) for row in db.execute(sql, part)]
    pairs.sort(reverse=descending)
    return [doc_id for _key, doc_id in pairs]


def live_in(db: sqlite3.Connection, within: IdRanges) -> list[int]:
    """The ids of ``within`` that name a document out of the trash, in id order."""
    found: list[int] = []
    for clause, values in _run_clauses(within):
        sql = f"SELECT id FROM document WHERE {LIVE} AND ({clause}) ORDER BY id"
        found += [r[0] for r in db.execute(sql, values)]
    return found


def count_live_in(db: sqlite3.Connection, within: IdRanges) -> int:
    """How many ids of ``within`` name a document out of the trash (read from the index of
    live ids, bounded by the runs: not a read of every document)."""
    total = 0
    for clause, values in _run_clauses(within):
        sql = f"SELECT COUNT(*) FROM document WHERE {LIVE} AND ({clause})"
        total += int(db.execute(sql, values).fetchone()[0])
    return total


def _run_clauses(within: IdRanges) -> Iterator[tuple[str, list[int]]]:
    """``id BETWEEN`` clauses for the runs, a few hundred to a statement, in id order."""
    runs = within.runs
    for start in range(0, len(runs), _CHUNK // 2):
        part = runs[start : start + _CHUNK // 2]
        yield " OR ".join(["id BETWEEN ? AND ?"] * len(part)), [v for run in part for v in run]


def id_set(db: sqlite3.Connection) -> set[int]:
    """Every document id out of the trash, unordered."""
    return {r[0] for r in db.execute(f"SELECT id FROM document WHERE {LIVE}")}


def trashed(db: sqlite3.Connection, wanted: Iterable[int] | None = None) -> list[Trashed]:
    """Documents in the trash (all, or these ids), most recently trashed first."""
    sql = (
        "SELECT id, title, file_name, file_size, trashed_at, stored_name, original_recipe,"
        " original_path, file_sha256 FROM document WHERE trashed_at IS NOT NULL"
    )
    rows = _full(db, sql + " ORDER BY trashed_at DESC, id DESC")
    found = [Trashed(*list(row.values())[:7]) for row in rows]
    if wanted is None:
        return found
    keep = set(wanted)
    return [t for t in found if t.id in keep]


def trashed_state(db: sqlite3.Connection, wanted: Iterable[int]) -> dict[int, str | None]:
    """For each of these ids that has a row: when it was trashed (None: not in the trash)."""
    found: dict[int, str | None] = {}
    for part, marks in _chunks(list(wanted)):
        sql = f"SELECT id, trashed_at FROM document WHERE id IN ({marks})"
        found.update((row[0], row[1]) for row in db.execute(sql, part))
    return found


def _chunks(wanted: list[Any]) -> Iterator[tuple[list[Any], str]]:
    """Ids in lists short enough for one IN (...), with their placeholders."""
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        yield part, ",".join("?" * len(part))


def summaries(db: sqlite3.Connection, wanted: Iterable[int]) -> dict[int, dict]:
    """Light rows (no text) for a list view: title, date, source, language, kind, file."""
    found: dict[int, dict] = {}
    for part, marks in _chunks(list(wanted)):
        for row in _full(db, f"SELECT {_SUMMARY} FROM document WHERE id IN ({marks})", part):
            del row["original_path"]
            found[row["id"]] = row
    return found


def hit_rows(db: sqlite3.Connection, wanted: list[int], *, text: bool) -> dict[int, dict]:
    """What a search hit shows (title, date, language, source, kind, quality; the text if
    asked: None when it is damaged, so that one damaged text does not fail a whole page)."""
    columns = "id, title, published, published_source, language, source, kind, quality"
    columns += ", text" if text else ""
    found: dict[int, dict] = {}
    for part, marks in _chunks(wanted):
        sql = f"SELECT {columns} FROM document WHERE {LIVE} AND id IN ({marks})"
        for row in db.execute(sql, part):
            found[row["id"]] = dict(row)
            if text:
                found[row["id"]]["text"] = document_text.unpack_or_none(row["text"])
    return found


def update(log: RowLog, doc_id: int, changes: dict[str, str | None]) -> None:
    """Change editable metadata (journaled); Invalid names the fields that are not editable.

    A date given here is marked as set by the user (a cleared date has no source).
    """
    check_editable(changes)
    columns = dict(changes)
    if columns.get("title"):  # a title pasted with a direction mark at an end
        columns["title"] = scripts.without_edge_controls(str(columns["title"]))
    if "published" in columns:
        columns["published_source"] = DateSource.USER.value if columns["published"] else None
        columns["published_precision"] = precision_of(columns["published"])
    if columns:
        log.update("document", doc_id, {**columns, "modified_at": store.now()})


def set_imported(log: RowLog, doc_id: int, values: dict[str, Any]) -> None:
    """Facts of a document an exported project gave (``document_fields.IMPORTED``: its author,
    file name, the date's source and precision, the e-mail it came with), journaled."""
    check_imported(values)
    log.update("document", doc_id, values)


def trash_set(log: RowLog, ids: IdRanges, at: str) -> None:
    """Move documents to the trash (rows, annotations stay), journaled as one operation."""
    log.set("document", ids, {"trashed_at": at})


def restore(log: RowLog, doc_id: int) -> None:
    """Bring a document back from the trash (journaled)."""
    log.update("document", doc_id, {"trashed_at": None})


def restore_set(log: RowLog, ids: IdRanges) -> None:
    """Bring documents back from the trash, journaled as one operation on their id set."""
    log.set("document", ids, {"trashed_at": None})


def imported_batch(log: RowLog, ids: IdRanges, at: str) -> None:
    """Journal the documents an import batch (or a merge) stored, as one operation on their
    id set: undoing it moves them to the trash."""
    log.written_set("document", ids, {"trashed_at": at})


def delete(db: sqlite3.Connection, doc_id: int) -> None:
    """Remove a document row for good (its annotations go with it by cascade, its band
    rows found from its text)."""

    def text() -> str | None:
        row = db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()
        return document_text.unpack_or_none(row[0]) if row else None

    signatures.forget(db, doc_id, text)
    db.execute("DELETE FROM document WHERE id = ?", (doc_id,))


def same_file_or_text(db: sqlite3.Connection, file_sha256: str, text_sha256: str) -> int | None:
    """The id of a document with these bytes or this text, if there is one."""
    row = db.execute(
        "SELECT id FROM document WHERE file_sha256 = ?"
        " OR (substr(text_sha256, 1, 16) = ? AND text_sha256 = ?) LIMIT 1",
        (file_sha256, text_sha256[:16], text_sha256),
    ).fetchone()
    return None if row is None else int(row[0])


def stored_names_among(db: sqlite3.Connection, names: Iterable[str]) -> set[str]:
    """Those of ``names`` (stored copies under originals/) that a document row names (a
    short one found by the SHA-256 the name holds)."""
    wanted, found = set(names), set[str]()
    shas = {n.partition("/")[2][:64] for n in wanted}
    for part, marks in _chunks(sorted(wanted | shas)):
        sql = (f"SELECT stored_name, file_sha256 FROM document"
               f" WHERE stored_name IN ({marks}) OR file_sha256 IN ({marks})")  # fmt: skip
        found.update(row["stored_name"] for row in _full(db, sql, part + part))
    return found & wanted


def next_id(db: sqlite3.Connection) -> int:
    """The next id never given before: ids of deleted documents are not reused."""
    highest = db.execute("SELECT MAX(id) FROM document").fetchone()[0] or 0
    return max(highest, int(store.get_meta(db, LAST_ID, "0") or 0)) + 1


def remember_last_id(db: sqlite3.Connection, last: int) -> None:
    """Record the highest id given, so that it is not given again after a delete."""
    store.set_meta(db, LAST_ID, str(last))


def insert(db: sqlite3.Connection, new: NewDocument) -> None:
    """Store a new document row (Invalid for a value its column cannot keep)."""
    values = list(shortened({name: getattr(new, name) for name in _INSERTED}).values())
    for name in document_text.COLUMNS:
        values[_INSERTED.index(name)] = document_text.pack(getattr(new, name))
    values[_INSERTED.index("warnings")] = json.dumps(new.warnings, ensure_ascii=False)
    for name in _SPANS:  # the spans as JSON lists
        values[_INSERTED.index(name)] = json.dumps([list(s) for s in getattr(new, name)])
    if new.published and not new.published_precision:
        values[_INSERTED.index("published_precision")] = DatePrecision.DAY.value
    direction = "ltr" if new.language == "en" else "rtl"
    db.execute(_INSERT, [*values, direction, new.imported_at,
                         identity.document_uuid(new.file_sha256)])  # fmt: skip


def insert_row(db: sqlite3.Connection, values: dict[str, object]) -> None:
    """Store a document row another copy sent (its columns checked against the table's; its
    texts packed as this copy stores them)."""
    known = {row[1] for row in db.execute("PRAGMA table_info(document)")}
    unknown = set(values) - known
    if unknown:
        raise Invalid(f"no such document column: {', '.join(sorted(unknown))}")
    values = shortened(document_text.packed_row(values))
    cols = ", ".join(f'"{c}"' for c in values)
    db.execute(
        f"INSERT INTO document({cols}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )


def set_reference(db: sqlite3.Connection, doc_id: int, column: str, value: int | None) -> None:
    """Point a column of a document that names another record (an e-mail it was attached
    to …) at that record: the second pass of a merge, once every document is stored."""
    known = {fk[3] for fk in db.execute("PRAGMA foreign_key_list(document)")}
    if column not in known:
        raise Invalid(f"document column {column} names no record")
    db.execute(f'UPDATE document SET "{column}" = ? WHERE id = ?', (value, doc_id))


def id_of_file(db: sqlite3.Connection, file_sha256: str) -> int | None:
    """The id of the document whose original has this SHA-256 (None: no such document)."""
    row = db.execute("SELECT id FROM document WHERE file_sha256 = ?", (file_sha256,)).fetchone()
    return None if row is None else int(row[0])


def indexable(db: sqlite3.Connection, wanted: list[int] | None) -> list[Indexable]:
    """The documents to (re)index: these ids (those that exist), or all of them by id."""
    sql = f"SELECT {', '.join(_FACTS)}, original_path, text, alt_text FROM document WHERE {LIVE}"
    if wanted is None:
        rows = db.execute(sql + " ORDER BY id").fetchall()
    else:
        rows = [r for doc_id in wanted for r in db.execute(sql + " AND id = ?", (doc_id,))]
    found = (expanded(_unpacked(r, r["id"])) for r in rows)
    return [Indexable(IndexFacts(*(r[n] for n in _FACTS)), r["text"], r["alt_text"]) for r in found]


def fingerprints(db: sqlite3.Connection) -> list[Fingerprint]:
    """Every document's original name and hash, and its text with the text's hash (the
    trash's documents too: their originals are kept until the trash is emptied)."""
    sql = "SELECT id, stored_name, file_sha256, text, text_sha256, original_recipe FROM document"
    found = _full(db, sql)
    names = ("id", "stored_name", "file_sha256", "text", "text_sha256", "original_recipe")
    for row in found:
        row["text"] = document_text.unpack_or_none(row["text"])
    return [Fingerprint(*(row[n] for n in names)) for row in found]


_ORIGINAL = "id, stored_name, file_sha256, original_recipe"


def _full(db: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows by column name (whatever the connection's row factory), with the full values."""
    cursor = db.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [expanded(zip(names, row, strict=True)) for row in cursor]


def _original(row: dict[str, Any]) -> Original:
    return Original(row["id"], row["stored_name"], row["file_sha256"], row["original_recipe"])


def original_of(db: sqlite3.Connection, doc_id: int) -> Original:
    """One document's stored copy; UnknownDocument when there is no such row."""
    rows = _full(db, f"SELECT {_ORIGINAL} FROM document WHERE id = ?", (doc_id,))
    if not rows:
        raise UnknownDocument(doc_id)
    return _original(rows[0])


def originals(db: sqlite3.Connection) -> list[Original]:
    """Every document's stored copy (the trash's too), by id: what a backup carries."""
    return [_original(row) for row in _full(db, f"SELECT {_ORIGINAL} FROM document ORDER BY id")]


def live_originals(db: sqlite3.Connection) -> list[tuple[Original, str]]:
    """Every document out of the trash, by id, with its original's file name."""
    sql = f"SELECT {_ORIGINAL}, file_name, original_path FROM document WHERE {LIVE} ORDER BY id"
    return [(_original(row), str(row["file_name"])) for row in _full(db, sql)]


def export_rows(db: sqlite3.Connection, columns: tuple[str, ...]) -> list[dict]:
    """Every document by id, with these columns (names checked against the table's)."""
    known = {row[1] for row in db.execute("PRAGMA table_info(document)")}
    unknown = set(columns) - known
    if unknown:
        raise Invalid(f"no such document column: {', '.join(sorted(unknown))}")
    needed = [n for c in columns if (n := document_short.NEEDS.get(c)) and n not in columns]
    sql = f"SELECT {', '.join((*columns, *needed))} FROM document WHERE {LIVE} ORDER BY id"
    full = (expanded(unpacked_row(r)) for r in db.execute(sql))
    return [{c: row[c] for c in columns} for row in full]


def ids_after(db: sqlite3.Connection, after: int, limit: int) -> list[int]:
    """Up to ``limit`` document ids above ``after``, in order (the trash's too)."""
    sql = "SELECT id FROM document WHERE id > ? ORDER BY id LIMIT ?"
    return [int(r[0]) for r in db.execute(sql, (after, limit))]


def count_after(db: sqlite3.Connection, after: int) -> int:
    """How many documents have an id above ``after`` (the trash's too)."""
    return int(db.execute("SELECT COUNT(*) FROM document WHERE id > ?", (after,)).fetchone()[0])


def last_id(db: sqlite3.Connection) -> int:
    """The highest document id held (0: none)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM document").fetchone()[0])
