"""GUI responsiveness (#14): stalls during an import, typing to results, opening a long text.

Usage: ARCHIVER_SHARED=../shared python benchmarks/gui_responsiveness.py [--archive DIR]
           [--import-count N] [--queries N] [--document-kb N] [--only import|query|open|sort ...]
           [--sort-query QUERY]

- import: the longest event-loop stall (a 5 ms timer's longest gap) while the window imports
  N files (2,000) of the shared corpus, beside the longest stall of the idle window just
  before (what the machine's load alone costs);
- query: from the debounced query to the result list's first paint of its hits, plus the
  debounce (typing to results), p50/p95, and the CPU all the app's threads spent on it;
  without --archive on a fresh archive of the whole corpus (slow to build), else on DIR
  (e.g. one made by benchmarks/scale_corpus.py --keep);
- sort: the longest stall from a click on the title and date headers of All documents (or of
  the hits of --sort-query, every one of them sorted) until the list shows the new order (on
  --archive DIR, or the fresh archive of the corpus);
- open: from asking the window to open a document of --document-kb KB (700) of Arabic
  articles joined to the reader's first paint, and until its whole text is laid out.

Prints JSON, with a ``summary`` of the three figures beside their budgets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# ARCHIVER_SHARED names the shared folder when the repository is not beside it (a worktree)
SHARED = Path(
    os.environ.get("ARCHIVER_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
CORPUS = SHARED / "corpus" / "ant-jawharafm.tar.gz"
QUERIES = (
    "أوكرانيا", "تونس", "الحكومة", "الرئيس", "كرة", "الترجي", "وزير الصحة", "الانتخابات",
    '"مجلس النواب"', "اقتصاد*", "-الرياضة تونس", "النفط OR الغاز", "=الوزير", "المنتخب الوطني",
    "date:2017-01..2017-06 تونس", "title:الترجي", "الأمطار", "البنك المركزي", "الإرهاب", "كورونا",
)  # fmt: skip


class StallMeter:
    """A 5 ms QTimer; the longest gap between its ticks is the longest event-loop stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self.ends: list[float] = []  # when each gap ended, from start()
        self._last = self._started = time.perf_counter()
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring."""
        self._last = self._started = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self.ends.append(now - self._started)
        self._last = now

    def report(self) -> dict:
        """Longest and 99th-percentile gap beyond the tick interval, in ms."""
        self.timer.stop()
        stalls = sorted(max(0.0, g - self.interval) * 1000 for g in self.gaps)
        worst = max(range(len(self.gaps)), key=self.gaps.__getitem__) if self.gaps else 0
        return {
            "ticks": len(stalls),
            "longest_stall_ended_at_ms": round(self.ends[worst] * 1000) if self.gaps else None,
            "longest_stall_ms": round(stalls[-1], 1) if stalls else None,
            "p99_stall_ms": round(stalls[int(len(stalls) * 0.99) - 1], 1) if stalls else None,
        }


def idle_stall(app, seconds: float = 3.0) -> float | None:  # type: ignore[no-untyped-def]
    """The longest stall of the window doing nothing: what the machine's load alone costs."""
    from PySide6.QtCore import QEventLoop, QTimer

    meter, loop = StallMeter(), QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    meter.start()
    loop.exec()
    return meter.report()["longest_stall_ms"]


def corpus_files(target: Path, count: int | None) -> list[Path]:
    """Unpack the corpus and return its first ``count`` article files."""
    with tarfile.open(CORPUS) as tar:
        tar.extractall(target, filter="data")
    files = sorted(target.rglob("*.txt"))
    return files[:count] if count else files


def window_for(archive: Path, workers: int | None):  # type: ignore[no-untyped-def]
    """A shown window on ``archive`` as the app builds it (the annotation panel installed),
    with temporary settings."""
    from archiver.gui.app import build_window
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    settings.set("backup/daily", False)
    window, _panel = build_window(
        settings, ArchiveSession(archive, Lanes(), import_workers=workers)
    )
    window.show_report = lambda report: None
    window.show()
    return window


