"""Salvage: a new archive from what a damaged one still holds, and a report of what was lost.

The rows a recovery could read are carried into a fresh store (a row naming a lost record is
dropped and counted); the originals the rows name are copied after their hash is checked;
every other original in the damaged ``originals/`` is imported again as a new document.
The damaged archive is only read.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from archiver.core import store
from archiver.core.backups.making import DB_NAME, Placer, refuse_destination
from archiver.core.backups.restoring import read_manifest
from archiver.core.errors import Invalid, StoreError
from archiver.core.model import ImportReport
from archiver.core.originals import digest, in_file
from archiver.core.progress import Progress, no_progress
from archiver.core.salvage.from_backup import bring_back, newest_backup
from archiver.core.salvage.recovery import Recovered, recover
from archiver.core.store import copying, documents, identity, signatures
from archiver.core.text import dedupe


@dataclass
class SalvageReport:
    """What was recovered, how, and what was lost."""

    folder: Path
    method: str = ""
    notes: list[str] = field(default_factory=list)
    tables: dict[str, copying.Carried] = field(default_factory=dict)
    damaged_documents: list[int] = field(default_factory=list)  # text unreadable: row dropped
    missing_originals: list[int] = field(default_factory=list)  # row kept, its file lost
    lost_documents: list[int] = field(default_factory=list)  # text damaged, no file to import
    originals_copied: int = 0
    originals_regenerated: int = 0  # rows kept whose original the store regenerates
    reimported: ImportReport = field(default_factory=ImportReport)
    backup: str = ""  # the backup lost documents were looked for in ("" when none was found)
    from_backup: ImportReport = field(default_factory=ImportReport)
    consistent: bool = False
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The shape printed by ``archiver salvage --json``."""
        return {
            "folder": str(self.folder), "method": self.method, "notes": self.notes,
            "tables": {t: c.to_json() for t, c in self.tables.items()},
            "damaged_documents_dropped": self.damaged_documents,
            "documents_missing_their_original": self.missing_originals,
            "damaged_documents_lost": self.lost_documents,
            "originals_copied": self.originals_copied,
            "originals_regenerated": self.originals_regenerated,
            "originals_reimported": [{"id": f.id, "path": f.path} for f in self.reimported.imported],
            "originals_not_reimported": [{"path": f.path, "reason": f.reason} for f in self.reimported.failed]
            + [{"path": d.path, "reason": f"the same text as #{d.id}"} for d in self.reimported.duplicates],
            "backup": self.backup or None,
            "documents_from_backup": [{"id": f.id, "file_name": Path(f.path).name} for f in self.from_backup.imported],
            "consistent": self.consistent, "problems": self.problems,
        }  # fmt: skip

    def lines(self) -> list[str]:
        """The report as lines for a terminal."""
        out = [f"recovery: {self.method}", *(f"note: {n}" for n in self.notes)]
        for table, c in self.tables.items():
            if c.found or c.kept:
                lost = c.found - c.kept
                why = f" ({c.dangling} named missing records, {c.invalid} unreadable, {c.repeated} repeated)" if lost else ""  # fmt: skip
                out.append(f"{table}: {c.kept} of {c.found} rows kept{why}")
        empty = [t for t, c in self.tables.items() if not c.found and not c.kept]
        if empty:
            out.append(f"no rows found for (empty before, or lost): {', '.join(empty)}")
        out += [f"document #{i}: text damaged, row dropped (its original was imported again)" for i in self.damaged_documents]  # fmt: skip
        out += [f"document #{i}: text damaged, lost (its original was regenerated from that text: restore it from a backup)" for i in self.lost_documents]  # fmt: skip
        out += [f"document #{i}: kept, but its original is lost" for i in self.missing_originals]
        out += [f"original re-imported as #{f.id}: {f.path}" for f in self.reimported.imported]
        out += [f"original not re-imported: {f.path}: {f.reason}" for f in self.reimported.failed]
        out += [f"document brought back from the backup as #{f.id}: {Path(f.path).name}" for f in self.from_backup.imported]  # fmt: skip
        out += [f"problem: {p}" for p in self.problems]
        state = "consistent" if self.consistent else f"{len(self.problems)} problem(s)"
        out.append(f"salvaged into {self.folder}: {self.originals_copied} originals copied, "
                   f"{self.originals_regenerated} regenerated from the store, "
                   f"{len(self.reimported.imported)} re-imported, "
                   f"{len(self.from_backup.imported)} from the backup; check: {state}")  # fmt: skip
        return out


def salvage(
    damaged: Path,
    new: Path,
    progress: Progress | None = None,
    *,
    workers_count: int | None = None,
    backup: Path | None = None,
) -> SalvageReport:
    """Rebuild what can be rebuilt of the archive at ``damaged`` as a new archive at ``new``
    (documents lost with the database come back from ``backup``, by default the newest
    automatic backup beside the archive)."""
    damaged = Path(damaged).expanduser().resolve()
    new = Path(new).expanduser().absolute()
    if not damaged.is_dir() or not (
        (damaged / DB_NAME).exists() or (damaged / "originals").is_dir()
    ):
        raise Invalid(
            f"{damaged} is not an archive folder: it holds no {DB_NAME} and no originals/"
        )
    refuse_destination(damaged, new)
    if backup is not None:
        read_manifest(Path(backup).expanduser())  # Invalid, naming it, when it is no backup
    if new.resolve().is_relative_to(damaged):
        raise Invalid(f"{new} is inside the damaged archive: choose a folder outside it")
    tell = progress or no_progress
    report = SalvageReport(new)
    new.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=new.parent) as work:
        tell(0, 1, "recovering the database")
        recovered = recover(damaged / DB_NAME, Path(work))
        report.method, report.notes = recovered.method, list(recovered.notes)
        _carry(recovered, new / DB_NAME, report)
    _originals(damaged, new, report, tell)
    if backup is None:
        backup = newest_backup(damaged)
    report.backup = str(backup) if backup else ""
    if not backup and report.method != "intact":
        report.notes.append("no backup of this archive was found beside it: a plain-text document keeps no file of its own, so one whose row was lost is lost (salvage again with --backup BACKUP if you keep one elsewhere)")  # fmt: skip
    _reimport(damaged, new, report, tell, workers_count)
    return report


