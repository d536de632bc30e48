"""Scanned PDFs and images read by OCR (Tesseract through OCRmyPDF): a few slow tests.

The fixture is a page of our own article (tests/fixtures/ocr/article.ar.txt), rendered and
rasterised at 150 dpi by tests/fixtures/ocr/make.sh into an image-only PDF and a PNG.
"""

from __future__ import annotations

import csv
import io
import re
import time
import unicodedata
from pathlib import Path

import pytest

import pdf_fixtures as fx
from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.errors import Invalid
from archiver.core.export import writers
from archiver.core.imports.ocr import tools
from archiver.core.progress import CancelToken

FIXTURES = Path(__file__).parents[2] / "fixtures" / "ocr"
ARTICLE = (FIXTURES / "article.ar.txt").read_text(encoding="utf-8")
BORN_DIGITAL = ["هذه الصفحة الأولى من التقرير، كتبت بالحاسوب وفيها نص يمكن نسخه."]


def words(text: str) -> list[str]:
    """Words compared: NFC, split on spaces and dashes, punctuation stripped."""
    tokens = re.split(r"[\s\-–]+", unicodedata.normalize("NFC", text))
    return [w for t in tokens if (w := t.strip(".,،؛:!?()«»\"'"))]


def share_of_article_words(text: str) -> float:
    """Of the words OCR yielded, the share that are words of the article."""
    known = set(words(ARTICLE))
    got = words(text)
    return sum(w in known for w in got) / len(got)


def _copy(source: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes(source.read_bytes())
    return target


def _mixed_pdf(folder: Path) -> Path:
    """A born-digital page followed by the scanned page."""
    from pypdf import PdfReader, PdfWriter

    digital = fx.make_pdf(folder / "digital.pdf", BORN_DIGITAL)
    writer = PdfWriter(clone_from=str(digital))
    writer.add_page(PdfReader(str(FIXTURES / "scan-150dpi.pdf")).pages[0])
    mixed = folder / "in" / "mixed.pdf"
    mixed.parent.mkdir(parents=True, exist_ok=True)
    writer.write(str(mixed))
    return mixed


def test_a_scanned_arabic_page_imports_through_ocr(
    archive: Archive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = _copy(FIXTURES / "scan-150dpi.pdf", tmp_path / "in", "council.pdf")
    labels: list[str] = []
    report = archive.import_paths([scan], progress=lambda done, total, label: labels.append(label))
    assert not report.failed, report.failed
    doc = archive.document(report.imported[0].id)
    assert doc.method == "ocr" and doc.kind == "pdf" and doc.quality >= 0.8
    assert share_of_article_words(doc.text) >= 0.85
    assert "council.pdf: OCR, page 1 of 1" in labels  # per-page progress
    numbers = [doc.text[start:end] for start, end in doc.unverified]
    assert {"12", "2024", "5000", "18"} <= set(numbers)  # every number is marked unverified
    assert all(re.fullmatch(r"[\d٠-٩]+", n) for n in numbers)
    assert (doc.published, doc.published_source) == ("2024-03-12", "text")  # its dateline
    assert archive.original_file(doc.id).read_bytes() == scan.read_bytes()  # the scan is kept
    assert any("read by OCR" in w for w in doc.warnings)
    table = writers.export(archive, "documents", "csv").decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(table)))
    assert {"12", "2024", "5000", "18"} <= set(row["unverified_numbers"].split("; "))
    main(["--archive", str(archive.root), "show", str(doc.id)])  # the CLI, reading
    assert "numbers read by OCR, unverified: 12; 2024; 5000; 18" in capsys.readouterr().out
    shown = writers.document_json(doc)["unverified_numbers"]
    assert {
        "start": doc.unverified[0][0],
        "end": doc.unverified[0][1],
        "text": numbers[0],
    } == shown[0]


