"""The writer lock: one process at a time may change an archive.

POSIX systems (Linux, macOS) lock the whole file with ``fcntl.flock``; Windows has no
``fcntl`` and locks one byte with ``msvcrt.locking``. Windows locks are mandatory: a
locked byte cannot be read by another process, so the byte locked there lies far past
the holder's pid written at the start, which the refused process reads to say who holds it.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from archiver.core.errors import Locked

MSVCRT_LOCK_OFFSET = 1 << 30  # a byte no pid text reaches; Windows may lock past the end


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
            holder = _holder(handle)
            handle.close()
            raise Locked(f"the archive is open for writing by {holder}") from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let other processes write."""
        if self._handle is not None:
            _unlock_file(self._handle)
            self._handle.close()
            self._handle = None


def _holder(handle: IO[str]) -> str:
    """The pid the holder wrote, or "another process" when it cannot be read."""
    try:
        handle.seek(0)
        return handle.read(64).strip() or "another process"
    except (OSError, ValueError):  # a region still locked, or half-written text
        return "another process"


def _platform_locks() -> tuple[Callable[[IO[str]], None], Callable[[IO[str]], None]]:
    """flock where there is fcntl (POSIX), else msvcrt.locking (Windows)."""
    try:
        import fcntl
    except ImportError:
        pass
    else:

        def flock(handle: IO[str]) -> None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

        def funlock(handle: IO[str]) -> None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

        return flock, funlock
    try:
        msvcrt: Any = importlib.import_module("msvcrt")  # typed for Windows only
    except ImportError:
        return _no_locking, _no_locking

    def mlock(handle: IO[str]) -> None:
        handle.seek(MSVCRT_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def munlock(handle: IO[str]) -> None:
        handle.seek(MSVCRT_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    return mlock, munlock


def _no_locking(handle: IO[str]) -> None:
    raise Locked(f"{handle.name}: this system offers no file locking (neither fcntl nor msvcrt)")


_lock_file, _unlock_file = _platform_locks()
