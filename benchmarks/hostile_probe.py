"""Hostile input, tried as an attacker or a damaged disk would: fuzzed PDFs, hostile texts, queries.

Usage: python benchmarks/hostile_probe.py [--pdfs N] [--texts N] [--queries N] [--seed S]

Each fuzzed PDF (a committed fixture with random byte damage: flips, cuts, zeroed blocks,
duplicated chunks, appended garbage) and each hostile text (random bytes, NULs, mixed
encodings, bidi controls, marks alone, a very long line …) is imported by the real CLI in its
own process, with a time limit; its peak memory is that process's. Queries (deep nesting,
long words, wildcards everywhere, field syntax abuse, random code points) run in one archive,
in this process. Prints JSON: per kind, how many were stored, refused with a reason, crashed
(a traceback or an unknown exit code) or timed out, and the memory peaks.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
ARTICLE = "قال الرئيس الفرنسي إيمانويل ماكرون إن تحالف الراغبين سيراقب وقف إطلاق النار في أوكرانيا."
KNOWN_EXITS = {0, 1, 2, 3}  # done; refused (domain error); usage; locked
TIMEOUT = 120.0


def _damage(data: bytes, rng: random.Random) -> bytes:
    """One to four random kinds of damage to a file's bytes."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.choice(("flip", "cut", "zero", "dup", "tail"))
        at = rng.randrange(max(1, len(out)))
        if kind == "flip":
            for _ in range(rng.randint(1, 64)):
                out[rng.randrange(len(out))] = rng.randrange(256)
        elif kind == "cut":
            del out[at : at + rng.randint(1, 4096)]
        elif kind == "zero":
            out[at : at + 4096] = bytes(min(4096, len(out) - at))
        elif kind == "dup":
            out[at:at] = out[at : at + rng.randint(1, 8192)]
        else:
            out += rng.randbytes(rng.randint(1, 100_000))
    return bytes(out)


def _texts(rng: random.Random, count: int) -> list[tuple[str, str, bytes]]:
    """(kind, name, bytes) of hostile text files."""
    makers = {
        "random-bytes": lambda: rng.randbytes(rng.randint(1, 50_000)),
        "nul-inside": lambda: (ARTICLE + "\0" * rng.randint(1, 3) + ARTICLE).encode(),
        "three-bad-bytes": lambda: ARTICLE.encode() + rng.randbytes(3) + ARTICLE.encode(),
        "mixed-encodings": lambda: ARTICLE.encode("cp1256", "replace") + ARTICLE.encode(),
        "bidi-controls": lambda: ("\u202e\u2066" * rng.randint(1, 5000) + ARTICLE).encode(),
        "marks-alone": lambda: ("\u064b\u0651" * rng.randint(1, 20_000)).encode(),
        "one-long-word": lambda: ("ا" * rng.randint(100_000, 2_000_000)).encode(),
        "utf16-boms": lambda: ("\ufeff" * 1000 + ARTICLE).encode("utf-16"),
        "random-code-points": lambda: "".join(
            chr(rng.randrange(0x20, 0x3000)) for _ in range(5000)
        ).encode("utf-8", "surrogatepass"),
        "repeated-lines": lambda: (ARTICLE + "\n").encode() * rng.randint(1, 20_000),
    }
    kinds = sorted(makers)
    picked = [kinds[n % len(kinds)] for n in range(count)]
    return [(kind, f"hostile-{n:04d}.txt", makers[kind]()) for n, kind in enumerate(picked)]


