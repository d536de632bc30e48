"""The writer lock: one process at a time may change an archive.

POSIX systems (Linux, macOS) lock the whole file with ``fcntl.flock``; Windows has no
``fcntl`` and locks one byte with ``msvcrt.locking``. Windows locks are mandatory: a
locked byte cannot be read by another process, so the byte locked there lies far past
the holder's pid written at the start, which the refused process reads to say who holds it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from archiver.core.errors import Locked

MSVCRT_LOCK_OFFSET = 1 << 30  # a byte no pid text reaches; Windows may lock past the end
APP = "app"  # the role of the desktop app's process (its window holds the lock while open)
_ROLE_WORDS = {APP: "the Archiver window"}
LockCall = Callable[..., None]


class WriterLock:
    """An advisory lock on ``archive.lock``, held while the archive is open for writing."""

    def __init__(self, path: Path, role: str = "") -> None:
        self.path = path
        self.role = role  # what holds it ("app", "archiver import"), written under the pid
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise Locked naming the holder's pid (and what it is, if it said)."""
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            _lock_file(handle)
        except OSError as exc:
            holder, role = _holder(handle), _role(handle)
            handle.close()
            said = f" ({_ROLE_WORDS.get(role, role)})" if role else ""
            raise Locked(
                f"the archive is open for writing by {holder}{said}", holder, role
            ) from exc
        self._handle = handle
        try:  # the pid only names the holder for others; the lock itself is the flock
            handle.seek(0)
            handle.truncate()  # the file is opened to append: empty it, then write
            handle.write(f"pid {os.getpid()}" + (f"\n{self.role}" if self.role else ""))
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
                return _holder(handle)
            _unlock_file(handle)
            return None


def _written(handle: IO[str]) -> list[str]:
    """The lines the holder wrote ("pid N", then its role if it gave one)."""
    try:
        handle.seek(0)
        return [line.strip() for line in handle.read(200).splitlines() if line.strip()]
    except (OSError, ValueError):  # a region still locked, or half-written text
        return []


def _holder(handle: IO[str]) -> str:
    """The pid the holder wrote, or "another process" when it cannot be read."""
    return (_written(handle) or ["another process"])[0]


def _role(handle: IO[str]) -> str:
    """What the holder said it is ("app", "archiver import"); "" when it did not say."""
    written = _written(handle)
    return written[1] if len(written) > 1 else ""


def _platform_locks() -> tuple[LockCall, LockCall]:
    """flock where there is fcntl (POSIX), else msvcrt.locking (Windows)."""
    try:
        import fcntl
    except ImportError:
        pass
    else:

        def flock(handle: IO[str], shared: bool = False) -> None:
            mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)

        def funlock(handle: IO[str]) -> None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

        return flock, funlock
    try:
        msvcrt: Any = importlib.import_module("msvcrt")  # typed for Windows only
    except ImportError:
        return _no_locking, _no_locking

    def mlock(handle: IO[str], shared: bool = False) -> None:
        handle.seek(MSVCRT_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBRLCK if shared else msvcrt.LK_NBLCK, 1)

    def munlock(handle: IO[str]) -> None:
        handle.seek(MSVCRT_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    return mlock, munlock


def _no_locking(handle: IO[str], shared: bool = False) -> None:
    raise Locked(f"{handle.name}: this system offers no file locking (neither fcntl nor msvcrt)")


_lock_file, _unlock_file = _platform_locks()
