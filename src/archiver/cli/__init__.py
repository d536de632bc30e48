"""The command line: the same archive as the desktop app, from a terminal. Imports no Qt."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from archiver.cli import exit_codes
from archiver.cli.commands import build, build_parser

__all__ = ["build_parser", "main", "parse", "run"]


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line (argparse exits 2 on a usage error)."""
    return build()[0].parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the exit code."""
    return exit_codes.run(build()[1][args.command or "gui"], args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    return run(parse(argv))
