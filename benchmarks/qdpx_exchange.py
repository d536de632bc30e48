"""REFI-QDA export and import at the scale of a field archive.

    .venv/bin/python benchmarks/qdpx_exchange.py [--docs 500] [--dir FOLDER]

Imports generated Arabic/English texts through the real import, confirms every suggested
participant in each (one journaled step each, as the app does), records a commitment with a
quote in every fifth document, then times the export (with its schema validation), the
import of that file into an empty archive (texts through the import path, the coding in one
step), and the same file imported again (nothing new). Prints JSON, with the process's peak
resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.exchange.qdpx.export import export_qdpx
from archiver.core.exchange.qdpx.importing import import_qdpx

WORDS = ["فرنسا", "أستراليا", "الدنمارك", "السويد", "مراقبة", "وقف", "إطلاق", "النار", "محادثات",
         "ضمانات", "أمن", "دعم", "عسكري", "اجتماع", "لندن", "كييف", "قوة", "حفظ", "السلام",
         "ministers", "ceasefire", "monitor", "troops", "pledge", "Denmark", "Sweden", "France"]  # fmt: skip


def _archive(root: Path, docs: int) -> Archive:
    rng = random.Random(7)
    folder = root / "texts"
    folder.mkdir(parents=True)
    for number in range(docs):
        lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
                 for _ in range(rng.randint(10, 30))]  # fmt: skip
        (folder / f"article-{number}.txt").write_text("\n".join(lines), encoding="utf-8")
    archive = Archive.open(root / "a", author="bench")
    ids = [f.id for f in archive.import_paths([folder], keep_duplicates=True).imported]
    france = archive.annotations.participants.resolve("France").id
    for number, doc in enumerate(ids):
        archive.annotations.mentions.confirm_all(doc)
        if number % 5 == 0:
            text = archive.document(doc).text
            archive.commitments.add(doc, [france], category="monitoring", status="offered",
                                    what="observers", quote=(0, min(40, len(text))))  # fmt: skip
    return archive


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--dir")
    args = parser.parse_args()
    root = Path(args.dir or tempfile.mkdtemp(prefix="qdpx-bench-"))
    archive = _archive(root, args.docs)
    started = time.perf_counter()
    info = export_qdpx(archive, root / "out.qdpx")
    exported = time.perf_counter() - started
    archive.close()
    with Archive.open(root / "b") as fresh:
        started = time.perf_counter()
        report = import_qdpx(fresh, root / "out.qdpx")
        imported = time.perf_counter() - started
        started = time.perf_counter()
        again = import_qdpx(fresh, root / "out.qdpx")
        second = time.perf_counter() - started
    print(json.dumps({
        "documents": info.counts["documents"], "selections": info.counts["selections"],
        "file_bytes": info.file_bytes, "export_s": round(exported, 2),
        "import_s": round(imported, 2), "import_counts": report.counts,
        "again_s": round(second, 2), "again_added": len(again.documents_added),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
