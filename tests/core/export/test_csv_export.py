"""CSV cells that a spreadsheet would run as a formula are written as text; JSON is untouched."""

from __future__ import annotations

import csv
import io
import json

import pytest

from archiver.core.export.writers import export, to_csv

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_starting_like_a_formula_gets_an_apostrophe(cell: str) -> None:
    rows = read_csv(to_csv([{"title": cell, "n": 1}], ("title", "n")))
    assert rows[0]["title"] == "'" + cell
    assert rows[0]["n"] == "1"


def test_ordinary_cells_and_numbers_are_written_as_they_are() -> None:
    rows = [{"title": "اجتماع = لقاء", "n": -3, "date": "2025-01-02", "x": 1.5}]
    out = read_csv(to_csv(rows, ("title", "n", "date", "x")))
    assert out[0] == {"title": "اجتماع = لقاء", "n": "-3", "date": "2025-01-02", "x": "1.5"}


def test_exported_titles_are_defused_in_csv_not_in_json(archive, write) -> None:
    archive.import_paths([write("f.txt", "=cmd|' /C calc'!A0\n\nنص المقال عن تونس والاجتماع.")])
    row = read_csv(export(archive, "documents", "csv"))[0]
    assert row["title"] == "'=cmd|' /C calc'!A0"
    doc = json.loads(export(archive, "documents", "json"))["documents"][0]
    assert doc["title"] == "=cmd|' /C calc'!A0"
