"""Import time per document for each new format (web page, MHTML, Word, OpenDocument, EPUB,
RTF, e-mail with a PDF attached), against the same article as plain text.

    PYTHONPATH=src .venv/bin/python benchmarks/formats_import.py [--repeat 20] [--out FILE]

Each file is made by the test fixtures' writers (tests/format_fixtures.py: one short Arabic
article, about 600 characters, in every format) and read by ``imports.prepare``, the import
workers' step: read, extract, analyse, fingerprint. "first_ms" is the first file of its kind
in the process (it loads the format's library: the cost a batch pays once per worker);
"median_ms" and "best_ms" are the following ``--repeat`` reads (wall clock; "median_cpu_ms"
the process's CPU time, steadier on a loaded machine); "batch_ms_per_doc" is a whole
``Archive.import_paths`` of ``--repeat`` different files of that kind into a new archive
(store and index included), per document. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import format_fixtures as ff  # noqa: E402
from archiver.core.archive import Archive  # noqa: E402
from archiver.core.imports import prepare  # noqa: E402
from samples import distinct_text  # noqa: E402

PDF = ROOT / "tests" / "fixtures" / "pdf" / "lo_amiri.pdf"


def _page(path: Path) -> Path:
    path.write_text(ff.news_page(), encoding="utf-8")
    return path


def _text(path: Path) -> Path:
    path.write_text(ff.TEXT, encoding="utf-8")
    return path


WRITERS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "txt": (".txt", _text),
    "html": (".html", _page),
    "mhtml": (".mhtml", ff.write_mhtml),
    "docx": (".docx", ff.write_docx),
    "odt": (".odt", ff.write_odt),
    "epub": (".epub", ff.write_epub),
    "rtf-1256": (".rtf", ff.write_rtf),
    "rtf-unicode": (".rtf", lambda p: ff.write_rtf(p, unicode_escapes=True)),
    "eml": (".eml", ff.write_eml),
    "eml+pdf": (".eml", lambda p: ff.write_eml(p, PDF)),
}


def _batch(kind: str, folder: Path, repeat: int) -> tuple[float, int]:
    """ms per document of one import batch of ``repeat`` distinct files of this kind, and
    how many of them were stored (the others: duplicates)."""
    ext, write = WRITERS[kind]
    files = []
    original = list(ff.PARAGRAPHS)
    for seed in range(repeat):
        ff.PARAGRAPHS[:] = [*original, distinct_text(seed, words=60)]
        ff.TEXT = ff.TITLE + "\n\n" + "\n\n".join(ff.PARAGRAPHS)
        files.append(write(folder / f"batch-{kind}-{seed}{ext}"))
    ff.PARAGRAPHS[:] = original
    ff.TEXT = ff.TITLE + "\n\n" + "\n\n".join(original)
    with tempfile.TemporaryDirectory() as root, Archive.open(Path(root) / "a") as archive:
        start = time.perf_counter()
        report = archive.import_paths(files, workers_count=1)
        elapsed = time.perf_counter() - start
    assert not report.failed, report.failed
    return elapsed * 1000 / len(files), len(report.imported)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kind, (ext, write) in WRITERS.items():
            path = write(folder / f"article-{kind}{ext}")
            start = time.perf_counter()
            prepared = prepare(path)
            first = (time.perf_counter() - start) * 1000
            times, cpu = [], []
            for _ in range(args.repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                prepare(path)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            results[kind] = {
                "bytes": path.stat().st_size,
                "characters": len(prepared.extracted.text),
                "similarity": round(ff.similarity(ff.TEXT, prepared.extracted.text), 4),
                "first_ms": round(first, 1),
                "median_ms": round(statistics.median(times), 2),
                "best_ms": round(min(times), 2),
                "median_cpu_ms": round(statistics.median(cpu), 2),
            }
            per_doc, stored = _batch(kind, folder, args.repeat)
            results[kind].update(batch_ms_per_doc=round(per_doc, 1), batch_stored=stored)
    text = json.dumps({"repeat": args.repeat, "formats": results}, indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
