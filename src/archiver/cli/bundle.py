"""The bundle commands (export, import, inspect a bundle file) and the conflicts they leave."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.cli.common import Handler, Subparsers, positive, print_json, reading, writing
from archiver.core.change_words import describe

if TYPE_CHECKING:
    from archiver.core.archive import Archive
    from archiver.core.bundle.reader import BundleInfo
    from archiver.core.sync.conflicts import Conflict
    from archiver.core.sync.merge import MergeReport


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``bundle export|import|inspect`` and ``conflicts list|resolve``."""
    bundle = sub.add_parser("bundle", help="carry documents and their coding to another copy "
                            "in one zip file, and merge one in")  # fmt: skip
    actions = bundle.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    p = actions.add_parser("export", help="write a bundle of the archive (or part of it)")
    p.add_argument("file", type=Path, metavar="FILE.zip")
    p.add_argument("--since", type=_date, metavar="DATE",
                   help="only documents imported or changed, and changes made, from DATE on")  # fmt: skip
    p.add_argument("--tag", action="append", default=[], metavar="NAME",
                   help="only the documents carrying this tag (repeat for several)")  # fmt: skip
    p.add_argument("--collection", action="append", default=[], metavar="NAME",
                   help="only the documents in this collection or one under it (a name or a "
                   "path A/B; repeat for several)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = actions.add_parser(
        "import", help="check a bundle whole, then merge it (one undoable change)"
    )
    p.add_argument("file", type=Path, metavar="FILE.zip")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser("inspect", help="check a bundle and say what it holds (writes nothing)")
    p.add_argument("file", type=Path, metavar="FILE.zip")
    p.add_argument("--json", action="store_true")
    conflicts = sub.add_parser(
        "conflicts", help="fields two copies changed differently: list, resolve"
    )
    actions = conflicts.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the conflicts not resolved yet (oldest first)")
    p.add_argument("--all", action="store_true", help="the resolved ones too")
    p.add_argument("--json", action="store_true")
    p = actions.add_parser(
        "resolve", help="keep the local value, take the other copy's, or set one (undoable)"
    )
    p.add_argument("id", type=positive, metavar="ID")
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument("--local", dest="pick", action="store_const", const="local")
    side.add_argument("--remote", dest="pick", action="store_const", const="remote")
    side.add_argument("--value", metavar="TEXT",
                      help="the value both copies should hold (the two merged by hand)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    return {"bundle": _bundle, "conflicts": _conflicts}


def _date(text: str) -> str:
    """An ISO date or time (argparse type), as given."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return text


def _bundle(args: argparse.Namespace) -> int:
    if args.bundle_action == "inspect":  # no archive is opened, nor created
        return _inspect(args)
    return (reading(_export) if args.bundle_action == "export" else writing(_import))(args)


def _conflicts(args: argparse.Namespace) -> int:
    return (reading(_list) if args.conflicts_action == "list" else writing(_resolve))(args)


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} {label[:60]}\x1b[K" + ("\n" if done >= total else ""))


def _export(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.bundle import export

    info = export(archive, args.file, since=args.since, tags=args.tag,
                  collections=args.collection, progress=_progress)  # fmt: skip
    if args.json:
        print_json(info.to_json())
    else:
        print(f"wrote {info.path}: {_counts(info)}, {info.file_bytes:,} bytes")
    return 0


def _inspect(args: argparse.Namespace) -> int:
    from archiver.core.bundle import inspect

    info = inspect(args.file, progress=_progress)
    if args.json:
        print_json(info.to_json())
        return 0
    m = info.manifest
    print(f"{info.path}: a bundle (format {m.format}) made {m.created} by {m.author} "
          f"with Archiver {m.app_version}")  # fmt: skip
    print(f"  {_counts(info)}; {info.file_bytes:,} bytes, {info.unpacked_bytes:,} unpacked")
    chosen = [f"since {m.filters['since']}" if m.filters.get("since") else "",
              ", ".join(f"tag {t}" for t in m.filters.get("tags", [])),
              ", ".join(f"collection {c}" for c in m.filters.get("collections", []))]  # fmt: skip
    if any(chosen):
        print("  only: " + "; ".join(c for c in chosen if c))
    print("  every entry checked: hashes and sizes match the manifest")
    return 0


def _counts(info: BundleInfo) -> str:
    counts = info.manifest.counts
    records = sum(v for k, v in counts.items() if k not in ("documents", "changes"))
    return (f"{_n(counts.get('documents', 0), 'document')}, {_n(records, 'record')}, "
            f"{_n(counts.get('changes', 0), 'change')}")  # fmt: skip


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _import(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.bundle import import_bundle

    report = import_bundle(archive, args.file, progress=_progress)
    if args.json:
        print_json(report.to_json())
    else:
        print(_report_line(args.file, report))
        for conflict in report.conflicts:
            print("conflict: " + _conflict_line(conflict))
        for line in merge_notes(report):
            print(line)
        for skip in report.skipped:
            print(f"skipped: {skip.get('table')} {skip.get('uuid')}: {skip.get('reason')}")
    return 0


def _report_line(path: Path, r: MergeReport) -> str:
    records = sum(r.records_added.values())
    line = (f"merged {path}: {_n(len(r.documents_added), 'document')} added, "
            f"{len(r.documents_matched):,} already here, {_n(records, 'record')} added, "
            f"{_n(r.changes_applied, 'change')} applied ({r.changes_known:,} known already), "
            f"{_n(len(r.participants_matched), 'participant')} matched, "
            f"{_n(len(r.conflicts), 'new conflict')}")  # fmt: skip
    return line + (" (archiver conflicts list)" if r.conflicts else "")


def merge_notes(r: MergeReport) -> list[str]:
    """The lines of a merge report a user should act on: participants left apart, quotes
    coded twice."""
    lines = [ambiguous_line(a) for a in r.participants_ambiguous]
    lines += [copy_line(c) for c in r.likely_duplicates]
    if r.same_quote_commitments:
        lines.append(f"review: {_n(r.same_quote_commitments, 'commitment')} share their quote "
                     "with another (kept apart: archiver commitments list)")  # fmt: skip
    return lines


def copy_line(c: dict[str, Any], there: str = "the bundle") -> str:
    """A document the merge added whose text one held here has (or nearly)."""
    return (f"review: #{c['document']} is likely a copy of #{c['of']} (similarity "
            f"{c['similarity']:.2f}): kept, as {there}'s work may refer to it "
            f"(archiver delete {c['document']} moves it to the trash)")  # fmt: skip


def ambiguous_line(a: dict[str, Any], there: str = "the bundle") -> str:
    """A participant the merge did not match because it could be more than one."""
    here = " or ".join(f"p{i} {n!r}" for i, n in zip(a["locals"], a["local_names"], strict=True))
    also = "" if a.get("why") == "several here" else f", and so could another of {there}'s"
    return (f"not matched: participant {a['remote']!r} of {there} could be {here} here "
            f"(by {a['by']}){also}: kept apart (archiver participants merge makes two one)")  # fmt: skip


def _conflict_line(c: Conflict) -> str:
    state = f" [resolved: {c.picked}]" if c.resolved_at else ""
    return (f"#{c.id} {c.table.replace('_', ' ')} {c.label!r}, {c.field}: here {_value(c.local)}, "
            f"there {_value(c.remote)} (by {c.remote_author}){state}")  # fmt: skip


def _value(value: Any) -> str:
    return "(none)" if value is None else repr(value)


def _list(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.sync.conflicts import list_conflicts

    found = list_conflicts(archive, open_only=not args.all)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    for conflict in found:
        print(_conflict_line(conflict))
    print(f"{len(found)} conflict(s)" + ("" if args.all else " to resolve")
          + (" (archiver conflicts resolve ID --local|--remote|--value TEXT)" if found and not args.all else ""))  # fmt: skip
    return 0


def _resolve(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.sync.conflicts import resolve

    change = resolve(archive, args.id, args.pick, args.value)
    picked = args.pick or "value"
    if args.json:
        print_json({"resolved": args.id, "picked": picked, "change": change.to_json()})
    else:
        kept = {"local": "kept the local value", "remote": "took the other copy's value",
                "value": f"set {args.value!r}"}[picked]  # fmt: skip
        print(f"conflict #{args.id}: {kept} ({describe(change, {})}; archiver undo takes it back)")
    return 0
