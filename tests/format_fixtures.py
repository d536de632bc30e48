"""A short Arabic news article written for these tests, and writers that save it in each
format the archive imports (Word, OpenDocument, EPUB, RTF, e-mail, a news web page)."""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

TITLE = "وزراء الزراعة العرب يتفقون على خطة لمواجهة الجفاف"
PARAGRAPHS = [
    "عمّان، 14 آذار 2024 - اتفق وزراء الزراعة في 12 دولة عربية على خطة مشتركة لمواجهة "
    "الجفاف، بكلفة تبلغ 850 مليون دولار على مدى خمس سنوات.",
    "وقال وزير الزراعة الأردني خالد الحنيفات في ختام الاجتماع إن الخطة تشمل حفر 40 سدّاً "
    "صغيراً وإنشاء بنك للبذور في مدينة إربد.",
    "وأوضحت المديرة الإقليمية لمنظمة الأغذية والزراعة ريم نجداوي أن نسبة الأمطار تراجعت "
    "بنحو 30 في المئة خلال العقد الماضي، وأن نحو مليوني مزارع تضرروا.",
    "ومن المقرر أن يعقد الوزراء اجتماعهم المقبل في الرباط في تشرين الأول المقبل لمتابعة التنفيذ.",
]
TEXT = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS)
LATIN_FIRST = "FAO: الجفاف يهدد المنطقة"  # right-to-left, yet its first strong letter is Latin
AUTHOR = "سلمى العبدالله"
URL = "https://news.example.org/ar/economy/2024/03/14/drought-plan"


def words(text: str) -> list[str]:
    """The text's words, punctuation and direction marks left out."""
    return re.findall(r"\w+", text)


def similarity(reference: str, got: str) -> float:
    """Word-sequence similarity (difflib ratio over the two word lists)."""
    return difflib.SequenceMatcher(None, words(reference), words(got), autojunk=False).ratio()


def write_docx(path: Path, paragraphs: list[str] = PARAGRAPHS) -> Path:
    """The article as Word writes it: a Title, right-to-left body paragraphs, properties."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = AUTHOR
    document.add_paragraph(TITLE, style="Title")
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    document.save(str(path))
    return path


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties style:writing-mode="rl-tb"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1" text:style-name="P1">{title}</text:h>
{paragraphs}
<text:p text:style-name="P1">{last}<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>حاشية لا تدخل في النص</text:p></text:note-body></text:note></text:p>
</office:text></office:body></office:document-content>"""
_ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator>
<meta:creation-date>2024-03-15T08:30:00</meta:creation-date></office:meta></office:document-meta>"""


def write_odt(path: Path, paragraphs: list[str] = PARAGRAPHS) -> Path:
    """The article as an OpenDocument text, its ZIP written by hand (mimetype first, stored);
    the last paragraph carries a footnote, which is not text of the article."""
    body = "\n".join(
        # the first paragraph's spaces written as text:s, as LibreOffice does for runs
        f'<text:p text:style-name="P1">{p.replace(" - ", " <text:s/>- ", 1)}</text:p>'
        for p in paragraphs[:-1]
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )  # fmt: skip
        archive.writestr("content.xml", _ODT_CONTENT.format(
            title=TITLE, paragraphs=body, last=paragraphs[-1]))  # fmt: skip
        archive.writestr("meta.xml", _ODT_META.format(title=TITLE, author=AUTHOR))
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


_EPUB_CONTAINER = """<?xml version="1.0" encoding="utf-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
<rootfiles><rootfile media-type="application/oebps-package+xml" full-path="EPUB/content.opf"/>
</rootfiles></container>"""
_EPUB_OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="id" version="3.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">drought-plan-2024</dc:identifier><dc:title>{title}</dc:title>
<dc:language>ar</dc:language><dc:creator>{author}</dc:creator><dc:date>2024-03-14</dc:date>
</metadata>
<manifest>{manifest}
<item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>
<item href="nav.xhtml" id="nav" media-type="application/xhtml+xml" properties="nav"/>
</manifest>
<spine toc="ncx" page-progression-direction="rtl"><itemref idref="nav"/>{spine}</spine>
</package>"""
_EPUB_PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="ar">
<head><title>{title}</title></head>
<body>{body}</body></html>"""
_EPUB_NCX = """<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<docTitle><text>{title}</text></docTitle><navMap>{points}</navMap></ncx>"""


def epub_members(chapters: dict[str, str] | None = None, spine: list[str] | None = None
                 ) -> dict[str, str]:  # fmt: skip
    """The parts of an EPUB 3 book with a right-to-left spine, as EbookLib writes one:
    ``chapters`` (file name under EPUB/ to body XHTML) in manifest order, ``spine`` the
    reading order (the manifest's by default); the article as one chapter when none given."""
    if chapters is None:
        chapters = {
            "chapter.xhtml": f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        }
    ids = {name: f"chapter_{n}" for n, name in enumerate(chapters)}
    manifest = "".join(
        f'\n<item href="{name}" id="{ids[name]}" media-type="application/xhtml+xml"/>'
        for name in chapters
    )
    order = "".join(f'<itemref idref="{ids[name]}"/>' for name in spine or list(chapters))
    links = "".join(f'<li><a href="{name}">{TITLE}</a></li>' for name in chapters)
    points = "".join(f'<navPoint id="{ids[name]}"><navLabel><text>{TITLE}</text></navLabel>'
                     f'<content src="{name}"/></navPoint>' for name in chapters)  # fmt: skip
    nav = f'<nav epub:type="toc" id="toc"><h2>{TITLE}</h2><ol>{links}</ol></nav>'
    return {
        "META-INF/container.xml": _EPUB_CONTAINER,
        "EPUB/content.opf": _EPUB_OPF.format(
            title=TITLE, author=AUTHOR, manifest=manifest, spine=order
        ),
        **{
            f"EPUB/{name}": _EPUB_PAGE.format(title=TITLE, body=body)
            for name, body in chapters.items()
        },
        "EPUB/toc.ncx": _EPUB_NCX.format(title=TITLE, points=points),
        "EPUB/nav.xhtml": _EPUB_PAGE.format(title=TITLE, body=nav),
    }


def write_epub(path: Path, members: dict[str, str] | None = None) -> Path:
    """An EPUB's ZIP written by hand (mimetype first, stored): the article as a one-chapter
    book with a right-to-left spine unless other ``members`` (see epub_members) are given."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip",
                         compress_type=zipfile.ZIP_STORED)  # fmt: skip
        for name, text in (epub_members() if members is None else members).items():
            archive.writestr(name, text)
    return path


def _rtf_hex(text: str) -> str:
    """Text as Windows-1256 RTF: ASCII as is, other characters as \\'hh escapes."""
    return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in text.encode("cp1256")).replace(
        "\n", "\\par\n"
    )


