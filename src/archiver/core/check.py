"""The archive check: store, originals and index consistent with each other; repair on demand."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.model import CheckReport
from archiver.core.progress import Progress, no_progress
from archiver.core.store import documents
from archiver.core.text import dedupe

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def check(archive: Archive, repair: bool = False, progress: Progress | None = None) -> CheckReport:
    """Consistency of store, originals and index; with repair, mend what can be mended."""
    report = CheckReport()
    report.problems.extend(store.integrity_problems(archive.db))
    used = _check_documents(archive, report, progress or no_progress)
    orphans = _orphans(archive.root / "originals", used)
    for orphan in orphans:
        report.problems.append(f"file in originals/ belongs to no document: {orphan.name}")
    if orphans and not report.documents:  # an emptied or replaced store, not stray copies
        report.problems.append(
            f"the store holds no documents but originals/ holds {len(orphans)} files: not moved "
            "to lost+found/ (restore the database from a backup, or import the files again)"
        )
    elif repair and orphans and not archive.readonly:
        lost = archive.root / "lost+found"
        lost.mkdir(exist_ok=True)
        for orphan in orphans:
            shutil.move(str(orphan), lost / orphan.name)
            report.repaired.append(f"moved {orphan.name} to lost+found/")
    _check_index(archive, report, repair and not archive.readonly)
    return report


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_documents(archive: Archive, report: CheckReport, progress: Progress) -> set[str]:
    """Originals present and unchanged, texts matching their fingerprints."""
    used: set[str] = set()
    rows = documents.fingerprints(archive.db)
    for done, row in enumerate(rows, 1):
        used.add(row.stored_name)
        original = archive.root / "originals" / row.stored_name
        if not original.is_file():
            report.problems.append(f"document {row.id}: original file missing ({original})")
        elif _sha256(original) != row.file_sha256:
            report.problems.append(f"document {row.id}: original file changed ({original})")
        if dedupe.text_fingerprint(row.text) != row.text_sha256:
            report.problems.append(f"document {row.id}: stored text does not match its checksum")
        progress(done, len(rows), "checking originals")
    report.documents = len(rows)
    return used


def _orphans(folder: Path, used: set[str]) -> list[Path]:
    return [
        p for p in folder.rglob("*") if p.is_file() and p.relative_to(folder).as_posix() not in used
    ]


def _check_index(archive: Archive, report: CheckReport, repair: bool) -> None:
    if not archive.index.is_current():
        report.problems.append("search index missing, stale or damaged")
        if repair:
            archive.indexer.rebuild()
            report.repaired.append("search index rebuilt from the store")
        return
    stored = documents.id_set(archive.db)
    indexed = archive.index.doc_ids()
    if stored - indexed:
        report.problems.append(f"{len(stored - indexed)} document(s) missing from the index")
    if indexed - stored:
        report.problems.append(f"{len(indexed - stored)} index entries without a document")
    if repair and stored != indexed:
        archive.indexer.sync()
        report.repaired.append("index brought in line with the store")
        if stored - indexed and indexed - stored:
            report.repaired.append("index entries without a document removed")
