"""The program's entry point, above every layer: the desktop app or the command line."""

from __future__ import annotations

from collections.abc import Sequence

from archiver import cli


def main(argv: Sequence[str] | None = None) -> int:
    """``archiver`` with no command (or ``gui``) opens the app; any other command runs the CLI."""
    args = cli.parse(argv)
    if args.command in (None, "gui"):
        from archiver.gui.app import main as gui_main

        files = getattr(args, "files", None) or []
        return int(gui_main(archive=args.archive, files=files, smoke=getattr(args, "smoke", False)))
    return cli.run(args)
