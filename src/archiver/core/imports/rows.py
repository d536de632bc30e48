"""The store row of a prepared file that is kept: its columns, and its date and the date's
source."""

from __future__ import annotations

from pathlib import Path

from archiver.core import store
from archiver.core.dates.names import date_from_name
from archiver.core.imports import Prepared
from archiver.core.imports.files import shown
from archiver.core.imports.kinds import mime_of
from archiver.core.model import DatePrecision, DateSource
from archiver.core.store.document_text import Texts
from archiver.core.store.documents import NewDocument


def published_date(
    name: str, item: Prepared
) -> tuple[str | None, DateSource | None, DatePrecision | None]:
    """A new document's date, where it came from and how precise it is.

    A date the user put in the file name wins, then a publication date the document's
    metadata states, then its dateline, then (an attachment's) its e-mail's date; the file's
    creation date only stands in when there is nothing better, and is marked so.
    """
    ex, found = item.extracted, item.text_date
    for value, source, precision in (
        (date_from_name(name), DateSource.FILE_NAME, DatePrecision.DAY),
        (ex.date, DateSource.DOCUMENT, DatePrecision.DAY),
        (found.iso if found else None, DateSource.TEXT, found.precision if found else None),
        (item.message_date, DateSource.MESSAGE, DatePrecision.DAY),
        (ex.file_date, DateSource.FILE_CREATED, DatePrecision.DAY),
    ):
        if value:
            return value, source, precision
    return None, None, None


def new_row(item: Prepared, doc_id: int) -> NewDocument:
    """The row of a file that is kept, as document ``doc_id``."""
    ex = item.extracted
    texts = item.packed or Texts(ex.raw_text, ex.text, ex.alt_text)
    name = shown(Path(item.path).name)
    published, source, precision = published_date(name, item)
    return NewDocument(
        id=doc_id,
        title=ex.title or Path(name).stem,
        published=published, published_source=source and source.value,
        published_precision=precision and precision.value, unverified=ex.unverified,
        doubtful=ex.doubtful,
        file_date=ex.file_date,
        language=item.language,
        file_name=name, original_path=shown(item.resolved_path),
        stored_name=item.stored_name, file_sha256=item.file_sha256,
        text_sha256=item.text_sha256, kind=ex.kind, mime=mime_of(ex.kind, item.extension),
        file_size=item.file_size, pages=ex.pages, encoding=ex.encoding, method=ex.method,
        url=ex.url, author=ex.author, parent_document=item.parent_id, source=ex.source,
        quality=ex.quality, raw_text=texts.raw_text, text=texts.text, alt_text=texts.alt_text,
        imported_at=store.now(), warnings=ex.warnings, original_recipe=item.original_recipe,
    )  # fmt: skip
