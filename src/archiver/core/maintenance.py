"""Keeping the derived parts honest: index rebuild and sync, and the archive check."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import workers
from archiver.core.model import CheckReport
from archiver.core.progress import CancelToken, Progress, no_progress
from archiver.core.search.index import PARALLEL_INDEX_FROM
from archiver.core.text import arabic, dedupe

if TYPE_CHECKING:
    from archiver.core.archive import Archive

_Row = tuple[int, str, str, str]
_Streams = dict[str, tuple[str, str]]


def analyse_row(row: _Row) -> tuple[int, _Streams]:
    """Index streams of one stored document (runs in worker processes)."""
    doc_id, title, text, alt_text = row
    return doc_id, {
        "title": arabic.index_terms(title),
        "body": arabic.index_terms(text),
        "layout": arabic.index_terms(alt_text),
    }


_COLUMNS = "id, title, source, file_name, language, kind, published, imported_at, text, alt_text"


def _rows(archive: Archive, ids: list[int] | None) -> list[sqlite3.Row]:
    sql = f"SELECT {_COLUMNS} FROM document"
    if ids is None:
        return archive.db.execute(sql + " ORDER BY id").fetchall()
    return [r for doc_id in ids for r in archive.db.execute(sql + " WHERE id = ?", (doc_id,))]


def index_rows(
    archive: Archive,
    ids: Iterable[int] | None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    fresh: bool = False,
) -> int:
    """Analyse documents in worker processes and write them to the index; returns the count.

    Ids asked for that have no row any more are removed from the index.
    """
    progress = progress or no_progress
    wanted = None if ids is None else list(ids)
    rows = {r["id"]: r for r in _rows(archive, wanted)}
    jobs = [(r["id"], r["title"], r["text"], r["alt_text"]) for r in rows.values()]
    parallel = fresh and len(jobs) >= PARALLEL_INDEX_FROM
    writer = archive.index.writer(workers.default_workers() if parallel else 1)
    done = 0
    try:
        for gone in set(wanted or ()) - rows.keys():
            writer.delete(gone)
        for done, (doc_id, streams) in enumerate(
            workers.run_all(
                analyse_row,
                jobs,
                count=len(jobs),
                cancel=cancel,
                initializer=arabic.set_archive_names,
                initargs=(arabic.archive_names(),),
            ),
            1,
        ):
            row = rows[doc_id]
            doc = archive.index_doc(row, streams)
            writer.add_new(doc) if fresh else writer.add(doc)
            progress(done, len(jobs), row["title"])
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return done


def rebuild_index(
    archive: Archive, progress: Progress | None = None, cancel: CancelToken | None = None
) -> int:
    """Throw the index away and build it again from the store."""
    archive.index.create()
    return index_rows(archive, None, progress, cancel, fresh=True)


def sync_index(archive: Archive, *, quick: bool = False) -> tuple[set[int], set[int]]:
    """Add documents the index lacks and drop entries with no row (after a crash).

    ``quick`` (on every open) compares the counts first: an interrupted import leaves the
    index short and an interrupted delete leaves it long, and listing every indexed id
    costs about 60 ms on 10,000 documents. ``check`` compares the ids themselves.
    """
    if quick and archive.count() == archive.index.count():
        return set(), set()
    stored = {r[0] for r in archive.db.execute("SELECT id FROM document")}
    indexed = archive.index.doc_ids()
    missing, extra = stored - indexed, indexed - stored
    if extra:
        writer = archive.index.writer()
        for doc_id in extra:
            writer.delete(doc_id)
        writer.commit()
    if missing:
        index_rows(archive, sorted(missing))
    return missing, extra


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_store(archive: Archive, report: CheckReport) -> None:
    result = archive.db.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        report.problems.append(f"database integrity: {result}")
    for row in archive.db.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"dangling reference in {row[0]} (row {row[1]})")


def _check_documents(archive: Archive, report: CheckReport, progress: Progress) -> set[str]:
    """Originals present and unchanged, texts matching their fingerprints."""
    used: set[str] = set()
    rows = archive.db.execute(
        "SELECT id, stored_name, file_sha256, text, text_sha256 FROM document"
    ).fetchall()
    for done, row in enumerate(rows, 1):
        used.add(row["stored_name"])
        original = archive.root / "originals" / row["stored_name"]
        if not original.is_file():
            report.problems.append(f"document {row['id']}: original file missing ({original})")
        elif _sha256(original) != row["file_sha256"]:
            report.problems.append(f"document {row['id']}: original file changed ({original})")
        if dedupe.text_fingerprint(row["text"]) != row["text_sha256"]:
            report.problems.append(f"document {row['id']}: stored text does not match its checksum")
        progress(done, len(rows), "checking originals")
    report.documents = len(rows)
    return used


def _orphans(archive: Archive, used: set[str]) -> list[Path]:
    folder = archive.root / "originals"
    return [
        p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).as_posix() not in used
    ]


def _check_index(archive: Archive, report: CheckReport, repair: bool) -> None:
    if not archive.index.is_current():
        report.problems.append("search index missing, stale or damaged")
        if repair:
            rebuild_index(archive)
            report.repaired.append("search index rebuilt from the store")
        return
    stored = {r[0] for r in archive.db.execute("SELECT id FROM document")}
    indexed = archive.index.doc_ids()
    if stored - indexed:
        report.problems.append(f"{len(stored - indexed)} document(s) missing from the index")
    if indexed - stored:
        report.problems.append(f"{len(indexed - stored)} index entries without a document")
    if repair and stored != indexed:
        sync_index(archive)
        report.repaired.append("index brought in line with the store")
        if stored - indexed and indexed - stored:
            report.repaired.append("index entries without a document removed")


def check(archive: Archive, repair: bool = False, progress: Progress | None = None) -> CheckReport:
    """Consistency of store, originals and index; with repair, mend what can be mended."""
    report = CheckReport()
    _check_store(archive, report)
    used = _check_documents(archive, report, progress or no_progress)
    orphans = _orphans(archive, used)
    for orphan in orphans:
        report.problems.append(f"file in originals/ belongs to no document: {orphan.name}")
    if repair and orphans and not archive.readonly:
        lost = archive.root / "lost+found"
        lost.mkdir(exist_ok=True)
        for orphan in orphans:
            shutil.move(str(orphan), lost / orphan.name)
            report.repaired.append(f"moved {orphan.name} to lost+found/")
    _check_index(archive, report, repair and not archive.readonly)
    return report
