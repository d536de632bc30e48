"""The CLI's JSON is what json.dumps(indent=1) writes, however it is written out."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.cli.common import print_json
from archiver.core.model import JsonRows

_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_values = st.recursive(
    _leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_values)
def test_the_text_is_json_dumps_with_indent_one(value: object) -> None:
    import io
    import sys

    out, sys.stdout = sys.stdout, io.StringIO()
    try:
        print_json(value)
        written = sys.stdout.getvalue()
    finally:
        sys.stdout = out
    assert written == json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def test_an_import_report_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    report = {"imported": [{"id": 1, "title": "تحالف\nالراغبين", "warnings": []}], "failed": []}
    print_json(report)
    assert json.loads(capsys.readouterr().out) == report


def test_report_rows_are_shaped_only_as_they_are_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shaped: list[int] = []

    def shape(n: int) -> dict[str, int]:
        shaped.append(n)
        return {"id": n}

    report = {"imported": JsonRows([1, 2, 3], shape), "failed": JsonRows([], shape), "files": 3}
    assert shaped == []
    print_json(report)
    written = capsys.readouterr().out
    assert shaped == [1, 2, 3]
    plain = {"imported": [{"id": 1}, {"id": 2}, {"id": 3}], "failed": [], "files": 3}
    assert written == json.dumps(plain, ensure_ascii=False, indent=1) + "\n"
