"""Word, OpenDocument, EPUB, RTF, e-mail and saved web pages: one article written for the tests
saved in each, imported with its words in order, metadata kept, page chrome left out, and
reported as a duplicate when its plain-text copy is already in the archive."""

from __future__ import annotations

from pathlib import Path

import pytest

import format_fixtures as ff
from archiver.core.imports import prepare
from archiver.core.imports.paragraphs import RLM
from archiver.core.model import DateSource

PDF = Path(__file__).resolve().parents[2] / "fixtures" / "pdf" / "lo_amiri.pdf"
WRITERS = {
    "docx": lambda folder: ff.write_docx(folder / "plan.docx"),
    "odt": lambda folder: ff.write_odt(folder / "plan.odt"),
    "epub": lambda folder: ff.write_epub(folder / "plan.epub"),
    "rtf-1256": lambda folder: ff.write_rtf(folder / "plan.rtf"),
    "rtf-unicode": lambda folder: ff.write_rtf(folder / "plan-u.rtf", unicode_escapes=True),
    "eml": lambda folder: ff.write_eml(folder / "plan.eml", PDF),
    "html": lambda folder: _write(folder / "plan.html", ff.news_page().encode("utf-8")),
    "mhtml": lambda folder: ff.write_mhtml(folder / "plan.mhtml"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "in"
    made.mkdir()
    return made


@pytest.mark.parametrize("kind", list(WRITERS))
def test_each_format_gives_the_article_text_and_its_title(folder, kind) -> None:
    extracted = prepare(WRITERS[kind](folder)).extracted
    assert ff.similarity(ff.TEXT, extracted.text) >= 0.98, extracted.text
    assert extracted.title == ff.TITLE
    assert ff.AUTHOR in extracted.author
    assert not any(word in extracted.text for word in ff.CHROME_WORDS)


@pytest.mark.parametrize("kind", list(WRITERS))
def test_each_format_is_a_duplicate_of_the_stored_plain_text(archive, write, folder, kind):
    [stored] = archive.import_paths([write("plan.txt", ff.TEXT)]).imported
    report = archive.import_paths([WRITERS[kind](folder)])
    assert [d.id for d in report.duplicates] == [stored.id], report
    assert not report.failed
    # The e-mail's attached PDF is another text: it is stored, the e-mail itself is not.
    assert len(report.imported) == (1 if kind == "eml" else 0)


def test_the_web_page_keeps_its_canonical_url_and_publication_date(archive, folder) -> None:
    [doc] = archive.import_paths([WRITERS["html"](folder)]).imported
    stored = archive.document(doc.id)
    assert stored.url == ff.URL
    assert (stored.published, stored.published_source) == ("2024-03-14", DateSource.DOCUMENT)
    assert stored.kind == "html" and stored.author == ff.AUTHOR


def test_an_mhtml_page_without_canonical_link_takes_the_saved_address(folder) -> None:
    assert prepare(WRITERS["mhtml"](folder)).extracted.url == ff.URL


def test_the_email_date_is_a_publication_date_and_its_attachment_a_document(archive, folder):
    report = archive.import_paths([WRITERS["eml"](folder)])
    assert not report.failed and len(report.imported) == 2
    mail, attached = (archive.document(f.id) for f in report.imported)
    assert (mail.kind, mail.title, mail.published) == ("email", ff.TITLE, "2024-03-14")
    assert mail.published_source == DateSource.DOCUMENT
    assert mail.author == ff.AUTHOR  # the display name; the address is the e-mail's URL
    assert mail.url == "mailto:salma@news.example.org"
    assert mail.encoding is None and mail.method == "email/windows-1256"
    assert ff.similarity(ff.TEXT, mail.text) >= 0.98
    assert attached.kind == "pdf" and attached.parent_document == mail.id
    # The PDF states neither a date nor an author: it takes its message's, saying so.
    assert (attached.published, attached.published_source) == ("2024-03-14", DateSource.MESSAGE)
    assert attached.author == ff.AUTHOR
    assert attached.file_name == f"plan.eml › {PDF.name}"
    assert mail.attachments == (attached.id,) and attached.attachments == ()
    assert archive.original_file(attached.id).read_bytes() == PDF.read_bytes()
    assert archive.search("وزراء").total >= 1


def test_importing_the_email_again_stores_nothing(archive, folder) -> None:
    path = WRITERS["eml"](folder)
    archive.import_paths([path])
    again = archive.import_paths([path])
    # the e-mail's bytes are held: it is not read again, and its PDF is not reached
    assert not again.imported and [d.id for d in again.duplicates] == [1]


def test_a_damaged_attachment_is_a_warning_on_the_email(archive, folder) -> None:
    broken = _write(folder / "scan.pdf", b"%PDF-1.7\nnot really a PDF")
    path = ff.write_eml(folder / "plan.eml", broken)
    report = archive.import_paths([path])
    assert len(report.imported) == 1 and not report.failed
    [warning] = report.imported[0].warnings
    assert warning.startswith("attachment 'scan.pdf' not imported: damaged PDF")


@pytest.mark.parametrize("kind", ["docx", "odt", "rtf"])
def test_a_right_to_left_paragraph_beginning_with_a_latin_word_stays_right_to_left(
    folder, kind
) -> None:
    writer = {"docx": ff.write_docx, "odt": ff.write_odt, "rtf": ff.write_rtf}[kind]
    path = writer(folder / f"dir.{kind}", [*ff.PARAGRAPHS, ff.LATIN_FIRST])
    text = prepare(path).extracted.text
    assert text.endswith("\n\n" + RLM + ff.LATIN_FIRST)
    assert text.count(RLM) == 1  # paragraphs that begin with an Arabic letter need no mark


def test_the_odt_footnote_is_not_article_text(folder) -> None:
    assert "حاشية" not in prepare(WRITERS["odt"](folder)).extracted.text


def test_a_folder_import_walks_every_kind_the_archive_reads(folder) -> None:
    from archiver.core.imports import kinds, sources

    made = {path.name for path in (write(folder) for write in WRITERS.values())}
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04")
    found, refused = sources.expand([folder], recursive=True)
    assert {Path(p).name for p in found} == made and not refused
    for ext in (".html", ".htm", ".mhtml", ".docx", ".odt", ".epub", ".rtf", ".eml"):
        assert f"*{ext}" in kinds.dialog_filter() and ext in kinds.listed()


def test_an_epub_under_drm_is_refused(folder) -> None:
    import zipfile

    from archiver.core.errors import ImportFailure

    path = WRITERS["epub"](folder)
    with zipfile.ZipFile(path, "a") as book:
        book.writestr("META-INF/encryption.xml", (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#"><CipherData>'
            '<CipherReference URI="EPUB/chapter.xhtml"/></CipherData></EncryptedData>'
            "</encryption>"))  # fmt: skip
    with pytest.raises(ImportFailure, match="protected by DRM"):
        prepare(path)


@pytest.mark.parametrize("encoded", [False, True], ids=["as-is", "base64"])
def test_an_email_with_an_html_body_and_a_forwarded_message(folder, encoded) -> None:
    import email
    from email.message import EmailMessage
    from email.policy import SMTP, default

    inner = ff.write_eml(folder / "inner.eml", PDF)
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "desk@example.org", "Fwd: الخطة"
    outer["Date"] = "Fri, 15 Mar 2024 08:00:00 +0000"
    outer.set_content("<html><body><nav><a href='/'>الرئيسية</a></nav>"
                      + "".join(f"<p>{p}</p>" for p in ff.PARAGRAPHS)
                      + "</body></html>", subtype="html", charset="utf-8")  # fmt: skip
    if encoded:  # against RFC 2046, as some clients send it
        outer.add_attachment(inner.read_bytes(), maintype="message", subtype="rfc822")
    else:
        outer.add_attachment(email.message_from_bytes(inner.read_bytes(), policy=default))
    path = folder / "forward.eml"
    path.write_bytes(outer.as_bytes(policy=SMTP))
    prepared = prepare(path)
    assert prepared.extracted.method == "email/html/utf-8"
    assert ff.similarity("\n\n".join(ff.PARAGRAPHS), prepared.extracted.text) >= 0.98
    [forwarded] = prepared.attachments
    assert forwarded.extracted.kind == "email" and forwarded.extracted.title == ff.TITLE
    [pdf] = forwarded.attachments  # the forwarded message's own attachment
    assert pdf.extracted.kind == "pdf"


def test_an_email_in_an_unknown_charset_is_read_with_a_warning(folder) -> None:
    body = ff.TEXT.encode("cp1256")
    path = _write(folder / "odd.eml", b"From: a@example.org\nSubject: x\n"
                  b"Content-Type: text/plain; charset=x-arabic-legacy\n"
                  b"Content-Transfer-Encoding: 8bit\n\n" + body)  # fmt: skip
    extracted = prepare(path).extracted
    assert ff.similarity(ff.TEXT, extracted.text) >= 0.98
    assert extracted.warnings == ["unknown charset 'x-arabic-legacy': read as windows-1256"]


def test_a_windows_1256_web_page_is_decoded_by_its_meta_charset(folder) -> None:
    page = ff.news_page().replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    path = _write(folder / "old.htm", page.replace("©", "(c)").encode("cp1256"))
    assert ff.similarity(ff.TEXT, prepare(path).extracted.text) >= 0.98


def test_migration_10_can_run_again_and_keeps_the_links(archive, folder) -> None:
    from archiver.core import store

    report = archive.import_paths([WRITERS["eml"](folder)])
    mail, attached = (f.id for f in report.imported)
    store.MIGRATIONS[10](archive.db)  # type: ignore[operator]
    assert archive.document(attached).parent_document == mail
    assert archive.document(mail).author.startswith(ff.AUTHOR)


def test_emptying_the_trash_of_the_email_unlinks_its_attachment(archive, folder) -> None:
    report = archive.import_paths([WRITERS["eml"](folder)])
    mail, attached = (f.id for f in report.imported)
    archive.delete_document(mail)
    assert archive.document(attached).parent_document == mail  # in the trash: still linked
    archive.trash.empty()
    assert archive.document(attached).parent_document is None


def test_a_short_html_email_keeps_its_few_lines(folder) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["Subject"] = "salma@example.org", "التقرير الشهري"
    message.set_content("<div dir='rtl'>مرحبا،<br>مرفق التقرير الشهري عن الجفاف.<br>سلمى</div>",
                        subtype="html", charset="windows-1256", cte="quoted-printable")  # fmt: skip
    path = _write(folder / "short.eml", message.as_bytes())
    assert prepare(path).extracted.text == "مرحبا،\nمرفق التقرير الشهري عن الجفاف.\nسلمى"


def test_the_folder_a_browser_saves_beside_a_page_is_not_walked(folder) -> None:
    from archiver.core.imports import sources

    _write(folder / "article.html", ff.news_page().encode("utf-8"))
    (folder / "article_files").mkdir()
    _write(folder / "article_files" / "ad-frame.html", b"<html><body>Buy now</body></html>")
    (folder / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    _write(folder / "notes_files" / "note.txt", b"a note")
    found, _refused = sources.expand([folder], recursive=True)
    assert sorted(Path(p).relative_to(folder).as_posix() for p in found) == [
        "article.html", "notes_files/note.txt"
    ]  # fmt: skip


def test_a_scan_attached_to_an_email_is_read_by_ocr(archive, folder) -> None:
    from email.message import EmailMessage

    scan = Path(__file__).resolve().parents[2] / "fixtures" / "ocr" / "scan-150dpi.png"
    message = EmailMessage()
    message["From"], message["Subject"] = "desk@example.org", "الصفحة الممسوحة"
    message.set_content("الصفحة الممسوحة مرفقة.")
    message.add_attachment(scan.read_bytes(), maintype="image", subtype="png", filename=scan.name)
    report = archive.import_paths([_write(folder / "scan.eml", message.as_bytes())])
    mail, page = (archive.document(f.id) for f in report.imported)
    assert (page.kind, page.method, page.parent_document) == ("image", "ocr", mail.id)
    assert page.unverified and len(page.text) > 200
