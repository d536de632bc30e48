"""The writer lock: one process at a time may change an archive."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from archiver.core.errors import Locked


class WriterLock:
    """An advisory lock on ``archive.lock``, held while the archive is open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise Locked naming the holder's pid."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock_file(handle)
        except OSError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise Locked(f"the archive is open for writing by {holder}") from exc
        self._handle = handle
        try:  # the pid only names the holder for others; the lock itself is the flock
            handle.seek(0)
            handle.truncate()  # the file is opened to append: empty it, then write
            handle.write(f"pid {os.getpid()}")
            handle.flush()
        except OSError:  # a full disk must not stop the archive from opening
            handle.seek(0)

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._handle is not None

    def release(self) -> None:
        """Let other processes write."""
        if self._handle is not None:
            handle, self._handle = self._handle, None
            _unlock_file(handle)
            with contextlib.suppress(OSError):  # an unflushed pid on a full disk
                handle.close()

    def holder(self) -> str | None:
        """Who holds the lock now (``pid N``), or None when no process does; takes nothing.

        Reading needs no lock file: an archive without one has no writer.
        """
        if self._handle is not None:
            return f"pid {os.getpid()}"
        try:
            handle = open(self.path, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError:
            return None
        with handle:
            try:
                _lock_file(handle, shared=True)
            except OSError:
                return handle.read().strip() or "another process"
            _unlock_file(handle)
            return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle: IO[str], shared: bool = False) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBRLCK if shared else msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str], shared: bool = False) -> None:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
