"""REFI-QDA projects on the command line: ``export qdpx`` and ``import FILE.qdpx``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.cli.common import open_for_reading, open_for_writing, print_json
from archiver.core.errors import Invalid

if TYPE_CHECKING:
    from archiver.core.archive import Archive
    from archiver.core.exchange.qdpx.importing import ProjectImport

SUFFIX = ".qdpx"


def is_project(paths: list[str]) -> bool:
    """True when the import is of a REFI-QDA project (which must then come alone)."""
    projects = [p for p in paths if p.lower().endswith(SUFFIX)]
    if projects and len(paths) > 1:
        raise Invalid(f"import a {SUFFIX} project alone (it was given with {len(paths) - 1} "
                      "other path(s))")  # fmt: skip
    return bool(projects)


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} {label[:60]}\x1b[K" + ("\n" if done >= total else ""))


def collection_documents(archive: Archive, name: str) -> list[int]:
    """The documents of a collection (and its sub-collections); NotFound when there is none."""
    collections = archive.annotations.collections
    return list(collections.documents(collections.find(name).id))


def export(args: argparse.Namespace) -> int:
    """``archiver export qdpx [--collection NAME] -o FILE.qdpx``."""
    from archiver.core.exchange.qdpx.export import export_qdpx

    if not args.output:
        raise Invalid("export qdpx writes a file: give it with -o FILE.qdpx")
    with open_for_reading(args) as archive:
        chosen = collection_documents(archive, args.collection) if args.collection else None
        info = export_qdpx(archive, Path(args.output), documents=chosen,
                           name=args.collection or "", progress=_progress)  # fmt: skip
    if args.json:
        print_json(info.to_json())
        return 0
    counts = info.counts
    print(f"wrote {info.path}: {counts.get('documents', 0)} documents, "
          f"{counts.get('selections', 0)} coded selections, {counts.get('participants', 0)} "
          f"participants, {info.file_bytes:,} bytes (valid under Project-mrt2019.xsd)")  # fmt: skip
    for what, count in info.skipped.items():
        print(f"left out: {count} {what}")
    return 0


def import_project(args: argparse.Namespace) -> int:
    """``archiver import FILE.qdpx``: the project's documents and coding, whole or not at all."""
    from archiver.core.exchange.qdpx.importing import import_qdpx

    with open_for_writing(args) as archive:
        report = import_qdpx(archive, Path(args.paths[0]), progress=_progress)
    if args.json:
        print_json(report.to_json())
    else:
        for line in report_lines(report):
            print(line)
    return 0


def report_lines(report: ProjectImport) -> list[str]:
    """What a project import brought in, in words."""
    lines = [f"imported project {report.name or report.path!r}"
             + (f" (made by {report.origin})" if report.origin else "")
             + f": {len(report.documents_added)} documents added, "
             f"{len(report.documents_matched)} already here"]  # fmt: skip
    lines += [f"  {what}: {count}" for what, count in sorted(report.counts.items())]
    lines += [f"  skipped {what}: {count}" for what, count in sorted(report.skipped.items())]
    return lines
