"""Bundle entry point: the CLI, which opens the desktop app when no command is given."""

import multiprocessing
import os
import re
import sys
import warnings

from archiver.launch import main

TRACKER = re.compile(r"from multiprocessing\.resource_tracker import main;\s*main\((\d+)\)")


def resource_tracker() -> bool:
    """Be multiprocessing's resource tracker when started as one; False when not.

    PyInstaller's own check (in freeze_support) misses the tracker when its command line
    carries the -W option archiver.core.workers adds, and the CLI would then read the
    tracker's code as a command.
    """
    if "-c" not in sys.argv[:-1]:
        return False
    at = sys.argv.index("-c")
    found = TRACKER.fullmatch(sys.argv[at + 1])
    if found is None:
        return False
    for flag in sys.argv[1:at]:
        if flag.startswith("-W"):
            warnings._setoption(flag[2:])  # type: ignore[attr-defined]  # what python -W does
    from multiprocessing.resource_tracker import main as tracker_main

    tracker_main(int(found[1]))
    return True


def system_library_path() -> None:
    """Let the programs the bundle starts (ocrmypdf, tesseract, sqlite3, xdg-open) use the
    system's libraries: PyInstaller's bootloader points LD_LIBRARY_PATH into the bundle."""
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and resource_tracker():
        sys.exit(0)
    multiprocessing.freeze_support()  # worker processes of a frozen app start through here
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        system_library_path()
    sys.exit(main())
