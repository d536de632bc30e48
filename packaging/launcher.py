"""Bundle entry point: the CLI, which opens the desktop app when no command is given."""

import multiprocessing
import os
import sys

from archiver.launch import main


def system_library_path() -> None:
    """Let the programs the bundle starts (ocrmypdf, tesseract, sqlite3, xdg-open) use the
    system's libraries: PyInstaller's bootloader points LD_LIBRARY_PATH into the bundle."""
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen app start through here
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        system_library_path()
    sys.exit(main())
