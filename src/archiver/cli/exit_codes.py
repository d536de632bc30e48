"""The one place where errors become exit codes and ``archiver: <message>`` lines.

0 success; 1 a domain error (no such document or participant, a bad span, a participant still
named by commitments, no archive at the folder, a damaged database or search index); 2 a usage
error (argparse exits with it before a command runs); 3 another process holds the writer lock;
4 the disk is full (an import stopped there: what was stored stays whole); 5 the archive is
read-only (its folder is on a read-only disk, snapshot or share: reading commands work);
6 the team's server could not be reached or went away (what a sync finished stays on both sides);
130 interrupted. A command's own outcome (a failed import, problems found by check) is its return.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys

from archiver.cli.common import Handler
from archiver.core.disk import is_disk_full
from archiver.core.errors import ArchiverError, DiskFull, Locked, ReadOnly, ServerFailure
from archiver.core.lock import APP

DOMAIN_ERROR = 1
LOCKED = 3
DISK_FULL = 4
READ_ONLY = 5
SERVER = 6
INTERRUPTED = 130


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command; an error ends it with one line on stderr and its exit code."""
    try:
        return handler(args)
    except KeyboardInterrupt:
        with contextlib.suppress(OSError):  # a terminal already gone
            _fail(interrupted_text(getattr(args, "command", None)), INTERRUPTED)
        return INTERRUPTED
    except BrokenPipeError:  # the reader (head, less) left: nothing more to say
        return 0
    except Locked as exc:
        return _fail(f"{exc}: {what_to_do(exc)}" if exc.holder else exc, LOCKED)
    except ReadOnly as exc:
        return _fail(exc, READ_ONLY)
    except DiskFull as exc:
        return _fail(exc, DISK_FULL)
    except ServerFailure as exc:
        return _fail(exc, SERVER)
    except (ArchiverError, OSError, sqlite3.DatabaseError) as exc:
        if is_disk_full(exc):  # a change the disk had no room for: nothing of it was kept
            print(f"archiver: disk full: the change was not saved ({exc})", file=sys.stderr)
            return DISK_FULL
        # A bad folder, a damaged or newer database: one line, not a traceback.
        return _fail(exc, DOMAIN_ERROR)


READING_WORKS = "commands that only read still work (search, show, export, history, … list)"


def what_to_do(exc: Locked) -> str:
    """What a write refused by another writer can do, by what that writer said it is."""
    if exc.role == APP:
        return f"close the Archiver window or make the change there; {READING_WORKS}"
    if exc.role:
        return f"try again when `{exc.role}` has finished; {READING_WORKS}"
    return f"close the Archiver window or let the other archiver command finish; {READING_WORKS}"


def interrupted_text(command: str | None) -> str:
    """What a Ctrl-C left: an import keeps what it stored before (each batch commits whole)."""
    if command == "import":
        return ("interrupted: the documents stored before it are kept; import the same files "
                "again to add the rest (those already stored are reported as duplicates)")  # fmt: skip
    return "interrupted"


def _fail(exc: BaseException | str, code: int) -> int:
    print(f"archiver: {exc}", file=sys.stderr)
    return code
