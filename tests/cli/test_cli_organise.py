"""The organising commands (tags, collections, saved) and ``search --batch``, as the issue
writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TEXTS = {"a.txt": "Ministers met in London to discuss a ceasefire.",
         "b.txt": "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف.",
         "c.txt": "Talks in Cairo about the Gaza crossing and a ceasefire."}  # fmt: skip


@pytest.fixture
def docs(run, tmp_path: Path) -> list[int]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    code, out, _ = run("import", str(folder), "--json")
    assert code == 0
    return sorted(int(d["id"]) for d in json.loads(out)["imported"])


def _ids(run, query: str) -> list[int]:  # type: ignore[no-untyped-def]
    code, out, err = run("search", query, "--json")
    assert code == 0, err
    return sorted(h["id"] for h in json.loads(out)["hits"])


def test_tags_add_remove_list(run, docs: list[int]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("tags", "add", str(docs[0]), "region/levant", "war")
    assert code == 0 and "tag #1 region/levant, war" in out and "undo" in out
    run("tags", "add", str(docs[1]), "region")
    assert _ids(run, "tag:region") == docs[:2]
    code, out, _ = run("tags", "list")
    assert out.splitlines() == ["region  (2, 1 itself)", "  levant  (1)", "war  (1)"]
    data = json.loads(run("tags", "list", "--json")[1])
    assert data["tags"] == [{"name": "region", "documents": 1},
                            {"name": "region/levant", "documents": 1},
                            {"name": "war", "documents": 1}]  # fmt: skip
    assert data["tree"][0]["children"][0]["path"] == "region/levant"
    code, out, _ = run("tags", "remove", str(docs[0]), "war", "--json")
    assert code == 0 and json.loads(out)["change"]["kind"] == "remove_tag"
    code, _out, err = run("tags", "add", "999", "x")
    assert code == 1 and "no document #999" in err
    code, out, _ = run("tags", "rename", "region", "area")
    assert code == 0 and _ids(run, "tag:area") == docs[:2]
    code, out, _ = run("tags", "delete", "area")
    assert code == 0 and _ids(run, "tag:area") == []


def test_collections_add_put_take_list_remove(run, docs: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert run("collections", "add", "Ukraine/aid")[0] == 0
    code, out, _ = run("collections", "put", "Ukraine/aid", *map(str, docs[:2]))
    assert code == 0 and "put 2 documents in Ukraine/aid" in out
    run("collections", "put", "Ukraine", str(docs[2]))
    assert _ids(run, "collection:Ukraine") == docs and _ids(run, "collection:aid") == docs[:2]
    code, out, _ = run("collections", "list")
    assert out.splitlines() == ["Ukraine  (3, 1 itself)", "  aid  (2)"]
    listed = json.loads(run("collections", "list", "--json")[1])["collections"]
    assert [(c["path"], c["count"], c["total"]) for c in listed] == [("Ukraine", 1, 3),
                                                                    ("Ukraine/aid", 2, 2)]  # fmt: skip
    code, out, _ = run("collections", "take", "aid", str(docs[0]))
    assert code == 0 and _ids(run, "collection:aid") == [docs[1]]
    assert run("collections", "add", "Gaza/aid")[0] == 0
    code, _out, err = run("collections", "put", "aid", str(docs[0]))
    assert code == 1 and "give the path" in err and "Gaza/aid" in err
    code, _out, err = run("collections", "add", "Ukraine/aid")
    assert code == 1 and "already" in err
    code, out, _ = run("collections", "rename", "Gaza", "Gaza war")
    code, out, _ = run("collections", "move", "Gaza war", "--into", "Ukraine")
    assert code == 0 and "move collection Gaza war to Ukraine/Gaza war" in out
    code, out, _ = run("collections", "remove", "Ukraine")
    assert code == 0 and json.loads(run("collections", "list", "--json")[1]) == {"collections": []}
    code, out, _ = run("undo", "--json")
    assert code == 0 and _ids(run, "collection:Ukraine") == docs[1:]


def test_saved_add_run_list_remove(run, docs: list[int]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("saved", "add", "ceasefires", "ceasefire")
    assert code == 0 and "save search ceasefires" in out
    data = json.loads(run("saved", "run", "ceasefires", "--json")[1])
    assert data["name"] == "ceasefires" and data["query"] == "ceasefire" and data["total"] == 2
    code, out, _ = run("saved", "run", "ceasefires")
    assert code == 0 and out.startswith("ceasefires: ceasefire\n2 hit(s)")
    listed = json.loads(run("saved", "list", "--json")[1])["saved"]
    assert [(s["name"], s["query"]) for s in listed] == [("ceasefires", "ceasefire")]
    code, _out, err = run("saved", "add", "Ceasefires", "Gaza")
    assert code == 1 and "already" in err
    assert run("saved", "remove", "ceasefires")[0] == 0
    code, _out, err = run("saved", "run", "ceasefires")
    assert code == 1 and "no saved search named 'ceasefires'" in err


def test_search_batch_runs_every_line_in_one_process(run, docs: list[int], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    batch = tmp_path / "q.txt"
    batch.write_text("\ufeffceasefire\n\nكييف\n a* \nnothingatall\n", encoding="utf-8")
    code, out, _ = run("search", "--batch", str(batch), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # one query was refused; the others ran
    assert [r["query"] for r in rows] == ["ceasefire", "كييف", "a*", "nothingatall"]
    assert [r["total"] for r in rows] == [2, 1, 0, 0]
    assert all(isinstance(r["ms"], (int, float)) and isinstance(r["hits"], list) for r in rows)
    assert rows[0]["hits"][0]["snippet"] and "too short" in rows[2]["error"]
    code, out, _ = run("search", "--batch", str(batch))
    assert "ceasefire\n  2 hit(s) in" in out
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ceasefire\n\xff\xfe\x00x\n")
    code, _out, err = run("search", "--batch", str(bad))
    assert code == 1 and f"{bad}: line 2 is not UTF-8 text" in err
    code, _out, err = run("search", "--batch", str(tmp_path / "none.txt"))
    assert code == 1 and "cannot read the batch file" in err
    with pytest.raises(SystemExit) as usage:
        run("search", "x", "--batch", str(batch))
    assert usage.value.code == 2


def test_search_reads_a_collection_of_two_words_and_hints_at_quotes(run, docs: list[int]) -> None:  # type: ignore[no-untyped-def]
    run("collections", "add", "Gaza talks")
    run("collections", "put", "Gaza talks", str(docs[2]))
    assert _ids(run, "collection:Gaza talks") == docs[2:]
    code, out, _ = run("search", "collection:Cairo talks")
    assert code == 0 and out.startswith("0 hit(s)")
    assert 'a value of several words is quoted: collection:"Cairo talks"' in out
    hint = json.loads(run("search", "collection:Cairo talks", "--json")[1])["hint"]
    assert hint["quoted"] == 'collection:"Cairo talks"' and hint["next_word"] == "talks"
