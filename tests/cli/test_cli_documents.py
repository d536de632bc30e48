"""The document commands through archiver.cli.main, and once through a real process."""

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_runner import run

from archiver.cli import main
from samples import ARTICLE_AR


def test_import_search_show_export_check(tmp_path: Path, capsys) -> None:
    archive = str(tmp_path / "a")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_AR, encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"")

    code, out, _ = run(capsys, "--archive", archive, "import", "--json", str(article))
    assert code == 0
    report = json.loads(out)
    doc_id = report["imported"][0]["id"]
    assert report["duplicates"] == [] and report["failed"] == []

    code, out, _ = run(
        capsys, "--archive", archive, "import", "--json", str(article), str(tmp_path / "bad.pdf")
    )
    report = json.loads(out)
    assert code == 1
    assert report["duplicates"][0]["id"] == doc_id and report["duplicates"][0]["likely"] is False
    assert report["failed"] == [
        {"path": str(tmp_path / "bad.pdf"), "reason": "empty file", "code": "empty_file"}
    ]

    code, out, _ = run(capsys, "--archive", archive, "search", "أُوكْرَانِيَا", "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] == 1
    hit = result["hits"][0]
    assert set(hit) >= {"id", "title", "score", "date", "snippet", "highlights", "quality"}
    assert hit["quality"] == 1.0  # a clean text file

    code, out, _ = run(capsys, "--archive", archive, "show", str(doc_id), "--json")
    shown = json.loads(out)
    assert shown["text"] == ARTICLE_AR.strip("\n")
    assert next(shown["text"][s:e] for s, e in hit["highlights"]) == "أوكرانيا"
    assert shown["source"]["kind"] == "text" and len(shown["source"]["sha256"]) == 64

    code, out, _ = run(capsys, "--archive", archive, "export", "documents", "--format", "json")
    assert [d["id"] for d in json.loads(out)["documents"]] == [doc_id]
    target = tmp_path / "docs.csv"
    code, _, _ = run(
        capsys, "--archive", archive, "export", "documents", "--format", "csv", "-o", str(target)
    )
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and "قمة" in target.read_text(
        "utf-8-sig"
    )

    assert run(capsys, "--archive", archive, "check")[0] == 0
    assert run(capsys, "--archive", archive, "show", "999")[0] == 1


def test_analyze_and_usage_errors(tmp_path: Path, capsys, monkeypatch) -> None:
    archive = str(tmp_path / "a")
    _code, out, _ = run(capsys, "--archive", archive, "analyze", "أُوكْرَانِيَا", "--json")
    with_marks = json.loads(out)
    _code, out, _ = run(capsys, "--archive", archive, "analyze", "اوكرانيا", "--json")
    assert [t["token"] for t in with_marks] == [t["token"] for t in json.loads(out)]
    assert with_marks[0]["start"] == 0 and with_marks[0]["end"] == len("أُوكْرَانِيَا")
    _code, out, _ = run(capsys, "--archive", archive, "analyze", "لأوكرانيا")
    assert "(also اوكرانيا" in out  # the second reading, as the guide says
    try:
        main(["--archive", archive, "search"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("a missing argument must be a usage error")


def test_real_process_with_archiver_home(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_AR, encoding="utf-8")
    env = {**os.environ, "ARCHIVER_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "archiver"]
    done = subprocess.run(
        [*cmd, "import", "--json", str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "home" / "archive.sqlite3").exists()
    lines = subprocess.run(
        [*cmd, "analyze", "--json"],
        input="أوكرانيا\nاوكرانيا\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    arrays = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(arrays) == 2 and arrays[0][0]["token"] == arrays[1][0]["token"]


def test_read_commands_on_a_missing_archive_and_other_bad_input(tmp_path: Path, capsys) -> None:
    missing = str(tmp_path / "typo")
    for args in (["search", "x"], ["show", "1"], ["export", "documents"], ["check"]):
        code, _, err = run(capsys, "--archive", missing, *args)
        assert code == 1 and "no archive at" in err
    assert not (tmp_path / "typo").exists()  # reading never creates an archive
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    code, _, err = run(capsys, "--archive", str(not_a_folder), "import", str(not_a_folder))
    assert code == 1 and err.startswith("archiver:") and "Traceback" not in err
    try:
        main(["--archive", missing, "search", "x", "--limit", "0"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("--limit 0 must be a usage error")


def test_reads_work_beside_a_writer_and_writes_wait(tmp_path: Path, capsys) -> None:
    from archiver.core.archive import Archive

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE_AR, encoding="utf-8")
    with Archive.open(tmp_path / "a") as app:  # the desktop app holding the writer lock
        app.import_paths([article])
        code, out, _ = run(capsys, "--archive", str(tmp_path / "a"), "search", "السويد", "--json")
        assert code == 0 and json.loads(out)["total"] == 1
        code, _, err = run(capsys, "--archive", str(tmp_path / "a"), "import", str(article))
        assert code == 3 and "open for writing" in err


def test_show_marks_a_date_that_is_only_the_files_creation_date(
    qapp, tmp_path: Path, capsys
) -> None:
    import pdf_fixtures as fx

    archive = str(tmp_path / "a")
    plain = fx.make_pdf(tmp_path / "plain.pdf", ["قالت فرنسا إنها مستعدة للمساهمة في المراقبة."])
    pdf = fx.set_metadata(plain, tmp_path / "talks.pdf", CreationDate="D:20240301101500Z")
    _, out, _ = run(capsys, "--archive", archive, "import", "--json", str(pdf))
    doc_id = json.loads(out)["imported"][0]["id"]
    _, out, _ = run(capsys, "--archive", archive, "show", str(doc_id), "--json")
    shown = json.loads(out)
    assert (shown["published"], shown["published_source"], shown["file_date"]) == (
        "2024-03-01", "file-created", "2024-03-01")  # fmt: skip
    _, out, _ = run(capsys, "--archive", archive, "show", str(doc_id))
    assert "2024-03-01 (the file's creation date, not a publication date)" in out.splitlines()[1]


def test_export_offers_every_registered_export(tmp_path: Path, capsys) -> None:
    import re

    import pytest

    from archiver.core.export.writers import EXPORTERS

    with pytest.raises(SystemExit) as stopped:
        main(["--archive", str(tmp_path / "a"), "export", "nothing"])
    assert stopped.value.code == 2
    offered = re.search(r"choose from (.*)\)", capsys.readouterr().err)
    assert offered is not None
    assert offered.group(1) == ", ".join(repr(name) for name in [*EXPORTERS, "timeline", "qdpx"])
    assert {"documents", "participants", "commitments", "commitments-long"} <= set(EXPORTERS)


def test_show_says_where_a_date_came_from_and_how_precise_it_is(tmp_path: Path, capsys) -> None:
    archive = str(tmp_path / "a")
    article = tmp_path / "plan.txt"
    article.write_text("خطة المياه\n\nبيروت، 15 آذار 2024 - قال رئيس المجلس.", encoding="utf-8")
    _, out, _ = run(capsys, "--archive", archive, "import", "--json", str(article))
    doc_id = str(json.loads(out)["imported"][0]["id"])
    _, out, _ = run(capsys, "--archive", archive, "show", doc_id, "--json")
    shown = json.loads(out)
    assert (shown["published"], shown["published_source"], shown["published_precision"]) == (
        "2024-03-15", "text", "day")  # fmt: skip
    assert shown["unverified_numbers"] == []  # not read by OCR
    _, out, _ = run(capsys, "--archive", archive, "show", doc_id)
    assert out.splitlines()[1].startswith("2024-03-15 (from the dateline)")
    code, _, err = run(capsys, "--archive", archive, "import", "--ocr-models",
                       str(tmp_path / "nowhere"), str(article))  # fmt: skip
    assert code == 1 and "OCR models folder" in err and "not a folder" in err


def test_show_gives_a_web_pages_address_as_the_json_does(tmp_path: Path, capsys) -> None:
    """The canonical URL on a line of its own under the author; none for a text file."""
    import format_fixtures as ff

    archive = str(tmp_path / "a")
    page = tmp_path / "plan.html"
    page.write_text(ff.news_page(), encoding="utf-8")
    _, out, _ = run(capsys, "--archive", archive, "import", "--json", str(page))
    doc_id = str(json.loads(out)["imported"][0]["id"])
    _, out, _ = run(capsys, "--archive", archive, "show", doc_id, "--json")
    assert json.loads(out)["url"] == ff.URL
    code, out, _ = run(capsys, "--archive", archive, "show", doc_id)
    lines = out.splitlines()
    assert code == 0 and lines[2:4] == [f"by {ff.AUTHOR}", ff.URL]
    note = tmp_path / "note.txt"
    note.write_text("ملاحظة\n\nنص قصير بلا عنوان على الشبكة.", encoding="utf-8")
    _, out, _ = run(capsys, "--archive", archive, "import", "--json", str(note))
    note_id = str(json.loads(out)["imported"][0]["id"])
    _, out, _ = run(capsys, "--archive", archive, "show", note_id)
    assert "https://" not in out and out.splitlines()[2] == ""
