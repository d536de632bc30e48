"""participants edit, unalias and merge through archiver.cli.main: exit codes and JSON."""

from __future__ import annotations

import csv
import io
import json

TEXT = "قال الرئيس ماكرون إن فرنسا مستعدة لمراقبة وقف إطلاق النار، وأكد إيمانويل ماكرون ذلك."


def _json(run, *argv: str) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = run(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_edit_sets_kind_parent_and_names_and_refuses_a_cycle(run) -> None:  # type: ignore[no-untyped-def]
    made = _json(run, "participants", "add", "ماكرون", "--name-ar", "ماكرون")
    edited = _json(run, "participants", "edit", made["ref"], "--kind", "person", "--parent",
                   "فرنسا", "--name-en", "Emmanuel Macron")  # fmt: skip
    assert (edited["kind"], edited["name_en"], edited["name_ar"]) == (
        "person", "Emmanuel Macron", "ماكرون")  # fmt: skip
    france = _json(run, "participants", "show", "France")
    assert edited["parent_id"] == france["id"]
    assert "Emmanuel Macron" in {a["alias"] for a in edited["aliases"]}
    code, _, err = run("participants", "edit", "France", "--parent", made["ref"])
    assert code == 1 and "cannot be the parent of France: it is under France already" in err
    assert _json(run, "participants", "edit", made["ref"], "--no-parent")["parent_id"] is None
    code, _, err = run("participants", "edit", made["ref"])
    assert code == 1 and "nothing to change" in err
    code, out, _ = run("export", "participants", "--all", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert next(r for r in rows if r["id"] == str(made["id"]))["name_en"] == "Emmanuel Macron"


def test_unalias_removes_one_alias(run) -> None:  # type: ignore[no-untyped-def]
    _json(run, "participants", "add", "Emmanuel Macron", "--alias", "Macron", "--alias", "ماكرون")
    shown = _json(run, "participants", "unalias", "Emmanuel Macron", "Macron")
    assert {a["alias"] for a in shown["aliases"]} == {"Emmanuel Macron", "ماكرون"}
    code, _, err = run("participants", "unalias", "Emmanuel Macron", "Macron")
    assert code == 1 and "has no alias 'Macron'" in err


def test_merge_moves_the_coding_and_undo_takes_it_back(run, doc: int) -> None:  # type: ignore[no-untyped-def]
    keep = _json(run, "participants", "add", "Emmanuel Macron", "--kind", "person")
    other = _json(run, "participants", "add", "ماكرون", "--kind", "person")
    assert _json(run, "tag", str(doc), other["ref"])["added"] == 2
    merged = _json(run, "participants", "merge", keep["ref"], other["ref"])
    assert merged["merged"]["id"] == other["id"] and merged["documents"] == [doc]
    assert merged["moved"]["mentions"] == 2 and "ماكرون" in {a["alias"] for a in merged["aliases"]}
    hits = _json(run, "search", f"participant:{keep['ref']}")["hits"]
    assert [h["id"] for h in hits] == [doc]
    code, out, _ = run("history")
    assert code == 0 and "merge ماكرون into Emmanuel Macron" in out
    assert run("undo")[0] == 0
    assert _json(run, "participants", "show", other["ref"])["document_count"] == 1
    code, _, err = run("participants", "merge", keep["ref"], keep["ref"])
    assert code == 1 and "cannot be merged with itself" in err


def test_merge_in_words(run) -> None:  # type: ignore[no-untyped-def]
    run("participants", "add", "A one")
    run("participants", "add", "B two")
    code, out, _ = run("participants", "merge", "A one", "B two")
    assert code == 0 and out.startswith("merged p") and "into p" in out and "0 folded" in out
