"""``archiver search`` says why a query finds nothing: a refused date filter exits 1 with the
reason (one line, --json too, each --batch line on its own), common words alone get a note."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ONLY_COMMON = "Only common words, which the search ignores: «إلى»"
MONTH_13 = 'date: "2025-13" is not a date (month 13)'
REVERSED = "date: the range 2025-07-10..2025-07-01 ends before it starts"


@pytest.fixture()
def tunis(run, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """The id of a short dated Arabic article (and an English one beside it)."""
    (tmp_path / "2025-07-05-tunis.txt").write_text("تونس\n\nاجتماع في تونس إلى الغد", "utf-8")
    (tmp_path / "2024-03-01-talks.txt").write_text("Talks\n\nTalks went on in Tunis", "utf-8")
    code, out, _ = run("import", str(tmp_path / "2025-07-05-tunis.txt"), "--json")
    assert code == 0 and run("import", str(tmp_path / "2024-03-01-talks.txt"))[0] == 0
    return int(json.loads(out)["imported"][0]["id"])


@pytest.mark.parametrize(("query", "reason"), [("date:2025-13 تونس", MONTH_13),
                                               ("date:2025-07-10..2025-07-01", REVERSED)])  # fmt: skip
def test_a_bad_date_filter_is_refused_with_its_reason(run, tunis: int, query, reason) -> None:  # type: ignore[no-untyped-def]
    for extra in ([], ["--json"]):
        code, out, err = run("search", query, *extra)
        assert (code, out, err) == (1, "", f"archiver: {reason}\n")
    for good in ("date:2025 تونس", "date:2025-07", "date:2025-07-01..2025-07-10", "date:2025.."):
        code, out, _ = run("search", good, "--json")
        assert code == 0 and [h["id"] for h in json.loads(out)["hits"]] == [tunis], good


def test_common_words_alone_get_the_apps_note(run, tunis: int) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("search", "إلى")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("0 hit(s) in ") and lines[1:] == [ONLY_COMMON]
    code, out, _ = run("search", "إلى", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["total"] == 0 and shown["ignored"] == ["إلى"]
    code, out, _ = run("search", "في the")
    assert "Only common words, which the search ignores: «في · the»" in out
    code, out, _ = run("search", "إلى تونس")  # a word was left to search: no note
    assert "1 hit(s)" in out and "Only common words" not in out
    assert json.loads(run("search", "تونس", "--json")[1])["ignored"] == []


def test_batch_reports_each_bad_line_and_runs_the_others(run, tunis: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    batch = tmp_path / "q.txt"
    batch.write_text("تونس\ndate:2025-13 تونس\nإلى\ndate:2025-07-10..2025-07-01\n", "utf-8")
    code, out, _ = run("search", "--batch", str(batch), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["total"] for r in rows] == [1, 0, 0, 0]
    assert [r.get("error") for r in rows] == [None, MONTH_13, None, REVERSED]
    assert [r.get("code") for r in rows] == [None, "date_month", None, "date_range_backwards"]
    assert rows[2]["ignored"] == ["إلى"]
    code, out, _ = run("search", "--batch", str(batch))
    assert code == 1
    assert f"date:2025-13 تونس\n  refused: {MONTH_13}\n" in out
    assert f"date:2025-07-10..2025-07-01\n  refused: {REVERSED}\n" in out
    assert re.search(rf"\nإلى\n  0 hit\(s\) in \d+ ms: \n  {ONLY_COMMON}\n", out)
