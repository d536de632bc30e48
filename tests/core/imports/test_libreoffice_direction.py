"""Arabic RTF, ODT and Word files saved by LibreOffice, whose paragraphs say left-to-right by
default, import without direction marks; a Word paragraph that turns off a right-to-left
style keeps its direction; no title begins or ends with a bidi control."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import format_fixtures as ff
from archiver.core.imports import prepare
from archiver.core.imports.paragraphs import LRM, RLM
from archiver.core.text.scripts import BIDI_CONTROLS, without_edge_controls

FIXTURES = Path(__file__).parents[2] / "fixtures" / "libreoffice"
CONTROL = re.compile(f"[{BIDI_CONTROLS}]")


def _source_paragraphs() -> list[str]:
    text = (FIXTURES / "rome.ar.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    "name", ["rome.ar.rtf", "rome.ar.odt", "rome.ar.docx", "rome.ar.word2007.docx"]
)
def test_a_libreoffice_file_imports_its_arabic_paragraphs_without_marks(
    archive, tmp_path, name
) -> None:
    path = shutil.copy(FIXTURES / name, tmp_path / name)
    report = archive.import_paths([Path(path)])
    [imported] = report.imported
    document = archive.document(imported.id)
    assert CONTROL.search(document.text) is None
    assert document.text.split("\n\n") == _source_paragraphs()
    assert document.title == _source_paragraphs()[0]


def _docx_with_a_right_to_left_style(path: Path, paragraphs: list[tuple[str, bool | None]]) -> Path:
    """A .docx whose Normal style is right-to-left (set on a style it is based on), with each
    paragraph's own ``w:bidi`` on (True), off (False) or absent (None)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    base = document.styles.add_style("Arabic body", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
    document.styles["Normal"].base_style = base
    for text, bidi in paragraphs:
        paragraph = document.add_paragraph(text)
        if bidi is not None:
            element = OxmlElement("w:bidi")
            element.set(qn("w:val"), "1" if bidi else "0")
            paragraph._p.get_or_add_pPr().append(element)
    document.save(str(path))
    return path


def test_a_word_paragraph_turning_off_a_right_to_left_style_keeps_left_to_right(tmp_path) -> None:
    arabic, latin = ff.PARAGRAPHS[0], ff.LATIN_FIRST
    path = _docx_with_a_right_to_left_style(
        tmp_path / "styled.docx", [(arabic, None), (latin, None), (arabic, False), (arabic, True)]
    )
    paragraphs = prepare(path).extracted.text.split("\n\n")
    # the style's direction holds where the paragraph is silent; "off" against it is a choice
    assert paragraphs == [arabic, RLM + latin, LRM + arabic, arabic]


def test_a_title_taken_from_a_marked_first_paragraph_has_no_mark(tmp_path) -> None:
    body = "\\par\\par\n".join(ff._rtf_unicode(p) for p in [ff.LATIN_FIRST, *ff.PARAGRAPHS])
    path = tmp_path / "fao.rtf"
    path.write_bytes(("{\\rtf1\\ansi\\uc1\\rtlpar " + body + "\\par}").encode("ascii"))
    extracted = prepare(path).extracted
    assert extracted.text.startswith(RLM + ff.LATIN_FIRST)  # the paragraph keeps its direction
    assert extracted.title == ff.LATIN_FIRST


def test_edge_controls_go_and_inner_ones_stay() -> None:
    assert without_edge_controls("\u200e\u2067قمة باريس\u2069 \u200f") == "قمة باريس"
    assert without_edge_controls("قمة \u2068Paris\u2069 باريس") == "قمة \u2068Paris\u2069 باريس"


def test_a_title_typed_with_a_mark_at_an_end_is_stored_without_it(archive, tmp_path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("نص قصير عن المؤتمر.", encoding="utf-8")
    [imported] = archive.import_paths([path]).imported
    archive.update_document(imported.id, title="\u200fمؤتمر روما\u200e")
    assert archive.document(imported.id).title == "مؤتمر روما"
