"""The SIGKILL campaign: imports and `reindex` killed at random moments, by the real CLI.

Usage: python benchmarks/kill_campaign.py [--kills N] [--reindex-kills M] [--files F]
                                          [--corpus DIR] [--seed S]

The corpus is DIR, else the first F articles of ../shared/corpus/ant-jawharafm.tar.gz when
present, else F generated Arabic and English articles. A cycle imports it into a fresh archive, killing each `archiver import` at a random
moment of its run (up to the time a kill-free import took) and starting it again, until one
run finishes; the archive's documents (file hash, text hash, title) must then equal the
kill-free import's. Cycles repeat until N import kills; then M kills of `reindex`. After each
kill: no process the killed one started may remain after 5 s, and `archiver check --json`
(whose open finishes the interrupted work) must say consistent. Prints JSON: kills survived,
orphans found, inconsistent checks, whether every final set matched, peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_TARS = [p / "shared" / "corpus" / "ant-jawharafm.tar.gz" for p in ROOT.parents]
TAG = "ARCHIVER_KILL_CAMPAIGN_TAG"
WORDS = ["الحكومة", "وزير", "اتفاق", "الشعب", "مدينة", "تقرير", "مؤتمر", "الأمم", "المتحدة", "المجلس", "الانتخابات", "government", "minister", "agreement", "report", "city", "people", "council", "election", "treaty"]  # fmt: skip


def _unpack(tar: Path, folder: Path, files: int) -> Path:
    """The first ``files`` articles of the shared corpus, in folders of 100."""
    import tarfile

    with tarfile.open(tar) as archive:
        members = sorted((m for m in archive.getmembers() if m.name.endswith(".txt")),
                         key=lambda m: m.name)[:files]  # fmt: skip
        for n, member in enumerate(members):
            source = archive.extractfile(member)
            assert source is not None
            sub = folder / f"part{n // 100:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / Path(member.name).name).write_bytes(source.read())
    return folder


def _generate(folder: Path, files: int) -> Path:
    rng = random.Random(5)
    for n in range(files):
        sub = folder / f"part{n // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 400)))
        (sub / f"{n:05d}.txt").write_text(f"article {n} رقم {n}\n\n{text}", encoding="utf-8")
    return folder


class Watched:
    """An `archiver` process, tagged so that every process it starts can be found and measured."""

    def __init__(self, *args: str, output: Path | None = None) -> None:
        self.tag = uuid.uuid4().hex
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), TAG: self.tag}
        self.output = output
        self.errors = output.with_suffix(".err") if output else None
        with open(output or os.devnull, "wb") as out, open(self.errors or os.devnull, "wb") as err:
            # files, not pipes: a full pipe would block it
            self.proc = subprocess.Popen([sys.executable, "-m", "archiver", *args], env=env,
                                         stdout=out, stderr=err)  # fmt: skip
        self.peak_main = self.peak_all = 0

    def pids(self) -> list[int]:
        needle = f"{TAG}={self.tag}".encode()
        found = []
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                environ = Path(f"/proc/{entry}/environ").read_bytes()
                state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z" and needle in environ.split(b"\0"):
                found.append(int(entry))
        return found

    def sample(self) -> None:
        total = 0
        for pid in self.pids():
            try:
                rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf(
                    "SC_PAGE_SIZE"
                )
            except OSError:
                continue
            total += rss
            if pid == self.proc.pid:
                self.peak_main = max(self.peak_main, rss)
        self.peak_all = max(self.peak_all, total)

    def run_for(self, seconds: float) -> bool:
        """Let it run ``seconds`` (sampling memory); True if it still runs then."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            self.sample()
            time.sleep(0.05)
        return self.proc.poll() is None

    def finish(self) -> str:
        """Wait for its end; what it printed, if asked to keep it."""
        while self.run_for(0.5):
            pass
        return self.output.read_text(encoding="utf-8") if self.output else ""

    def kill(self) -> int:
        """SIGKILL it; how many of its processes are still alive 5 s later."""
        self.proc.kill()
        self.proc.wait()
        deadline = time.monotonic() + 5
        while (
            left := [p for p in self.pids() if p != self.proc.pid]
        ) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in left:  # do not leave them behind this benchmark either
            os.kill(pid, 9)
        return len(left)


