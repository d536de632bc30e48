"""Reading rows straight from the pages of an SQLite file that SQLite itself refuses.

The fallback when the sqlite3 program (its ``.recover``) is missing or fails: each table's
b-tree is walked from the root page the schema names, a page or cell that does not parse is
skipped and counted, and leaf pages no tree reaches any more (their parent was damaged) are
given to the table whose columns their rows fit. The write-ahead log's committed frames are
read over the file first. Only the file format is read here: no SQL, no table named.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field

_MAGIC = b"SQLite format 3\x00"
_TABLE_INTERIOR, _TABLE_LEAF, _INDEX_INTERIOR, _INDEX_LEAF = 5, 13, 2, 10
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_SIZES = (0, 1, 2, 3, 4, 6, 8)


class Damaged(Exception):
    """A page, cell or record that does not parse."""


@dataclass
class SchemaEntry:
    """One table of the schema page: its name, root page and CREATE statement."""

    name: str
    root: int
    sql: str


@dataclass
class Walked:
    """What the pages gave: the schema, each table's records, and what could not be read."""

    tables: list[SchemaEntry] = field(default_factory=list)
    records: dict[str, list[tuple[int | None, list]]] = field(default_factory=dict)
    damaged_pages: int = 0
    damaged_cells: int = 0
    orphan_pages: int = 0  # leaf pages no tree reached, given to a table by their rows' shape
    unplaced_pages: int = 0  # leaf pages whose rows fit no table (or several)


def _u16(b: bytes, i: int) -> int:
    if i + 2 > len(b):
        raise Damaged("past the end of the page")
    return int.from_bytes(b[i : i + 2], "big")


def _u32(b: bytes, i: int) -> int:
    if i + 4 > len(b):
        raise Damaged("past the end of the page")
    return int.from_bytes(b[i : i + 4], "big")


