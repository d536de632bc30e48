"""Opening an older archive in the app: how long the GUI thread is blocked by its migrations.

Usage: python benchmarks/upgrade_open.py [--documents N]

Builds one archive (two real imports, then N document rows, their 25 band keys each and N
import-log rows in the form schema 20 kept, the copies in the trash so the search index has
nothing to catch up), sets it back to schema 20 (migrations 21-24 pending: band keys, the
fingerprint index, short values, the import log), and opens two copies of it on the GUI
thread: ``before`` as the app did (``ArchiveSession``, migrations inline), ``after`` through
``upgrade_dialog.open_session`` (migrations on a worker behind the dialog). Reports the
longest event-loop stall (a 5 ms QTimer's longest gap) and the wall time of each.
Prints JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTICLE = "اجتماع تحالف الراغبين لدعم أوكرانيا\n\nتستضيف بريطانيا اجتماعاً لدعم أوكرانيا."

_OLDER = """
BEGIN;
CREATE TABLE wide_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, path TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'likely_duplicate', 'failed')),
    document_id INTEGER, reason TEXT NOT NULL DEFAULT '');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})
INSERT INTO wide_log(at, path, outcome, document_id)
    SELECT '2025-03-01T10:00:00+00:00', '/home/user/press/2025/' || i || '.txt', 'imported', i FROM n;
DROP TABLE import_log;
DROP TABLE import_folder;
ALTER TABLE wide_log RENAME TO import_log;
PRAGMA user_version = 20;
COMMIT;
"""


def build(root: Path, count: int) -> None:
    """The older archive of ``count`` documents (see the module's docstring)."""
    from archiver.core.archive import Archive

    sources = root.parent / "sources"
    sources.mkdir()
    for name in ("a.txt", "b.txt"):
        (sources / name).write_text(ARTICLE + name, encoding="utf-8")
    with Archive.open(root) as archive:
        archive.import_paths(sorted(sources.iterdir()))
        db = archive.db
        columns = [r[1] for r in db.execute("PRAGMA table_info(document)") if r[1] != "id"]
        fresh = {"file_sha256": "lower(hex(randomblob(32)))", "uuid": "lower(hex(randomblob(16)))",
                 "text_sha256": "lower(hex(randomblob(32)))", "trashed_at": "imported_at"}  # fmt: skip
        chosen = ", ".join(fresh.get(c, f'"{c}"') for c in columns)
        listed = ", ".join(f'"{c}"' for c in columns)
        db.execute("BEGIN")
        db.execute(
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})"
            f" INSERT INTO document ({listed}) SELECT {chosen} FROM document, n WHERE id = 1"
        )
        db.execute(
            "WITH RECURSIVE b(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM b WHERE k < 24)"
            " INSERT OR IGNORE INTO document_band(band, document_id)"
            " SELECT (abs(random()) % 2147483647), id FROM document, b"
        )
        db.execute("COMMIT")
        db.executescript(_OLDER.format(n=count))


def stall_of(call: Callable[[], Any]) -> tuple[float, float]:
    """The longest gap between 5 ms ticks around ``call()`` (ms), and the call's wall time (s)."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = [time.perf_counter()]
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    result = call()
    wall = time.perf_counter() - started
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    loop.exec()
    timer.stop()
    result.close()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return round(max(gaps) * 1000, 1), round(wall, 2)


def main() -> int:
    """Build, open both ways, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from archiver.gui.upgrade_dialog import open_session
    from archiver.services.operations import ArchiveSession
    from archiver.services.tasks import Lanes

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "older"
        started = time.perf_counter()
        build(base, args.documents)
        built = time.perf_counter() - started
        shutil.copytree(base, Path(tmp) / "before")
        shutil.copytree(base, Path(tmp) / "after")
        lanes = Lanes()
        before = stall_of(lambda: ArchiveSession(Path(tmp) / "before", lanes, import_workers=1))
        after = stall_of(lambda: open_session(str(Path(tmp) / "after"), lanes, import_workers=1))
        lanes.drain()
        size = (base / "archive.sqlite3").stat().st_size
    print(json.dumps({
        "documents": args.documents, "database_mb": round(size / 1e6, 1),
        "build_s": round(built, 1),
        "before": {"longest_stall_ms": before[0], "open_s": before[1]},
        "after": {"longest_stall_ms": after[0], "open_s": after[1]},
    }, indent=2))  # fmt: skip
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
