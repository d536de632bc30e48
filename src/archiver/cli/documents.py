"""The document commands: import, search, show, edit, analyze and export."""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.cli import qdpx, timeline
from archiver.cli.common import (
    Handler,
    Subparsers,
    natural,
    open_for_reading,
    open_for_writing,
    positive,
    print_json,
    writing,
)
from archiver.cli.exit_codes import DISK_FULL
from archiver.core.dates import shown_date
from archiver.core.errors import Invalid, NotFound, QueryRefused
from archiver.core.export import writers  # importing the package registers every export
from archiver.core.imports.budget import DEFAULT_COMMIT_EVERY, DEFAULT_INDEX_MEMORY_BYTES
from archiver.core.model import DAMAGED_TEXT, NotEnteredReason

if TYPE_CHECKING:
    from archiver.core.archive import Archive
    from archiver.core.model import Document, ImportReport, SearchResult


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the import, search, show, edit, analyze and export commands."""
    _add_import(sub)

    p = sub.add_parser("search", help="search the archive (see docs/search.md for the syntax)")
    one = p.add_mutually_exclusive_group(required=True)
    one.add_argument("query", nargs="?", help="the query (or --batch FILE)")
    one.add_argument("--batch", metavar="FILE", type=Path,
                   help="run every line of FILE (UTF-8; - for stdin) as a query, in one process; "
                   "--json prints one JSON object a line")  # fmt: skip
    p.add_argument("--limit", type=positive, default=20)
    p.add_argument("--offset", type=natural, default=0)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show one document")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    _add_edit(sub)

    p = sub.add_parser("analyze", help="the tokens the search index makes of TEXT (or stdin lines)")
    p.add_argument("text", nargs="?")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export data as CSV or JSON, the timeline as SVG or PNG, "
                       "or a REFI-QDA project (qdpx)")  # fmt: skip
    p.add_argument("what", choices=[*writers.EXPORTERS, "timeline", "qdpx"])
    p.add_argument("--format", choices=("csv", "json", *timeline.FORMATS),
                   help="csv or json (default json); svg or png for the timeline (default svg)")  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE")
    p.add_argument("--all", action="store_true",
                   help="participants: every one, not only those in use")  # fmt: skip
    p.add_argument("--collection", metavar="NAME", help="qdpx: only this collection's documents")
    p.add_argument("--json", action="store_true", help="qdpx: what was written, as JSON")
    timeline.add_filters(p)
    return {"import": _import, "search": _search, "show": _show, "edit": writing(_edit),
            "analyze": _analyze, "export": _export}  # fmt: skip


def _add_import(sub: Subparsers) -> None:
    """The import command: paths, how folders are walked, limits, passwords, OCR models."""
    p = sub.add_parser("import", help="import text, PDF and image (OCR) files or folders, or a "
                       "REFI-QDA project (FILE.qdpx, see docs/qdpx.md)")  # fmt: skip
    p.add_argument("paths", nargs="+", metavar="PATH")
    walk = p.add_mutually_exclusive_group()
    walk.add_argument("--top-only", action="store_true",
                      help="only the files directly in each folder named: its sub-folders are "
                      "not entered (the report counts them)")  # fmt: skip
    walk.add_argument("--recursive", "-r", action="store_true",
                      help="walk sub-folders (the default; kept for older scripts)")  # fmt: skip
    p.add_argument("--password", help="password for encrypted PDFs")
    p.add_argument("--max-size", type=positive, default=200, metavar="MB",
                   help="refuse files larger than this many MB (default 200)")  # fmt: skip
    p.add_argument("--time-limit", type=positive, default=120, metavar="SECONDS",
                   help="stop a file that takes longer than this to read (default 120)")  # fmt: skip
    p.add_argument("--memory-limit", type=positive, default=1024, metavar="MB",
                   help="stop a file whose reading holds more memory than this (default 1024)")  # fmt: skip
    p.add_argument("--commit-every", type=positive, default=DEFAULT_COMMIT_EVERY, metavar="N",
                   help="large imports: commit the search index every N stored documents, the "
                   f"most a crash leaves to index at the next open (default {DEFAULT_COMMIT_EVERY})")  # fmt: skip
    p.add_argument("--index-memory", type=positive, default=DEFAULT_INDEX_MEMORY_BYTES >> 20,
                   metavar="MB", help="large imports: the memory the index writers hold "
                   f"together before writing (default {DEFAULT_INDEX_MEMORY_BYTES >> 20})")  # fmt: skip
    p.add_argument("--keep-duplicates", action="store_true",
                   help="import files whose words are near-identical to an archived document")  # fmt: skip
    p.add_argument("--ocr-models", metavar="DIR",
                   help="read scans with the .traineddata models in DIR (see docs/ocr.md)")  # fmt: skip
    p.add_argument("--json", action="store_true")


def _add_edit(sub: Subparsers) -> None:
    """The edit command: each detail an option, absent ones left as they are."""
    p = sub.add_parser("edit", help="change a document's details: title, date, source, URL, "
                       "author, notes (one undoable change; the others stay)")  # fmt: skip
    p.add_argument("id", type=int)
    for option, field, what in EDIT_OPTIONS:
        p.add_argument(option, dest=field, metavar="TEXT", help=what)
    p.add_argument("--json", action="store_true", help="the document afterwards, as show --json")


def _import(args: argparse.Namespace) -> int:
    from archiver.core.imports.budget import FileBudget, IndexPacing

    if qdpx.is_project(args.paths):
        return qdpx.import_project(args)

    if args.ocr_models:
        from archiver.core.imports.ocr import tools

        tools.use_models(args.ocr_models)
    with open_for_writing(args) as archive:
        report = archive.import_paths(
            args.paths,
            recursive=not args.top_only,
            password=args.password,
            keep_duplicates=args.keep_duplicates,
            max_file_bytes=args.max_size * 1024 * 1024,
            budget=FileBudget(args.time_limit, args.memory_limit * 1024 * 1024),
            pacing=IndexPacing(args.commit_every, args.index_memory * 1024 * 1024),
        )
        trashed = {d.id for d in report.duplicates if archive.in_trash(d.id)}
    ours = report.imported_ids() if report.duplicates else set()
    if args.json:
        print_json(report.to_json())
    else:
        for f in report.imported:
            print(f"imported  #{f.id}  {f.path}" + "".join(f"  ({w})" for w in f.warnings))
        for d in report.duplicates:
            kind = f"likely duplicate (similarity {d.similarity:.2f})" if d.likely else "duplicate"
            where = f" (in the trash: archiver trash restore {d.id})" if d.id in trashed else ""
            where += " (imported in this batch)" if d.id in ours else ""
            where += " (--keep-duplicates imports it anyway)" if d.likely else ""
            print(f"{kind} of #{d.id}{where}  {d.path}")
            if d.original_restored:
                print(f"original restored for #{d.id}  {d.path}")
        for failed in report.failed:
            print(f"failed  {failed.path}: {failed.reason}", file=sys.stderr)
        if report.skipped_types:
            print(f"skipped {sum(report.skipped_types.values())} file(s) of types not imported:"
                  f" {report.skipped_text()} (see docs/formats.md)")  # fmt: skip
        for line in not_entered_lines(report):
            print(line)
        print(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
              f"{len(report.failed)} failed")  # fmt: skip
    if report.disk_full:
        print(f"archiver: {disk_full_words(report, archive.root)}", file=sys.stderr)
        return DISK_FULL
    return 1 if report.failed else 0


def not_entered_lines(report: ImportReport) -> list[str]:
    """The lines that name the sub-folders an import did not walk, and how to include them."""
    lines = [f"not entered  {f.path}: a link to a folder outside the imported one (import "
             "that folder by its own path)" for f in report.left_out(NotEnteredReason.LINK_OUTSIDE)]  # fmt: skip
    if top := report.left_out(NotEnteredReason.TOP_ONLY):
        files = sum(f.files for f in top)
        lines.append(f"{len(top)} sub-folder(s) not entered ({files} file(s) to import in them):"
                     " import again without --top-only to include them")  # fmt: skip
    return lines


def disk_full_words(report: ImportReport, root: Path) -> str:
    """The line that ends an import the disk stopped."""
    words = (f"disk full: {len(report.imported)} of {report.files} files stored in {root}; "
             "free some space and import again (the files already stored are skipped as "
             "duplicates)")  # fmt: skip
    if report.unindexed:
        words += (f"; {report.unindexed} stored documents wait for the search index (it is "
                  "brought up to date the next time the archive opens with free space)")  # fmt: skip
    return words


def _search(args: argparse.Namespace) -> int:
    if args.batch is not None:
        queries = _batch_queries(args.batch)
        with open_for_reading(args) as archive:
            return _search_batch(archive, queries, args)
    with open_for_reading(args) as archive:
        result = archive.search(args.query, limit=args.limit, offset=args.offset, sort=args.sort)
    if args.json:
        print_json(result.to_json())
        return 0
    print_hits(result)
    return 0


def print_hits(result: SearchResult) -> None:
    """A result as the terminal shows it: the total and time, then each hit with its snippet."""
    print(f"{result.total} hit(s) in {result.elapsed_ms:.0f} ms")
    if note := common_words_note(result):
        print(note)
    for hit in result.hits:
        snippet = hit.snippet.replace("<b>", "\x1b[1m").replace("</b>", "\x1b[0m")
        if not sys.stdout.isatty():
            snippet = hit.snippet.replace("<b>", "[").replace("</b>", "]")
        if hit.snippet_from == DAMAGED_TEXT:
            snippet = "(stored text is damaged: archiver check names it)"
        memo = "memo: " if hit.snippet_from == "memo" else ""
        print(f"#{hit.id}  {hit.date or '':10}  {hit.title}\n    {memo}{html.unescape(snippet)}")
    if result.suggestion:
        print(f"did you mean: {result.suggestion}")
    if hint := result.hint:
        print(
            f"note: {hint.field}:{hint.value} names no {hint.field} here, and «{hint.next_word}» "
            f"was searched as a word; a value of several words is quoted: {hint.quoted}"
        )


def common_words_note(result: SearchResult) -> str:
    """The app's note for a query of common words alone (nothing left to search), else ""."""
    if not result.ignored or result.understood:
        return ""
    return f"Only common words, which the search ignores: «{' · '.join(result.ignored)}»"


