"""The history commands through archiver.cli.main: delete, trash, history, undo, redo; quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TEXT = (
    "اجتماع في بريطانيا لدعم أوكرانيا بقيادة فرنسا.\n"
    "وقالت فرنسا وأستراليا والدنمارك والسويد إنها مستعدة للمساعدة في مراقبة وقف إطلاق النار.\n"
    "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي."
)
ADD = ("commitments", "add", "--actor", "France", "--status", "offered", "--category",
       "monitoring", "--what", "مراقبة")  # fmt: skip


def _add(run, doc: int, *quote: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run(ADD[0], ADD[1], str(doc), *ADD[2:], *quote, "--json")


def test_delete_undo_redo_trash_and_history(run, doc: int, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ARCHIVER_USER", "Salma")
    code, out, _ = _add(run, doc, "--quote-text", "مستعدة للمساعدة")
    assert code == 0
    cid = json.loads(out)["id"]
    code, out, _ = run("delete", str(doc), "--json")
    deleted = json.loads(out)
    assert code == 0 and deleted["deleted"] == [doc]
    assert deleted["change"]["what"].startswith("delete of «اجتماع")
    assert json.loads(run("search", "فرنسا", "--json")[1])["total"] == 0
    code, out, _ = run("trash", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [d["id"] for d in listed["documents"]] == [doc]
    assert listed["documents"][0]["bytes"] > 0  # the file imported
    assert listed["bytes"] == 0  # of original files to free: the store regenerates this one
    code, out, _ = run("undo", "--json")
    undone = json.loads(out)["undone"]
    assert code == 0 and undone["documents"] == [doc] and undone["what"].startswith("delete of")
    assert json.loads(run("search", "فرنسا", "--json")[1])["total"] == 1
    code, out, _ = run("redo", "--json")
    assert code == 0 and json.loads(out)["redone"]["id"] == undone["id"]
    code, out, _ = run("trash", "restore", str(doc), "--json")
    assert code == 0 and json.loads(out)["restored"] == [doc]
    code, out, _ = run("history", "--limit", "3", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 3
    assert [r["kind"] for r in rows] == ["restore_document", "delete_document", "add_commitment"]
    assert all(set(r) >= {"id", "time", "author", "what", "documents", "undone"} for r in rows)
    assert rows[0]["author"] == "Salma" and rows[1]["undone"] is False
    commitments = json.loads(run("commitments", "list", "--json")[1])["commitments"]
    assert [c["id"] for c in commitments] == [cid]
    code, out, _ = run("check", "--json")
    assert code == 0 and json.loads(out)["consistent"]


def test_undo_of_a_change_later_ones_depend_on_needs_force(run, doc: int):
    code, out, _ = _add(run, doc, "--quote-text", "مستعدة للمساعدة")
    history = json.loads(run("history", "--json")[1])
    commitment = history[0]["id"]
    assert run("delete", str(doc))[0] == 0
    code, _, err = run("undo", str(commitment))
    assert code == 1 and "depend" in err and "force" in err
    code, out, _ = run("undo", str(commitment), "--force", "--json")
    assert code == 0 and json.loads(out)["undone"]["id"] == commitment
    code, _, err = run("undo", str(commitment))
    assert code == 1 and "undone already" in err
    assert run("undo", "99999")[0] == 1


def test_nothing_to_redo_and_trash_errors(run, doc: int):
    code, out, _ = run("redo", "--json")
    assert code == 0 and json.loads(out) == {"redone": None}
    assert run("redo")[1].strip() == "nothing to redo"
    code, _, err = run("trash", "restore", str(doc))
    assert code == 1 and "not in the trash" in err
    assert run("trash", "restore")[0] == 1
    assert run("delete", "999")[0] == 1
    code, out, _ = run("trash", "--json")
    assert code == 0 and json.loads(out)["total"] == 0


def test_trash_empty_frees_documents_and_originals(run, doc: int, tmp_path: Path):
    run("delete", str(doc))
    code, out, _ = run("trash", "empty", "--json")
    assert code == 0 and json.loads(out)["emptied"]["documents"] == 1
    assert json.loads(run("trash", "list", "--json")[1])["total"] == 0
    assert run("show", str(doc))[0] == 1
    assert not any((tmp_path / "archive" / "originals").rglob("*.txt"))
    code, out, _ = run("check")
    assert code == 0 and "consistent" in out


def test_quote_text_is_found_or_refused(run, doc: int):
    code, out, _ = _add(run, doc, "--quote-text", "مراقبة وقف إطلاق النار")
    start = TEXT.index("مراقبة وقف إطلاق النار")
    quote = json.loads(out)["quote"]
    assert code == 0 and (quote["start"], quote["end"]) == (
        start,
        start + len("مراقبة وقف إطلاق النار"),
    )
    code, out, _ = _add(run, doc, "--quote-text", "مستعده للمساعده في مراقبه وقف اطلاق")
    quote = json.loads(out)["quote"]  # typed without hamza, ta marbuta as ha: found all the same
    assert (
        code == 0 and TEXT[quote["start"] : quote["end"]] == "مستعدة للمساعدة في مراقبة وقف إطلاق"
    )
    code, _, err = _add(run, doc, "--quote-text", "لا توجد هذه الكلمات")
    assert code == 1 and "does not occur in document" in err
    code, _, err = _add(run, doc, "--quote-text", "فرنسا")
    assert code == 1 and "occurs in 2 places" in err


def test_a_quote_that_cuts_a_word_is_refused_with_the_nearest_whole_words(run, doc: int):
    start = TEXT.index("مستعدة")
    code, _, err = _add(run, doc, "--quote", f"{start + 1}:{start + 6}")
    assert code == 1 and "cuts a word in two" in err
    assert f"{start}:{start + 6} («مستعدة»)" in err
    code, _out, _ = _add(run, doc, "--quote", f"{start}:{start + 6}")
    assert code == 0


def test_a_file_already_in_the_trash_is_named_as_such(run, doc: int, tmp_path: Path):
    run("delete", str(doc))
    code, out, _ = run("import", str(tmp_path / "2025-07-09-coalition.txt"))
    assert code == 0 and f"duplicate of #{doc} (in the trash: archiver trash restore {doc})" in out


def test_the_same_commitment_added_twice_is_refused_naming_the_first(run, doc: int):
    code, out, _ = _add(run, doc, "--quote-text", "مستعدة للمساعدة")
    assert code == 0
    first = json.loads(out)["id"]
    code, out, err = _add(run, doc, "--quote-text", "مستعدة للمساعدة")
    assert code == 1 and out == ""
    assert err.startswith(f"archiver: commitment #{first} already records this")
    assert "nothing was stored" in err and "Traceback" not in err
    listed = json.loads(run("commitments", "list", "--json")[1])["commitments"]
    assert [c["id"] for c in listed] == [first]
    history = json.loads(run("history", "--json")[1])
    assert [r["kind"] for r in history].count("add_commitment") == 1
    code, out, _ = _add(run, doc, "--quote-text", "مستعدة للمساعدة", "--status", "pledged")
    assert code == 0 and json.loads(out)["id"] != first  # another status: another commitment


def test_delete_and_restore_say_which_documents_in_plain_words(run, doc: int, tmp_path: Path):
    """ "moved to the trash: #1 «title»", not "…: delete of «title»"; several by their ids."""
    code, out, _ = run("delete", str(doc))
    assert code == 0
    assert (
        out.strip()
        == f"moved to the trash: #{doc} «اجتماع في بريطانيا لدعم أوكرانيا بقيادة فرنسا.» (archiver undo takes it back)"
    )
    code, out, _ = run("trash", "restore", str(doc))
    assert (
        code == 0
        and out.strip() == f"restored: #{doc} «اجتماع في بريطانيا لدعم أوكرانيا بقيادة فرنسا.»"
    )
    (tmp_path / "second.txt").write_text("Second note\n\nAnother text.", encoding="utf-8")
    other = json.loads(run("import", str(tmp_path / "second.txt"), "--json")[1])["imported"][0][
        "id"
    ]
    code, out, _ = run("delete", str(doc), str(other))
    assert code == 0
    assert (
        out.strip()
        == f"moved to the trash: 2 documents: #{doc}, #{other} (archiver undo takes it back)"
    )


def test_history_says_what_a_confirm_all_confirmed(run, doc: int, tmp_path: Path):
    """ "confirm 5 participants in #1", and a lone participant by name: not "confirm 5 in #1"."""
    from archiver.core.archive import Archive

    (tmp_path / "one.txt").write_text("خبر\n\nزار الوزير فرنسا.", encoding="utf-8")
    one = json.loads(run("import", str(tmp_path / "one.txt"), "--json")[1])["imported"][0]["id"]
    with Archive.open(tmp_path / "archive") as archive:
        several = archive.annotations.mentions.confirm_all(doc)
        single = archive.annotations.mentions.confirm_all(one)
        france = archive.annotations.participants.get(single.participants[0]).name
    assert len(several.participants) > 1 and len(single.participants) == 1
    code, out, _ = run("history", "--limit", "2")
    assert code == 0
    newest, older = out.splitlines()
    assert f"confirm {france} in #{one}" in newest
    assert f"confirm {len(several.participants)} participants in #{doc}" in older
