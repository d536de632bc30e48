"""CSV and JSON exports. CSV is UTF-8 with a BOM so spreadsheets keep Arabic intact."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from archiver.core.dates import shown_date
from archiver.core.model import Document
from archiver.core.store import documents

if TYPE_CHECKING:
    from archiver.core.archive import Archive

DOCUMENT_FIELDS = (
    "id", "title", "published", "published_source", "file_date", "published_precision",
    "language", "source", "url", "kind", "file_name", "pages", "file_sha256", "imported_at",
    "method", "quality", "notes", "author", "parent_document",
)  # fmt: skip
UNVERIFIED = "unverified_numbers"  # the numbers OCR read, which no one has checked
DOUBTFUL = "doubtful_words"  # the words OCR read with low confidence
NUMBERS_SEPARATOR = "; "
Exporter = Callable[..., bytes]  # (archive, fmt, **options)
EXPORTERS: dict[str, Exporter] = {}


def document_json(doc: Document) -> dict[str, Any]:
    """The JSON shape of one document (``show --json``)."""
    return {
        "id": doc.id,
        "title": doc.title,
        "text": doc.text,
        "language": doc.language,
        "direction": doc.direction,
        "published": doc.published,
        "published_source": doc.published_source,
        "published_precision": doc.published_precision,
        "published_shown": shown_date(doc.published, doc.published_precision),
        "file_date": doc.file_date,
        "source_outlet": doc.source,
        "url": doc.url,
        "author": doc.author,
        "attached_to": doc.parent_document,  # the e-mail it came with (an id), or None
        "attachments": list(doc.attachments),
        "notes": doc.notes,
        "imported_at": doc.imported_at,
        "source": {
            "path": doc.original_path,
            "file_name": doc.file_name,
            "sha256": doc.file_sha256,
            "kind": doc.kind,
            "pages": doc.pages,
            "size": doc.file_size,
            "encoding": doc.encoding,
            "method": doc.method,
            "quality": doc.quality,
            "warnings": doc.warnings,
        },
        UNVERIFIED: [
            {"start": start, "end": end, "text": doc.text[start:end]}
            for start, end in doc.unverified
        ],
        DOUBTFUL: [
            {"start": start, "end": end, "text": doc.text[start:end], "confidence": confidence}
            for start, end, confidence in doc.doubtful
        ],
    }


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell as written: text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str]) -> bytes:
    """Rows as CSV text with a header, UTF-8 with BOM, CRLF line ends (RFC 4180).

    Cells starting with = + - @, a tab or a carriage return are prefixed with an apostrophe
    (formula injection from titles and notes); the JSON export keeps every value as it is.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(value: Any) -> bytes:
    """Pretty UTF-8 JSON with Arabic left readable."""
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _documents(archive: Archive, fmt: str) -> bytes:
    rows = documents.export_rows(archive.db, (*DOCUMENT_FIELDS, "unverified", "doubtful"))
    if fmt == "csv":
        for row in rows:
            numbers = json.loads(row.pop("unverified") or "[]")
            doubtful = json.loads(row.pop("doubtful") or "[]")
            text = documents.text_of(archive.db, row["id"]) if numbers or doubtful else ""
            row[UNVERIFIED] = NUMBERS_SEPARATOR.join(text[a:b] for a, b in numbers)
            row[DOUBTFUL] = NUMBERS_SEPARATOR.join(text[span[0] : span[1]] for span in doubtful)
        return to_csv(rows, (*DOCUMENT_FIELDS, UNVERIFIED, DOUBTFUL))
    return to_json({"documents": [document_json(archive.document(r["id"])) for r in rows]})


EXPORTERS["documents"] = _documents


def export(archive: Archive, what: str, fmt: str, **options: Any) -> bytes:
    """Export ``what`` (documents, and what extensions register) as csv or json bytes;
    ``options`` go to that export (``everyone=True``: every participant, not only those in use)."""
    return EXPORTERS[what](archive, fmt, **options)
