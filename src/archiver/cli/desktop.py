"""The ``gui`` command (also what ``archiver`` with no command runs): the desktop app."""

from __future__ import annotations

import argparse
import importlib

from archiver.cli.common import Handler, Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add the gui command."""
    sub.add_parser("gui", help="open the desktop app (the default)")
    return {"gui": _gui}


def _gui(args: argparse.Namespace) -> int:
    # Loaded by name, and only here: the CLI's one arrow points at core, for mypy too.
    app = importlib.import_module("archiver.gui.app")
    return int(app.main(archive=args.archive))
