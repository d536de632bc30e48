"""GUI responsiveness: event-loop stalls during a 2,000-file import, query-to-results latency.

Usage: python benchmarks/gui_responsiveness.py [--archive DIR] [--import-count N] [--queries N]
Without --archive, the query part uses a fresh archive of the whole shared corpus (slow to
build); with it, an existing archive (e.g. one made by ``archiver import -r``). Prints JSON.
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

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ant-jawharafm.tar.gz"
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
        self._last = time.perf_counter()
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring."""
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def report(self) -> dict:
        """Longest and 99th-percentile gap beyond the tick interval, in ms."""
        self.timer.stop()
        stalls = sorted(max(0.0, g - self.interval) * 1000 for g in self.gaps)
        return {
            "ticks": len(stalls),
            "longest_stall_ms": round(stalls[-1], 1) if stalls else None,
            "p99_stall_ms": round(stalls[int(len(stalls) * 0.99) - 1], 1) if stalls else None,
        }


def corpus_files(target: Path, count: int | None) -> list[Path]:
    """Unpack the corpus and return its first ``count`` article files."""
    with tarfile.open(CORPUS) as tar:
        tar.extractall(target, filter="data")
    files = sorted(target.rglob("*.txt"))
    return files[:count] if count else files


def window_for(archive: Path, workers: int | None):  # type: ignore[no-untyped-def]
    """A shown main window on ``archive`` with temporary settings."""
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    window = MainWindow(settings, ArchiveSession(archive, Lanes(), import_workers=workers))
    window.show_report = lambda report: None
    window.show()
    return window


def measure_import(app, files: list[Path], workers: int | None) -> dict:  # type: ignore[no-untyped-def]
    """Import ``files`` through the window while the stall meter runs."""
    from PySide6.QtCore import QEventLoop

    folder = Path(tempfile.mkdtemp())
    for path in files:
        (folder / path.name).symlink_to(path)
    window = window_for(Path(tempfile.mkdtemp()) / "archive", workers)
    loop, reports = QEventLoop(), []
    window.import_finished.connect(lambda report: (reports.append(report), loop.quit()))
    meter = StallMeter()
    started = time.perf_counter()
    meter.start()
    window.import_paths([str(folder)])
    loop.exec()
    figures = meter.report()
    figures.update(files=len(files), seconds=round(time.perf_counter() - started, 1),
                   imported=len(reports[0].imported) if reports else 0)  # fmt: skip
    window.close()
    return figures


def measure_queries(app, archive: Path, rounds: int) -> dict:  # type: ignore[no-untyped-def]
    """Time from setting the query text to the model holding its first page (no debounce)."""
    window = window_for(archive, None)
    app.processEvents()
    timings, engine = [], []
    for i in range(rounds):
        query = QUERIES[i % len(QUERIES)]
        window.search_bar.setText("")
        window.search_bar.forget_last()
        started = time.perf_counter()
        window.search_bar.set_query(query)  # what the debounce timer calls
        app.processEvents()  # the list paints its first rows
        timings.append((time.perf_counter() - started) * 1000)
        engine.append(window.model.result.elapsed_ms if window.model.result else 0.0)
    docs = window.session.count()
    debounce = window.settings.get("search/debounce_ms")
    window.close()
    timings.sort()
    return {
        "documents": docs,
        "queries": rounds,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "max_ms": round(timings[-1], 1),
        "core_search_median_ms": round(statistics.median(engine), 1),
        "debounce_ms": debounce,
        "typing_to_results_p95_ms": round(timings[int(len(timings) * 0.95) - 1] + debounce, 1),
    }


def main() -> int:
    """Run both measurements and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an archive of the corpus for the query part")
    parser.add_argument("--import-count", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    from archiver.gui.app import create_app

    app = create_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus_files(Path(tmp), None)
        result = {"import": measure_import(app, files[: args.import_count], args.workers)}
        archive = args.archive
        if archive is None:
            from archiver.core.archive import Archive

            archive = Path(tmp) / "full"
            with Archive.open(archive) as full:
                full.import_paths(files)
        result["query"] = measure_queries(app, archive, args.queries)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":  # the import's worker processes (spawn) import this file too
    sys.exit(main())