def measure_import(app, files: list[Path], workers: int | None) -> dict:  # type: ignore[no-untyped-def]
    """Import ``files`` through the window while the stall meter runs."""
    from PySide6.QtCore import QEventLoop

    folder = Path(tempfile.mkdtemp())
    for path in files:  # copies: a symlink out of the folder is refused, unread
        os.link(path, folder / path.name)
    window = window_for(Path(tempfile.mkdtemp()) / "archive", workers)
    idle = idle_stall(app)
    loop, reports = QEventLoop(), []
    window.import_finished.connect(lambda report: (reports.append(report), loop.quit()))
    meter = StallMeter()
    started = time.perf_counter()
    meter.start()
    window.import_paths([str(folder)])
    loop.exec()
    figures = meter.report()
    figures.update(files=len(files), seconds=round(time.perf_counter() - started, 1),
                   imported=len(reports[0].imported) if reports else 0,
                   idle_longest_stall_ms=idle, load=os.getloadavg()[0])  # fmt: skip
    window.close()
    return figures


class PaintWatch:
    """Records when a widget paints; ``wait`` runs the event loop until it has painted since."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, _obj, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint:
                    watch.painted.append(time.perf_counter())
                return False

        self.painted: list[float] = []
        self.filter = Filter()
        widget.installEventFilter(self.filter)

    def wait(self, app, after: float, ready=lambda: True, timeout: float = 30.0) -> float:  # type: ignore[no-untyped-def]
        """The first paint after ``after`` once ``ready()`` holds (None-safe: NaN on timeout)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            app.processEvents()
            if ready():
                later = [t for t in self.painted if t > after]
                if later:
                    return later[0]
            time.sleep(0.001)
        return float("nan")


def measure_queries(app, archive: Path, rounds: int) -> dict:  # type: ignore[no-untyped-def]
    """From the debounced query to the result list painting its first page (debounce added)."""
    window = window_for(archive, None)
    window.resize(1280, 800)
    for _ in range(20):
        app.processEvents()
    watch = PaintWatch(window.results.viewport())
    timings, engine, cpu, searched = [], [], [], []
    window.model.searched.connect(lambda: searched.append(time.perf_counter()))
    for i in range(rounds):
        query = QUERIES[i % len(QUERIES)]
        window.search_bar.set_query("")
        app.processEvents()
        searched.clear()
        started, spent = time.perf_counter(), time.process_time()
        window.search_bar.set_query(query)  # what the debounce timer calls
        painted = watch.wait(app, started, lambda: bool(searched))
        timings.append((painted - started) * 1000)
        cpu.append((time.process_time() - spent) * 1000)  # every thread of the app
        engine.append(window.model.result.elapsed_ms if window.model.result else 0.0)
    docs = window.session.count()
    debounce = window.settings.get("search/debounce_ms")
    window.close()
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return {
        "documents": docs,
        "queries": rounds,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(timings[-1], 1),
        "core_search_median_ms": round(statistics.median(engine), 1),
        "cpu_median_ms": round(statistics.median(cpu), 1),
        "cpu_p95_ms": round(sorted(cpu)[max(0, int(len(cpu) * 0.95) - 1)], 1),
        "load": os.getloadavg()[0],
        "debounce_ms": debounce,
        "typing_to_results_p50_ms": round(statistics.median(timings) + debounce, 1),
        "typing_to_results_p95_ms": round(p95 + debounce, 1),
    }