def _check(root: Path) -> tuple[bool, list[str], int]:
    run = Watched("--archive", str(root), "check", "--json", output=root.parent / "check.json")
    printed = run.finish()
    try:
        out = json.loads(printed)
    except ValueError:  # no report at all: what it said instead
        assert run.errors is not None
        said = run.errors.read_text(encoding="utf-8", errors="replace")
        if "no archive at" in said:  # killed before it created its database: nothing stored
            return True, [], run.peak_all
        return False, [f"exit {run.proc.returncode}: {said[-400:]}"], run.peak_all
    return out["consistent"], out["remaining"], run.peak_all


def _contents(root: Path) -> set[tuple[str, str, str]]:
    db = sqlite3.connect(root / "archive.sqlite3")
    try:
        return set(db.execute("SELECT file_sha256, text_sha256, title FROM document"))
    finally:
        db.close()


def _timed_run(*args: str) -> tuple[float, Watched]:
    start = time.monotonic()
    run = Watched(*args)
    run.finish()
    return time.monotonic() - start, run


def main() -> None:
    """Run the campaign and print its JSON summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--reindex-kills", type=int, default=5)
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kill-campaign-"))
    shared = next((tar for tar in SHARED_TARS if tar.is_file()), None)
    if args.corpus:
        corpus = args.corpus
    elif shared is not None:
        corpus = _unpack(shared, work / "corpus", args.files)
    else:
        corpus = _generate(work / "corpus", args.files)
    clean_seconds, clean = _timed_run("--archive", str(work / "clean"), "import", "-r", str(corpus))
    expected = _contents(work / "clean")
    result = {"corpus": str(corpus), "documents": len(expected),
              "kill_free_import_s": round(clean_seconds, 2), "import_kills": 0, "reindex_kills": 0,
              "runs_finished": 0, "cycles": 0, "orphans_found": 0, "inconsistent": [],
              "final_sets_equal": True, "peak_rss_mb": {"import_main": clean.peak_main >> 20,
              "import_all": clean.peak_all >> 20, "check": 0, "reindex_all": 0}}  # fmt: skip
    started = time.monotonic()
    archive = work / "archive"
    while result["import_kills"] < args.kills:
        archive = work / f"archive{result['cycles']}"
        result["cycles"] += 1
        while True:  # kill and restart until one run finishes
            run = Watched("--archive", str(archive), "import", "-r", str(corpus))
            if not run.run_for(rng.uniform(0.2, clean_seconds)):
                result["runs_finished"] += 1
                break
            _after_kill(result, run, archive)
            result["import_kills"] += 1
        result["final_sets_equal"] &= _contents(archive) == expected
    reindex_seconds, _ = _timed_run("--archive", str(archive), "reindex")
    while result["reindex_kills"] < args.reindex_kills:
        run = Watched("--archive", str(archive), "reindex")
        if run.run_for(rng.uniform(0.2, reindex_seconds)):
            _after_kill(result, run, archive, "reindex_all")
            result["reindex_kills"] += 1
        else:
            run.finish()
    result["kills_survived"] = (result["import_kills"] + result["reindex_kills"]
                                - len(result["inconsistent"]))  # fmt: skip
    result["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(result, indent=1, ensure_ascii=False))


def _after_kill(result: dict, run: Watched, archive: Path, peak: str = "import_all") -> None:
    result["orphans_found"] += run.kill()
    result["peak_rss_mb"][peak] = max(result["peak_rss_mb"][peak], run.peak_all >> 20)
    consistent, remaining, check_peak = _check(archive)
    result["peak_rss_mb"]["check"] = max(result["peak_rss_mb"]["check"], check_peak >> 20)
    if not consistent:
        result["inconsistent"].append(remaining[:5])


if __name__ == "__main__":
    main()