def _carry(recovered: Recovered, db_file: Path, report: SalvageReport) -> None:
    """A fresh store at ``db_file`` with the rows the recovery read that it accepts.

    The store is made at the damaged file's schema version, filled, then upgraded: the
    migrations' data steps (UUIDs, date sources ...) run on the carried rows as on any archive.
    """
    db = store.connect(db_file)
    try:
        if recovered.path is None:
            store.migrate(db, db_file)
        else:
            source = sqlite3.connect(recovered.path)
            try:
                store.migrate(db, db_file, upto=_version_of(source, db_file))
                report.tables = copying.carry_rows(source, db)
                replica = store.get_meta(source, identity.REPLICA)
            finally:
                source.close()
            if replica:  # the salvaged archive goes on as the same copy
                store.set_meta(db, identity.REPLICA, replica)
            store.migrate(db, db_file)
        for table, refused in recovered.refused.items():
            carried = report.tables.setdefault(table, copying.Carried())
            carried.found += refused
            carried.invalid += refused
        _mend_documents(db, report)
    finally:
        db.close()


def _version_of(source: sqlite3.Connection, db_file: Path) -> int:
    """The schema version of the recovered rows (the current one when the header was lost)."""
    version = store.schema_version(source) or store.latest_version()
    if version > store.latest_version():
        raise StoreError(f"the damaged database was written by a newer Archiver (schema {version}): salvage it with that version")  # fmt: skip
    return version


def _mend_documents(db: sqlite3.Connection, report: SalvageReport) -> None:
    """Rows whose text no longer matches its fingerprint go (the original comes back whole,
    unless the store regenerated it: then the document is lost); the others get their near-duplicate signature again (its band rows may be lost)."""
    rows = documents.fingerprints(db)
    damaged = [r.id for r in rows
               if r.text is None or dedupe.text_fingerprint(r.text) != r.text_sha256]  # fmt: skip
    with store.transaction(db):
        for doc_id in damaged:
            documents.delete(db, doc_id)
        signatures.drop_orphan_bands(db)
        for row in rows:
            if row.text is not None and row.id not in damaged:
                signatures.add(db, row.id, dedupe.signature_of(row.text))
    lost = {r.id for r in rows if r.recipe is not None}  # no file left to import again
    report.damaged_documents = [i for i in damaged if i not in lost]
    report.lost_documents = [i for i in damaged if i in lost]


def _originals(damaged: Path, new: Path, report: SalvageReport, progress: Progress) -> None:
    """Copy each original file a kept row names, when its bytes still hash to the row's
    SHA-256; an original the kept row regenerates is checked the same way, and not copied."""
    db = store.connect(new / DB_NAME)
    try:
        rows = documents.originals(db)
        placer = Placer()
        placer.can_link = False  # copies: the new archive must not share files with a damaged one
        for done, row in enumerate(rows, 1):
            if not _whole(damaged, db, row):
                report.missing_originals.append(row.id)
            elif in_file(row):
                placer.place(damaged / "originals" / row.stored_name,
                             new / "originals" / row.stored_name)  # fmt: skip
                report.originals_copied += 1
            else:
                report.originals_regenerated += 1
            progress(done, len(rows), "copying originals")
    finally:
        db.close()


def _whole(damaged: Path, db: sqlite3.Connection, row: documents.Original) -> bool:
    """True when the row's original (the damaged archive's file, or regenerated) is intact."""
    try:
        return digest(damaged, db, row) == row.file_sha256
    except (OSError, StoreError):
        return False


def _reimport(
    damaged: Path, new: Path, report: SalvageReport, progress: Progress, workers: int | None
) -> None:
    """Import every original no kept row accounts for; then index and check the new archive."""
    from archiver.core.archive import Archive
    from archiver.core.check import check
    from archiver.core.imports.batch import backfill_signatures

    kept = {p.relative_to(new / "originals").as_posix() for p in _files(new / "originals")}
    folder = damaged / "originals"
    others = [str(p) for p in _files(folder) if p.relative_to(folder).as_posix() not in kept]
    with Archive.open(new, progress=progress) as archive:
        backfill_signatures(archive.db)
        if others:
            report.reimported = archive.import_paths(
                others, keep_duplicates=True, progress=progress, workers_count=workers
            )
        if report.backup:
            report.from_backup, notes = bring_back(Path(report.backup), archive, progress, workers)
            report.notes += notes
        result = check(archive)
    report.consistent, report.problems = result.consistent, result.problems


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


__all__ = ["SalvageReport", "salvage"]