def test_an_image_and_a_mixed_pdf_ocr_only_what_has_no_text(
    qapp, archive: Archive, tmp_path: Path
) -> None:
    mixed = _mixed_pdf(tmp_path)
    image = _copy(FIXTURES / "scan-150dpi.png", tmp_path / "in", "council.png")
    report = archive.import_paths([mixed, image], keep_duplicates=True)
    assert not report.failed, report.failed
    both, alone = (archive.document(f.id) for f in report.imported)
    assert both.method.endswith("+ocr") and both.pages == 2
    first_page = both.text.index("المجلس البلدي")
    assert "الصفحة الأولى" in both.text[:first_page]  # the pages' texts in page order
    assert all(start > first_page for start, _ in both.unverified)  # numbers of OCR text only
    assert share_of_article_words(both.text[first_page:]) >= 0.85
    assert (alone.kind, alone.method) == ("image", "ocr")
    assert alone.warnings == ["read by OCR (numbers unverified)"]
    assert share_of_article_words(alone.text) >= 0.85 and alone.unverified


def test_without_the_ocr_tools_the_user_is_told_what_to_install(
    qapp, archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mixed = _mixed_pdf(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # a machine without OCRmyPDF
    scan = _copy(FIXTURES / "scan-150dpi.pdf", tmp_path / "in", "scan.pdf")
    image = _copy(FIXTURES / "scan-150dpi.png", tmp_path / "in", "scan.png")
    report = archive.import_paths([scan, image, mixed])
    reasons = [f.reason for f in report.failed]
    assert len(reasons) == 2 and all(tools.INSTALL in r for r in reasons), reasons
    assert reasons[0].startswith("no text layer (scanned): OCR needs ocrmypdf and tesseract")
    kept = archive.document(report.imported[0].id)  # the mixed PDF: its text page, and why
    assert "الصفحة الأولى" in kept.text and "المجلس البلدي" not in kept.text
    assert any(w.startswith("page 2: no text layer") and tools.INSTALL in w for w in kept.warnings)


def test_a_models_folder_must_hold_arabic_or_english_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(tools.MODELS_ENV, raising=False)
    with pytest.raises(Invalid, match=r"no ara\.traineddata or eng\.traineddata"):
        tools.use_models(tmp_path)
    with pytest.raises(Invalid, match="not a folder"):
        tools.use_models(tmp_path / "missing")
    (tmp_path / "ara.traineddata").write_bytes(b"a model")
    tools.use_models(tmp_path)
    assert tools.languages() == ("ara",)  # English is not in that folder
    assert tools.environment()["TESSDATA_PREFIX"] == str(tmp_path.resolve())
    tools.use_models(None)
    assert "TESSDATA_PREFIX" not in tools.environment() or tools.models_folder() is None


def test_cancel_stops_a_running_ocr(archive: Archive, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    page = PdfReader(str(FIXTURES / "scan-150dpi.pdf")).pages[0]
    writer = PdfWriter()
    for _ in range(6):  # pages still to read when the first is reported: cancel cannot lose
        writer.add_page(page)
    scan = tmp_path / "in" / "long.pdf"
    scan.parent.mkdir(parents=True)
    writer.write(str(scan))
    token = CancelToken()
    started: list[float] = []

    def progress(done: int, total: int, label: str) -> None:
        if "OCR, page" in label and not started:  # the worker's OCR runs: cancel it
            started.append(time.monotonic())
            token.cancel()

    report = archive.import_paths([scan], cancel=token, progress=progress)
    assert started and time.monotonic() - started[0] < 2.5  # OCR takes longer: it was stopped
    assert [f.reason for f in report.failed] == [
        "not imported: the import was cancelled during its OCR"
    ]
    assert archive.count() == 0


def test_each_page_is_read_with_the_model_of_its_script(archive: Archive, tmp_path: Path) -> None:
    # read with ara+eng, page 2 (Arabic) gets "Logs" for يومياً and "gla)" for للبنان.
    scan = _copy(FIXTURES / "two-scripts.pdf", tmp_path / "in", "statement.pdf")
    report = archive.import_paths([scan])
    assert not report.failed, report.failed
    english, arabic = archive.document(report.imported[0].id).text.split("\n")
    expected = [
        " ".join((FIXTURES / f"two-scripts.{lang}.txt").read_text(encoding="utf-8").split())
        for lang in ("en", "ar")
    ]
    assert english == expected[0]
    assert arabic == expected[1]  # its Latin name, "Emmanuel Macron", kept