def measure_sort(app, archive: Path, query: str = "") -> dict:  # type: ignore[no-untyped-def]
    """The longest stall from a click on a column header of All documents (or of a query's
    hits) until the list shows the new order, for title and date, each way."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    window = window_for(archive, None)
    window.resize(1280, 800)
    while window.model.rowCount() == 0:
        spin(0.1)
    if query:
        window.search_bar.set_query(query)
        while window.model.pending is not None or window.model.query != query:
            spin(0.1)
    spin(2.0)
    header, found = window.results.horizontalHeader(), {"documents": window.model.total}
    for column, name in ((0, "title"), (1, "date")):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            first, meter, started = window.model.doc_id(0), StallMeter(), time.perf_counter()
            meter.start()
            header.setSortIndicator(column, order)
            while window.model.doc_id(0) == first and time.perf_counter() - started < 60:
                spin(0.01)
            shown = time.perf_counter() - started
            spin(0.5)  # the stalls of the paint and of the rows read for it
            way = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            found[f"{name}_{way}"] = {"longest_stall_ms": meter.report()["longest_stall_ms"],
                                      "shown_after_ms": round(shown * 1000)}  # fmt: skip
    window.close()
    return found


def long_text(files: list[Path], size: int) -> str:
    """Corpus articles joined into one text of at least ``size`` bytes (UTF-8)."""
    parts: list[str] = []
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        parts.append(text)
        total += len(text.encode()) + 2
        if total >= size:
            break
    return "\n\n".join(parts)


def measure_open(app, files: list[Path], size_kb: int) -> dict:  # type: ignore[no-untyped-def]
    """From asking the window to open a long document to the reader's first paint; the longest
    stall until its whole text is laid out."""
    from archiver.core.archive import Archive

    folder = Path(tempfile.mkdtemp())
    source = folder / "long.txt"
    source.write_text(long_text(files, size_kb * 1024), encoding="utf-8")
    root = folder / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([source])
    window = window_for(root, None)
    window.resize(1280, 800)
    window.search_bar.set_query("تونس")
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    doc_id = window.session.document_ids()[0]
    watch = PaintWatch(window.reader.view.viewport())
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.open_document(doc_id, focus=False)
    painted = watch.wait(app, started)
    reader = window.reader
    layout = getattr(reader, "text_layout", None)  # absent before the text was laid out lazily
    complete = (lambda: True) if layout is None else (lambda: layout.complete)
    deadline = time.perf_counter() + 30
    while not complete() and time.perf_counter() < deadline:
        app.processEvents()
    laid_out = time.perf_counter()
    deadline = time.perf_counter() + 10
    while not reader.hits and time.perf_counter() < deadline:  # the query's spans, from the pool
        app.processEvents()
        time.sleep(0.002)
    figures = meter.report()
    figures.update(
        load=os.getloadavg()[0],
        bytes=source.stat().st_size,
        characters=len(window.session.document(doc_id).text),
        first_paint_ms=round((painted - started) * 1000, 1),
        whole_text_ms=round((laid_out - started) * 1000, 1),
        hits=len(reader.hits),
    )
    window.close()
    return figures


def query_archive(given: Path | None, files: list[Path], tmp: str) -> Path:
    """The archive to search: the one given, else the whole corpus imported afresh."""
    if given is not None:
        return given
    from archiver.core.archive import Archive

    archive = Path(tmp) / "full"
    with Archive.open(archive) as full:
        full.import_paths(files)
    return archive


def summary(result: dict) -> dict:
    """The three figures the app is held to (#14), beside their budgets."""
    figures = {
        "typing_to_results_p95_ms": result.get("query", {}).get("typing_to_results_p95_ms"),
        "documents_searched": result.get("query", {}).get("documents"),
        "import_longest_stall_ms": result.get("import", {}).get("longest_stall_ms"),
        "idle_longest_stall_ms": result.get("import", {}).get("idle_longest_stall_ms"),
        "open_first_paint_ms": result.get("open", {}).get("first_paint_ms"),
        "sort_longest_stall_ms": max(
            (
                v["longest_stall_ms"] or 0
                for v in result.get("sort", {}).values()
                if isinstance(v, dict)
            ),
            default=None,
        ),
    }
    figures["budgets_ms"] = {"typing_to_results_p95_ms": 150, "import_longest_stall_ms": 50,
                             "open_first_paint_ms": 200}  # fmt: skip
    return figures


def main() -> int:
    """Run both measurements and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an archive of the corpus for the query part")
    parser.add_argument("--import-count", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--document-kb", type=int, default=700, help="the long document's size")
    parser.add_argument("--only", choices=("import", "query", "open", "sort"), action="append",
                        help="run only these parts (repeatable)")  # fmt: skip
    parser.add_argument(
        "--sort-query", default="", help="sort this query's hits, not All documents"
    )
    args = parser.parse_args()
    from archiver.gui.app import create_app

    app = create_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus_files(Path(tmp), None)
        parts, result = args.only or ("import", "query", "open", "sort"), {}
        if "open" in parts:
            result["open"] = measure_open(app, files, args.document_kb)
        if "import" in parts:
            result["import"] = measure_import(app, files[: args.import_count], args.workers)
        searched = (
            query_archive(args.archive, files, tmp) if {"query", "sort"} & set(parts) else None
        )
        if searched is not None and "query" in parts:
            result["query"] = measure_queries(app, searched, args.queries)
        if searched is not None and "sort" in parts:
            result["sort"] = measure_sort(app, searched, args.sort_query)
        result["summary"] = summary(result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":  # the import's worker processes (spawn) import this file too
    sys.exit(main())
