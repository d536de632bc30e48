"""PDF text extraction speed per page: the importer's extraction against glyph-position layout.

    .venv/bin/python benchmarks/pdf_import.py [--repeat 5] [--dir tests/fixtures/pdf]

Reads every PDF of the folder ``--repeat`` times with each method and prints JSON: pages,
pages/s and ms/page (best of the repeats) per method, and per file.  "importer" is
``extract_pdf`` as the importer calls it (whatever reading the checkout on PYTHONPATH uses:
point it at an older checkout for the "before" figures), "plain" is pypdf's plain and layout
modes unrepaired (what the importer read before the glyph reading), "glyphs" is the glyph-position layout (pdf.layout) alone, and
"pdftotext" is poppler's, for scale, when it is installed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from archiver.core.imports.pdf import extract_pdf

try:
    from archiver.core.imports.pdf import layout as pdf_layout
except ImportError:  # a checkout from before the glyph reading: time its importer alone
    pdf_layout = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]


def _plain(path: Path) -> None:
    """The pre-layout reading: both pypdf modes of every page, as the importer read them."""
    reader = PdfReader(str(path))
    for page in reader.pages:
        page.extract_text()
        page.extract_text(extraction_mode="layout")


def _glyphs(path: Path) -> None:
    assert pdf_layout is not None
    pdf_layout.document_text(pdf_layout.layout_pages(PdfReader(str(path))))


def _pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)


def _time(method: Callable[[Path], Any], files: list[Path], repeat: int) -> list[float]:
    """Seconds per file (best of ``repeat`` runs: the least disturbed by other load)."""
    out = []
    for path in files:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            method(path)
            runs.append(time.perf_counter() - start)
        out.append(min(runs))
    return out


def main() -> None:
    """Time every method over the folder's PDFs and print the JSON report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=ROOT / "tests" / "fixtures" / "pdf")
    args = parser.parse_args()
    files = sorted(args.dir.glob("*.pdf"))
    pages = [len(PdfReader(str(path)).pages) for path in files]
    methods: dict[str, Callable[[Path], Any]] = {"importer": extract_pdf, "plain": _plain}
    if pdf_layout is not None:
        methods["glyphs"] = _glyphs
    if shutil.which("pdftotext"):
        methods["pdftotext"] = _pdftotext
    for method in methods.values():  # warm imports and caches
        method(files[0])
    report: dict[str, Any] = {"files": len(files), "pages": sum(pages), "repeat": args.repeat}
    for name, method in methods.items():
        seconds = _time(method, files, args.repeat)
        total = sum(seconds)
        report[name] = {
            "pages_per_s": round(sum(pages) / total, 1),
            "ms_per_page": round(1000 * total / sum(pages), 2),
            "ms_per_page_by_file": {
                path.stem: round(1000 * s / n, 2)
                for path, s, n in zip(files, seconds, pages, strict=True)
            },
        }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
