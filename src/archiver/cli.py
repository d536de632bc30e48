"""The command line: the same archive as the desktop app, from a terminal. Imports no Qt."""

from __future__ import annotations

import argparse
import html
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from archiver import __version__
from archiver.core.errors import NotFound

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}
EXTENSIONS: list[Callable[[argparse._SubParsersAction, dict[str, Handler]], None]] = []


def command(name: str) -> Callable[[Handler], Handler]:
    """Register a handler for a sub-command."""

    def register(func: Handler) -> Handler:
        _HANDLERS[name] = func
        return func

    return register


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


class MissingArchive(Exception):
    """A read command was pointed at a folder that holds no archive."""


def _root(args: argparse.Namespace) -> Path:
    from archiver.core.locations import default_archive_dir

    return Path(args.archive).expanduser() if args.archive else default_archive_dir()


def open_for_reading(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The archive for a command that only reads: it must exist; read-only while locked."""
    from archiver.core.archive import DB_NAME

    if not (_root(args) / DB_NAME).is_file():
        raise MissingArchive(
            f"no archive at {_root(args)} (import files first, or check --archive)"
        )
    from archiver.core.errors import Locked

    try:
        return _open(args)  # writable when free: it brings a stale index up to date
    except Locked:  # the app is writing: read what is committed
        return _open(args, readonly=True)


def _open(args: argparse.Namespace, *, readonly: bool = False):  # type: ignore[no-untyped-def]
    from archiver.core.archive import Archive

    def progress(done: int, total: int, label: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{label}: {done}/{total}\x1b[K")
            if done == total:
                sys.stderr.write("\n")

    return Archive.open(args.archive, readonly=readonly, progress=progress)


def _positive(text: str) -> int:
    value = _natural(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _natural(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="archiver",
        description="Archive, search and annotate Arabic and English source documents.",
    )
    parser.add_argument("--archive", metavar="DIR", help="archive folder (default: ARCHIVER_HOME "
                        "or the user data folder)")  # fmt: skip
    parser.add_argument("--version", action="version", version=f"archiver {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the desktop app (the default)")

    p = sub.add_parser("import", help="import text and PDF files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--recursive", "-r", action="store_true", help="include sub-folders")
    p.add_argument("--password", help="password for encrypted PDFs")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="import files whose words are near-identical to an archived document")  # fmt: skip
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="search the archive (see docs/search.md for the syntax)")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--offset", type=_natural, default=0)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one document")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("analyze", help="the tokens the search index makes of TEXT (or stdin lines)")
    p.add_argument("text", nargs="?")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export data as CSV or JSON")
    p.add_argument("what", choices=["documents", "participants", "commitments", "commitments-long"])
    p.add_argument("--format", choices=("csv", "json"), default="json")
    p.add_argument("-o", "--output", metavar="FILE")

    p = sub.add_parser("check", help="check store, originals and index (exit 1 on problems)")
    p.add_argument("--repair", action="store_true")
    p.add_argument("--json", action="store_true")

    sub.add_parser("reindex", help="rebuild the search index from the store")
    for extend in EXTENSIONS:
        extend(sub, _HANDLERS)
    return parser


@command("gui")
def _gui(args: argparse.Namespace) -> int:
    from archiver.gui.app import main as gui_main

    return gui_main(archive=args.archive)


@command("import")
def _import(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        report = archive.import_paths(
            args.paths,
            recursive=args.recursive,
            password=args.password,
            keep_duplicates=args.keep_duplicates,
        )
    if args.json:
        _print_json(report.to_json())
    else:
        for f in report.imported:
            print(f"imported  #{f.id}  {f.path}" + "".join(f"  ({w})" for w in f.warnings))
        for d in report.duplicates:
            kind = "likely duplicate" if d.likely else "duplicate"
            print(f"{kind} of #{d.id}  {d.path}")
        for f in report.failed:
            print(f"failed  {f.path}: {f.reason}", file=sys.stderr)
        print(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
              f"{len(report.failed)} failed")  # fmt: skip
    return 1 if report.failed else 0


@command("search")
def _search(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        result = archive.search(args.query, limit=args.limit, offset=args.offset, sort=args.sort)
    if args.json:
        _print_json(result.to_json())
        return 0
    print(f"{result.total} hit(s) in {result.elapsed_ms:.0f} ms")
    for hit in result.hits:
        snippet = hit.snippet.replace("<b>", "\x1b[1m").replace("</b>", "\x1b[0m")
        if not sys.stdout.isatty():
            snippet = hit.snippet.replace("<b>", "[").replace("</b>", "]")
        print(f"#{hit.id}  {hit.date or '':10}  {hit.title}\n    {html.unescape(snippet)}")
    if result.suggestion:
        print(f"did you mean: {result.suggestion}")
    return 0


@command("show")
def _show(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        try:
            doc = archive.document(args.id)
        except NotFound:
            print(f"archiver: no document #{args.id}", file=sys.stderr)
            return 1
    if args.json:
        from archiver.core.export.writers import document_json

        _print_json(document_json(doc))
    else:
        print(f"#{doc.id}  {doc.title}\n{doc.published or ''}  {doc.file_name}  "
              f"{doc.language}  {doc.pages or ''}\n\n{doc.text}")  # fmt: skip
    return 0


@command("analyze")
def _analyze(args: argparse.Namespace) -> int:
    from archiver.core.text.arabic import analyze

    lines = [args.text] if args.text is not None else sys.stdin.read().splitlines()
    for line in lines:
        tokens = [
            {"token": t.term, "start": t.start, "end": t.end, "exact": t.exact,
             **({"alternatives": list(t.alts)} if t.alts else {})}
            for t in analyze(line)
        ]  # fmt: skip
        if args.json:
            sys.stdout.write(json.dumps(tokens, ensure_ascii=False) + "\n")
        else:
            print("  ".join(f"{t['token']}[{t['start']}:{t['end']}]" for t in tokens))
    return 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    from archiver.core.export import writers as exporters

    with open_for_reading(args) as archive:
        data = exporters.export(archive, args.what, args.format)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


@command("check")
def _check(args: argparse.Namespace) -> int:
    from archiver.core.maintenance import check

    with open_for_reading(args) if not args.repair else _open(args) as archive:
        report = check(archive, repair=args.repair)
        after = check(archive) if args.repair and report.problems else report
    if args.json:
        _print_json({"documents": report.documents, "problems": report.problems,
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


@command("reindex")
def _reindex(args: argparse.Namespace) -> int:
    from archiver.core.maintenance import rebuild_index

    with _open(args) as archive:
        count = rebuild_index(archive)
    print(f"indexed {count} documents")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from archiver.core.errors import Locked

    args = build_parser().parse_args(argv)
    name = args.command or "gui"
    try:
        return _HANDLERS[name](args)
    except Locked as exc:
        print(f"archiver: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (MissingArchive, OSError, RuntimeError, sqlite3.DatabaseError) as exc:
        # A bad folder, a damaged or newer database, a full disk: one line, not a traceback.
        print(f"archiver: {exc}", file=sys.stderr)
        return 1


from archiver import cli_annotations  # noqa: E402, F401  (registers its commands)
