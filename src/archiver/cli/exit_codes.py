"""The one place where errors become exit codes and ``archiver: <message>`` lines.

0 success; 1 a domain error (no such document or participant, a bad span, a participant still
named by commitments, no archive at the folder, a damaged database, a full disk); 2 a usage
error (argparse exits with it before a command runs); 3 another process holds the writer lock;
130 interrupted. A command's own outcome (a failed import, problems found by check) is its return.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from archiver.cli.common import Handler
from archiver.core.errors import ArchiverError, Locked

DOMAIN_ERROR = 1
LOCKED = 3
INTERRUPTED = 130


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command; an error ends it with one line on stderr and its exit code."""
    try:
        return handler(args)
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:  # the reader (head, less) left: nothing more to say
        return 0
    except Locked as exc:
        return _fail(exc, LOCKED)
    except (ArchiverError, OSError, RuntimeError, sqlite3.DatabaseError) as exc:
        # A bad folder, a damaged or newer database, a full disk: one line, not a traceback.
        return _fail(exc, DOMAIN_ERROR)


def _fail(exc: BaseException, code: int) -> int:
    print(f"archiver: {exc}", file=sys.stderr)
    return code
