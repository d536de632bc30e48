"""The memos command through archiver.cli.main: add on each target, edit, remove, list, export,
search; JSON shapes and refusals."""

from __future__ import annotations

import csv
import io
import json

import pytest

TEXT = "وقالت فرنسا إنها مستعدة للمساعدة في مراقبة وقف إطلاق النار.\nFrance is ready to help."


def _json(result: tuple[int, str, str]) -> dict:
    code, out, err = result
    assert code == 0, err
    return json.loads(out)


def test_add_on_every_target_then_list_edit_remove(run, doc: int, monkeypatch):
    on_quote = _json(run("memos", "add", "--document", str(doc), "--quote-text", "فرنسا",
                         "تحقق من التصريح", "--json"))  # fmt: skip
    assert (on_quote["kind"], on_quote["quote"]) == ("quote", "فرنسا")
    assert TEXT[on_quote["start"] : on_quote["end"]] == "فرنسا"
    exact = _json(run("memos", "add", "--document", str(doc), "--quote", "5:12", "x", "--json"))
    assert exact["quote"] == TEXT[5:12]  # any span, exactly: even cutting words
    monkeypatch.setattr("sys.stdin", io.StringIO("سطر أول\nsecond line\n"))
    on_doc = _json(run("memos", "add", "--document", str(doc), "-", "--author", "Salma", "--json"))
    assert on_doc["text"] == "سطر أول\nsecond line" and on_doc["author"] == "Salma"
    on_person = _json(run("memos", "add", "--participant", "فرنسا", "leads", "--json"))
    assert on_person["kind"] == "participant" and on_person["participant_id"]
    code, out, _ = run("commitments", "add", str(doc), "--actor", "France", "--status", "offered",
                       "--category", "monitoring", "--what", "monitoring",
                       "--quote-text", "مراقبة وقف إطلاق النار", "--json")  # fmt: skip
    cid = json.loads(out)["id"]
    on_commitment = _json(run("memos", "add", "--commitment", str(cid), "pledge?", "--json"))
    assert on_commitment["document_id"] == doc

    listed = _json(run("memos", "list", "--json"))
    assert listed["total"] == 5
    assert {m["kind"] for m in listed["memos"]} == {"quote", "document", "participant",
                                                     "commitment"}  # fmt: skip
    assert _json(run("memos", "list", "--document", str(doc), "--kind", "quote", "--json"))[
        "total"] == 2  # fmt: skip
    assert _json(run("memos", "list", "--text", "التصريح", "--json"))["memos"][0]["id"] == (
        on_quote["id"])  # fmt: skip
    assert _json(run("memos", "list", "--author", "salma", "--json"))["total"] == 1
    assert _json(run("memos", "list", "--participant", "France", "--json"))["total"] == 1

    edited = _json(run("memos", "edit", str(on_quote["id"]), "تحقق لاحقاً", "--json"))
    assert edited["text"] == "تحقق لاحقاً" and edited["created_at"] == on_quote["created_at"]
    removed = _json(run("memos", "remove", str(on_person["id"]), "--json"))
    assert (
        removed["removed"] == on_person["id"] and removed["change"]["what"] == "delete memo «leads»"
    )
    assert _json(run("undo", "--json"))["undone"]["what"] == "delete memo «leads»"
    code, out, _ = run("memos", "list")
    assert code == 0 and "participant France" in out and "5 memo(s)" in out
    assert "(+1 line)" in out


def test_search_and_export(run, doc: int):
    run("memos", "add", "--document", str(doc), "المصادر الرسمية")
    hits = _json(run("search", "memo:مصادر", "--json"))
    assert [h["id"] for h in hits["hits"]] == [doc]
    assert _json(run("search", "memo:France", "--json"))["total"] == 0
    code, out, _ = run("export", "memos", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert code == 0 and rows[0]["target"] == "document" and rows[0]["text"] == "المصادر الرسمية"
    assert _json(run("export", "memos", "--format", "json"))["memos"][0]["document"]["id"] == doc


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--document", "{doc}", "  "), "needs some text"),
        (("--document", "999", "x"), "no document #999"),
        (("--document", "{doc}", "--quote", "5:999", "x"), "outside document"),
        (("--document", "{doc}", "--quote-text", "Paris", "x"), "does not occur"),
        (("--participant", "Nobody", "x"), "no participant"),
        (("--participant", "France", "--quote", "1:3", "x"), "go with --document"),
        (("--commitment", "77", "x"), "no commitment #77"),
    ],
)
def test_bad_memos_are_refused_with_a_reason(run, doc: int, argv, message):
    code, _, err = run("memos", "add", *(a.format(doc=doc) for a in argv))
    assert code == 1 and message in err and "Traceback" not in err
    assert _json(run("memos", "list", "--json"))["total"] == 0


def test_two_targets_are_a_usage_error(run, doc: int):
    with pytest.raises(SystemExit) as exc:
        run("memos", "add", "--document", str(doc), "--participant", "France", "x")
    assert exc.value.code == 2


def test_search_prints_the_memo_words_that_matched(run, doc: int):
    run("memos", "add", "--document", str(doc), "التحقق من المصادر الرسمية")
    code, out, _ = run("search", "memo:مصادر")
    assert code == 0 and "memo: التحقق من [المصادر] الرسمية" in out
    assert _json(run("search", "memo:مصادر", "--json"))["hits"][0]["snippet_from"] == "memo"
