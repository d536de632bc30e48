"""The annotation commands through archiver.cli.main: exit codes and JSON shapes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from archiver.cli import main

TEXT = (
    "اجتماع في بريطانيا لدعم أوكرانيا بقيادة فرنسا.\n"
    "وقالت فرنسا وأستراليا والدنمارك والسويد إنها مستعدة للمساعدة في مراقبة وقف إطلاق النار.\n"
    "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي."
)


def _span(words: str) -> str:
    start = TEXT.index(words)
    return f"{start}:{start + len(words)}"


def test_suggest_tag_and_search_in_both_scripts(run, doc: int):
    code, out, _ = run("suggest", str(doc), "--json")
    assert code == 0
    data = json.loads(out)
    names = [s["name"] for s in data["suggestions"]]
    assert names[:3] == ["United Kingdom", "Ukraine", "France"]
    france = next(s for s in data["suggestions"] if s["name"] == "France")
    assert france["count"] == 2 and france["spans"][0] == [
        TEXT.index("فرنسا"),
        TEXT.index("فرنسا") + 5,
    ]
    assert set(france) >= {"participant_id", "ref", "aliases", "state"}

    assert run("search", "participant:France", "--json")[1].count('"id"') == 0
    code, out, _ = run("tag", str(doc), "France", "--json")
    assert code == 0 and json.loads(out)["added"] == 2
    for query in ("participant:فرنسا", "participant:France"):
        code, out, _ = run("search", query, "--json")
        assert [h["id"] for h in json.loads(out)["hits"]] == [doc], query
    remaining = [
        s["name"] for s in json.loads(run("suggest", str(doc), "--json")[1])["suggestions"]
    ]
    assert "France" not in remaining


def test_participants_commands(run, doc: int):
    code, out, _ = run("participants", "add", "Emmanuel Macron", "--kind", "person",
                       "--alias", "ماكرون", "--alias", "Macron", "--parent", "France", "--json")  # fmt: skip
    assert code == 0
    macron = json.loads(out)
    assert macron["kind"] == "person" and macron["ref"].startswith("p")
    assert {"ماكرون", "Macron"} <= {a["alias"] for a in macron["aliases"]}
    code, out, _ = run("participants", "alias", "Macron", "إيمانويل ماكرون", "--json")
    assert code == 0 and "إيمانويل ماكرون" in {a["alias"] for a in json.loads(out)["aliases"]}
    code, out, _ = run("participants", "list", "--kind", "person", "--json")
    assert [p["name"] for p in json.loads(out)] == ["Emmanuel Macron"]
    code, out, _ = run("participants", "list", "--json")
    assert len(json.loads(out)) == 267
    code, _, err = run("participants", "alias", "Nobody", "x")
    assert code == 1 and "Nobody" in err
    code, out, _ = run("participants", "remove", "Macron", "--json")
    assert code == 0 and json.loads(out)["removed"]["name"] == "Emmanuel Macron"


def test_commitments_add_list_and_remove_guard(run, doc: int):
    code, out, _ = run(
        "commitments", "add", str(doc), "--actor", "France", "--actor", "أستراليا",
        "--actor", "Denmark", "--actor", "السويد", "--status", "offered",
        "--category", "monitoring", "--what", "مراقبة وقف إطلاق النار", "--future",
        "--quote", _span("مستعدة للمساعدة في مراقبة وقف إطلاق النار"), "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)
    assert [a["name"] for a in added["actors"]] == ["France", "Australia", "Denmark", "Sweden"]
    assert added["future"] is True and added["status"] == "offered"
    assert added["quote"]["text"].startswith("مستعدة") and added["document"]["id"] == doc
    code, out, _ = run("commitments", "add", str(doc), "--actor", "US", "--status", "suspended",
                       "--category", "military", "--what", "صواريخ", "--quote",
                       _span("وأوقفت الولايات المتحدة"))  # fmt: skip
    assert code == 0

    code, out, _ = run("commitments", "list", "--actor", "الدنمارك", "--json")
    data = json.loads(out)
    assert data["total"] == 1 and data["commitments"][0]["id"] == added["id"]
    code, out, _ = run("commitments", "list", "--status", "suspended", "--json")
    assert [c["actors"][0]["name"] for c in json.loads(out)["commitments"]] == ["United States"]
    code, out, _ = run("search", "status:suspended", "--json")
    assert [h["id"] for h in json.loads(out)["hits"]] == [doc]

    code, _, err = run("participants", "remove", "Denmark")
    assert code == 1 and f"#{added['id']}" in err
    code, _, _ = run("participants", "remove", "Denmark", "--force")
    assert code == 0
    code, out, _ = run("commitments", "list", "--json")
    assert json.loads(out)["total"] == 1


def test_domain_and_usage_errors(run, doc: int):
    assert run("tag", str(doc), "France", "--at", "5:99999")[0] == 1
    assert run("tag", "999", "France")[0] == 1
    assert run("suggest", "999")[0] == 1
    code, _, err = run("commitments", "add", str(doc), "--actor", "Atlantis", "--status",
                       "offered", "--category", "monitoring", "--what", "x", "--quote", "0:5")  # fmt: skip
    assert code == 1 and "Atlantis" in err
    with pytest.raises(SystemExit) as exc:
        main(["commitments", "add", str(doc), "--actor", "France", "--status", "maybe"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["tag", str(doc), "France", "--at", "five"])
    assert exc.value.code == 2


def test_tag_span_reject_and_undo(run, doc: int):
    code, out, _ = run("tag", str(doc), "Ukraine", "--at", _span("أوكرانيا"), "--json")
    assert code == 0 and json.loads(out)["spans"] == [
        [int(x) for x in _span("أوكرانيا").split(":")]
    ]
    assert run("reject", str(doc), "United Kingdom")[0] == 0
    names = [s["name"] for s in json.loads(run("suggest", str(doc), "--json")[1])["suggestions"]]
    assert "United Kingdom" not in names and "Ukraine" not in names
    code, out, _ = run("undo")
    assert code == 0 and out.startswith("undone")
    names = [s["name"] for s in json.loads(run("suggest", str(doc), "--json")[1])["suggestions"]]
    assert "United Kingdom" in names


def test_export_commitments_csv_keeps_arabic(run, doc: int, tmp_path: Path):
    run("commitments", "add", str(doc), "--actor", "France", "--actor", "Sweden", "--status",
        "offered", "--category", "monitoring", "--what", "مراقبة", "--quote", _span("مراقبة"))  # fmt: skip
    out_file = tmp_path / "c.csv"
    code, _, _ = run("export", "commitments", "--format", "csv", "-o", str(out_file))
    assert code == 0
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0]["sources"] == "France; Sweden" and rows[0]["what"] == "مراقبة"
    code, _, _ = run("export", "commitments-long", "--format", "csv", "-o", str(out_file))
    assert len(list(csv.DictReader(io.StringIO(out_file.read_text("utf-8-sig"))))) == 2
    code, _, _ = run("export", "participants", "--format", "json", "-o", str(out_file))
    in_use = json.loads(out_file.read_text("utf-8"))["participants"]
    assert code == 0 and {p["name"] for p in in_use} == {"France", "Sweden"}
    code, _, _ = run("export", "participants", "--all", "--format", "json", "-o", str(out_file))
    assert code == 0 and len(json.loads(out_file.read_text("utf-8"))["participants"]) == 266


def test_changes_wait_for_the_writer_lock_and_reads_do_not(run, doc: int, tmp_path: Path):
    from archiver.core.archive import Archive

    with Archive.open(tmp_path / "archive"):  # the desktop app holding the writer lock
        code, _, err = run("tag", str(doc), "France")
        assert code == 3 and "open for writing" in err
        assert run("suggest", str(doc), "--json")[0] == 0


def test_rename_keeps_the_old_name_and_undo_says_what_it_undid(run, doc: int):
    code, out, _ = run("participants", "rename", "Ukraine", "Ukraina", "--json")
    assert code == 0 and json.loads(out)["name"] == "Ukraina"
    assert {"Ukraine", "Ukraina"} <= {a["alias"] for a in json.loads(out)["aliases"]}
    code, out, _ = run("participants", "show", "Ukraine", "--json")
    assert code == 0 and json.loads(out)["name"] == "Ukraina"
    code, out, _ = run("undo", "--json")
    undone = json.loads(out)["undone"]
    assert code == 0 and undone["what"] == "rename Ukraine to Ukraina"
    assert undone["documents"] == [] and undone["id"] > 0
    assert undone["change"]["kind"] == "rename_participant"
    code, out, _ = run("participants", "show", "Ukraine", "--json")
    assert json.loads(out)["name"] == "Ukraine"
    code, out, _ = run("undo", "--json")  # the next newest: the import of the document
    assert code == 0 and json.loads(out)["undone"]["change"]["kind"] == "import"
    code, out, _ = run("undo", "--json")
    assert code == 0 and json.loads(out) == {"undone": None}


def test_removing_a_participant_is_undone_by_undo(run, doc: int):
    run("tag", str(doc), "France")
    code, out, _ = run("participants", "remove", "France", "--json")
    assert code == 0 and json.loads(out)["documents"] == [doc]
    code, out, _ = run("undo")
    assert code == 0 and out.strip() == "undone: delete participant France"
    code, out, _ = run("participants", "show", "France", "--json")
    assert code == 0 and json.loads(out)["document_count"] == 1
