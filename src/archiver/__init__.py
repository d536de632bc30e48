"""Archiver: a desktop archive manager for Arabic and English source documents."""

import sys

__version__ = "0.1.0"
APP_ID = "io.github.archiver.archiver"
"""The reverse-DNS id: the desktop file, the AppStream metadata, the icon and the window."""

if sys.argv[1:2] == ["--multiprocessing-fork"]:
    # A worker process of ours, starting: this package is the first of our code it loads.
    # Ctrl-C reaches every process of the terminal's group; the parent stops its workers, so
    # a worker ignores it from here on instead of printing a KeyboardInterrupt traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
