"""Screenshots of undo and the History view in the real window (under Xvfb).

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
        scripts/screenshots_history.py

An earlier session imports the sample article and a few corpus articles and records a
commitment; the window then opens, Del moves a document to the trash, and the Edit menu
(naming the undo) and the History view are shot to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import screenshots_readme as screenshots
from screenshots_readme import OUT, corpus_sample, shoot

QUOTE = "مستعدة"


def earlier_session(root: Path, folder: Path) -> None:
    """Import, date and annotate before the window opens (another session)."""
    from archiver.core.archive import Archive

    with Archive.open(root) as archive:
        archive.import_paths([folder])
        doc = next(i for i in archive.document_ids()
                   if "تحالف" in archive.document(i).title)  # fmt: skip
        text = archive.document(doc).text
        france = archive.annotations.participants.resolve("France")
        start = text.index(QUOTE) if QUOTE in text else 0
        archive.commitments.add(doc, [france.id], category="monitoring", status="offered",
                                quote=(start, start + len(QUOTE)) if start else None)  # fmt: skip
        archive.annotations.mentions.confirm_all(doc)


def main() -> int:
    """Build the archive, open the window, delete by Del, shoot the Edit menu and History."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from archiver.gui.app import build_window, create_app
    from archiver.gui.windowmenus import menu
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    OUT.mkdir(parents=True, exist_ok=True)
    if os.environ.get("SHARED_DIR"):  # a worktree beside the repository: say where shared/ is
        screenshots.SHARED = Path(os.environ["SHARED_DIR"])
    tmp = Path(tempfile.mkdtemp())
    os.environ["ARCHIVER_CONFIG_DIR"] = str(tmp / "config")
    os.environ.setdefault("ARCHIVER_USER", "Salma")
    root = tmp / "Research archive"
    earlier_session(root, corpus_sample(tmp, count=12))
    app = create_app([sys.argv[0]])
    lanes = Lanes()
    window, _panel = build_window(Settings(tmp / "config" / "settings.ini"),
                                  ArchiveSession(root, lanes))  # fmt: skip
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    window.activateWindow()
    shoot(app, "_settle")
    row = next(r for r in range(window.model.rowCount())
               if "تحالف" in window.model.index(r, 0).data())  # fmt: skip
    window.results.select_row(row)
    window.results.setFocus()
    QTest.keyClick(window.results, Qt.Key.Key_Delete)
    lanes.serial.drain()
    shoot(app, "_settle")
    edit = menu(window, "Edit")
    edit.popup(window.mapToGlobal(QPoint(60, 24)))
    shoot(app, "edit-undo")
    edit.hide()
    dialog = window.undo_history.show_history()
    dialog.move(260, 180)
    shoot(app, "history")
    (OUT / "_settle.png").unlink(missing_ok=True)
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
