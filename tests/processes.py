"""Real `archiver` processes for the kill tests: started with a tag in their environment, so
every process they start (workers, the resource tracker) can be found after a kill, when
they no longer have the killed process as parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

SRC = str(Path(__file__).parents[1] / "src")
TAG = "ARCHIVER_TEST_PROCESS_TAG"


def interruptible() -> None:
    """In the child before it runs: Ctrl-C's default action back (a harness that started the
    tests in the background, as a non-interactive shell does, passes SIGINT on ignored, and
    Python then installs no KeyboardInterrupt handler)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Run:
    """One `python -m archiver ...` process and the processes it starts."""

    def __init__(self, *args: str, group: bool = False) -> None:
        self.tag = uuid.uuid4().hex
        env = {**os.environ, "PYTHONPATH": SRC, TAG: self.tag}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "archiver", *args], env=env, start_new_session=group,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=interruptible,
        )  # fmt: skip

    def others(self) -> list[int]:
        """The live processes it started (or that they started), itself left out."""
        return [pid for pid in tagged(self.tag) if pid != self.proc.pid]

    def commands(self) -> list[str]:
        """The command lines of the processes it started."""
        return [_cmdline(pid) for pid in self.others()]

    def wait_for_workers(self, count: int, timeout: float = 60) -> bool:
        """True once it has started ``count`` processes; False if it ended or time ran out."""
        return self.wait_until(lambda: len(self.others()) >= count, timeout)

    def wait_until(self, ready: Callable[[], bool], timeout: float = 60) -> bool:
        """True once ``ready()`` is, while the process runs; False if it ended first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            if ready():
                return True
            time.sleep(0.02)
        return False

    def kill(self) -> None:
        """SIGKILL the main process, as the OOM killer or a power button would."""
        self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()

    def interrupt(self) -> tuple[int, str]:
        """Ctrl-C: SIGINT to its whole process group; (exit code, stderr)."""
        os.killpg(self.proc.pid, signal.SIGINT)
        _out, err = self.proc.communicate(timeout=120)
        return self.proc.returncode, err.decode(errors="replace")

    def survivors(self, timeout: float = 5.0) -> list[str]:
        """The command lines of its processes still alive after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while (left := self.others()) and time.monotonic() < deadline:
            time.sleep(0.05)
        return [_cmdline(pid) for pid in left]


def tagged(tag: str) -> list[int]:
    """Live (not zombie) processes whose environment carries ``tag``."""
    needle = f"{TAG}={tag}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if state != "Z" and needle in environ.split(b"\0"):
            found.append(int(entry))
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:160]
    except OSError:
        return f"pid {pid}"


def originals(root: Path) -> int:
    """How many copies an archive's originals/ holds (while an import writes them)."""
    return sum(1 for p in (root / "originals").rglob("*") if p.is_file())
