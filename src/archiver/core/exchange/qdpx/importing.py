"""Importing a .qdpx: the project read and checked whole, its text sources imported through the
normal import path (a source already here is found by its hash and coded there), then its
coding stored in one journaled step. All or nothing: when a source fails to import or its
selections cannot be placed, the documents this import stored are removed again."""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core.changes import ChangeKind
from archiver.core.errors import BadProject
from archiver.core.exchange.qdpx.coding import CodingStep
from archiver.core.exchange.qdpx.offsets import Unplaceable
from archiver.core.exchange.qdpx.project import Project
from archiver.core.exchange.qdpx.reading import read_project
from archiver.core.progress import Cancelled, CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from archiver.core.archive import Archive
    from archiver.core.model import ImportReport

STAGING_PREFIX = ".qdpx-import-"
_UNSAFE = re.compile(r"[^\w .()-]+")


@dataclass
class ProjectImport:
    """What a project import brought in (``archiver import FILE.qdpx --json``)."""

    path: str
    name: str
    origin: str
    documents_added: list[int] = field(default_factory=list)
    documents_matched: list[int] = field(default_factory=list)  # already here (same file or text)
    counts: dict[str, int] = field(default_factory=dict)  # mentions, commitments, coded quotes…
    skipped: dict[str, int] = field(default_factory=dict)  # what the archive has no place for

    def to_json(self) -> dict[str, Any]:
        """Plain JSON shape."""
        return {"path": self.path, "project": self.name, "origin": self.origin,
                "documents_added": self.documents_added,
                "documents_matched": self.documents_matched,
                "counts": self.counts, "skipped": self.skipped}  # fmt: skip


def import_qdpx(
    archive: Archive,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ProjectImport:
    """Import a REFI-QDA project whole; BadProject (nothing stored) when any part is bad."""
    archive.require_writable()
    path = Path(path)
    progress = progress or no_progress
    project = read_project(path, progress=progress, cancel=cancel)
    result = ProjectImport(str(path), project.name, project.origin)
    for stale in archive.root.glob(STAGING_PREFIX + "*"):  # a killed import's
        shutil.rmtree(stale, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=archive.root) as staging:
        files = _stage(project, Path(staging))
        report = archive.import_paths(list(files), keep_duplicates=True, progress=progress,
                                      cancel=cancel)  # fmt: skip
    added = [f.id for f in report.imported]
    try:
        docs = _documents(path, project, files, report)
        counts = _code(archive, project, docs, path)
    except BaseException:
        _take_back(archive, added)
        raise
    result.documents_added = added
    result.documents_matched = sorted({d for d, new in docs.values() if not new})
    result.counts = counts
    result.skipped = dict(project.skipped)
    return result


def _stage(project: Project, folder: Path) -> dict[str, str]:
    """Each source's text as a file to import (its bytes as the project holds them);
    path -> source GUID."""
    files: dict[str, str] = {}
    for number, source in enumerate(project.sources, 1):
        stem = _UNSAFE.sub("_", source.name.removesuffix(".txt"))[:80].strip() or "source"
        target = folder / f"{number:05d} {stem}.txt"
        target.write_bytes(source.raw)
        files[str(target)] = source.guid
    return files


def _documents(
    path: Path, project: Project, files: dict[str, str], report: ImportReport
) -> dict[str, tuple[int, bool]]:
    """Source GUID -> (document id, stored by this import)."""
    if report.cancelled:
        raise Cancelled()
    entries = {s.guid: s.entry for s in project.sources}
    if report.failed:
        failed = report.failed[0]
        raise BadProject(str(path), entries.get(files.get(failed.path, ""), failed.path),
                         f"its text cannot be imported: {failed.reason}")  # fmt: skip
    found = {files[f.path]: (f.id, True) for f in report.imported if f.path in files}
    found.update({files[d.path]: (d.id, False) for d in report.duplicates if d.path in files})
    missing = [s for s in project.sources if s.guid not in found]
    if missing:
        raise BadProject(str(path), missing[0].entry, "its text was not imported (the import "
                         "stopped before it)")  # fmt: skip
    return found


def _code(
    archive: Archive, project: Project, docs: dict[str, tuple[int, bool]], path: Path
) -> dict[str, int]:
    """The coding of every source, one journaled step."""
    ann = archive.annotations
    with ann.journal.change(ChangeKind.IMPORT_PROJECT, documents=[d for d, _ in docs.values()],
                            names=[project.name or path.name]) as step:  # fmt: skip
        coding = CodingStep(ann, step, project)
        coding.codebook()
        for source in project.sources:
            doc_id, new = docs[source.guid]
            try:
                coding.source(source, doc_id, new)
            except Unplaceable as exc:
                raise BadProject(str(path), source.entry, f"its text is not the text of document "
                                 f"#{doc_id} already in the archive (they part at character "
                                 f"{exc.at}), so its selections cannot be placed") from None  # fmt: skip
        coding.attachments(docs)
        coding.notes.left()
        step.count = sum(len(s.selections) for s in project.sources)
        step.extra = {"project": project.name, "counts": dict(coding.counts)}
    return dict(coding.counts)


def _take_back(archive: Archive, ids: list[int]) -> None:
    """Remove the documents an import stored, for good (the project was refused)."""
    if ids:
        archive.trash.delete(ids)
        archive.trash.empty(ids)
