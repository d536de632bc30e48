"""Checking a backup against its manifest, restoring it as a new archive, or only its originals."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core.backups.found import MANIFEST
from archiver.core.backups.making import (
    DB_NAME,
    FORMAT,
    VERSION,
    Placer,
)
from archiver.core.errors import Invalid
from archiver.core.imports.files import sha256_of
from archiver.core.originals import in_file
from archiver.core.progress import Progress, no_progress
from archiver.core.store import documents

if TYPE_CHECKING:
    from archiver.core.archive import Archive


@dataclass
class RestoreReport:
    """The new archive made from a backup, and what ``check`` says of it there."""

    folder: Path
    documents: int = 0
    originals: int = 0
    consistent: bool = False
    problems: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The shape printed by ``archiver restore --json``."""
        return {"folder": str(self.folder), "documents": self.documents,
                "originals": self.originals, "consistent": self.consistent,
                "problems": self.problems}  # fmt: skip


def read_manifest(backup: Path) -> dict[str, Any]:
    """The backup's manifest, once the database matches it and every original it names is
    there; Invalid naming the file and the reason otherwise."""
    backup = Path(backup).expanduser()
    path = backup / MANIFEST
    if not backup.is_dir():
        raise Invalid(f"{backup} is not a backup folder")
    if not path.is_file():
        inner = sorted((p.parent.name for p in backup.glob(f"*/{MANIFEST}")), reverse=True)
        hint = (
            f" (it holds {len(inner)} backups: choose one, the newest is {inner[0]})"
            if inner
            else ""
        )
        raise Invalid(f"{backup} is not an Archiver backup: it has no {MANIFEST}{hint}")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        database = manifest["database"]
        expected_bytes, expected_hash = int(database["bytes"]), str(database["sha256"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise Invalid(f"{path} is damaged or not a backup manifest ({exc})") from exc
    if manifest.get("format") != FORMAT:
        raise Invalid(f"{path} is not an Archiver backup manifest")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise Invalid(f"{path} was written by a newer Archiver (backup format {manifest.get('version')})")  # fmt: skip
    _check_database(backup / DB_NAME, expected_bytes, expected_hash)
    absent = [n for n in stored_names(backup / DB_NAME) if not (backup / "originals" / n).is_file()]
    absent = [n for n in absent if n not in set(manifest.get("originals", {}).get("missing", []))]
    if absent:
        raise Invalid(f"{backup} lacks {len(absent)} original(s) its database names (first: originals/{absent[0]})")  # fmt: skip
    return dict(manifest)


def _check_database(db_file: Path, expected_bytes: int, expected_hash: str) -> None:
    if not db_file.is_file():
        raise Invalid(f"{db_file} is missing: the backup is incomplete")
    size = db_file.stat().st_size
    if size != expected_bytes:
        raise Invalid(f"{db_file} holds {size} bytes where the manifest says {expected_bytes}: the backup is damaged or incomplete")  # fmt: skip
    if sha256_of(db_file) != expected_hash:
        raise Invalid(f"{db_file} does not match the hash in its manifest: the backup is damaged")


def stored_names(db_file: Path) -> list[str]:
    """The original files a backup's database names (read without writing anything beside
    it); an original the database regenerates has none."""
    db = sqlite3.connect(f"file:{db_file}?mode=ro&immutable=1", uri=True)
    try:
        return [row.stored_name for row in documents.originals(db) if in_file(row)]
    except sqlite3.DatabaseError as exc:
        raise Invalid(f"{db_file} is not a readable archive database ({exc})") from exc
    finally:
        db.close()


def restore(backup: Path, target: Path, progress: Progress | None = None) -> RestoreReport:
    """Make a new archive at ``target`` (absent or an empty folder) from a checked backup."""
    from archiver.core.archive import Archive
    from archiver.core.check import check

    backup, target = Path(backup).expanduser(), Path(target).expanduser().absolute()
    manifest = read_manifest(backup)
    if target.exists() and not (target.is_dir() and not any(target.iterdir())):
        raise Invalid(f"{target} is not empty: a backup is restored into a new or empty folder")
    tell = progress or no_progress
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.parent / f".{target.name}.restoring-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        tell(0, 1, "copying the database")
        shutil.copyfile(backup / DB_NAME, partial / DB_NAME)  # a copy: the backup stays as it is
        count = _place_originals(backup, partial, stored_names(backup / DB_NAME), tell)
        if manifest.get("index") and (backup / "index").is_dir():
            shutil.copytree(backup / "index", partial / "index")  # Whoosh rewrites its files
        with contextlib.suppress(FileNotFoundError):
            target.rmdir()
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    with Archive.open(target, progress=progress) as archive:
        archive.indexer.sync()  # the index copied may be a commit ahead of or behind the store
        result = check(archive, progress=progress)
    return RestoreReport(target, result.documents, count, result.consistent, result.problems)


def _place_originals(backup: Path, folder: Path, names: list[str], progress: Progress) -> int:
    placer, placed = Placer(), 0
    for done, name in enumerate(names, 1):
        with contextlib.suppress(FileNotFoundError):  # listed missing when the backup was made
            placer.place(backup / "originals" / name, folder / "originals" / name)
            placed += 1
        progress(done, len(names), "originals")
    return placed


@dataclass
class OriginalsReport:
    """Originals put back into an archive from a backup, and those the backup lacks too."""

    restored: list[int] = field(default_factory=list)  # document ids
    moved_aside: list[str] = field(default_factory=list)  # changed copies, now in lost+found/
    unavailable: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        """The shape printed by ``archiver restore --originals-only --json``."""
        return {"restored": self.restored, "moved_to_lost_found": self.moved_aside,
                "unavailable": self.unavailable}  # fmt: skip


def restore_originals(archive: Archive, backup: Path, progress: Progress | None = None) -> OriginalsReport:  # fmt: skip
    """Put back every original of ``archive`` that is missing or changed, from ``backup``.

    A copy is taken only when its bytes hash to the document's SHA-256; a changed file
    found in the archive is moved to ``lost+found/`` first, never deleted.
    """
    archive.require_writable()
    read_manifest(backup)
    report, tell = OriginalsReport(), progress or no_progress
    rows = [row for row in documents.originals(archive.db) if in_file(row)]  # others: in the store
    placer = Placer()
    for done, row in enumerate(rows, 1):
        tell(done, len(rows), "checking originals")
        here = archive.root / "originals" / row.stored_name
        if here.is_file() and sha256_of(here) == row.file_sha256:
            continue
        there = Path(backup) / "originals" / row.stored_name
        if not there.is_file() or sha256_of(there) != row.file_sha256:
            report.unavailable.append(row.id)
            continue
        if here.exists():
            lost = archive.root / "lost+found" / f"{Path(row.stored_name).name}.changed"
            lost.parent.mkdir(exist_ok=True)
            shutil.move(str(here), lost)
            report.moved_aside.append(str(lost.relative_to(archive.root)))
        placer.place(there, here)
        report.restored.append(row.id)
    return report
