"""Take the README's screenshots of the real window (run under Xvfb: scripts/screenshots.sh).

Builds a temporary archive from the sample article and a few dozen corpus articles, then
shows: the Arabic result list, the reader with highlighted hits, the import report, and the
empty-archive start page. Each PNG goes to docs/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "docs" / "screenshots"
QUERY = "أوكرانيا"


def corpus_sample(target: Path, count: int = 40) -> Path:
    """The sample article plus articles that mention the query, then others, in one folder."""
    folder = target / "articles"
    folder.mkdir()
    with tarfile.open(SHARED / "corpus" / "ant-jawharafm.tar.gz") as tar:
        tar.extractall(target / "corpus", filter="data")
    files = sorted((target / "corpus").rglob("*.txt"))
    hits = [f for f in files if QUERY in f.read_text(encoding="utf-8", errors="ignore")]
    chosen = hits + [f for f in files[::250] if f not in hits]
    for path in chosen[:count]:
        (folder / path.name).write_bytes(path.read_bytes())
    sample = SHARED / "samples" / "coalition-of-the-willing.ar.txt"
    (folder / sample.name).write_bytes(sample.read_bytes())
    return folder


def shoot(app, name: str) -> None:  # type: ignore[no-untyped-def]
    """Let the window settle, grab the X screen, shrink the PNG under 300 KB."""
    import time

    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    path = OUT / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    subprocess.run(["convert", str(path), "-colors", "256", str(path)], check=True)
    print(path, path.stat().st_size // 1024, "KB")


def main() -> int:
    """Build the archive, drive the window, take four screenshots."""
    from PySide6.QtCore import QEventLoop

    from archiver.gui.app import create_app
    from archiver.gui.mainwindow import MainWindow
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["ARCHIVER_CONFIG_DIR"] = str(tmp / "config")
    app = create_app([sys.argv[0]])
    window = MainWindow(Settings(tmp / "config" / "settings.ini"),
                        ArchiveSession(tmp / "Research archive", Lanes()))  # fmt: skip
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    shoot(app, "empty-archive")

    folder = corpus_sample(tmp)
    later = tmp / "later"
    later.mkdir()
    for path in sorted(folder.glob("JA-*.txt"))[-6:]:
        path.rename(later / path.name)
    (later / "notes.pdf").write_bytes(b"%PDF-1.4 truncated download")
    loop = QEventLoop()
    window.import_finished.connect(lambda _r: loop.quit())
    window.import_paths([str(folder)])
    loop.exec()
    (later / "copy-of-sample.txt").write_bytes(
        (folder / "coalition-of-the-willing.ar.txt").read_bytes()
    )
    window.import_finished.disconnect()
    window.import_finished.connect(lambda _r: loop.quit())
    window.report_dialog.close()
    window.import_paths([str(later), str(folder / "JA-diverse-404-20170601.txt")])
    loop.exec()
    window.report_dialog.move(340, 200)
    shoot(app, "import-report")
    window.report_dialog.close()

    window.search_bar.set_query(QUERY)
    window.results.select_row(0)
    shoot(app, "results-arabic")

    row = next(
        r for r in range(window.model.rowCount()) if "تحالف" in window.model.index(r, 0).data()
    )
    window.results.select_row(row)
    window.open_document(window.model.doc_id(row))
    window.reader.next_hit()
    window.reader.next_hit()
    shoot(app, "reader-hits")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
