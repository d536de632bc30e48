"""An RTF \\info field written as a \\upr/\\ud pair is read from its Unicode half (the ANSI
half of an Arabic title in a Western code page is question marks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.imports.rtf import extract_rtf

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "rtf"


@pytest.mark.parametrize("name", ["title-in-ud.rtf", "title-upr-inside.rtf"])
def test_the_title_of_a_ud_group_is_read(name: str) -> None:
    path = FIXTURES / name
    extracted = extract_rtf(path, path.read_bytes())
    assert extracted.title == "تقرير الهدنة"


def test_the_author_and_the_text_beside_it(archive: Archive) -> None:
    path = FIXTURES / "title-in-ud.rtf"
    extracted = extract_rtf(path, path.read_bytes())
    assert extracted.author == "سارة" and extracted.file_date == "2025-03-14"
    assert extracted.text == "اتفق الطرفان على هدنة."  # the \\info group is not text
    (imported,) = archive.import_paths([path]).imported
    assert imported.title == "تقرير الهدنة"
    assert [h.id for h in archive.search("title:الهدنة").hits] == [imported.id]