def _batch_queries(path: Path) -> list[str]:
    """The queries of a batch file, one a line (blank lines skipped); Invalid naming the file
    and line when it is not UTF-8 text."""
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as exc:
        raise NotFound(f"cannot read the batch file {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Invalid(f"{path}: line {line} is not UTF-8 text") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _search_batch(archive: Archive, queries: list[str], args: argparse.Namespace) -> int:
    """Each query in turn; one that cannot run is reported on its line and the rest go on."""
    failed = 0
    for text in queries:
        try:
            result = archive.search(text, limit=args.limit, offset=args.offset, sort=args.sort)
        except Invalid as exc:
            failed += 1
            if args.json:
                code = exc.code.value if isinstance(exc, QueryRefused) else None
                _json_line({"query": text, "total": 0, "ms": 0, "hits": [], "error": str(exc),
                            "code": code})  # fmt: skip
            else:
                print(f"{text}\n  refused: {exc}")
            continue
        if args.json:
            shape = result.to_json()
            _json_line({"query": text, "total": result.total, "ms": round(result.elapsed_ms, 2),
                        "hits": shape["hits"], "suggestion": result.suggestion,
                        "ignored": result.ignored})  # fmt: skip
        else:
            print(f"{text}\n  {result.total} hit(s) in {result.elapsed_ms:.0f} ms: " +
                  " ".join(f"#{h.id}" for h in result.hits))  # fmt: skip
            if note := common_words_note(result):
                print(f"  {note}")
    return 1 if failed else 0


def _json_line(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def _show(args: argparse.Namespace) -> int:
    with open_for_reading(args) as archive:
        doc = archive.document(args.id)
    if args.json:
        print_json(writers.document_json(doc))
    else:
        numbers = "; ".join(doc.text[start:end] for start, end in doc.unverified)
        unverified = f"numbers read by OCR, unverified: {numbers}\n" if numbers else ""
        words = "; ".join(doc.text[start:end] for start, end, _ in doc.doubtful)
        doubtful = f"words read by OCR with low confidence: {words}\n" if words else ""
        print(f"#{doc.id}  {doc.title}\n{_date_line(doc)}  {doc.file_name}  "
              f"{doc.language}  {doc.pages or ''}{_links(doc)}\n{unverified}{doubtful}\n{doc.text}")  # fmt: skip
    return 0


EDIT_OPTIONS = (
    ("--title", "title", "the title (not empty)"),
    (
        "--date",
        "published",
        'the date: YYYY, YYYY-MM, YYYY-MM-DD, 14/3/2025 or 14 March 2025 ("" clears it)',
    ),
    ("--source", "source", "the source (a newspaper, an agency)"),
    ("--url", "url", "where it was published"),
    ("--author", "author", "its author (an e-mail's sender)"),
    ("--notes", "notes", "your notes on it"),
)


def _edit(archive: Archive, args: argparse.Namespace) -> int:
    """Change the fields given; a field not given stays as it is."""
    given = {field: getattr(args, field) for _o, field, _w in EDIT_OPTIONS}
    # An empty value clears a field: stored as "" (a date as none); compared the same way.
    changes = {k: v.strip() or None for k, v in given.items() if v is not None}
    if not changes:
        raise Invalid("edit: give at least one of " + ", ".join(o for o, _f, _w in EDIT_OPTIONS))
    if changes.get("published"):
        changes["published"] = _typed_date(str(changes["published"]))
    before = archive.document(args.id)
    changed = {k: v for k, v in changes.items() if v != (getattr(before, k) or None)}
    stored = {k: v if v is not None or k == "published" else "" for k, v in changed.items()}
    doc = archive.update_document(args.id, **stored)
    if args.json:
        print_json(writers.document_json(doc))
    elif changed:
        print(
            f"#{doc.id}  {doc.title}: changed {', '.join(sorted(changed))} (archiver undo "
            "takes it back)"
        )
    else:
        print(f"#{doc.id}  {doc.title}: nothing changed")
    return 0


def _typed_date(typed: str) -> str:
    """The ISO date ``--date`` stands for (14/3/2025, 14 March 2025 too); Invalid when it
    could be two days."""
    from archiver.core.dates.typed import read_typed

    read = read_typed(typed)
    if read.readings:
        raise Invalid(f"--date: {typed!r} could be {read.readings[0]} or {read.readings[1]}: "
                      "write it as YYYY-MM-DD")  # fmt: skip
    return read.iso or typed  # not a date: the store's check says so


def _links(doc: Document) -> str:
    """The author, the page's address, the e-mail a document came with and its attachments,
    one line each."""
    lines = [f"by {doc.author}"] if doc.author else []
    if doc.url:
        lines.append(doc.url)
    if doc.parent_document is not None:
        lines.append(f"attached to #{doc.parent_document}")
    if doc.attachments:
        lines.append("attachments: " + ", ".join(f"#{i}" for i in doc.attachments))
    return "".join("\n" + line for line in lines)


_DATE_SOURCES = {"file-name": "from the file name", "document": "from the document's metadata",
                 "text": "from the dateline", "message": "the date of its e-mail",
                 "user": "set by hand"}  # fmt: skip


def _date_line(doc: Document) -> str:
    """The date as shown, with where it came from and how precise it is; marked when it is
    only the file's creation date."""
    if doc.date_is_file_date:
        return f"{doc.published} (the file's creation date, not a publication date)"
    if not doc.published:
        return ""
    said = [_DATE_SOURCES.get(doc.published_source or "", "")]
    if doc.published_precision in ("month", "year"):
        said.append(f"{doc.published_precision} only")
    notes = ", ".join(s for s in said if s)
    shown = shown_date(doc.published, doc.published_precision)
    return f"{shown} ({notes})" if notes else shown


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
            print("  ".join(_token_text(t) for t in tokens))
    return 0


def _token_text(token: dict[str, Any]) -> str:
    """ "لاوكرانيا[8:17] (also اوكرانيا, لاوكران)": a token, where it is, its other readings."""
    also = f" (also {', '.join(token['alternatives'])})" if token.get("alternatives") else ""
    return f"{token['token']}[{token['start']}:{token['end']}]{also}"


def _export(args: argparse.Namespace) -> int:
    if args.what == "qdpx":
        return qdpx.export(args)
    if args.collection or args.json:
        raise Invalid("--collection and --json are options of export qdpx")
    if args.what == "timeline":
        return timeline.export(args)
    timeline.refuse_filters(args)
    if args.format not in (None, "csv", "json"):
        raise Invalid(f"export {args.what} is written as csv or json, not {args.format}")
    if args.all and args.what != "participants":
        raise Invalid("--all is an option of the participants export")
    options = {"everyone": True} if args.all else {}
    with open_for_reading(args) as archive:
        data = writers.export(archive, args.what, args.format or "json", **options)
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
