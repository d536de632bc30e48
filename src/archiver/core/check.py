"""The archive check: store, originals and index consistent with each other; repair on demand.

An import at work (another process holds the writer lock) and one that was interrupted (a
kill) leave copies without rows and rows without index entries for a while: those are
reported as ``pending``, not as damage, when the import named them (``imports.pending``).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core import originals, store
from archiver.core.errors import StoreError
from archiver.core.imports import pending as pending_copies
from archiver.core.model import CheckReport, PendingImport
from archiver.core.progress import Progress, no_progress
from archiver.core.store import documents
from archiver.core.store import mentions as mention_rows
from archiver.core.text import dedupe

if TYPE_CHECKING:
    from archiver.core.archive import Archive


def check(archive: Archive, repair: bool = False, progress: Progress | None = None) -> CheckReport:
    """Consistency of store, originals and index; with repair, mend what can be mended."""
    report = CheckReport(finished_on_open=archive.stray_copies_removed)
    writer = None if archive.lock.held else archive.lock.holder()
    report.pending = PendingImport(writer)
    files = _files(archive.root / "originals")  # before the rows: a copy listed has its row
    named = set(pending_copies.names(archive.root))  # or is named, by then
    try:
        report.problems.extend(store.integrity_problems(archive.db))
        used = _check_documents(archive, report, progress or no_progress)
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"the store cannot be read ({exc})")
        used = None
    report.store_damaged = used is None or any(
        p.startswith("database integrity") for p in report.problems
    )
    if used is not None:
        _check_mentions(archive, report, repair and not archive.readonly)
        _check_originals(archive, report, [f for f in files if f[0] not in used], named,
                         repair and not archive.readonly)  # fmt: skip
    if report.store_damaged:
        report.problems.append(
            "the store is damaged: originals/ and the index were left as they are (restore the "
            "database from a backup, or salvage it into a new archive)"
        )
    else:
        _check_index(archive, report, repair and not archive.readonly, progress or no_progress)
    if not (report.pending.originals or report.pending.unindexed or report.pending.unlisted
            or report.index_awaits_names):  # fmt: skip
        report.pending = None  # kept with index_awaits_names: it names the writer
    return report


def _files(folder: Path) -> list[tuple[str, Path]]:
    """Every file under originals/ with its name relative to it."""
    return [(p.relative_to(folder).as_posix(), p) for p in folder.rglob("*") if p.is_file()]


def _check_documents(archive: Archive, report: CheckReport, progress: Progress) -> set[str]:
    """Originals present and unchanged, texts matching their fingerprints."""
    used: set[str] = set()
    rows = documents.fingerprints(archive.db)
    for done, row in enumerate(rows, 1):
        if not isinstance(row.stored_name, str):  # a damaged page gave the row no name
            report.problems.append(f"document {row.id}: row damaged (it names no original)")
            continue
        used.add(row.stored_name)  # (a regenerated original's leftover file is no stray)
        problem = _original_problem(archive, row)
        if problem:
            report.problems.append(f"document {row.id}: {problem}")
        if row.text is None:
            report.problems.append(
                f"document {row.id}: stored text is damaged (cannot be unpacked)"
            )
        elif dedupe.text_fingerprint(row.text) != row.text_sha256:
            report.problems.append(f"document {row.id}: stored text does not match its checksum")
        progress(done, len(rows), "checking originals")
    report.documents = len(rows)
    return used


def _original_problem(archive: Archive, row: documents.Fingerprint) -> str | None:
    """What is wrong with a document's original: its file, or the bytes regenerated."""
    original = documents.Original(row.id, row.stored_name, row.file_sha256, row.recipe)
    where = archive.root / originals.FOLDER / row.stored_name
    try:
        if originals.digest(archive.root, archive.db, original) == row.file_sha256:
            return None
    except FileNotFoundError:
        return f"original file missing ({where})"
    except OSError as exc:
        return f"original file cannot be read ({where}: {exc.strerror or exc})"
    except StoreError as exc:
        return f"original cannot be regenerated ({exc})"
    if originals.in_file(original):
        return f"original file changed ({where})"
    return "regenerated original does not match its checksum"


