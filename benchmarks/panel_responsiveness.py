"""GUI-thread timings of the annotation panel and views on 10,000 documents, 5,000 commitments.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/panel_responsiveness.py \
        [--docs 10000] [--commitments 5000] [--dir FOLDER] [--repeat 30]

Builds the synthetic archive of benchmarks/annotations_scale.py (or reuses ``--dir``), opens
the real main window on it, and times what runs on the GUI thread: a document opened until
the side panel is filled, the commitments table's first page and each further page as it
scrolls, the matrix, filter changes, the participant page. It also runs tagging changes
through the serial lane and reports the longest event-loop stall meanwhile. Prints JSON
with p50/p95/max in milliseconds. Target: every figure under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotations_scale import build, sample_document, timed
from archiver.core.archive import Archive


class StallMeter:
    """The longest gap between ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        """Forget earlier stalls and start measuring."""
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()


def prepare(root: Path, docs: int, commitments: int) -> dict[str, Any]:
    """Build the archive once (documents, mentions, commitments, index, one sample article)."""
    report: dict[str, Any] = {}
    with Archive.open(root) as archive:
        if archive.count() == 0:
            started = time.perf_counter()
            report["built"] = build(archive, docs, commitments)
            archive.indexer.rebuild()
            report["build_s"] = round(time.perf_counter() - started, 1)
        archive.indexer.reindex([sample_document(archive)])
    return report


def measure(root: Path, repeat: int) -> dict[str, Any]:
    """Open the window on the archive and time the GUI-thread work."""
    from PySide6.QtWidgets import QApplication

    from archiver.gui.app import create_app
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    app = create_app([])
    config = tempfile.mkdtemp()
    settings = Settings(Path(config) / "settings.ini")
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    window = MainWindow(settings, session)
    window.resize(1400, 900)
    window.show()
    controller = window.annotations
    meter = StallMeter()

    def settle() -> None:
        while lanes.serial.busy:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    settle()
    ann = session.reader.annotations
    ids = session.document_ids()
    sample = next(i for i in ids if session.summaries([i])[i]["title"] == "sample")
    france = ann.participants.resolve("France").id
    rng = random.Random(3)
    out: dict[str, Any] = {
        "documents": session.count(),
        "commitments": session.reader.commitments.count(role=None),
    }

    def open_random() -> None:
        window.open_document(rng.choice(ids), focus=False)

    cases: dict[str, Callable[[], Any]] = {
        "open document -> panel filled (window.open_document)": open_random,
        "side panel load only (suggestions, participants, commitments, marks)": lambda: (
            controller.load(rng.choice(ids))
        ),
        "side panel load, sample-like article": lambda: controller.load(sample),
    }
    table = controller.show_commitments()
    model = table.model
    app.processEvents()

    def first_page() -> None:
        model.set_filters()

    def scroll_pages() -> None:
        model.set_filters()
        for _ in range(5):
            model.fetchMore()

    def next_page() -> None:
        if not model.canFetchMore():
            model.set_filters()
        model.fetchMore()

    statuses = ["offered", "pledged", "suspended", "refused", ""]
    categories = ["military", "monitoring", "", "financial"]

    def filter_status_category() -> None:
        table.status.blockSignals(True)
        table.category.blockSignals(True)
        table.status.setCurrentIndex(table.status.findData(rng.choice(statuses)))
        table.category.setCurrentIndex(table.category.findData(rng.choice(categories)))
        table.status.blockSignals(False)
        table.category.blockSignals(False)
        table.apply()

    def filter_actor() -> None:
        table.status.setCurrentIndex(0)
        table.category.setCurrentIndex(0)
        table.actor.setText(rng.choice(["France", "فرنسا", "Poland", "الولايات المتحدة"]))
        table.apply()

    def filter_text() -> None:
        table.actor.clear()
        table.text.setText(rng.choice(["انساني", "عسكري", "مالي"]))
        table.apply()

    def filter_dates() -> None:
        table.text.clear()
        table.date_from.setText(rng.choice(["2023", "2024-01", "2022-06"]))
        table.date_to.setText("2024-12")
        table.apply()

    cases |= {
        "commitments table: count + first page": first_page,
        "commitments table: next page (fetchMore, 200 rows)": next_page,
        "commitments table: first page + 5 scrolled pages": scroll_pages,
        "filter: status + category": filter_status_category,
        "filter: actor (name or alias)": filter_actor,
        "filter: text in what/quote": filter_text,
        "filter: date range": filter_dates,
    }
    matrix = controller.show_matrix()
    cases["matrix build (core + model)"] = lambda: matrix.model.set_matrix(controller.ops.matrix())
    page = controller.show_participant_page()
    cases["participant page France"] = lambda: controller.show_participant(france)
    for name, func in cases.items():
        out[name] = timed(func, repeat)
        app.processEvents()

    # Changes go through the serial lane; the GUI thread only refreshes afterwards.
    window.open_document(sample, focus=False)
    settle()
    us = ann.participants.resolve("US").id
    meter.start()
    samples = []
    for _ in range(max(5, repeat // 3)):
        started = time.perf_counter()
        controller.ops.confirm(sample, us)
        controller.undo()
        settle()
        wait = time.perf_counter() + 0.3  # the views refresh once after a burst of changes
        while time.perf_counter() < wait:
            app.processEvents()
            time.sleep(0.002)
        samples.append((time.perf_counter() - started) * 1000)
    meter.timer.stop()
    samples.sort()
    out["confirm + undo + views refresh (wall, incl. 300 ms wait)"] = {
        "p50": round(samples[len(samples) // 2], 2), "max": round(samples[-1], 2),
    }  # fmt: skip
    out["longest event-loop stall during changes"] = round(meter.longest, 2)
    del page
    window.close()
    lanes.drain()
    QApplication.processEvents()
    return out


def main() -> None:
    """Build or reuse the archive, then print the GUI-thread timings as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--commitments", type=int, default=5_000)
    parser.add_argument("--dir", help="archive folder to build or reuse (default: temporary)")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.dir) if args.dir else Path(tmp) / "archive"
        report = prepare(root, args.docs, args.commitments)
        report["timings_ms"] = measure(root, args.repeat)
        print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
