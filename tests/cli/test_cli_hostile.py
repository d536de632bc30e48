"""The command line against hostile input and a hostile terminal: reasons, never a traceback."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cli_runner import run

from processes import interruptible
from samples import ARTICLE_AR, distinct_text

SRC = str(Path(__file__).parents[2] / "src")


def archiver(*args: str, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen([sys.executable, "-m", "archiver", *args], env=env,
                            preexec_fn=interruptible, **kwargs)  # fmt: skip


def test_import_max_size_refuses_a_larger_file_naming_its_size(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.txt"
    data = ARTICLE_AR.encode("utf-8")
    big.write_bytes(data * (3 * 2**19 // len(data) + 1))  # just over 1.5 MB
    code, out, err = run(capsys, "--archive", str(tmp_path / "a"), "import", "--max-size", "1",
                         str(big))  # fmt: skip
    assert code == 1
    assert "too large" in err and "limit 1 MB" in err and "MB" in err.split("too large")[1]
    assert "0 imported" in out


def test_a_closed_pipe_ends_quietly(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i}.txt").write_text(distinct_text(i) * 20, encoding="utf-8")
    assert run(capsys, "--archive", str(tmp_path / "a"), "import", str(folder))[0] == 0
    for args in (["export", "documents"], ["search", "lang:ar OR lang:en", "--limit", "60"]):
        proc = archiver("--archive", str(tmp_path / "a"), *args,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(1)
        proc.stdout.close()  # `| head -c 1`: the reader leaves
        err = proc.stderr.read().decode()
        assert proc.wait(30) == 0, err
        assert "Traceback" not in err and "BrokenPipe" not in err and "Exception" not in err


def _wait_reading_stdin(pid: int, timeout: float = 60.0) -> None:
    """Until the process blocks in read(0, ...): a fixed sleep lost the race on a loaded
    machine (the signal came while Python was still starting, before its handler)."""
    deadline = time.monotonic() + timeout
    syscall = Path(f"/proc/{pid}/syscall")
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if syscall.read_text().startswith("0 0x0 "):  # read (0) of fd 0
                return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} never read its stdin")


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    proc = archiver("analyze", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE)  # fmt: skip
    _wait_reading_stdin(proc.pid)  # started, and waiting for lines on stdin
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert err.decode().strip() == "archiver: interrupted"
