"""Arabic RTF and ODT saved by LibreOffice, whose paragraphs say left-to-right by default,
import without direction marks; no title begins or ends with a bidi control."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import format_fixtures as ff
from archiver.core.imports import prepare
from archiver.core.imports.paragraphs import RLM
from archiver.core.text.scripts import BIDI_CONTROLS, without_edge_controls

FIXTURES = Path(__file__).parents[2] / "fixtures" / "libreoffice"
CONTROL = re.compile(f"[{BIDI_CONTROLS}]")


def _source_paragraphs() -> list[str]:
    text = (FIXTURES / "rome.ar.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("name", ["rome.ar.rtf", "rome.ar.odt"])
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
