"""The ``gui`` command (also what ``archiver`` with no command runs): the desktop app."""

from __future__ import annotations

import argparse

from archiver.cli.common import Handler, Subparsers
from archiver.core.errors import Invalid


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the gui command; the program's entry point (archiver.launch) opens the app."""
    p = sub.add_parser("gui", help="open the desktop app (the default); files given are imported")
    p.add_argument("files", nargs="*", metavar="FILE", help="files to import once it is open "
                   "(handed to the app when it runs on this archive already)")  # fmt: skip
    p.add_argument("--smoke", action="store_true", help="open the window, paint it once, print "
                   "what it shows and quit (exit 1 when nothing was painted): checks a bundle")  # fmt: skip
    return {"gui": _no_app_here}


def _no_app_here(args: argparse.Namespace) -> int:
    # The command line never loads Qt: only archiver.launch, above both layers, opens the app.
    raise Invalid("the desktop app is opened by the `archiver` program (archiver.launch)")
