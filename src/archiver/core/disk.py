"""What the file system refuses (a full disk, a folder that cannot be written), and the mode of a new file."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from pathlib import Path

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
LOW_SPACE_BYTES = 1 << 20  # below this a reading command does not try to bring anything up to date
TIGHT_SPACE_BYTES = 64 << 20  # below this an import commits every file (see imports.batch)


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) says the disk or the user's quota is full."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _NO_SPACE:
            return True
        if isinstance(current, sqlite3.Error) and (
            getattr(current, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
            or "database or disk is full" in str(current)
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


def is_not_writable(exc: BaseException) -> bool:
    """True when ``exc`` says a file or folder cannot be written (read-only medium, permissions)."""
    if isinstance(exc, OSError):
        return exc.errno in _NOT_WRITABLE
    return isinstance(exc, sqlite3.OperationalError) and "readonly database" in str(exc)


def writable(folder: Path) -> bool:
    """True when files can be created and changed in ``folder`` (False on a read-only mount,
    a snapshot, a share without write access; an absent folder counts by its nearest parent)."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return os.access(probe, os.W_OK)


def low_on_space(folder: Path, below: int = LOW_SPACE_BYTES) -> bool:
    """True when the disk holding ``folder`` has less than ``below`` bytes free (almost none)."""
    try:
        return shutil.disk_usage(folder).free < below
    except OSError:
        return False


def as_new_file(path: Path) -> None:
    """Give a file made by ``tempfile.mkstemp`` (readable by its owner only) the mode any new
    file gets (0666 less the umask), so a bundle or project handed on reads like any saved file."""
    os.chmod(path, 0o666 & ~_umask())


def _umask() -> int:
    # /proc says it without setting it: os.umask(0) would open a window for other threads
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022
