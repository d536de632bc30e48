"""The command line's commands: the one list of command groups, and the parser they make."""

from __future__ import annotations

import argparse

from archiver import __version__
from archiver.cli import (
    backup,
    bundle,
    commitments,
    desktop,
    documents,
    history,
    maintenance,
    memos,
    organise,
    participants,
    team,
)
from archiver.cli.common import Handler

# Each group adds its sub-parsers and returns its handlers; the order is the order of --help.
GROUPS = (desktop, documents, maintenance, backup, participants, commitments, organise, memos,
          history, bundle, team)  # fmt: skip


def build() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The argument parser for every command, and each command's handler by name."""
    parser = argparse.ArgumentParser(
        prog="archiver",
        description="Archive, search and annotate Arabic and English source documents.",
    )
    parser.add_argument("--archive", metavar="DIR", help="archive folder (default: ARCHIVER_HOME "
                        "or the user data folder)")  # fmt: skip
    parser.add_argument("--version", action="version", version=f"archiver {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for group in GROUPS:
        handlers.update(group.register(sub))
    return parser, handlers


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    return build()[0]
