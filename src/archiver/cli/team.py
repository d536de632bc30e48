"""The team commands: ``server init`` makes a PostgreSQL database the team's shared store,
``sync`` pushes this copy's changes to it and pulls the others' (docs/team.md)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from archiver.cli.bundle import ambiguous_line, copy_line
from archiver.cli.common import Handler, Subparsers, print_json, reading, writing
from archiver.core.errors import Invalid, ServerFailure

if TYPE_CHECKING:
    from archiver.core.archive import Archive
    from archiver.core.team.sync import SyncReport

T = TypeVar("T")


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``server init`` and ``sync``."""
    server = sub.add_parser("server", help="the team's shared PostgreSQL store")
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    p = actions.add_parser("init", help="create the schema in an empty PostgreSQL database "
                           "(or bring it up to date) and grant the member roles")  # fmt: skip
    p.add_argument("url", metavar="URL", help="postgresql://user@host:port/database")
    p.add_argument("--readers", default="archiver_reader", metavar="ROLE",
                   help="group role of members who may pull only (default: %(default)s)")  # fmt: skip
    p.add_argument("--members", default="archiver_member", metavar="ROLE",
                   help="group role of members who push and pull (default: %(default)s)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("sync", help="push this copy's changes to the team's server and pull "
                       "the others' (conflicts are listed, never resolved silently)")  # fmt: skip
    p.add_argument("--server", metavar="URL", help="postgresql://user@host:port/database "
                   "(default: the last one synced with)")  # fmt: skip
    p.add_argument("--batch", type=int, default=200, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("--status", action="store_true",
                   help="only say when the last sync was and what is pending (no connection)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    return {"server": _server, "sync": _sync}


def _with_password(url: str, action: Callable[[str | None], T]) -> T:
    """Run ``action`` without a password (libpq reads ~/.pgpass), then, if the server asks
    for one and a person is at the terminal, with the one they type (never stored)."""
    try:
        return action(None)
    except ServerFailure as exc:
        if not exc.needs_password or not sys.stdin.isatty():
            raise
    return action(getpass.getpass(f"Password for {url}: "))


def _server(args: argparse.Namespace) -> int:
    from archiver.core.team.server import init

    report = _with_password(args.url, lambda pw: init(args.url, pw, readers=args.readers,
                                                      members=args.members))  # fmt: skip
    if args.json:
        print_json(report.to_json())
    else:
        verb = "created" if report.created else "up to date"
        print(f"{report.url}: Archiver schema {verb} (version {report.version}, server "
              f"{report.server_id}); pull-only role {report.roles['readers']}, members' role "
              f"{report.roles['members']}")  # fmt: skip
    return 0


def _sync(args: argparse.Namespace) -> int:
    return (reading(_status) if args.status else writing(_run_sync))(args)


def _status(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.team.sync import status

    found = status(archive)
    if args.json:
        print_json(found)
    elif found["server"] is None:
        print("never synced")
    else:
        pending = found["pending"]
        print(f"last sync with {found['server']}: {found['last_sync'] or 'never finished'}; "
              f"pending: {pending['documents']} documents, {pending['changes']} changes")  # fmt: skip
    return 0


def _run_sync(archive: Archive, args: argparse.Namespace) -> int:
    from archiver.core.team.state import remembered_url
    from archiver.core.team.sync import sync

    url = args.server or remembered_url(archive.db)
    if url is None:
        raise Invalid("sync: no server given and none synced with before (use --server URL)")
    if args.batch < 1:
        raise Invalid("sync: --batch must be at least 1")
    report = _with_password(url, lambda pw: sync(archive, url, password=pw, batch=args.batch,
                                                 progress=_progress))  # fmt: skip
    if args.json:
        print_json(report.to_json())
    else:
        _print(report)
    return 0


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done} {label}\x1b[K")


def _print(report: SyncReport) -> None:
    pushed, pulled = report.pushed, report.pulled
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
    print(f"synced with {report.server} as {report.user} in {report.seconds:.1f} s")
    if report.read_only:
        print(f"  read-only member: nothing pushed ({_pending(report.pending)} stay here only)")
    else:
        print(f"  pushed: {pushed.documents} documents, {pushed.records} records, "
              f"{pushed.changes} changes")  # fmt: skip
    print(f"  pulled: {pulled.documents_added} new documents, {pulled.changes_applied} changes "
          f"applied ({pulled.changes_known} known already)")  # fmt: skip
    for conflict in report.conflicts:
        print(f"  conflict {conflict.id}: {conflict.table} {conflict.field}: here "
              f"{conflict.local!r}, there {conflict.remote!r} (archiver conflicts resolve)")  # fmt: skip
    if report.open_conflicts:
        print(f"  {report.open_conflicts} conflicts wait for a decision: archiver conflicts list")
    if pulled.participants_matched:
        print(f"  {len(pulled.participants_matched)} participants made on both sides matched")
    for ambiguous in pulled.participants_ambiguous:
        print("  " + ambiguous_line(ambiguous, "the server"))
    for copy in pulled.likely_duplicates:
        print("  " + copy_line(copy, "the server"))
    if pulled.same_quote_commitments:
        print(f"  review: {pulled.same_quote_commitments} commitments share their quote with "
              "another (kept apart: archiver commitments list)")  # fmt: skip
    for item in report.skipped:
        print(f"  skipped: {item.get('reason', item)}")


def _pending(pending: dict[str, Any]) -> str:
    return f"{pending['documents']} documents and {pending['changes']} changes"