def _queries(rng: random.Random, count: int) -> list[str]:
    """Hostile queries."""
    makers = [
        lambda: "(" * rng.randint(1, 3000) + "ماكرون",
        lambda: " ".join(["أوكرانيا"] * rng.randint(1, 3000)),
        lambda: "ا" * rng.randint(1, 30_000),
        lambda: " ".join(rng.choice(("ال*", "*", "?", "و*", "م?")) for _ in range(rng.randint(1, 50))),
        lambda: " ".join(rng.choice(("AND", "OR", "NOT", "(", ")", '"', ":", "date:", "participant:"))
                         for _ in range(rng.randint(1, 200))),
        lambda: "".join(chr(rng.randrange(0, 0x10FFFF)) for _ in range(rng.randint(1, 500)))
        .encode("utf-8", "replace").decode("utf-8", "replace"),
        lambda: f"date:{rng.randint(-99999, 99999)}..{rng.randint(-99999, 99999)} تونس",
        lambda: '"' + " ".join(["وقف"] * rng.randint(1, 2000)) + '"',
    ]  # fmt: skip
    return [rng.choice(makers)() for _ in range(count)]


def _run_import(archive: Path, path: Path) -> tuple[str, float]:
    """Import one file with the CLI in its own process: outcome and that process's peak MB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [
        sys.executable,
        "-m",
        "archiver",
        "--archive",
        str(archive),
        "import",
        "--json",
        str(path),
    ]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        status, usage = _wait(proc.pid)
        if status is None:
            return "timeout", 0.0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    code = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024
    if code not in KNOWN_EXITS or b"Traceback" in stderr:
        return "crash", peak
    try:
        report = json.loads(stdout)
    except ValueError:
        return "crash", peak
    return ("stored" if report.get("imported") else "refused"), peak


def _wait(pid: int) -> tuple[int | None, resource.struct_rusage]:
    """Wait for a child up to TIMEOUT (killing it then): its wait status and resource usage."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            return None, os.wait4(pid, 0)[2]
        time.sleep(0.02)


def probe_files(kind: str, files: list[tuple[str, str, bytes]], work: Path) -> dict:
    """Import each file into a fresh archive: the tally, and per kind of damage its outcomes
    and the largest peak memory of one import."""
    tally: Counter[str] = Counter()
    cases: dict[str, dict] = {}
    for n, (case, name, data) in enumerate(files):
        path = work / kind / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        outcome, peak = _run_import(work / kind / f"archive-{n}", path)
        tally[outcome] += 1
        seen = cases.setdefault(case, {"peak_mb": 0.0})
        seen[outcome] = seen.get(outcome, 0) + 1
        seen["peak_mb"] = round(max(seen["peak_mb"], peak), 1)
    return {"tried": len(files), **tally, "cases": cases}


def probe_queries(queries: list[str], work: Path) -> dict:
    """Run the queries in one archive in this process: outcomes, slowest, memory peak."""
    sys.path.insert(0, str(ROOT / "src"))
    from archiver.core.archive import Archive
    from archiver.core.errors import ArchiverError

    tally: Counter[str] = Counter()
    slowest = 0.0
    source = work / "q" / "article.txt"
    source.parent.mkdir(parents=True)
    source.write_text(ARTICLE * 20, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with Archive.open(work / "q" / "archive") as archive:
        archive.import_paths([source])
        for query in queries:
            start = time.perf_counter()
            try:
                archive.search(query)
                tally["answered"] += 1
            except ArchiverError:
                tally["refused"] += 1
            except Exception:  # counting what escapes the error tree
                tally["crash"] += 1
            slowest = max(slowest, time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"tried": len(queries), **tally, "slowest_s": round(slowest, 3),
            "peak_mb": round(after, 1), "peak_growth_mb": round(after - before, 1)}  # fmt: skip


def main() -> None:
    """Run the probe and print its JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=100)
    parser.add_argument("--texts", type=int, default=60)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = sorted(FIXTURES.glob("*.pdf"))
    pdfs = [("fuzzed-pdf", f"fuzz-{n:04d}.pdf", _damage(rng.choice(sources).read_bytes(), rng))
            for n in range(args.pdfs)]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        result = {
            "pdfs": probe_files("pdf", pdfs, work),
            "texts": probe_files("text", _texts(rng, args.texts), work),
            "queries": probe_queries(_queries(rng, args.queries), work),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
