"""Images of pages (.png, .jpg, .tif): read by OCR; the image itself is kept as the original."""

from __future__ import annotations

from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import Extracted
from archiver.core.imports.ocr import METHOD, tools
from archiver.core.imports.ocr.run import ocr_pages
from archiver.core.imports.ocr.script import Reread, fix_scripts
from archiver.core.imports.ocr.text import joined, page_text
from archiver.core.imports.pdf.quality import quality_score

IMAGE_MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
              ".tif": "image/tiff", ".tiff": "image/tiff"}  # fmt: skip
_MAGIC = {"image/png": (b"\x89PNG\r\n\x1a\n",), "image/jpeg": (b"\xff\xd8\xff",),
          "image/tiff": (b"II*\x00", b"MM\x00*")}  # fmt: skip


def extract_image(path: Path, data: bytes | None = None) -> Extracted:
    """The text OCR reads in an image; ImportFailure when it is not the image its name says,
    when OCR is not installed (saying what to install) or finds no text."""
    mime = IMAGE_MIME[path.suffix.lower()]
    head = data[:8] if data is not None else path.read_bytes()[:8]
    if not head.startswith(_MAGIC[mime]):
        named = mime.split("/")[1].upper()
        raise ImportFailure(
            FailureCode.NOT_AN_IMAGE, f"not a {named} image despite its name", format=named
        )
    pages = ocr_pages(path, str(path), image=True)
    texts = fix_scripts([page_text(page.raw) for page in pages], _reread(path), tools.languages())
    text, numbers, doubtful = joined(texts, [page.words for page in pages])
    if not text.strip():
        raise ImportFailure(FailureCode.OCR_NO_TEXT, "OCR found no text in the image")
    return Extracted(
        kind="image",
        text=text,
        raw_text="\f".join(page.raw for page in pages),
        pages=len(pages),
        method=METHOD,
        quality=quality_score(text),
        warnings=["read by OCR (numbers unverified)"],
        unverified=numbers,
        doubtful=doubtful,
    )


def _reread(path: Path) -> Reread:
    """Read the image's pages at these indices again with one language (OCRmyPDF reads an
    image whole: a multi-page TIFF is read again all through)."""

    def reread(indices: list[int], language: str) -> list[str]:
        pages = ocr_pages(path, str(path), image=True, languages=(language,))
        return [page_text(pages[i].raw) if i < len(pages) else "" for i in indices]

    return reread
