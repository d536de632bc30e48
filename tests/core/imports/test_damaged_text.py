"""Text damaged a little is kept (the damage replaced and warned about); garbage is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.errors import ImportFailure
from archiver.core.imports import prepare
from samples import ARTICLE_AR, ARTICLE_EN


def garbage_pdf(lines: int = 60) -> bytes:
    """A one-page PDF whose font maps most letters to U+FFFD (what broken fonts extract to)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n15 beginbfchar\n"
            + b"".join(b"<%02X> <FFFD>\n" % c for c in range(0x41, 0x50))
            + b"endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n")  # fmt: skip
    content = b"BT /F1 10 Tf 20 800 Td 12 TL " + b" T* ".join(
        b"(ABCDE FGHIJ KLMNO PRST) Tj" for _ in range(lines)
    ) + b" ET"  # fmt: skip
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return bytes(out)


def damaged(text: str, bad: bytes, every: int) -> bytes:
    """The UTF-8 bytes of ``text`` with ``bad`` put in after every ``every``-th line."""
    lines = text.encode("utf-8").split(b"\n")
    return b"\n".join(line + (bad if i % every == 0 else b"") for i, line in enumerate(lines))


def test_three_damaged_bytes_in_an_article_are_replaced_and_warned(write) -> None:
    data = damaged(ARTICLE_AR, b"\xff", 1)[:-1] + b"\n"
    assert data.decode("utf-8", "replace").count("\ufffd") >= 3
    item = prepare(write("a.txt", data))
    assert item.extracted.encoding and item.extracted.encoding.startswith("utf-8")
    assert any("replaced" in w for w in item.extracted.warnings)
    assert "أوكرانيا" in item.extracted.text


def test_a_nul_in_an_article_is_removed_and_warned(write) -> None:
    data = ARTICLE_AR.encode("utf-8").replace("بريطانيا".encode(), "بريطانيا\x00".encode(), 1)
    item = prepare(write("a.txt", data))  # refused whole as "binary" before
    assert "\x00" not in item.extracted.text
    assert any("control character" in w for w in item.extracted.warnings)
    assert "بريطانيا" in item.extracted.text


def test_a_few_nuls_in_english_text_are_removed(write) -> None:
    item = prepare(write("e.txt", ARTICLE_EN.encode().replace(b" ", b" \x00", 3)))
    assert "3 control characters removed" in "; ".join(item.extracted.warnings)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, bytes(4000), b"\x01\x02\x03 abc" * 500],
)
def test_binary_files_are_still_refused(write, data: bytes) -> None:
    with pytest.raises(ImportFailure, match=r"binary|encoding|empty|no words"):
        prepare(write("b.txt", data))


def test_text_that_is_mostly_replacement_characters_is_refused_with_its_quality(write) -> None:
    text = "عنوان\n\n" + " ".join(["\ufffd\ufffd\ufffd\ufffd"] * 200 + ["كلمة"] * 20)
    with pytest.raises(ImportFailure, match=r"mostly unreadable.*quality 0\.\d\d"):
        prepare(write("g.txt", text))


def test_a_garbage_pdf_is_refused_with_its_quality(tmp_path: Path) -> None:
    pdf = tmp_path / "garbage.pdf"
    pdf.write_bytes(garbage_pdf())
    with pytest.raises(ImportFailure, match=r"mostly unreadable.*quality 0\.\d\d"):
        prepare(pdf)  # was stored (quality 1.0, no warning)


def test_the_archive_reports_the_refusal_and_stores_nothing(archive, tmp_path: Path) -> None:
    pdf = tmp_path / "garbage.pdf"
    pdf.write_bytes(garbage_pdf())
    report = archive.import_paths([pdf])
    assert "mostly unreadable" in report.failed[0].reason
    assert archive.count() == 0 and not any((archive.root / "originals").rglob("*.pdf"))
