"""OCR speed and accuracy: seconds per scanned page at 150 and 300 dpi, words and numbers right.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ocr_pages.py [--pages 3] [--dpi 150 300]

Lays out tests/fixtures/ocr/article.ar.txt with Qt into a PDF, rasterises it with pdftoppm
(poppler-utils) at each resolution into an image-only PDF of ``--pages`` pages (img2pdf, which
comes with OCRmyPDF), and imports that scan through ``archiver.core.imports.prepare`` (the
import workers' code: OCRmyPDF and Tesseract). Prints JSON: seconds per page, the share of
the words OCR yielded that are the article's, the share of the article's words found, and the
article's numbers read right.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import tempfile
import time
import unicodedata
from pathlib import Path

from archiver.core.imports import prepare

ARTICLE = Path(__file__).parents[1] / "tests" / "fixtures" / "ocr" / "article.ar.txt"
NUMBER = re.compile(r"[0-9\u0660-\u0669]+")


def _words(text: str) -> list[str]:
    tokens = re.split(r"[\s\-–]+", unicodedata.normalize("NFC", text))
    return [w for t in tokens if (w := t.strip(".,،؛:!?()«»\"'"))]


def _text_pdf(text: str, target: Path) -> None:
    """The article laid out right to left on A4 pages by Qt."""
    from PySide6.QtCore import QMarginsF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout.Unit.Millimeter))  # fmt: skip
    doc = QTextDocument()
    doc.setDefaultFont(QFont("Noto Naskh Arabic", 14))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    doc.print_(writer)


def _scan(source: Path, dpi: int, pages: int, work: Path) -> Path:
    """An image-only PDF: the first page rasterised at ``dpi``, repeated ``pages`` times."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1",
                    "-singlefile", str(source), str(work / f"page{dpi}")], check=True)  # fmt: skip
    image, scan = work / f"page{dpi}.png", work / f"scan-{dpi}dpi.pdf"
    subprocess.run(["/usr/bin/python3", "-c",
                    "import img2pdf, sys; open(sys.argv[1], 'wb').write("
                    "img2pdf.convert(sys.argv[2:]))", str(scan), *[str(image)] * pages],
                   check=True)  # fmt: skip
    return scan


def _cpu() -> float:
    """CPU seconds of this process and of the programs it ran (a shared machine's wall time
    says little)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure(scan: Path, pages: int, article: str) -> dict[str, object]:
    started, cpu = time.perf_counter(), _cpu()
    prepared = prepare(scan)
    elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    text = prepared.extracted.text
    got, known = _words(text), set(_words(article))
    wanted = _words(article)  # the article fits on the one page scanned (article_pages: 1)
    found = set(got)
    numbers = NUMBER.findall(article)
    read = set(NUMBER.findall(text))
    return {
        "pages": pages,
        "seconds_per_page": round(elapsed / pages, 2),
        "cpu_seconds_per_page": round(cpu / pages, 2),  # OCRmyPDF and Tesseract included
        "yielded_words_of_the_article": round(sum(w in known for w in got) / len(got), 3),
        "article_words_found": round(sum(w in found for w in wanted) / len(wanted), 3),
        "numbers_read_right": f"{sum(n in read for n in numbers)} of {len(numbers)}",
        "marked_unverified": len(prepared.extracted.unverified),
        "method": prepared.extracted.method,
    }


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    args = parser.parse_args()
    article = ARTICLE.read_text(encoding="utf-8")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        _text_pdf(article, work / "article.pdf")
        laid_out = subprocess.run(["pdfinfo", str(work / "article.pdf")], capture_output=True,
                                  text=True, check=True).stdout  # fmt: skip
        results["article_pages"] = int(re.search(r"Pages:\s+(\d+)", laid_out).group(1))  # type: ignore[union-attr]
        for dpi in args.dpi:
            scan = _scan(work / "article.pdf", dpi, args.pages, work)
            results[f"{dpi}dpi"] = _measure(scan, args.pages, article)
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