def _rtf_unicode(text: str) -> str:
    """Text as \\uN escapes (with a '?' fallback), as Word writes characters out of the code page."""
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in text)


def write_rtf(
    path: Path, paragraphs: list[str] = PARAGRAPHS, *, unicode_escapes: bool = False
) -> Path:
    """The article as right-to-left RTF (``\\rtlpar``): Windows-1256 hex escapes, or \\uN
    escapes; \\info title and author."""
    escape = _rtf_unicode if unicode_escapes else _rtf_hex
    body = "\\par\\par\n".join(escape(p) for p in [TITLE, *paragraphs])
    rtf = (
        "{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fnil\\fcharset178 Arial;}}"
        f"{{\\info{{\\title {escape(TITLE)}}}{{\\author {escape(AUTHOR)}}}"
        "{\\creatim\\yr2024\\mo3\\dy15\\hr9\\min0}}\\uc1\\rtlpar\\f0\\fs24 "
        f"{body}\\par}}"
    )
    path.write_bytes(rtf.encode("ascii"))
    return path


def write_eml(path: Path, attachment: Path | None = None) -> Path:
    """The article as a Windows-1256 quoted-printable e-mail, with a file attached if given."""
    message = EmailMessage()
    message["From"] = f"{AUTHOR} <salma@news.example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = TITLE
    message["Date"] = "Thu, 14 Mar 2024 10:15:00 +0200"
    message.set_content(TEXT, charset="windows-1256", cte="quoted-printable")
    if attachment is not None:
        message.add_attachment(attachment.read_bytes(), maintype="application",
                               subtype="pdf", filename=attachment.name)  # fmt: skip
    path.write_bytes(message.as_bytes(policy=SMTP))
    return path


CHROME_WORDS = ["الرئيسية", "عاجل", "فيسبوك", "الأكثر", "محفوظة", "الخصوصية", "اشترك"]


def news_page() -> str:
    """The article as a news site shows it: menu, ticker, share bar, "most read", footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    links = "".join(f'<li><a href="/{n}">{t}</a></li>' for n, t in (
        ("", "الرئيسية"), ("politics", "سياسة"), ("economy", "اقتصاد"), ("sport", "رياضة")))  # fmt: skip
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} | أخبار المثال</title>
<link rel="canonical" href="{URL}">
<meta name="author" content="{AUTHOR}">
<meta property="article:published_time" content="2024-03-14T09:00:00+02:00">
</head><body>
<header><nav class="main-menu"><ul>{links}</ul></nav>
<div class="breaking-ticker"><span>عاجل:</span> ارتفاع أسعار القمح في الأسواق العالمية</div>
</header>
<main><article class="story">
<h1>{TITLE}</h1>
<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
{paragraphs}
</article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol>
<li><a href="/a">مهرجان السينما في تونس يفتتح دورته الجديدة بعرض فيلم كوميدي</a></li>
<li><a href="/b">ارتفاع درجات الحرارة في الخليج إلى مستويات قياسية هذا الأسبوع</a></li>
</ol></aside></main>
<footer><p>جميع الحقوق محفوظة © 2024 أخبار المثال</p><a href="/privacy">سياسة الخصوصية</a>
<a href="/subscribe">اشترك في النشرة</a></footer>
</body></html>"""


def write_mhtml(path: Path) -> Path:
    """The news page saved by a browser as one MHTML file (no canonical link kept)."""
    page = news_page().replace(f'<link rel="canonical" href="{URL}">', "")
    message = EmailMessage()
    message["Snapshot-Content-Location"] = URL
    message["Subject"] = TITLE
    message.make_related()
    message.add_related(page, subtype="html", charset="utf-8", cte="quoted-printable")
    message.get_payload()[0]["Content-Location"] = URL
    buffer = io.BytesIO(message.as_bytes(policy=SMTP))
    path.write_bytes(buffer.getvalue())
    return path
