"""The timeline's screenshot (docs/screenshots/timeline.png) from the real window, under Xvfb.

    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
        scripts/screenshot_timeline.py

An earlier session imports the sample article and two short follow-up reports of our own,
and records their commitments; the window then opens the timeline (Alt+8), moves to a mark
with the arrows and opens its quote with Enter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
OUT = ROOT / "docs" / "screenshots"
LATER = {  # our own short reports, dated by their file names
    "2025-09-20-resumed.txt": "استئناف الشحنات\n\nأعلنت الولايات المتحدة استئناف شحنات صواريخ الدفاع "
    "الجوي إلى أوكرانيا. ورفضت المجر المشاركة في بعثة المراقبة. وتعهدت الدنمارك بتمويل بقيمة 500 "
    "مليون يورو يُسلَّم حتى نهاية 2026.\n",
    "2025-11-04-delivery.txt": "الدفعة الأولى\n\nسلّمت فرنسا الدفعة الأولى من صواريخ سكالب إلى "
    "أوكرانيا.\n",
}
CODING = (  # file, sources, status, category, what, quote, target date
    ("sample", ("France", "Australia", "Denmark", "Sweden"), "offered", "monitoring",
     "المساهمة في مراقبة وقف إطلاق النار", "المستعدة للمساهمة في مراقبة وقف إطلاق النار", None),
    ("sample", ("United States",), "suspended", "military", "شحنات صواريخ دفاع جوي",
     "أوقفت وزارة الدفاع الأمريكية شحنات صواريخ دفاع جوي", None),
    ("sample", ("Japan",), "unclear", "diplomatic", "دعم غير رسمي", "أبدت دعمها بشكل غير رسمي", None),
    ("sample", ("France", "United Kingdom"), "pledged", "diplomatic", "ضمانات أمنية لأوكرانيا",
     "قادت جهود تقديم ضمانات أمنية لأوكرانيا", "2026-03"),
    ("2025-09-20-resumed.txt", ("United States",), "delivered", "military",
     "استئناف شحنات صواريخ الدفاع الجوي", "استئناف شحنات صواريخ الدفاع الجوي", None),
    ("2025-09-20-resumed.txt", ("Hungary",), "refused", "monitoring", "المشاركة في بعثة المراقبة",
     "رفضت المجر المشاركة في بعثة المراقبة", None),
    ("2025-09-20-resumed.txt", ("Denmark",), "pledged", "financial", "تمويل بقيمة 500 مليون يورو",
     "تعهدت الدنمارك بتمويل بقيمة 500 مليون يورو", "2026-12"),
    ("2025-11-04-delivery.txt", ("France",), "delivered", "military", "الدفعة الأولى من صواريخ سكالب",
     "سلّمت فرنسا الدفعة الأولى من صواريخ سكالب", None),
)  # fmt: skip


def earlier_session(root: Path, folder: Path) -> None:
    """Import the three reports and record their commitments (another session)."""
    from archiver.core.archive import Archive

    sample = SHARED / "samples" / "coalition-of-the-willing.ar.txt"
    (folder / "2025-07-09-coalition.txt").write_bytes(sample.read_bytes())
    for name, text in LATER.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Archive.open(root) as archive:
        report = archive.import_paths([folder])
        ids = {Path(d.path).name: d.id for d in report.imported}
        for file, sources, status, category, what, quote, target in CODING:
            doc = ids["2025-07-09-coalition.txt" if file == "sample" else file]
            text = archive.document(doc).text
            start = text.index(quote)
            actors = [archive.annotations.participants.resolve(n).id for n in sources]
            archive.commitments.add(doc, actors, status=status, category=category, what=what,
                                    quote=(start, start + len(quote)), target_date=target)  # fmt: skip


def shoot(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Let the window settle, grab the X screen."""
    for _ in range(30):
        app.processEvents()
        time.sleep(0.05)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(path, path.stat().st_size // 1024, "KB")


def main() -> int:
    """Build the archive, open the window and the timeline, shoot."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from archiver.gui.app import build_window, create_app
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings
    from archiver.services.tasks import Lanes

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["ARCHIVER_CONFIG_DIR"] = str(tmp / "config")
    root = tmp / "Research archive"
    (tmp / "in").mkdir()
    earlier_session(root, tmp / "in")
    app = create_app([sys.argv[0]])
    window, controller = build_window(Settings(tmp / "config" / "settings.ini"),
                                      ArchiveSession(root, Lanes()))  # fmt: skip
    window.setGeometry(0, 0, 1400, 900)
    window.show()
    window.activateWindow()
    shoot(app, tmp / "settle.png")
    dock = controller.timeline.show()
    window.resizeDocks([dock], [560], Qt.Orientation.Vertical)
    shoot(app, tmp / "settle.png")
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right):
        QTest.keyClick(dock.canvas, key)
    QTest.keyClick(dock.canvas, Qt.Key.Key_Return)
    dock.canvas.setFocus()
    shoot(app, OUT / "timeline.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
