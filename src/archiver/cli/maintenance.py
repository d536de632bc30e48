"""The maintenance commands: check (and repair) the archive, rebuild the search index."""

from __future__ import annotations

import argparse
import sqlite3
from typing import TYPE_CHECKING

from archiver.cli.common import (
    Handler,
    Subparsers,
    open_archive,
    open_for_reading,
    open_for_writing,
    print_json,
)
from archiver.core.errors import StoreError

if TYPE_CHECKING:
    from archiver.core.model import CheckReport


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the check and reindex commands."""
    p = sub.add_parser("check", help="check store, originals and index (exit 1 on problems)")
    p.add_argument("--repair", action="store_true")
    p.add_argument("--json", action="store_true")
    sub.add_parser("reindex", help="rebuild the search index from the store")
    return {"check": _check, "reindex": _reindex}


def _check(args: argparse.Namespace) -> int:
    from archiver.core.check import check

    try:
        archive = open_for_writing(args) if args.repair else open_for_reading(args)
    except (StoreError, sqlite3.DatabaseError):
        # a damaged store cannot be opened for writing: report what it still lets us read,
        # and change nothing (repairing from a damaged store would discard originals)
        archive = open_archive(args, readonly=True)
    with archive:
        report = check(archive, repair=args.repair and not archive.readonly)
        after = check(archive) if args.repair and report.problems else report
    pending = after.pending
    if pending is not None and not (pending.originals or pending.unindexed or pending.unlisted):
        pending = None  # kept only to name the writer of names not indexed yet
    if args.json:
        in_progress = pending is not None and pending.writer is not None
        print_json({"documents": report.documents, "problems": report.problems,
                    "repaired": report.repaired, "consistent": after.consistent,
                    "remaining": after.problems, "index_damage": report.index_damage,
                    "store_damaged": report.store_damaged,
                    "index_awaits_names": after.index_awaits_names,
                    "import_in_progress": pending.to_json() if pending and in_progress else None,
                    "interrupted_import": pending.to_json() if pending and not in_progress else None,
                    "finished_on_open": report.finished_on_open})  # fmt: skip
    else:
        for line in report.problems:
            print(f"problem: {line}")
        for line in report.repaired:
            print(f"repaired: {line}")
        for line in _pending_words(after):
            print(line)
        counted = "documents unreadable" if report.store_damaged and not report.documents \
            else f"{report.documents} documents"  # fmt: skip
        print(f"{counted}; " + ("consistent" if after.consistent else
              f"{len(after.problems)} problem(s) remain"))  # fmt: skip
    return 0 if after.consistent else 1


def _pending_words(report: CheckReport) -> list[str]:
    """The lines that say what an import has not finished: not damage."""
    lines = []
    if report.finished_on_open:
        lines.append(f"finished: an interrupted import's {report.finished_on_open} leftover "
                     "copies were removed when the archive opened")  # fmt: skip
    pending = report.pending
    if pending is None:
        return lines
    if report.index_awaits_names:
        who = f"the open app or another writer ({pending.writer})" if pending.writer else \
            "another process"  # fmt: skip
        lines.append(f"not indexed yet: {who} added participants' names the search index has "
                     "not been re-analysed for (not damage: the next open for writing does it)")  # fmt: skip
    parts = [f"{n} {what}" for n, what in (
        (pending.originals, "copies not in the store yet"),
        (pending.unindexed, "documents not in the search index yet"),
        (pending.unlisted, "index entries of deleted documents not removed yet")) if n]  # fmt: skip
    if not parts:
        return lines
    if pending.writer is not None:
        lines.append(f"import in progress ({pending.writer} is writing): " + ", ".join(parts)
                     + " (not damage; check again when it is done)")  # fmt: skip
    else:
        lines.append("interrupted import: " + ", ".join(parts)
                     + " (not damage: the next open for writing finishes it)")  # fmt: skip
    return lines


def _reindex(args: argparse.Namespace) -> int:
    with open_for_writing(args) as archive:
        count = archive.indexer.rebuild()
    print(f"indexed {count} documents")
    return 0
