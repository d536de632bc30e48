"""The EPUB reader of our own: the spine's order, not the manifest's; paths that leave the
book, a missing container.xml and a DRM licence refused with the reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import format_fixtures as ff
from archiver.core.errors import ImportFailure
from archiver.core.imports import prepare
from archiver.core.imports.paragraphs import RLM


def _book(folder: Path, members: dict[str, str]) -> Path:
    return ff.write_epub(folder / "book.epub", members)


def test_chapters_come_in_spine_order_not_manifest_order(tmp_path) -> None:
    chapters = {"c1.xhtml": f"<p>{ff.PARAGRAPHS[0]}</p>", "c2.xhtml": f"<p>{ff.PARAGRAPHS[1]}</p>",
                "c3.xhtml": "<p dir='ltr'>FAO: third in the manifest, first read</p>"}  # fmt: skip
    members = ff.epub_members(chapters, spine=["c3.xhtml", "c1.xhtml", "c2.xhtml"])
    text = prepare(_book(tmp_path, members)).extracted.text
    assert text == "\n\n".join(
        ["FAO: third in the manifest, first read", ff.PARAGRAPHS[0], ff.PARAGRAPHS[1]]
    )
    assert RLM not in text and ff.TITLE not in text  # nav document left out


def test_a_non_linear_chapter_is_text_but_a_non_linear_table_of_contents_is_not(tmp_path):
    chapters = {"toc.xhtml": "<p>المحتويات: الفصل الأول</p>", "c1.xhtml": f"<p>{ff.PARAGRAPHS[0]}</p>",
                "notes.xhtml": "<p>حاشية الفصل الأول</p>"}  # fmt: skip
    members = ff.epub_members(chapters)
    opf = members["EPUB/content.opf"]
    for idref in ("chapter_0", "chapter_2"):
        opf = opf.replace(f'idref="{idref}"/>', f'idref="{idref}" linear="no"/>')
    members["EPUB/content.opf"] = opf.replace(
        "</package>", '<guide><reference type="toc" href="toc.xhtml#top"/></guide></package>'
    )
    text = prepare(_book(tmp_path, members)).extracted.text
    assert text == ff.PARAGRAPHS[0] + "\n\nحاشية الفصل الأول"


@pytest.mark.parametrize("href", ["../../outside.xhtml", "/etc/passwd", "file:///etc/passwd"])
def test_a_manifest_path_that_leaves_the_book_is_refused(tmp_path, href) -> None:
    members = ff.epub_members()
    members["EPUB/content.opf"] = members["EPUB/content.opf"].replace(
        'href="chapter.xhtml"', f'href="{href}"'
    )
    members["outside.xhtml"] = members["EPUB/chapter.xhtml"]  # present, yet not reachable
    with pytest.raises(ImportFailure, match=r"is not inside the book|leads out of the book"):
        prepare(_book(tmp_path, members))


def test_a_package_path_that_leaves_the_book_is_refused(tmp_path) -> None:
    members = ff.epub_members()
    members["META-INF/container.xml"] = members["META-INF/container.xml"].replace(
        'full-path="EPUB/content.opf"', 'full-path="EPUB/../../content.opf"'
    )
    with pytest.raises(
        ImportFailure, match=re.escape("'EPUB/../../content.opf' leads out of the book")
    ):
        prepare(_book(tmp_path, members))


def test_a_book_without_container_xml_is_refused(tmp_path) -> None:
    members = ff.epub_members()
    del members["META-INF/container.xml"]
    with pytest.raises(ImportFailure, match=re.escape("no META-INF/container.xml inside")):
        prepare(_book(tmp_path, members))


def test_a_container_naming_no_package_or_a_damaged_package_is_refused(tmp_path) -> None:
    members = ff.epub_members()
    members["EPUB/content.opf"] = members["EPUB/content.opf"][:200]
    with pytest.raises(ImportFailure, match=re.escape("damaged EPUB book (EPUB/content.opf: ")):
        prepare(_book(tmp_path, members))
    members["META-INF/container.xml"] = "<container/>"
    with pytest.raises(ImportFailure, match=re.escape("container.xml names no package")):
        prepare(_book(tmp_path, members))


def test_a_book_with_an_adobe_drm_licence_is_refused(tmp_path) -> None:
    members = {**ff.epub_members(), "META-INF/rights.xml": "<rights/>"}
    with pytest.raises(ImportFailure, match="protected by DRM"):
        prepare(_book(tmp_path, members))
