"""The user guide's screenshots of the real window, in English or Arabic, off screen.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src .venv/bin/python scripts/screenshots.py \
        --language ar [--scene results --scene reader ...] [--out DIR]

Builds a demo archive from our own short reports (scripts/demo_archive.py; the sample
article too when it is beside the checkout), composes the window as the app does
(archiver.gui.app.build_window), sets up each scene and saves what the window shows
(QWidget.grab, a dialog drawn over the window where it opens) as
docs/screenshots/<language>/<scene>.png. No X server is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_archive

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)
QUERY = "اوكرانيا"  # typed without hamza: finds أوكرانيا, لأوكرانيا and اوكرانيا


class Studio:
    """The app, the composed window and where the pictures go."""

    def __init__(
        self, root: Path, config: Path, out: Path, ids: dict[str, int], language: str
    ) -> None:
        from archiver.gui.app import build_window
        from archiver.services.operations import ArchiveSession
        from archiver.services.settings import Settings
        from archiver.services.tasks import Lanes

        settings = Settings(config / "settings.ini")
        settings.set("backup/daily", False)
        self.lanes = Lanes()
        self.session = ArchiveSession(root, self.lanes, import_workers=1)
        self.window, self.annotations = build_window(settings, self.session)
        self.window.resize(*SIZE)
        self.window.show()
        self.out, self.ids, self.language = out, ids, language
        self.saved: list[Path] = []
        self.wait(lambda: self.annotations.ops is not None and self.annotations.ops.ready)

    def wait(self, done: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
        """Let Qt run until ``done()`` and the read pool is idle (at least a few rounds)."""
        from PySide6.QtWidgets import QApplication

        model = self.window.model
        end = time.monotonic() + timeout
        rounds = 0
        while time.monotonic() < end:
            QApplication.processEvents()
            rounds += 1
            if rounds > 8 and done() and model.pending is None and not self.lanes.reads.busy:
                break
            time.sleep(0.03)
        for _ in range(5):
            QApplication.processEvents()

    def trigger(self, action_id: str) -> None:
        """Run one of the window's actions as its shortcut would."""
        self.window.registry.actions[action_id].trigger()
        self.wait()

    def search(self, query: str) -> None:
        """The query in the search bar, its results shown."""
        self.window.search_bar.set_query(query)
        self.wait(lambda: self.window.model.rowCount() > 0)

    def open(self, file_name: str) -> None:
        """Open a demo document in the reader (selected in the results when listed there)."""
        doc = self.ids[file_name]
        model = self.window.model
        rows = [r for r in range(model.rowCount()) if model.doc_id(r) == doc]
        if rows:
            self.window.results.select_row(rows[0])
        self.window.open_document(doc)
        self.wait(lambda: self.annotations.panel.participants.rows is not None)

    def shoot(self, scene: str, dialog=None) -> Path:  # type: ignore[no-untyped-def]
        """Save the window (with ``dialog`` drawn over it where it stands) as <scene>.png."""
        from PySide6.QtGui import QColor, QPainter

        self.wait()
        picture = self.window.grab()
        if dialog is not None:
            painter = QPainter(picture)
            where = dialog.mapToGlobal(dialog.rect().topLeft())
            corner = self.window.mapFromGlobal(where)
            painter.drawPixmap(corner, dialog.grab())
            painter.setPen(QColor("#5f6b7a"))  # no window frame off screen: draw an edge
            painter.drawRect(
                corner.x() - 1, corner.y() - 1, dialog.width() + 1, dialog.height() + 1
            )
            painter.end()
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{scene}.png"
        picture.save(str(path))
        self.saved.append(path)
        return path

    def close(self) -> None:
        """Close the window and the session, the lanes drained."""
        self.window.close()
        self.session.close()
        self.lanes.drain()


def scene_results(studio: Studio) -> Path:
    """The result list of an Arabic word typed without hamza, the first hit open."""
    studio.search(QUERY)
    studio.window.results.select_row(0)
    studio.window.results.setFocus()
    return studio.shoot("results")


def scene_reader(studio: Studio) -> Path:
    """The reader on the sample, its hits highlighted, the second one current."""
    studio.search(QUERY)
    studio.open(demo_archive.SAMPLE_FILE)
    studio.window.reader.next_hit()
    studio.window.reader.next_hit()
    return studio.shoot("reader")


def scene_panel(studio: Studio) -> Path:
    """The annotation panel: participants (suggested and confirmed) and commitments."""
    studio.search(QUERY)
    studio.open(demo_archive.SAMPLE_FILE)
    from PySide6.QtCore import Qt

    studio.trigger("focus_annotationPanel")
    studio.trigger("toggle_library")  # room for the panel's columns
    studio.window.resizeDocks([studio.annotations.panel], [600], Qt.Orientation.Horizontal)
    return studio.shoot("panel")


def scene_commitment(studio: Studio) -> Path:
    """The commitment dialog over the results: a quote selected, its fields filled in."""
    from PySide6.QtCore import QPoint

    studio.search(QUERY)
    studio.open("2025-11-04-delivery.txt")
    quote = "وزير الدفاع الفرنسي إن دفعة ثانية ستصل في الربيع"
    start = studio.window.document_text().index(quote)
    studio.window.select_span(start, start + len(quote))
    studio.trigger("record_commitment")
    dialog = studio.annotations.dialog
    assert dialog is not None, "the commitment dialog did not open"
    dialog.category.setCurrentIndex(dialog.category.findData("military"))
    dialog.status.setCurrentIndex(dialog.status.findData("pledged"))
    dialog.what.setText("دفعة ثانية من صواريخ سكالب")
    dialog.future.setChecked(True)
    left = 24 if studio.window.isLeftToRight() else studio.window.width() - dialog.width() - 24
    dialog.move(studio.window.mapToGlobal(QPoint(left, 70)))  # over the results: the quote in view
    path = studio.shoot("commitment-dialog", dialog)
    dialog.reject()
    return path


