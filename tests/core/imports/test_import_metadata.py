"""Authors and dates an import keeps: a PDF's /Author (else its XMP dc:creator), an e-mail's
sender as a name with the address as its URL, an attachment taking its message's date and
author when it has none of its own; and titles from the text cut at a word."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

import format_fixtures as ff
import pdf_fixtures as fx
from archiver.core.imports import prepare
from archiver.core.imports.pdf import extract_pdf
from archiver.core.imports.text import TITLE_MAX, short_title
from archiver.core.model import DateSource

LONG_EN = (
    "The ministry said on Tuesday that the emergency fund for the drought in the northern "
    "provinces would be raised to fifty million dollars before the end of the year"
)
LONG_AR = (
    "أعلنت وزارة الزراعة يوم الثلاثاء أن صندوق الطوارئ لمواجهة الجفاف في المحافظات الشمالية "
    "سيرتفع إلى خمسين مليون دولار قبل نهاية العام الجاري بحسب بيان رسمي"
)


@pytest.fixture(scope="module")
def plain_pdf(qapp, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("authors")
    return fx.make_pdf(folder / "plain.pdf", ["Drought fund raised to fifty million dollars."])


def test_a_pdf_info_author_is_the_author(plain_pdf: Path, tmp_path: Path) -> None:
    path = fx.set_metadata(plain_pdf, tmp_path / "ann.pdf", Author="Ann Writer")
    assert extract_pdf(path).author == "Ann Writer"


def test_without_info_author_the_xmp_creator_is_the_author(plain_pdf: Path, tmp_path) -> None:
    path = fx.set_xmp_creator(plain_pdf, tmp_path / "xmp.pdf", "سلمى العبدالله")
    assert extract_pdf(path).author == "سلمى العبدالله"
    both = fx.set_metadata(path, tmp_path / "both.pdf", Author="Ann Writer")
    assert extract_pdf(both).author == "Ann Writer"  # the document information first


def test_a_placeholder_author_is_no_author(plain_pdf: Path, tmp_path: Path) -> None:
    assert (
        extract_pdf(fx.set_metadata(plain_pdf, tmp_path / "u.pdf", Author="Unknown")).author == ""
    )
    assert extract_pdf(plain_pdf).author == ""


def _email(path: Path, sender: str, attachments: list[tuple[str, bytes, str]]) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = "Drought plan"
    message["Date"] = "Thu, 14 Mar 2024 10:15:00 +0200"
    message.set_content("Please find the notes attached.")
    for name, data, subtype in attachments:
        message.add_attachment(data, maintype="application", subtype=subtype, filename=name)
    path.write_bytes(message.as_bytes(policy=SMTP))
    return path


def test_the_sender_is_a_name_and_the_address_the_url(archive, tmp_path: Path) -> None:
    path = _email(tmp_path / "nadia.eml", "Nadia Policy <nadia@ngo.example>", [])
    [mail] = archive.import_paths([path]).imported
    stored = archive.document(mail.id)
    assert (stored.author, stored.url) == ("Nadia Policy", "mailto:nadia@ngo.example")
    bare = prepare(_email(tmp_path / "bare.eml", "nadia@ngo.example", [])).extracted
    assert (bare.author, bare.url) == ("nadia@ngo.example", "mailto:nadia@ngo.example")


def test_an_attachment_takes_its_message_date_and_author_only_when_it_has_none(
    archive, plain_pdf: Path, tmp_path: Path
) -> None:
    other = fx.make_pdf(tmp_path / "other.pdf", ["وقعت الحكومة اتفاقية جديدة مع المانحين."])
    own = fx.set_metadata(other, tmp_path / "own.pdf", Author="Ann Writer")
    dated = b"LONDON, 10 July 2025 (Reuters) - The fund was raised again.\n"
    path = _email(tmp_path / "m.eml", "Nadia Policy <nadia@ngo.example>", [
        ("notes.pdf", plain_pdf.read_bytes(), "pdf"),
        ("own.pdf", own.read_bytes(), "pdf"),
        ("wire.txt", dated, "octet-stream"),
    ])  # fmt: skip
    report = archive.import_paths([path])
    assert not report.failed and len(report.imported) == 4
    _mail, notes, signed, wire = (archive.document(f.id) for f in report.imported)
    assert (notes.published, notes.published_source) == ("2024-03-14", DateSource.MESSAGE)
    assert notes.author == "Nadia Policy" and notes.url == ""
    assert signed.author == "Ann Writer"
    assert (wire.published, wire.published_source) == ("2025-07-10", DateSource.TEXT)


@pytest.mark.parametrize("line", [LONG_EN, LONG_AR])
def test_a_long_first_line_is_cut_at_a_word(line: str) -> None:
    title = short_title(line)
    assert len(title) <= TITLE_MAX and title.endswith("…")
    kept = title.removesuffix("…")
    assert line.startswith(kept) and line[len(kept)] == " "  # a whole word ends there
    assert short_title("Drought plan") == "Drought plan"


def test_every_format_cuts_a_title_taken_from_its_text(archive, tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text(LONG_AR + "\n\nوقال البيان إن الصندوق سيغطي المزارعين المتضررين.\n")
    brief = [("brief.txt", text.read_bytes(), "octet-stream")]
    path = _email(tmp_path / "a.eml", "n@ngo.example", brief)
    titles = [f.title for f in archive.import_paths([path]).imported]
    assert titles[1] == short_title(LONG_AR) and len(titles[1]) <= TITLE_MAX
    # A title only the metadata holds is not the text's: it stays whole.
    docx = ff.write_docx(tmp_path / "t.docx")
    import docx as python_docx

    document = python_docx.Document(str(docx))
    document.core_properties.title = LONG_EN
    document.save(str(docx))
    assert prepare(docx).extracted.title == LONG_EN
