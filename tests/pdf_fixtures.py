"""Make small PDFs with Qt (and damage them with pypdf) for the importer and GUI tests.

Qt needs a QGuiApplication before any of these run: use pytest-qt's ``qapp`` fixture.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as _dt
import re
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

_ARABIC = re.compile(r"[\u0600-\u06ff]")
FONT_FAMILY = "DejaVu Sans"  # has Arabic glyphs on the test machines; Qt falls back otherwise


def is_arabic(text: str) -> bool:
    """True when the paragraph has Arabic letters (so it is laid out right to left)."""
    return bool(_ARABIC.search(text))


def _writer(path: Path, title: str | None) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    if title is not None:
        writer.setTitle(title)
    writer.setCreator("archiver tests")
    return writer


def _block_format(text: str, page_break: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    rtl = is_arabic(text)
    fmt.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    fmt.setBottomMargin(12)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def _insert_paragraphs(cursor: QTextCursor, paragraphs: list[str], page_breaks: bool) -> None:
    for i, text in enumerate(paragraphs):
        fmt = _block_format(text, page_break=page_breaks and i > 0)
        if i == 0:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        cursor.insertText(text)


def _document(font_pt: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont(FONT_FAMILY, font_pt))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    return doc


def _two_columns(doc: QTextDocument, paragraphs: list[str]) -> None:
    """Lay the paragraphs out in a 1x2 table: first half in the first column."""
    half = (len(paragraphs) + 1) // 2
    rtl = any(is_arabic(p) for p in paragraphs)
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setCellPadding(6)
    fmt.setCellSpacing(18)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
    fmt.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    fmt.setPosition(QTextFrameFormat.Position.InFlow)
    table = QTextCursor(doc).insertTable(1, 2, fmt)
    # Qt paints the table's first cell on the left whatever its direction: an Arabic page's
    # first column is the right-hand cell.
    order = (1, 0) if rtl else (0, 1)
    for col, chunk in zip(order, (paragraphs[:half], paragraphs[half:]), strict=True):
        _insert_paragraphs(table.cellAt(0, col).firstCursorPosition(), chunk, page_breaks=False)


def make_pdf(
    path: Path,
    paragraphs: list[str],
    columns: int = 1,
    title: str | None = None,
    *,
    page_breaks: bool = False,
    font_pt: float = 12,
) -> Path:
    """Write the paragraphs to a PDF with QPdfWriter; Arabic paragraphs are laid out RTL.

    ``columns=2`` puts the first half of the paragraphs in one column and the rest in the
    other (a borderless table; for Arabic the first column is on the right).
    ``page_breaks=True`` starts every paragraph on a new page (one-column only).
    """
    path = Path(path)
    doc = _document(font_pt)
    if columns == 2:
        _two_columns(doc, paragraphs)
    elif columns == 1:
        _insert_paragraphs(QTextCursor(doc), paragraphs, page_breaks)
    else:
        raise ValueError("columns must be 1 or 2")
    # No page size on the document: print_() then paginates a copy to the writer's page.
    doc.print_(_writer(path, title))
    return path


def make_scanned_pdf(path: Path, pages: int = 1) -> Path:
    """Write a PDF whose pages hold only an image (what a scanner makes): no text layer."""
    path = Path(path)
    writer = _writer(path, None)
    image = QImage(400, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    img_painter = QPainter(image)
    for y in range(40, 520, 24):  # grey bars standing in for scanned lines of text
        img_painter.fillRect(30, y, 340 - (y * 7) % 90, 10, QColor(60, 60, 60))
    img_painter.end()
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        target = painter.viewport()
        painter.drawImage(target, image)
    painter.end()
    return path


def make_blank_pdf(path: Path) -> Path:
    """Write a PDF with a drawn frame but no text and no image."""
    path = Path(path)
    writer = _writer(path, None)
    painter = QPainter(writer)
    painter.drawRect(painter.viewport().adjusted(50, 50, -50, -50))
    painter.end()
    return path


def encrypt_pdf(src: Path, dst: Path, password: str, algorithm: str = "AES-256") -> Path:
    """Copy ``src`` to ``dst`` encrypted with a user password (pypdf)."""
    writer = PdfWriter(clone_from=str(src))
    writer.encrypt(user_password=password, owner_password=None, algorithm=algorithm)
    with open(dst, "wb") as fh:
        writer.write(fh)
    return Path(dst)


def truncate_pdf(src: Path, dst: Path, keep: float = 0.5) -> Path:
    """Copy the first ``keep`` share of ``src``'s bytes to ``dst`` (a broken download)."""
    data = Path(src).read_bytes()
    Path(dst).write_bytes(data[: max(16, int(len(data) * keep))])
    return Path(dst)


def set_metadata(src: Path, dst: Path, **info: str) -> Path:
    """Copy ``src`` to ``dst`` with document-info entries, e.g. Title=..., CreationDate=..."""
    writer = PdfWriter(clone_from=str(src))
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    with open(dst, "wb") as fh:
        writer.write(fh)
    return Path(dst)


def corrupt_page(src: Path, dst: Path, page_number: int) -> Path:
    """Copy ``src`` to ``dst`` with the content stream of page ``page_number`` (1-based) broken.

    The stream keeps its /FlateDecode filter but holds bytes that do not inflate, so pypdf
    fails on that page only (plain mode returns '' and logs to the ``pypdf`` logger).
    """
    writer = PdfWriter(clone_from=str(src))
    page = writer.pages[page_number - 1]
    contents = page["/Contents"].get_object()
    streams = list(contents) if isinstance(contents, list) else [page["/Contents"]]
    for ref in streams:
        stream = ref.get_object()
        assert isinstance(stream, StreamObject)
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        stream._data = b"this is not a deflate stream \x00\xff\x13" * 8
    with open(dst, "wb") as fh:
        writer.write(fh)
    return Path(dst)


def make_three_page_pdf(path: Path, pages: list[str]) -> Path:
    """Write one paragraph per page (used for the corrupt-page case)."""
    return make_pdf(path, pages, page_breaks=True)


def pdf_date(when: _dt.datetime) -> str:
    """A PDF date string, e.g. "D:20250708093000+03'00'"."""
    return when.strftime("D:%Y%m%d%H%M%S") + "+03'00'"


def page_count(path: Path) -> int:
    """Number of pages pypdf sees (a fixture sanity check)."""
    return len(PdfReader(str(path)).pages)


_XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def set_xmp_creator(src: Path, dst: Path, creator: str) -> Path:
    """Copy ``src`` to ``dst`` with an XMP packet (the catalog's /Metadata) naming dc:creator."""
    writer = PdfWriter(clone_from=str(src))
    stream = StreamObject()
    stream.set_data(_XMP.format(creator=creator).encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    with open(dst, "wb") as fh:
        writer.write(fh)
    return Path(dst)