def scene_library(studio: Studio) -> Path:
    """The library sidebar: collections, saved searches, tags, participants; one chosen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    studio.trigger("focus_library")
    sidebar = studio.window.findChild(_sidebar_class())
    assert sidebar is not None, "no library sidebar"
    aid = next(p for p in demo_archive.ORGANISE[studio.language]["collections"] if "/" in p)
    sidebar.select("collection", _collection_id(studio, aid))
    QTest.keyClick(sidebar.tree, Qt.Key.Key_Return)
    studio.wait(lambda: studio.window.model.rowCount() > 0)
    studio.window.results.select_row(0)
    studio.wait()
    return studio.shoot("library")


def scene_timeline(studio: Studio) -> Path:
    """The timeline under the reader, a mark reached by the arrows and opened with Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dock = studio.annotations.timeline.show()
    studio.window.resizeDocks([dock], [520], Qt.Orientation.Vertical)
    studio.wait()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right):
        QTest.keyClick(dock.canvas, key)
    QTest.keyClick(dock.canvas, Qt.Key.Key_Return)
    studio.wait()
    dock.canvas.setFocus()
    return studio.shoot("timeline")


def scene_matrix(studio: Studio) -> Path:
    """The participants × categories matrix under the results."""
    from PySide6.QtCore import Qt

    dock = studio.annotations.show_matrix()
    studio.window.resizeDocks([dock], [420], Qt.Orientation.Vertical)
    return studio.shoot("matrix")


def scene_import(studio: Studio) -> Path:
    """The report of an import: one new file, a duplicate, a likely duplicate, a bad file."""
    from PySide6.QtCore import QPoint

    folder = studio.session.root.parent / "later"
    folder.mkdir(exist_ok=True)
    resumed = studio.session.root.parent / "articles" / "2025-09-20-resumed.txt"
    (folder / "resumed-copy.txt").write_bytes(resumed.read_bytes())
    (folder / "resumed-edited.txt").write_text(
        resumed.read_text(encoding="utf-8") + "\nوأكد المتحدث أن الشحنات ستتواصل.\n",
        encoding="utf-8",
    )
    (folder / "2025-12-01-talks.txt").write_text(
        "جولة جديدة من المحادثات\n\nتبدأ في الدوحة جولة جديدة من المحادثات الإنسانية.\n",
        encoding="utf-8",
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 truncated download")
    finished: list[object] = []
    studio.window.import_finished.connect(finished.append)
    studio.window.import_paths([str(folder)])
    studio.wait(lambda: bool(finished) and studio.window.report_dialog is not None, timeout=60)
    dialog = studio.window.report_dialog
    assert dialog is not None, "no import report"
    dialog.resize(760, 420)
    left = 220 if studio.window.isLeftToRight() else studio.window.width() - dialog.width() - 220
    dialog.move(studio.window.mapToGlobal(QPoint(left, 160)))
    path = studio.shoot("import-report", dialog)
    dialog.close()
    return path


SCENES: dict[str, Callable[[Studio], Path]] = {  # in this order: the import comes last
    "results": scene_results,
    "reader": scene_reader,
    "panel": scene_panel,
    "commitment-dialog": scene_commitment,
    "library": scene_library,
    "timeline": scene_timeline,
    "matrix": scene_matrix,
    "import-report": scene_import,  # it adds a document to the demo archive
}


def _sidebar_class() -> type:
    from archiver.gui.library_sidebar import LibrarySidebar

    return LibrarySidebar


def _collection_id(studio: Studio, path: str) -> int:
    from archiver.core.archive import Archive

    with Archive.open(studio.session.root, readonly=True) as archive:
        return archive.annotations.collections.find(path).id


def take(language: str, scenes: list[str], out: Path, sample: Path | None) -> list[Path]:
    """Build the demo archive, then each scene in a fresh window; the PNGs written."""
    from archiver.gui import language as ui_language
    from archiver.gui.app import create_app

    work = Path(tempfile.mkdtemp(prefix="archiver-shots-"))
    os.environ[ui_language.ENV_OVERRIDE] = language
    os.environ.setdefault("ARCHIVER_USER", "Salma")
    root = work / "Research archive"
    ids = demo_archive.build(root, demo_archive.write_articles(work / "articles", sample), language)
    app = create_app([sys.argv[0]], language)
    ui_language.install(app, language, compiled_translations(work / "qm"))
    saved = []
    for scene in sorted(
        scenes, key=list(SCENES).index
    ):  # each in a new window with new settings: no dock or query carried over
        config = work / f"config-{scene}"
        os.environ["ARCHIVER_CONFIG_DIR"] = str(config)
        studio = Studio(root, config, out / language, ids, language)
        try:
            saved.append(SCENES[scene](studio))
        finally:
            studio.close()
    return saved


def compiled_translations(folder: Path) -> Path:
    """The .ts files of the checkout compiled into ``folder`` (the .qm are not committed)."""
    import translations

    translations.compile_all(folder)
    return folder


def shrink(path: Path) -> None:
    """256 colours by pngquant when it is installed (a third of the size; the text stays sharp)."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", str(path), "256",
                        str(path)], check=False)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """The command line above."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "ar"), default="en")
    parser.add_argument("--scene", action="append", choices=sorted(SCENES), default=[])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-sample", action="store_true", help="our own text only")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sample = None if args.no_sample else demo_archive.sample_path()
    for path in take(args.language, args.scene or list(SCENES), args.out, sample):
        shrink(path)
        print(path, path.stat().st_size // 1024, "KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
