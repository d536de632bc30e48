"""What every command shares: opening the archive, printing JSON, argument types."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core.errors import NotFound
from archiver.core.model import JsonRows

if TYPE_CHECKING:
    from archiver.core.archive import Archive

Handler = Callable[[argparse.Namespace], int]
Action = Callable[["Archive", argparse.Namespace], int]
"""A command's work on an opened archive; ``reading`` or ``writing`` makes it a Handler."""
Subparsers = argparse._SubParsersAction  # argparse offers no public name for it


class MissingArchive(NotFound):
    """A read command was pointed at a folder that holds no archive."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=_listed)


def _listed(value: object) -> list[Any]:
    if isinstance(value, JsonRows):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def print_json(value: Any) -> None:
    """Write ``value`` to stdout as indented JSON, Arabic left readable.

    The text is what ``json.dumps(value, indent=1)`` gives, but the lists of a top-level
    object go out an item at a time, and ``JsonRows`` are shaped as they go: a large
    import's report (100,000 files) would be some 60 MB of string and its encoding, and
    100 MB of dicts, held at once.
    """
    out = sys.stdout
    if not isinstance(value, dict) or not value:
        out.write(_dumps(value) + "\n")
        return
    out.write("{")
    for n, (key, item) in enumerate(value.items()):
        out.write(("," if n else "") + "\n " + _dumps(key) + ": ")
        if isinstance(item, list | JsonRows) and item:
            out.write("[")
            for k, element in enumerate(item):  # JSON strings escape their newlines
                out.write(("," if k else "") + "\n  " + _dumps(element).replace("\n", "\n  "))
            out.write("\n ]")
        else:
            out.write(_dumps(item).replace("\n", "\n "))
    out.write("\n}\n")


def archive_root(args: argparse.Namespace) -> Path:
    """The archive folder the command names (--archive) or the default one."""
    from archiver.core.locations import default_archive_dir

    return Path(args.archive).expanduser() if args.archive else default_archive_dir()


def open_for_reading(args: argparse.Namespace) -> Archive:
    """The archive for a command that only reads: it must exist; read-only while locked."""
    from archiver.core.archive import DB_NAME, refuse_lost_database
    from archiver.core.disk import low_on_space, writable
    from archiver.core.errors import DiskFull, Locked, ReadOnly

    root = archive_root(args)
    refuse_lost_database(root)  # originals without their database: damage, not "no archive"
    if not (root / DB_NAME).is_file():
        raise MissingArchive(f"no archive at {root} (import files first, or check --archive)")
    if not writable(root) or low_on_space(root):  # a read needs no write: do not try one
        return _read_only(args, "")
    try:
        return open_for_writing(args)  # writable when free: it brings a stale index up to date
    except (Locked, ReadOnly, DiskFull) as exc:  # another writer, a read-only folder, a full disk
        return _read_only(args, str(exc))


def _read_only(args: argparse.Namespace, reason: str) -> Archive:
    """Open for reading only, saying when the search index lags behind the store."""
    archive = open_archive(args, readonly=True)
    archive.readonly_reason = reason or archive.readonly_reason
    with contextlib.suppress(Exception):  # only a note: a damaged index is check's to report
        waiting = archive.count() - archive.index.count()
        if waiting > 0:
            print(f"archiver: note: reading only ({archive.readonly_reason}): {waiting} "
                  "document(s) are not in the search index yet", file=sys.stderr)  # fmt: skip
    return archive


def open_for_writing(args: argparse.Namespace) -> Archive:
    """The archive for a command that changes it, created on first use; Locked when taken."""
    return open_archive(args, readonly=False)


def reading(action: Action) -> Handler:
    """A command that changes nothing: it may run beside the app (read-only while it writes)."""

    def run(args: argparse.Namespace) -> int:
        with open_for_reading(args) as archive:
            return action(archive, args)

    return run


def writing(action: Action) -> Handler:
    """A command that changes the archive: it needs the writer lock."""

    def run(args: argparse.Namespace) -> int:
        with open_for_writing(args) as archive:
            return action(archive, args)

    return run


def open_archive(args: argparse.Namespace, *, readonly: bool) -> Archive:
    """The archive at --archive, reporting index work on a terminal's stderr; a writer says
    which command it is ("archiver import"), for a writer refused meanwhile to name."""
    from archiver.core.archive import Archive

    role = "" if readonly else f"archiver {getattr(args, 'command', None) or ''}".strip()
    return Archive.open(args.archive, readonly=readonly, progress=report_progress, role=role)


def report_progress(done: int, total: int, label: str) -> None:
    """Progress on a terminal's stderr (nothing when stderr is not a terminal)."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{label}: {done}/{total}\x1b[K")
        if done == total:
            sys.stderr.write("\n")


def positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    value = natural(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def natural(text: str) -> int:
    """A whole number of at least 0 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def span(text: str) -> tuple[int, int]:
    """START:END as two integers (argparse type)."""
    try:
        start, end = (int(part) for part in text.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected START:END, got {text!r}") from None
    return start, end