def _check_originals(
    archive: Archive,
    report: CheckReport,
    unused: list[tuple[str, Path]],
    named: set[str],
    repair: bool,
) -> None:
    """Copies no row names: an import's (pending), or strays (moved to lost+found/ on repair)."""
    assert report.pending is not None
    stray = [path for name, path in unused if name not in named and path.exists()]
    report.pending.originals = sum(1 for name, path in unused if name in named and path.exists())
    for orphan in stray:
        report.problems.append(f"file in originals/ belongs to no document: {orphan.name}")
    if stray and not report.documents:  # an emptied or replaced store, not stray copies
        report.problems.append(
            f"the store holds no documents but originals/ holds {len(stray)} files: not moved "
            "to lost+found/ (restore the database from a backup, or import the files again)"
        )
    elif repair and stray and not report.store_damaged:
        lost = archive.root / "lost+found"
        lost.mkdir(exist_ok=True)
        for orphan in stray:
            shutil.move(str(orphan), lost / orphan.name)
            report.repaired.append(f"moved {orphan.name} to lost+found/")


def _check_mentions(archive: Archive, report: CheckReport, repair: bool) -> None:
    """The same words tagged twice as the same participant (counted twice); on repair the
    oldest mention is kept, each other one removed in an undoable step."""
    for doc_id, pid, start, end, ids in mention_rows.repeated(archive.db):
        name = archive.annotations.participants.get(pid).name
        report.problems.append(
            f"document #{doc_id}: participant p{pid} ({name}) is tagged {len(ids)} times on the same "
            f"words {start}:{end} (mentions {', '.join(map(str, ids))}; check --repair keeps one)"
        )
        if repair:
            for mention_id in ids[1:]:
                archive.annotations.mentions.remove(mention_id)
            report.repaired.append(
                f"document #{doc_id}: removed the repeated mention(s) {', '.join(map(str, ids[1:]))}"
                f" of p{pid} at {start}:{end} (archiver undo takes each back)"
            )


def _check_index(archive: Archive, report: CheckReport, repair: bool, progress: Progress) -> None:
    if archive.indexer.rebuilt_damaged:  # found when the archive opened, and mended then
        report.index_damage.append(archive.indexer.rebuilt_damaged)
        report.repaired.append(
            f"{archive.indexer.rebuilt_damaged.split(';')[0]}: rebuilt from the store when the "
            "archive opened"
        )
    if not archive.index.is_current():
        if archive.index.awaits_names() and not repair:
            report.index_awaits_names = True  # another process's new names: not damage
            _compare_ids(archive, report, repair)
            return
        report.problems.append("search index missing, stale or damaged")
        if repair:
            archive.indexer.rebuild()
            report.repaired.append("search index rebuilt from the store")
        return
    damage = archive.index.damage(progress)
    if damage:
        report.index_damage = [f"search index damaged: {line}" for line in damage]
        report.problems.extend(report.index_damage)
        if repair:
            archive.indexer.rebuild()
            report.repaired.append("search index rebuilt from the store")
        return
    _compare_ids(archive, report, repair)


def _compare_ids(archive: Archive, report: CheckReport, repair: bool) -> None:
    """Index entries and rows: a few missing or extra are an import's (or delete's) work not
    finished, which the next open for writing finishes; both at once is damage."""
    assert report.pending is not None
    indexed = archive.index.doc_ids()  # before the rows: the index commits after the store
    stored = documents.id_set(archive.db)
    missing, extra = stored - indexed, indexed - stored
    if missing and extra and report.pending.writer is None:
        report.problems.append(
            f"the index is out of step with the store ({len(missing)} document(s) missing "
            f"from it, {len(extra)} entries without a document)"
        )
    else:
        report.pending.unindexed, report.pending.unlisted = len(missing), len(extra)
    if repair and (missing or extra):
        archive.indexer.sync()
        report.repaired.append("index brought in line with the store")
        report.pending.unindexed = report.pending.unlisted = 0
