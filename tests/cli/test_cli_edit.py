"""archiver edit: a document's details changed from the command line, one undoable change."""

import json
from pathlib import Path

from cli_runner import run


def _archive_with_one(tmp_path: Path, capsys) -> str:  # type: ignore[no-untyped-def]
    archive = str(tmp_path / "a")
    article = tmp_path / "fund.txt"
    article.write_text("صندوق الجفاف\n\nرفعت الوزارة صندوق الجفاف إلى خمسين مليون دولار.\n")
    code, _out, _err = run(capsys, "--archive", archive, "import", str(article))
    assert code == 0
    return archive


def test_edit_sets_the_author_and_the_date_and_undo_takes_them_back(tmp_path, capsys) -> None:
    archive = _archive_with_one(tmp_path, capsys)
    code, out, _ = run(capsys, "--archive", archive, "edit", "1", "--author", "سلمى العبدالله",
                       "--date", "2024-03", "--json")  # fmt: skip
    assert code == 0
    shown = json.loads(out)
    assert shown["author"] == "سلمى العبدالله" and shown["published"] == "2024-03"
    assert (shown["published_source"], shown["published_precision"]) == ("user", "month")
    code, out, _ = run(capsys, "--archive", archive, "show", "1", "--json")
    assert json.loads(out) == shown  # edit --json prints what show --json prints
    code, out, _ = run(capsys, "--archive", archive, "edit", "1", "--author", "سلمى العبدالله")
    assert code == 0 and "nothing changed" in out
    run(capsys, "--archive", archive, "undo")
    _code, out, _ = run(capsys, "--archive", archive, "show", "1", "--json")
    assert json.loads(out)["author"] == "" and json.loads(out)["published"] is None


def test_edit_refuses_a_bad_date_an_empty_title_and_nothing_to_do(tmp_path, capsys) -> None:
    archive = _archive_with_one(tmp_path, capsys)
    for args, said in ((["--date", "2024-13"], "'2024-13' is not a date"),
                       (["--title", " "], "title cannot be empty"),
                       ([], "give at least one of --title")):  # fmt: skip
        code, _out, err = run(capsys, "--archive", archive, "edit", "1", *args)
        assert code != 0 and said in err, (args, err)
    _code, out, _ = run(capsys, "--archive", archive, "history", "--json")
    assert [c["kind"] for c in json.loads(out)] == ["import"]  # nothing was written


def test_edit_reads_a_date_as_it_is_written_and_refuses_to_guess(tmp_path, capsys) -> None:
    archive = _archive_with_one(tmp_path, capsys)
    code, out, _ = run(capsys, "--archive", archive, "edit", "1", "--date", "14 March 2025",
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["published"] == "2025-03-14"
    code, _out, err = run(capsys, "--archive", archive, "edit", "1", "--date", "3/4/2025")
    assert code != 0 and "could be 2025-04-03 or 2025-03-04" in err
