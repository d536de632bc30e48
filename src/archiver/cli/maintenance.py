"""The maintenance commands: check (and repair) the archive, rebuild the search index."""

from __future__ import annotations

import argparse

from archiver.cli.common import Handler, Subparsers, open_for_reading, open_for_writing, print_json


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the check and reindex commands."""
    p = sub.add_parser("check", help="check store, originals and index (exit 1 on problems)")
    p.add_argument("--repair", action="store_true")
    p.add_argument("--json", action="store_true")
    sub.add_parser("reindex", help="rebuild the search index from the store")
    return {"check": _check, "reindex": _reindex}


def _check(args: argparse.Namespace) -> int:
    from archiver.core.check import check

    with open_for_writing(args) if args.repair else open_for_reading(args) as archive:
        report = check(archive, repair=args.repair)
        after = check(archive) if args.repair and report.problems else report
    if args.json:
        print_json({"documents": report.documents, "problems": report.problems,
                    "repaired": report.repaired, "consistent": after.consistent,
                    "remaining": after.problems})  # fmt: skip
    else:
        for line in report.problems:
            print(f"problem: {line}")
        for line in report.repaired:
            print(f"repaired: {line}")
        print(f"{report.documents} documents; " + ("consistent" if after.consistent else
              f"{len(after.problems)} problem(s) remain"))  # fmt: skip
    return 0 if after.consistent else 1


def _reindex(args: argparse.Namespace) -> int:
    with open_for_writing(args) as archive:
        count = archive.indexer.rebuild()
    print(f"indexed {count} documents")
    return 0
