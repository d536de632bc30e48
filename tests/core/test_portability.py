"""No POSIX-only module is needed to import the program, and the writer lock works without fcntl.

Each check runs in a fresh interpreter where ``fcntl``, ``pwd``, ``grp``, ``resource`` and
``termios`` cannot be imported (``sys.modules[name] = None``), as on Windows. The lock's
Windows path is exercised through a stand-in for ``msvcrt`` built on POSIX record locks
(``fcntl.lockf``, captured before it is hidden): the same byte-range calls, locked past
the pid text. What the stand-in cannot show (Windows refusing to read a locked byte) is
why the byte lies far from the text; see docs/platforms.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

NO_POSIX = """
import sys
for name in ("fcntl", "pwd", "grp", "resource", "termios"):
    sys.modules[name] = None
"""

MSVCRT_STAND_IN = """
import os, sys, types
import fcntl as _fcntl  # the real one, for the stand-in only
msvcrt = types.ModuleType("msvcrt")
msvcrt.LK_UNLCK, msvcrt.LK_NBLCK = 0, 2
def locking(fd, mode, nbytes):
    start = os.lseek(fd, 0, os.SEEK_CUR)
    flag = _fcntl.LOCK_UN if mode == msvcrt.LK_UNLCK else _fcntl.LOCK_EX | _fcntl.LOCK_NB
    _fcntl.lockf(fd, flag, nbytes, start, os.SEEK_SET)
msvcrt.locking = locking
sys.modules["msvcrt"] = msvcrt
"""


def _python(code: str, *, stdin: int | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, text=True,
        stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _run(code: str) -> subprocess.CompletedProcess[str]:
    proc = _python(code)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_every_module_imports_without_the_posix_only_modules() -> None:
    code = NO_POSIX + textwrap.dedent("""
        import importlib, pkgutil
        import archiver
        names = [m.name for m in pkgutil.walk_packages(archiver.__path__, "archiver.")]
        for name in names:
            importlib.import_module(name)
        print(len(names))
    """)
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100  # every module of the package, the GUI's included


def test_the_writer_lock_uses_msvcrt_when_there_is_no_fcntl(tmp_path: Path) -> None:
    lock = tmp_path / "archive.lock"
    holder = _python(
        MSVCRT_STAND_IN
        + NO_POSIX
        + textwrap.dedent(f"""
        import sys
        from archiver.core.lock import WriterLock
        lock = WriterLock(__import__("pathlib").Path({str(lock)!r}))
        lock.acquire()
        print("held", flush=True)
        sys.stdin.readline()
        lock.release()
        print("released", flush=True)
    """),
        stdin=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "held", holder.stderr and holder.stderr.read()
        attempt = (
            MSVCRT_STAND_IN
            + NO_POSIX
            + textwrap.dedent(f"""
            from archiver.core.errors import Locked
            from archiver.core.lock import WriterLock
            lock = WriterLock(__import__("pathlib").Path({str(lock)!r}))
            try:
                lock.acquire()
            except Locked as exc:
                print("refused:", exc)
            else:
                lock.release()
                print("acquired")
        """)
        )
        refused = _run(attempt)
        assert (
            refused.stdout.strip()
            == f"refused: the archive is open for writing by pid {holder.pid}"
        )
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        assert _run(attempt).stdout.strip() == "acquired", "released for the next writer"
    finally:
        holder.kill()
        holder.communicate()


def test_without_any_file_locking_opening_for_writing_is_refused(tmp_path: Path) -> None:
    code = NO_POSIX + textwrap.dedent(f"""
        from archiver.core.errors import Locked
        from archiver.core.lock import WriterLock
        try:
            WriterLock(__import__("pathlib").Path({str(tmp_path / "archive.lock")!r})).acquire()
        except Locked as exc:
            print(exc)
    """)
    done = _run(code)
    assert "offers no file locking" in done.stdout, done.stderr
