"""Words OCR read with low confidence are marked doubtful: found, stored, shown, exported.

The worn scans (tests/fixtures/ocr/worn-en.png, worn-ar.png) are our own texts rendered small,
blurred and speckled by tests/fixtures/ocr/make-worn.sh.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.export import writers
from archiver.core.imports.ocr.words import LOW, doubtful_spans, hocr_words

FIXTURES = Path(__file__).parents[2] / "fixtures" / "ocr"
PUNCTUATION = ".,،؛:!?()«»\"'‘’"

HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <body>
  <div class='ocr_page' id='page_1' title='image "scan.png"; bbox 0 0 600 200; ppageno 0'>
   <span class='ocr_line' id='line_1_1' title="bbox 10 10 500 40; baseline 0 -8">
    <span class='ocrx_word' id='word_1_1' title='bbox 10 10 80 40; x_wconf 91'>Talks</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 90 10 150 40; x_wconf 38'>&amp;</span>
    <span class='ocrx_word' id='word_1_3' title='bbox 160 10 260 40; x_wconf 52'>Geneva,</span>
   </span>
  </div>
 </body>
</html>
"""


def test_the_words_of_an_hocr_page_come_with_their_confidence() -> None:
    assert hocr_words(HOCR) == [("Talks", 91), ("&", 38), ("Geneva,", 52)]
    assert hocr_words("<html><body><span class='ocrx_word'") == []  # cut short: no words


def test_words_under_the_threshold_are_doubtful_without_their_punctuation() -> None:
    text = "وقال رئيس المجلس، إن الخطة (Macron) جاهزة"
    read = [("وقال", 96), ("رئيس", 40), ("المجلس,", 55), ("إن", 91), ("الخطة", LOW),
            ("(Macron)", 12), ("جاهزة", LOW - 1)]  # fmt: skip
    found = [(text[start:end], confidence) for start, end, confidence in doubtful_spans(text, read)]
    assert found == [("رئيس", 40), ("المجلس", 55), ("Macron", 12), ("جاهزة", LOW - 1)]
    assert doubtful_spans("a b", [("a", 1), ("b", 2)], offset=10) == [(10, 11, 1), (12, 13, 2)]


def test_a_word_read_again_in_another_form_is_not_marked() -> None:
    # the page's stray Latin word was replaced by the reading with the Arabic model alone
    text = "سترتفع إلى عشر ساعات يومياً بحلول الصيف"
    read = [("سترتفع", 90), ("إلى", 95), ("عشر", 93), ("ساعات", 88), ("Logs", 20),
            ("بحلول", 30), ("الصيف", 91)]  # fmt: skip
    assert [text[a:b] for a, b, _ in doubtful_spans(text, read)] == ["بحلول"]


def _words(text: str) -> list[str]:
    tokens = re.split(r"[\s\-–]+", unicodedata.normalize("NFC", text))
    return [w for t in tokens if (w := t.strip(PUNCTUATION))]


@pytest.mark.parametrize(("scan", "source"), [("worn-en.png", "worn.en.txt"),
                                              ("worn-ar.png", "worn.ar.txt")])  # fmt: skip
def test_a_worn_scan_marks_the_words_it_likely_misread(
    archive: Archive, tmp_path: Path, scan: str, source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    image = tmp_path / "in" / scan
    image.parent.mkdir()
    image.write_bytes((FIXTURES / scan).read_bytes())
    report = archive.import_paths([image])
    assert not report.failed, report.failed
    doc = archive.document(report.imported[0].id)
    known = set(_words((FIXTURES / source).read_text(encoding="utf-8")))
    marked = [doc.text[start:end] for start, end, _ in doc.doubtful]
    assert len(marked) >= 3
    assert all(w and not re.search(r"\s", w) and w.strip(PUNCTUATION) == w for w in marked)
    assert all(confidence < LOW for _, _, confidence in doc.doubtful)
    rest = [w for w in _words(doc.text) if w not in marked]
    misread_marked = sum(w not in known for w in marked) / len(marked)
    misread_rest = sum(w not in known for w in rest) / len(rest)
    assert misread_marked >= 3 * misread_rest, (misread_marked, misread_rest)
    main(["--archive", str(archive.root), "show", str(doc.id)])
    assert f"words read by OCR with low confidence: {'; '.join(marked)}" in capsys.readouterr().out
    shown = writers.document_json(doc)["doubtful_words"]
    start, end, confidence = doc.doubtful[0]
    assert shown[0] == {"start": start, "end": end, "text": marked[0], "confidence": confidence}
    table = writers.export(archive, "documents", "csv").decode("utf-8-sig")
    assert next(csv.DictReader(io.StringIO(table)))["doubtful_words"] == "; ".join(marked)


def test_a_clean_scan_has_few_doubtful_words(archive: Archive, tmp_path: Path) -> None:
    image = tmp_path / "in" / "council.png"
    image.parent.mkdir()
    image.write_bytes((FIXTURES / "scan-150dpi.png").read_bytes())
    doc = archive.document(archive.import_paths([image]).imported[0].id)
    assert len(doc.doubtful) <= 0.03 * len(doc.text.split())


def test_an_archive_made_before_doubtful_words_keeps_working(
    tmp_path: Path, write, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        archive.import_paths([write("a.txt", "اجتماع وزاري في باريس\n\nنص قصير عن الاجتماع.")])
        archive.db.executescript(
            "ALTER TABLE document DROP COLUMN doubtful; PRAGMA user_version = 18;"
        )
    with Archive.open(root) as archive:
        assert archive.document(1).doubtful == []
        assert writers.document_json(archive.document(1))["doubtful_words"] == []
        table = writers.export(archive, "documents", "csv").decode("utf-8-sig")
        assert next(csv.DictReader(io.StringIO(table)))["doubtful_words"] == ""
    main(["--archive", str(root), "show", "1", "--json"])
    assert json.loads(capsys.readouterr().out)["doubtful_words"] == []
