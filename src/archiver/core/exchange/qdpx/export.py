"""Writing a .qdpx: the archive (or some documents) as a REFI-QDA project, checked against the
schema, written whole or not at all (a temporary file beside the target, then a rename)."""

from __future__ import annotations

import os
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from archiver.core.disk import as_new_file
from archiver.core.errors import Invalid
from archiver.core.exchange.qdpx import schema
from archiver.core.exchange.qdpx.building import build
from archiver.core.exchange.qdpx.vocabulary import PROJECT_ENTRY
from archiver.core.progress import Cancelled, CancelToken, Progress, no_progress
from archiver.core.sync.collect import collect

if TYPE_CHECKING:
    from archiver.core.archive import Archive

_REGULAR = (stat.S_IFREG | 0o644) << 16


@dataclass
class ExportInfo:
    """What an export wrote."""

    path: str
    counts: dict[str, int] = field(default_factory=dict)  # documents, selections, participants…
    file_bytes: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # what a project cannot hold, counted

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape (``export qdpx --json``)."""
        return {"path": self.path, "counts": self.counts, "file_bytes": self.file_bytes,
                "skipped": self.skipped}  # fmt: skip


def export_qdpx(
    archive: Archive,
    path: Path | str,
    *,
    documents: Iterable[int] | None = None,
    name: str = "",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportInfo:
    """Write the archive's documents (or these) and their coding as a REFI-QDA project."""
    path = Path(path)
    progress = progress or no_progress
    chosen = sorted(set(documents)) if documents is not None else archive.document_ids()
    payload = collect(archive, documents=chosen)
    author = archive.annotations.journal.author()
    built = build(payload, name or archive.root.name, author)
    schema.check(built.root)  # before a byte is written
    xml = etree.tostring(built.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    info = ExportInfo(str(path), built.counts)
    info.skipped = _left_out(payload.records)
    _write(path, xml, built.texts, progress, cancel)
    info.file_bytes = path.stat().st_size
    return info


def _left_out(records: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Records a project has no place for: mentions only suggested or rejected, quote-less
    commitments (no characters to select)."""
    skipped = {
        "undecided mentions": sum(1 for m in records.get("mention", [])
                                  if m["method"] not in ("manual", "confirmed")),
        "commitments without a quote": sum(1 for c in records.get("commitment", [])
                                           if not c.get("span")),
    }  # fmt: skip
    return {k: n for k, n in skipped.items() if n}


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, time.localtime()[:6])
    info.external_attr = _REGULAR
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _write(
    path: Path, xml: bytes, texts: dict[str, str], progress: Progress, cancel: CancelToken | None
) -> None:
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".partial")  # fmt: skip
    except OSError as exc:
        raise Invalid(f"cannot write a project at {path} ({exc.strerror or exc})") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                zf.writestr(_info(PROJECT_ENTRY), xml)
                for done, (entry, text) in enumerate(sorted(texts.items()), 1):
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    zf.writestr(_info(entry), text.encode("utf-8"))
                    progress(done, len(texts), entry)
            handle.flush()
            os.fsync(handle.fileno())
        as_new_file(temp)  # mkstemp made it for its owner only
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise Invalid(f"cannot write a project at {path} ({exc.strerror or exc})") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
