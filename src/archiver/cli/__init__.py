"""The command line: the same archive as the desktop app, from a terminal. Imports no Qt."""

from __future__ import annotations

from collections.abc import Sequence

from archiver.cli import exit_codes
from archiver.cli.commands import build, build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser, handlers = build()
    args = parser.parse_args(argv)
    return exit_codes.run(handlers[args.command or "gui"], args)
