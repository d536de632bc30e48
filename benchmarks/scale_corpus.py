"""Archiver and Recoll side by side on an N-document corpus built from the shared one (#14).

Usage: ARCHIVER_SHARED=../shared python benchmarks/scale_corpus.py [--documents N]
           [--articles N] [--queries N] [--keep DIR [--search-only]] [--in-process]
           [--no-recoll]
Every article of ``../shared/corpus`` is copied until there are N documents (ten copies each
at 100,000): each copy in its own folder under the article's own name (so its date is read
from the name as before, and its file time is set to that date for Recoll), with a
reference line of its own, three words in ten dropped and a few neighbours swapped, so
that copies are not near duplicates of each other (fewer words dropped would make them
"likely duplicates" by the 0.85 share of `text/dedupe.py`: they would be reported, not
stored). Then, in the same run:

- import: `archiver import -r` in a process of its own, and `recollindex -z` on the same
  folder; wall time, CPU (user + system, the process and every child it waited for; the
  main process's own as last seen, and the rest: its workers'), summed
  peak resident memory of the process tree (/proc: the tree every 0.5 s, its memory every
  50 ms), disk over text;
- search: the same queries by kind (words, phrases, prefixes, date-filtered, fields), p50
  and p95 ms; Archiver through `archiver search --batch FILE --json` (its "ms", the search's
  own time) or, with --in-process or a CLI without --batch, `Archive.search` in a process of
  its own (its time and the CPU it took: the figure to read on a loaded machine); snippets
  for 20 hits, and again without snippets in a fresh process; Recoll in process through
  `python3-recoll` (the system python3) when installed, else one `recollq` run per query
  (process start included: said in the output): the 20 hits fetched, and again with their
  abstracts (Recoll's snippets). `search_p95_ratio` is ours with snippets over Recoll's
  fetch alone (the issue's figure); `search_p95_ratio_like_for_like` compares the same work.

Prints JSON; ratios are Archiver / Recoll. CPU is the figure to compare on a loaded machine
(``load`` gives the 1-minute load average before and after).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from search_corpus import CORPUS, make_queries, percentile  # noqa: E402

DROP_SHARE = 0.3  # of a copy's words: under the near-duplicate threshold between copies
_DATE_IN_NAME = re.compile(r"-(\d{8})\.txt$")
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-recoll is installed for Debian's interpreter


def articles() -> list[tuple[str, str]]:
    """(file name, text) of every article of the shared corpus."""
    with tarfile.open(CORPUS) as tar:  # read in the archive's order: a gzip stream cannot seek back
        found = [
            (Path(m.name).name, tar.extractfile(m).read().decode("utf-8"))  # type: ignore[union-attr]
            for m in tar
            if m.isfile() and m.name.endswith(".txt")
        ]
    return sorted(found)


def variant(text: str, copy: int, rng: random.Random) -> str:
    """A copy of an article: a reference line of its own, words dropped, neighbours swapped."""
    title, _, body = text.partition("\n")
    lines = []
    for line in body.split("\n"):
        words = [w for w in line.split() if rng.random() >= DROP_SHARE]
        for _ in range(len(words) // 40):
            i = rng.randrange(max(1, len(words) - 1))
            words[i : i + 2] = words[i : i + 2][::-1]
        lines.append(" ".join(words))
    return f"{title}\n\nمرجع النسخة {copy} رقم {rng.randrange(10**6)}\n" + "\n".join(lines)


def build_corpus(target: Path, documents: int, first: int | None) -> int:
    """Write ``documents`` files under ``target`` (folder cK holds copy K of the ``first``
    articles); return the text's bytes."""
    source = articles()[:first]
    rng = random.Random(14)
    size = 0
    for n in range(documents):
        copy, (name, text) = divmod(n, len(source))[0], source[n % len(source)]
        folder = target / f"c{copy}"
        folder.mkdir(parents=True, exist_ok=True)
        data = (text if copy == 0 else variant(text, copy, rng)).encode("utf-8")
        path = folder / name
        path.write_bytes(data)
        size += len(data)
        dated = _DATE_IN_NAME.search(name)
        with contextlib.suppress(AttributeError, ValueError):  # no date, or not a real one
            stamp = datetime.strptime(dated.group(1), "%Y%m%d").timestamp()  # type: ignore[union-attr]
            os.utime(path, (stamp, stamp))  # Recoll's date: filter reads the file time
    return size


