"""What one copy of an archive sends another: documents, records and changes in UUID terms.

A ``Payload`` is everything a bundle carries except the original files (the bundle layer
adds those; the team's sync would send the same over a database). ``from_json`` checks the
shape of what arrives and names the first field that is wrong, so that a merge is never
handed half a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from archiver.core.errors import Invalid
from archiver.core.store.portable import COLUMNS, LINK_KEYS, RECORDS, TRAVELS

FORMAT = 1
"""The payload's format version (a newer one is refused, never guessed at)."""
SHA256 = re.compile(r"^[0-9a-f]{64}$")
EXTENSION = re.compile(r"^(\.[a-z0-9]{1,10})?$")
DOCUMENT_TEXT = ("uuid", "file_sha256", "stored_name", "title", "language", "file_name",
                 "text_sha256", "kind", "mime", "method", "text", "imported_at")  # fmt: skip
"""The fields every document must carry as text."""
OPS = ("insert", "delete", "update", "add")
_CHANGE_TEXT = ("uuid", "at", "author", "replica", "kind")


@dataclass(frozen=True)
class Payload:
    """Everything a bundle carries except the original files."""

    format: int
    replica: str  # the sending copy's replica UUID
    created: str  # ISO time
    author: str
    documents: list[dict[str, Any]] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (what the bundle writes)."""
        return {"format": self.format, "replica": self.replica, "created": self.created,
                "author": self.author, "documents": self.documents, "records": self.records,
                "changes": self.changes}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> Payload:
        """The payload ``data`` describes; Invalid naming the field when its shape is wrong."""
        if not isinstance(data, dict):
            raise Invalid("payload: not a JSON object")
        version = data.get("format")
        if not isinstance(version, int) or isinstance(version, bool):
            raise Invalid("payload: format is missing or not a number")
        if version != FORMAT:
            raise Invalid(f"payload: format {version} is not one this version reads ({FORMAT})")
        for name in ("replica", "created", "author"):
            _text(data.get(name), f"payload: {name}")
        documents = _list(data.get("documents"), "payload: documents")
        for number, doc in enumerate(documents):
            _check_document(doc, f"payload: documents[{number}]")
        records = data.get("records")
        if not isinstance(records, dict):
            raise Invalid("payload: records is not an object")
        for table, rows in records.items():
            if table not in RECORDS:
                raise Invalid(f"payload: records.{table} is not a table of records")
            for number, row in enumerate(_list(rows, f"payload: records.{table}")):
                _check_row(table, row, f"payload: records.{table}[{number}]")
        changes = _list(data.get("changes"), "payload: changes")
        for number, change in enumerate(changes):
            _check_change(change, f"payload: changes[{number}]")
        return cls(version, data["replica"], data["created"], data["author"], documents,
                   {t: list(r) for t, r in records.items()}, changes)  # fmt: skip

    def counts(self) -> dict[str, int]:
        """How many documents, records (by table) and changes it carries."""
        return {"documents": len(self.documents), "changes": len(self.changes),
                **{t: len(r) for t, r in self.records.items()}}  # fmt: skip


def _text(value: Any, where: str, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise Invalid(f"{where} is missing or not text")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(f"{where} is not a list")
    for number, item in enumerate(value):
        if not isinstance(item, dict):
            raise Invalid(f"{where}[{number}] is not an object")
    return value


def _check_document(doc: dict[str, Any], where: str) -> None:
    for name in DOCUMENT_TEXT:
        _text(doc.get(name), f"{where}.{name}", empty=name == "text")
    sha = doc["file_sha256"]
    if not SHA256.match(sha):
        raise Invalid(f"{where}.file_sha256 is not a SHA-256 ({sha[:80]!r})")
    head, _, tail = doc["stored_name"].partition("/")
    if head != sha[:2] or not tail.startswith(sha) or not EXTENSION.match(tail[len(sha) :]):
        raise Invalid(f"{where}.stored_name is not the original's name under originals/")
    for name in ("file_size", "quality"):
        value = doc.get(name)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            raise Invalid(f"{where}.{name} is missing or not a number")
    for name, value in doc.items():
        if not isinstance(value, (str, int, float, type(None))):
            raise Invalid(f"{where}.{name} is not a plain value")


def _check_row(table: str, row: dict[str, Any], where: str) -> None:
    if "id" in row or any(c in row for c in COLUMNS.values()):
        raise Invalid(f"{where} carries local ids (not in UUID terms)")
    if table not in LINK_KEYS:
        _text(row.get("uuid"), f"{where}.uuid", empty=False)
    for name, value in row.items():
        if not isinstance(value, (str, int, float, type(None))):
            raise Invalid(f"{where}.{name} is not a plain value")
        if name in COLUMNS and value is not None and not isinstance(value, str):
            raise Invalid(f"{where}.{name} is not a UUID")


def _check_change(change: dict[str, Any], where: str) -> None:
    for name in _CHANGE_TEXT:
        _text(change.get(name), f"{where}.{name}", empty=False)
    summary = change.get("summary", {})
    if not isinstance(summary, dict):
        raise Invalid(f"{where}.summary is not an object")
    for number, op in enumerate(_list(change.get("ops"), f"{where}.ops")):
        here = f"{where}.ops[{number}]"
        if op.get("op") not in OPS:
            raise Invalid(f"{here}.op is not one of {', '.join(OPS)}")
        if op.get("table") not in TRAVELS:
            raise Invalid(f"{here}.table is not a table of records")
        if op["op"] in ("insert", "delete"):
            row = op.get("row")
            if not isinstance(row, dict):
                raise Invalid(f"{here}.row is not an object")
            _check_row(op["table"], row, f"{here}.row")
            continue
        if not isinstance(op.get("key"), dict):
            raise Invalid(f"{here}.key is not an object")
        if op["op"] == "update":
            for part in ("new", "old"):
                if not isinstance(op.get(part), dict):
                    raise Invalid(f"{here}.{part} is not an object")
