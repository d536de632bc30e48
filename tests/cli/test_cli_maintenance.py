"""The maintenance commands (check, reindex) through archiver.cli.main."""

import json
from pathlib import Path

from cli_runner import run

from samples import ARTICLE_AR, ARTICLE_EN


def test_check_finds_and_repairs_problems(tmp_path: Path, capsys) -> None:
    archive = str(tmp_path / "a")
    article = tmp_path / "article.txt"  # a stray byte: its original is kept as a file
    article.write_bytes(ARTICLE_EN.encode("utf-8").replace(b" ", b" \xff ", 1))
    run(capsys, "--archive", archive, "import", str(article))
    stray = tmp_path / "a" / "originals" / "zz" / "stray.txt"
    stray.parent.mkdir()
    stray.write_text("not ours")
    code, out, _ = run(capsys, "--archive", archive, "check", "--json")
    assert code == 1 and json.loads(out)["problems"]
    code, out, _ = run(capsys, "--archive", archive, "check", "--repair", "--json")
    assert code == 0 and json.loads(out)["consistent"]
    assert (tmp_path / "a" / "lost+found" / "stray.txt").exists()
    original = next((tmp_path / "a" / "originals").rglob("*.txt"))
    original.write_text("changed")
    assert run(capsys, "--archive", archive, "check")[0] == 1


def test_reindex(tmp_path: Path, capsys) -> None:
    archive = str(tmp_path / "a")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_AR, encoding="utf-8")
    run(capsys, "--archive", archive, "import", str(article))
    code, out, _ = run(capsys, "--archive", archive, "reindex")
    assert code == 0 and "indexed 1" in out
    assert (
        json.loads(run(capsys, "--archive", archive, "search", "السويد", "--json")[1])["total"] == 1
    )


def test_check_clears_copies_left_by_an_interrupted_import(tmp_path: Path, capsys) -> None:
    archive = str(tmp_path / "a")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_EN, encoding="utf-8")
    run(capsys, "--archive", archive, "import", str(article))
    leftover = tmp_path / "a" / "originals" / "ab" / ("ab" + "0" * 62 + ".txt")
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_text("half a copy")
    code, out, _ = run(capsys, "--archive", archive, "check")
    assert code == 1 and "belongs to no document" in out
    assert run(capsys, "--archive", archive, "check", "--repair")[0] == 0
    assert not leftover.exists()
    assert (tmp_path / "a" / "lost+found" / leftover.name).exists()