def queries(count: int) -> list[tuple[str, str]]:
    """(kind, query): words, phrases, prefixes, date-filtered, fields; the same for both."""
    base = make_queries([text for _, text in articles()], count)
    words = [q for kind, q in base if kind in ("common", "rare", "two_words")]
    out = [("words", q) for kind, q in base if kind in ("common", "rare", "two_words")]
    out += [("phrase", q) for kind, q in base if kind == "phrase"]
    out += [("prefix", "وزار*")] + [("prefix", q) for kind, q in base if kind == "prefix"]
    rng = random.Random(15)
    months = [f"2017-0{m}" for m in range(1, 7)] + [f"2016-{m:02}" for m in range(1, 13)]
    out.append(("date", "date:2017-01..2017-06 تونس"))
    for _ in range(len(base) // 7):
        low, high = sorted(rng.sample(months, 2))
        out.append(("date", f"date:{low}..{high} {rng.choice(words).split()[0]}"))
    out += [("field", f"title:{rng.choice(words).split()[0]}") for _ in range(len(base) // 7)]
    return out


def recoll_query(text: str) -> str:
    """The same query in Recoll's language (its date: takes days, ranges with a slash)."""
    if text.startswith("date:"):
        dates, _, rest = text[5:].partition(" ")
        low, _, high = dates.partition("..")
        last = {"02": "28", "04": "30", "06": "30", "09": "30", "11": "30"}.get(high[5:], "31")
        return f"date:{low}-01/{high}-{last} {rest}"
    return text


class TreeMemory:
    """Peak of the summed resident memory of a process and all its descendants (and of its
    own), and the CPU the process itself had used when last seen (its workers' is the rest)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self.own_cpu, self.own_peak = 0.0, 0
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        page, pids, ticks = os.sysconf("SC_PAGE_SIZE"), [self.pid], 0
        while not self._stop.wait(0.05):
            if ticks % 10 == 0:  # the tree every half second, its memory every 50 ms
                pids = _tree(self.pid)
            ticks += 1
            pages = {p: _rss_pages(p) for p in pids}
            self.peak = max(self.peak, sum(pages.values()) * page)
            self.own_peak = max(self.own_peak, pages.get(self.pid, 0) * page)
            self.own_cpu = max(self.own_cpu, _cpu_seconds(self.pid))

    def stop(self) -> int:
        """Stop watching; the peak in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss_pages(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, IndexError):
        return 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (not its children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_run(command: list[str], **kwargs: object) -> dict[str, object]:
    """Run a command; wall, CPU of it and its children, summed peak memory, its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
    memory = TreeMemory(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    peak = memory.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({proc.returncode}): {err.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    main = min(memory.own_cpu, cpu)  # last seen at most 50 ms before it ended
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "cpu_main_s": round(main, 2),
            "cpu_workers_s": round(cpu - main, 2), "peak_mb": round(peak / 1e6, 1),
            "peak_main_mb": round(memory.own_peak / 1e6, 1),
            "stdout": out}  # fmt: skip


def folder_size(path: Path) -> int:
    """Bytes under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def folder_blocks(path: Path) -> int:
    """Bytes the file system gives the files under ``path`` (``du``): a small file takes a
    whole block, so many small originals take more than their sizes add up to."""
    return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file())


def store_parts(db_file: Path, shown: int = 8) -> dict[str, object]:
    """The largest tables and indexes of the store in MB (SQLite's dbstat), with the bytes
    their pages leave unused; {} where SQLite was built without dbstat."""
    import sqlite3

    db = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT name, SUM(pgsize), SUM(unused) FROM dbstat GROUP BY name"
                          " ORDER BY 2 DESC LIMIT ?", (shown,)).fetchall()  # fmt: skip
    except sqlite3.OperationalError:
        return {}
    finally:
        db.close()
    return {name: {"mb": round(size / 1e6, 2), "unused_mb": round(unused / 1e6, 2)}
            for name, size, unused in rows}  # fmt: skip


def archiver_command(archive: Path, *args: str) -> list[str]:
    """The CLI of this checkout, on ``archive``, with ``args``."""
    return [sys.executable, "-m", "archiver", "--archive", str(archive), *args]


_ARCHIVER_SEARCH = """
import json, sys, time
from archiver.core.archive import Archive
snippets = sys.argv[2] == "1"
with Archive.open(sys.argv[1]) as opened:
    opened.search("تونس")  # warm the searcher, as an open app or a batch run would be
    for line in sys.stdin:
        cpu = time.process_time()
        found = opened.search(line.rstrip("\\n"), limit=20, snippets=snippets)
        print(json.dumps({"ms": found.elapsed_ms, "cpu_ms": (time.process_time() - cpu) * 1000,
                          "total": found.total}))
"""


def archiver_searches(
    archive: Path, texts: list[str], work: Path, in_process: bool, snippets: bool = True
) -> tuple[list[dict], str]:
    """Each query's own time (ms, and CPU ms when run by Archive.search) and total, and how."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    help_text = subprocess.run(archiver_command(archive, "search", "--help"), env=env,
                               capture_output=True, text=True).stdout  # fmt: skip
    if "--batch" in help_text and not in_process and snippets:
        batch = work / "queries.txt"  # the first line warms the searcher, as in Archive.search
        batch.write_text("\n".join(["تونس", *texts]) + "\n", encoding="utf-8")
        out = subprocess.run(archiver_command(archive, "search", "--batch", str(batch),
                             "--json"), env=env, capture_output=True, text=True, check=True)  # fmt: skip
        rows = [json.loads(line) for line in out.stdout.splitlines()][1:]
        return [{"ms": r["ms"], "total": r["total"]} for r in rows], "search --batch"
    # a process of its own for each pass: no pass finds the words or postings another read
    out = subprocess.run([sys.executable, "-c", _ARCHIVER_SEARCH, str(archive), str(int(snippets))],
                         input="\n".join(texts) + "\n", env=env, capture_output=True, text=True,
                         check=True)  # fmt: skip
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    return rows, "Archive.search, " + ("snippets for 20 hits" if snippets else "no snippets")


_RECOLL_SEARCH = """
import json, sys, time
from recoll import recoll
db = recoll.connect(confdir=sys.argv[1])
abstracts = sys.argv[2] == "1"
db.query().execute("تونس")
for line in sys.stdin:
    q = db.query()
    started, cpu = time.perf_counter(), time.process_time()
    total = q.execute(line.strip())
    for doc in q.fetchmany(20):
        if abstracts:
            q.makedocabstract(doc)
    print(json.dumps({"ms": (time.perf_counter() - started) * 1000,
                      "cpu_ms": (time.process_time() - cpu) * 1000, "total": total}))
"""


def recoll_searches(
    conf: Path, texts: list[str], abstracts: bool = False
) -> tuple[list[dict], str]:
    """Each query's time (in process when python3-recoll is there) and total, and how; with
    ``abstracts``, the 20 hits' abstracts too (Recoll's snippets: what its result list shows)."""
    lines = "\n".join(recoll_query(t) for t in texts) + "\n"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import recoll.recoll"], capture_output=True)
    if found.returncode == 0:
        out = subprocess.run([SYSTEM_PYTHON, "-c", _RECOLL_SEARCH, str(conf), str(int(abstracts))],
                             input=lines, capture_output=True, text=True, check=True)  # fmt: skip
        rows = [json.loads(line) for line in out.stdout.splitlines()]
        return rows, "python3-recoll, execute and fetch 20" + (", abstracts" if abstracts else "")
    timings = []
    for text in lines.splitlines():
        started = time.perf_counter()
        command = ["recollq", "-c", str(conf), "-n", "20", *(["-A"] if abstracts else []), "-q"]
        subprocess.run([*command, text], capture_output=True)
        timings.append({"ms": (time.perf_counter() - started) * 1000})
    return timings, "recollq per query (process start included)"


def by_kind(kinds: list[str], runs: list[dict]) -> dict[str, dict[str, float]]:
    """p50 and p95 (wall ms, and CPU ms where measured) and queries with hits, by kind."""
    groups: dict[str, list[dict]] = {"all": runs}
    for kind, run in zip(kinds, runs, strict=True):
        groups.setdefault(kind, []).append(run)
    table = {}
    for kind, group in groups.items():
        row = {"n": len(group), "with_hits": sum(1 for r in group if r.get("total"))}
        for key in ("ms", "cpu_ms"):
            if all(key in r for r in group):
                values = [r[key] for r in group]
                row[f"p50_{key}"] = round(percentile(values, 0.5), 2)
                row[f"p95_{key}"] = round(percentile(values, 0.95), 2)
        table[kind] = row
    return table


def ratios(ours: dict, theirs: dict) -> dict[str, float | None]:
    """Archiver / Recoll, for each figure both have."""
    return {k: round(ours[k] / theirs[k], 2) for k in ours if theirs.get(k)}


def import_both(work: Path, args: argparse.Namespace, result: dict[str, object]) -> None:
    """Build the corpus, import it into a new archive and index it with Recoll."""
    corpus, archive, conf = work / "corpus", work / "archive", work / "recoll"
    for old in (corpus, archive, conf):
        shutil.rmtree(old, ignore_errors=True)
    text_bytes = build_corpus(corpus, args.documents, args.articles)
    result["text_mb"] = round(text_bytes / 1e6, 1)
    os.sync()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ours = timed_run(archiver_command(archive, "import", "-r", str(corpus), "--json"), env=env)
    report = json.loads(ours.pop("stdout"))
    ours["disk_over_text"] = round(folder_size(archive) / text_bytes, 2)
    ours["disk_allocated_over_text"] = round(folder_blocks(archive) / text_bytes, 2)
    ours["index_over_text"] = round(folder_size(archive / "index") / text_bytes, 2)
    ours["originals_over_text"] = round(folder_size(archive / "originals") / text_bytes, 2)
    ours["store_over_text"] = round((archive / "archive.sqlite3").stat().st_size / text_bytes, 2)
    ours["store_parts_mb"] = store_parts(archive / "archive.sqlite3")
    ours["imported"] = len(report["imported"])
    ours["duplicates"] = len(report["duplicates"])
    ours["likely_duplicates"] = sum(1 for d in report["duplicates"] if d["likely"])
    ours["failed"] = len(report["failed"])
    result["import_archiver"] = ours
    if args.no_recoll or not shutil.which("recollindex"):
        return
    os.sync()
    conf.mkdir()
    (conf / "recoll.conf").write_text(f"topdirs = {corpus}\nloglevel = 1\n")
    theirs = timed_run(["recollindex", "-c", str(conf), "-z"])
    theirs.pop("stdout")
    theirs["disk_over_text"] = round(folder_size(conf) / text_bytes, 2)
    theirs["disk_allocated_over_text"] = round(folder_blocks(conf) / text_bytes, 2)
    result["import_recoll"] = theirs
    result["import_ratio"] = ratios(ours, theirs)


def search_both(work: Path, args: argparse.Namespace, result: dict[str, object]) -> None:
    """The same queries on the archive and on Recoll's index, by kind: ours with snippets
    against Recoll's fetch alone (the issue's figure), and like for like (ours without
    snippets against the fetch, ours with snippets against the fetch with abstracts)."""
    kinds, texts = zip(*queries(args.queries), strict=True)
    passes = {}
    for snippets in (True, False):
        timings, how = archiver_searches(work / "archive", list(texts), work, args.in_process,
                                         snippets)  # fmt: skip
        passes[snippets] = {"how": how, **by_kind(list(kinds), timings)}
    result["search_archiver"], result["search_archiver_no_snippets"] = passes[True], passes[False]
    if args.no_recoll or not (work / "recoll").is_dir():
        return
    theirs = {}
    for abstracts in (False, True):
        rtimings, rhow = recoll_searches(work / "recoll", list(texts), abstracts)
        theirs[abstracts] = {"how": rhow, **by_kind(list(kinds), rtimings)}
    result["search_recoll"], result["search_recoll_abstracts"] = theirs[False], theirs[True]
    result["search_p95_ratio"] = p95_ratios(passes[True], theirs[False])
    result["search_p95_ratio_like_for_like"] = {
        "no_snippets_vs_fetch": p95_ratios(passes[False], theirs[False]),
        "snippets_vs_abstracts": p95_ratios(passes[True], theirs[True]),
    }


def p95_ratios(ours: dict, theirs: dict) -> dict[str, dict[str, float]]:
    """Ours / theirs p95 (wall and CPU ms), by query kind."""
    return {
        kind: {key: round(row[key] / theirs[kind][key], 1)
               for key in ("p95_ms", "p95_cpu_ms") if theirs[kind].get(key) and key in row}
        for kind, row in ours.items() if kind != "how"
    }  # fmt: skip


def main() -> int:
    """Build the corpus, import and search it with both, print the JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=140)
    parser.add_argument("--keep", type=Path, help="keep the corpus and archive in this folder")
    parser.add_argument("--articles", type=int, help="copy only the first N articles (quick runs)")
    parser.add_argument("--search-only", action="store_true",
                        help="search the corpus and indexes kept in --keep by an earlier run")  # fmt: skip
    parser.add_argument("--in-process", action="store_true",
                        help="search by Archive.search here (CPU ms too), not search --batch")  # fmt: skip
    parser.add_argument("--no-recoll", action="store_true")
    args = parser.parse_args()
    if args.search_only and not args.keep:
        parser.error("--search-only needs --keep DIR")
    work = args.keep or Path(tempfile.mkdtemp(prefix="archiver-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    result: dict[str, object] = {"documents": args.documents, "cpus": os.cpu_count(),
                                 "load_before": os.getloadavg()[0]}  # fmt: skip
    if not args.search_only:
        import_both(work, args, result)
        print(json.dumps(result, ensure_ascii=False), file=sys.stderr)  # the imports, at once
    search_both(work, args, result)
    result["load_after"] = os.getloadavg()[0]
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
