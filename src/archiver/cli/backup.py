"""The carry commands: back an archive up, restore a backup, salvage a damaged archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from archiver.cli.common import (
    Handler,
    Subparsers,
    archive_root,
    open_for_writing,
    print_json,
    report_progress,
)
from archiver.core.errors import Invalid


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the backup, restore and salvage commands."""
    p = sub.add_parser("backup", help="write a consistent copy of the archive to a new folder "
                       "(works while the app or an import is running)")  # fmt: skip
    p.add_argument("dest", metavar="DEST", help="the new backup folder (absent or empty)")
    p.add_argument("--with-index", action="store_true",
                   help="copy the search index too (else it is rebuilt on restore)")  # fmt: skip
    p.add_argument("--copy", action="store_true",
                   help="copy the originals even where hard links could be made")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("restore", help="make a new archive from a backup (or, with "
                       "--originals-only, put lost originals back into --archive)")  # fmt: skip
    p.add_argument("backup", metavar="BACKUP", help="a folder written by 'archiver backup'")
    p.add_argument("dir", metavar="DIR", nargs="?", help="the new archive folder (absent or empty)")
    p.add_argument("--originals-only", action="store_true",
                   help="copy back only the originals the archive lacks or that changed")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("salvage", help="rebuild what can be rebuilt from a damaged archive "
                       "into a new one (the damaged one is only read)")  # fmt: skip
    p.add_argument("damaged", metavar="DAMAGED", help="the damaged archive folder")
    p.add_argument("new", metavar="NEW", help="the new archive folder (absent or empty)")
    p.add_argument("--backup", metavar="BACKUP", default=None,
                   help="bring lost documents back from this backup folder (default: the "
                   "newest automatic backup beside the archive)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    return {"backup": _backup, "restore": _restore, "salvage": _salvage}


def _backup(args: argparse.Namespace) -> int:
    from archiver.core.backups.making import make_backup

    report = make_backup(archive_root(args), Path(args.dest), with_index=args.with_index,
                         copy=args.copy, progress=report_progress)  # fmt: skip
    if args.json:
        print_json(report.to_json())
        return 0
    for name in report.missing:
        print(f"missing: originals/{name} (named by a document, absent from the archive)")
    how = f"{report.linked} linked, {report.copied} copied"
    index = ", the search index" if report.index else ""
    print(f"backed up {report.documents} documents, {report.originals} originals ({how}){index} "
          f"to {report.folder}")  # fmt: skip
    return 0


def _restore(args: argparse.Namespace) -> int:
    if args.originals_only:
        return _restore_originals(args)
    from archiver.core.backups.restoring import restore

    if not args.dir:
        raise Invalid("restore needs the new archive folder DIR (or --originals-only)")
    report = restore(Path(args.backup), Path(args.dir), progress=report_progress)
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.problems:
            print(f"problem: {line}")
        state = "consistent" if report.consistent else f"{len(report.problems)} problem(s)"
        print(f"restored {report.documents} documents, {report.originals} originals into "
              f"{report.folder}; check: {state}")  # fmt: skip
    return 0 if report.consistent else 1


def _restore_originals(args: argparse.Namespace) -> int:
    from archiver.core.backups.restoring import restore_originals

    if args.dir:
        raise Invalid("restore --originals-only puts originals back into --archive: give no DIR")
    with open_for_writing(args) as archive:
        report = restore_originals(archive, Path(args.backup), progress=report_progress)
    if args.json:
        print_json(report.to_json())
    else:
        for doc_id in report.restored:
            print(f"original restored for #{doc_id}")
        for path in report.moved_aside:
            print(f"changed copy moved to {path}")
        for doc_id in report.unavailable:
            print(f"not in the backup either: the original of #{doc_id}")
        print(f"{len(report.restored)} restored, {len(report.unavailable)} unavailable")
    return 0 if not report.unavailable else 1


def _salvage(args: argparse.Namespace) -> int:
    from archiver.core.salvage import salvage

    backup = Path(args.backup) if args.backup else None
    report = salvage(Path(args.damaged), Path(args.new), progress=report_progress, backup=backup)
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.lines():
            print(line)
    return 0 if report.consistent else 1