def varint(b: bytes, i: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``i``: its value and the offset after it."""
    value = 0
    for k in range(8):
        if i + k >= len(b):
            raise Damaged("a number runs past the end of the page")
        c = b[i + k]
        value = (value << 7) | (c & 0x7F)
        if c < 0x80:
            return value, i + k + 1
    if i + 8 >= len(b):
        raise Damaged("a number runs past the end of the page")
    return (value << 8) | b[i + 8], i + 9


def decode_record(payload: bytes) -> list:
    """The values of one record (SQLite's record format); Damaged when it does not add up."""
    size, i = varint(payload, 0)
    if size > len(payload):
        raise Damaged("a record header longer than the record")
    types = []
    while i < size:
        kind, i = varint(payload, i)
        types.append(kind)
    pos, values = size, []
    for kind in types:
        value, length = _value(payload, pos, kind)
        pos += length
        values.append(value)
    if pos > len(payload):
        raise Damaged("a record longer than its cell")
    return values


def _value(payload: bytes, pos: int, kind: int) -> tuple[object, int]:
    if kind == 0:
        return None, 0
    if kind <= 6:
        n = _SIZES[kind]
        return int.from_bytes(payload[pos : pos + n], "big", signed=True), n
    if kind == 7:
        return struct.unpack(">d", payload[pos : pos + 8].ljust(8, b"\0"))[0], 8
    if kind in (8, 9):
        return kind - 8, 0
    if kind in (10, 11):
        raise Damaged("a reserved value type")
    n = (kind - 12) // 2 if kind % 2 == 0 else (kind - 13) // 2
    if pos + n > len(payload):
        raise Damaged("a value longer than its record")
    raw = payload[pos : pos + n]
    if kind % 2 == 0:
        return bytes(raw), n
    try:
        return raw.decode("utf-8"), n
    except UnicodeDecodeError as exc:
        raise Damaged("text that is not UTF-8") from exc


class PageFile:
    """The pages of one database file, with the write-ahead log's committed pages over them."""

    def __init__(self, data: bytes, wal: bytes = b"") -> None:
        self.page_size = _page_size(data, wal)
        self.usable = self.page_size - (
            data[20] if len(data) > 20 and data.startswith(_MAGIC) else 0
        )
        self.pages: dict[int, bytes] = {
            n + 1: data[n * self.page_size : (n + 1) * self.page_size]
            for n in range(len(data) // self.page_size)
        }
        self.pages.update(_wal_pages(wal, self.page_size))
        self.count = max(self.pages, default=0)
        self.overflow: set[int] = set()

    def page(self, number: int) -> bytes:
        """One page's bytes; Damaged when the file does not have it."""
        found = self.pages.get(number)
        if found is None or len(found) < self.page_size:
            raise Damaged(f"page {number} is missing")
        return found

    def payload(self, page: bytes, start: int, size: int, table: bool) -> bytes:
        """A cell's whole payload: the part on the page, then its overflow chain."""
        u = self.usable
        most = u - 35 if table else (u - 12) * 64 // 255 - 23
        if size <= most:
            if start + size > len(page):
                raise Damaged("a cell runs past the end of its page")
            return page[start : start + size]
        least = (u - 12) * 32 // 255 - 23
        local = least + (size - least) % (u - 4)
        local = local if local <= most else least
        out = bytearray(page[start : start + local])
        following, seen = _u32(page, start + local), set()
        while len(out) < size:
            if following in seen or not 1 <= following <= self.count:
                raise Damaged("a broken overflow chain")
            seen.add(following)
            self.overflow.add(following)
            chunk = self.page(following)
            following = _u32(chunk, 0)
            out += chunk[4:u]
        return bytes(out[:size])

    def freelist(self) -> set[int]:
        """Pages on the free list (their old rows were deleted: never read them as rows)."""
        free: set[int] = set()
        try:
            trunk = _u32(self.page(1), 32)
            while trunk and trunk not in free and trunk <= self.count:
                free.add(trunk)
                page = self.page(trunk)
                leaves = min(_u32(page, 4), (self.usable - 8) // 4)
                free.update(_u32(page, 8 + 4 * k) for k in range(leaves))
                trunk = _u32(page, 0)
        except Damaged:
            pass
        return free


_PAGE_SIZES = tuple(2**n for n in range(9, 17))  # SQLite's page sizes, 512 B to 64 KiB
_BTREE_PAGES = frozenset((2, 5, 10, 13))  # a b-tree page's first byte


def _page_size(data: bytes, wal: bytes = b"") -> int:
    if len(data) >= 100 and data.startswith(_MAGIC):
        size = int.from_bytes(data[16:18], "big")
        size = 65536 if size == 1 else size
        if size in _PAGE_SIZES:
            return size
    if len(wal) >= 32 and int.from_bytes(wal[:4], "big") in _WAL_MAGIC:
        size = int.from_bytes(wal[8:12], "big")
        if size in _PAGE_SIZES:
            return size
    return _guessed_page_size(data)


def _guessed_page_size(data: bytes) -> int:
    """The header is gone: the smallest size at whose every multiple most of the file's
    pages start like b-tree pages (at a smaller one, most offsets fall inside pages)."""
    for size in _PAGE_SIZES:
        starts = range(size, len(data) - size + 1, size)
        if len(starts) < 4:
            break
        looks = sum(_looks_like_btree(data, at, size) for at in starts)
        if looks * 2 > len(starts):
            return size
    return 4096  # too little to tell: SQLite's default


def _looks_like_btree(data: bytes, at: int, size: int) -> bool:
    """Whether the page at ``at`` starts as a b-tree page of ``size`` bytes would."""
    if data[at] not in _BTREE_PAGES:
        return False
    cells = int.from_bytes(data[at + 3 : at + 5], "big")
    content = int.from_bytes(data[at + 5 : at + 7], "big") or 65536
    return content <= size and 8 + 2 * cells <= content


def user_version(data: bytes) -> int:
    """The schema version written in the file's header (0 when the header is gone)."""
    return int.from_bytes(data[60:64], "big") if data.startswith(_MAGIC) and len(data) >= 64 else 0


def _wal_pages(wal: bytes, page_size: int) -> dict[int, bytes]:
    """The newest committed copy of each page in a write-ahead log (nothing when it is foreign)."""
    if len(wal) < 32 or int.from_bytes(wal[:4], "big") not in _WAL_MAGIC:
        return {}
    if int.from_bytes(wal[8:12], "big") != page_size:
        return {}
    salts, frame = wal[16:24], 24 + page_size
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    for start in range(32, len(wal) - frame + 1, frame):
        header = wal[start : start + 24]
        if header[8:16] != salts:
            break
        pending[int.from_bytes(header[:4], "big")] = wal[start + 24 : start + frame]
        if int.from_bytes(header[4:8], "big"):  # a commit frame: everything up to it holds
            committed.update(pending)
            pending = {}
    return committed


Shapes = Callable[[list[SchemaEntry]], dict[str, list[str]]]
"""Table -> declared column types, for the schema read (the caller's own when none was)."""


def walk(data: bytes, wal: bytes, shapes: Shapes) -> Walked:
    """Every record that can be read from a damaged database file.

    ``shapes`` gives each table's column types, from the schema read from the file (or, when
    the schema page itself is lost, the caller's own schema): orphan pages are placed by them.
    """
    pages = PageFile(data, wal)
    found = Walked()
    visited: set[int] = set()
    master = _walk_tree(pages, 1, True, visited, found)
    for _rowid, values in master:
        if _is_table_entry(values):
            found.tables.append(SchemaEntry(values[1], values[3], values[4]))
    for entry in found.tables:
        table = "WITHOUT ROWID" not in entry.sql.upper()
        found.records[entry.name] = _walk_tree(pages, entry.root, table, visited, found)
    _place_orphans(pages, visited, found, shapes(found.tables))
    return found


def _is_table_entry(values: list) -> bool:
    """A schema row of a table: type, name, table name, root page, CREATE TABLE statement.

    The statement is run later to make the table again, so nothing but a CREATE TABLE is
    taken from a damaged (or forged) file: never an ATTACH that would write a file elsewhere.
    """
    return (
        len(values) >= 5
        and values[0] == "table"
        and isinstance(values[1], str)
        and isinstance(values[3], int)
        and isinstance(values[4], str)
        and values[4].lstrip()[:12].upper() == "CREATE TABLE"
    )


def _walk_tree(
    pages: PageFile, root: int, table: bool, visited: set[int], found: Walked
) -> list[tuple[int | None, list]]:
    """The records of one b-tree; damaged pages and cells are counted and skipped."""
    records: list[tuple[int | None, list]] = []
    stack = [root]
    while stack:
        number = stack.pop()
        if number in visited or not 1 <= number <= pages.count:
            continue
        visited.add(number)
        try:
            kind, page, cells, right = _cells(pages, number)
        except Damaged:
            found.damaged_pages += 1
            continue
        if kind not in (
            (_TABLE_INTERIOR, _TABLE_LEAF) if table else (_INDEX_INTERIOR, _INDEX_LEAF)
        ):
            found.damaged_pages += 1
            continue
        if right:
            stack.append(right)
        for offset in cells:
            try:
                child, record = _cell(pages, kind, page, offset)
            except Damaged:
                found.damaged_cells += 1
                continue
            if child:
                stack.append(child)
            if record is not None:
                records.append(record)
    return records


def _cells(pages: PageFile, number: int) -> tuple[int, bytes, list[int], int]:
    """A b-tree page's kind, bytes, cell offsets and right-most child (0 for a leaf)."""
    page = pages.page(number)
    at = 100 if number == 1 else 0
    kind = page[at]
    if kind not in (_TABLE_INTERIOR, _TABLE_LEAF, _INDEX_INTERIOR, _INDEX_LEAF):
        raise Damaged(f"page {number} is not a b-tree page")
    interior = kind in (_TABLE_INTERIOR, _INDEX_INTERIOR)
    header = at + (12 if interior else 8)
    count = _u16(page, at + 3)
    if header + 2 * count > pages.usable:
        raise Damaged(f"page {number} claims more cells than fit")
    cells = [_u16(page, header + 2 * k) for k in range(count)]
    cells = [c for c in cells if header + 2 * count <= c < pages.usable]
    return kind, page, cells, _u32(page, at + 8) if interior else 0


def _cell(
    pages: PageFile, kind: int, page: bytes, offset: int
) -> tuple[int, tuple[int | None, list] | None]:
    """A cell's child page (interior pages) and record (leaves, and index interiors)."""
    if kind == _TABLE_INTERIOR:
        return _u32(page, offset), None
    child = 0
    if kind == _INDEX_INTERIOR:
        child, offset = _u32(page, offset), offset + 4
    size, at = varint(page, offset)
    rowid: int | None = None
    if kind == _TABLE_LEAF:
        rowid, at = varint(page, at)
        rowid = rowid - (1 << 64) if rowid >= 1 << 63 else rowid
    payload = pages.payload(page, at, size, table=kind == _TABLE_LEAF)
    return child, (rowid, decode_record(payload))


def _place_orphans(
    pages: PageFile, visited: set[int], found: Walked, shapes: dict[str, list[str]]
) -> None:
    """Leaf pages no tree reached: each goes to the one table its rows fit, if there is one."""
    free = pages.freelist()
    rowid_tables = {e.name for e in found.tables if "WITHOUT ROWID" not in e.sql.upper()}
    known = {t: types for t, types in shapes.items() if not found.tables or t in rowid_tables}
    for number in range(2, pages.count + 1):
        if number in visited or number in free or number in pages.overflow:
            continue
        page = pages.pages.get(number, b"")
        if not page or page[0] != _TABLE_LEAF:
            continue
        orphan = Walked()
        rows = _walk_tree(pages, number, True, set(), orphan)
        table = _fitting(rows, known)
        if table is None:
            found.unplaced_pages += 1 if rows else 0
            continue
        visited.add(number)
        found.orphan_pages += 1
        found.damaged_cells += orphan.damaged_cells
        found.records.setdefault(table, []).extend(rows)


def _fitting(rows: list[tuple[int | None, list]], shapes: dict[str, list[str]]) -> str | None:
    """The one table whose column count and types the rows match best (None: none or a tie)."""
    if not rows:
        return None
    scores = {}
    for table, types in shapes.items():
        widths_fit = all(len(values) <= len(types) for _, values in rows)
        if widths_fit and any(len(values) == len(types) for _, values in rows):
            scores[table] = _type_fit(rows, types)
    if not scores:
        return None
    best = max(scores.values())
    winners = [t for t, s in scores.items() if s == best]
    return winners[0] if len(winners) == 1 and best >= 0.9 else None


def _type_fit(rows: list[tuple[int | None, list]], types: list[str]) -> float:
    """The share of values whose kind matches their column's declared type."""
    fit = total = 0
    for _, values in rows:
        for value, declared in zip(values, types, strict=False):
            total += 1
            fit += value is None or _matches(value, declared.upper())
    return fit / total if total else 0.0


def _matches(value: object, declared: str) -> bool:
    if "INT" in declared:
        return isinstance(value, int)
    if "TEXT" in declared or "CHAR" in declared:
        return isinstance(value, str)
    if "REAL" in declared or "FLOA" in declared:
        return isinstance(value, int | float)
    if "BLOB" in declared:
        return isinstance(value, bytes)
    return True
