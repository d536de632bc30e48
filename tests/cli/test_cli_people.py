"""People from their titles on the command line: suggest --json, tag by name, reject
--everywhere and the rejections kept."""

from __future__ import annotations

import json

TEXT = (
    "قال الرئيس الأمريكي دونالد ترامب إن واشنطن تدعم الاتفاق، وأكد ترامب ذلك من روما.\n"
    "ورحب الرئيس الأوكراني فولوديمير زيلينسكي بالقرار.\n"
)


def _suggestions(run, doc: int) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    code, out, _ = run("suggest", str(doc), "--json")
    assert code == 0
    return {s["name"]: s for s in json.loads(out)["suggestions"]}


def test_suggest_json_has_persons_with_parent_and_role(run, doc: int) -> None:
    found = _suggestions(run, doc)
    trump = found["دونالد ترامب"]
    assert trump["kind"] == "person" and trump["new"] is True and trump["participant_id"] is None
    assert trump["parent"]["name"] == "United States" and trump["role"] == "President"
    assert trump["parent"]["ref"] == f"p{trump['parent']['participant_id']}"
    assert found["United States"]["parent"] is None and found["United States"]["new"] is False
    assert {"participant_id", "ref", "name", "count", "aliases", "spans", "state"} <= set(trump)
    assert "Italy" not in found  # من روما
    code, out, _ = run("suggest", str(doc))
    assert code == 0 and "new    دونالد ترامب (person: President, United States)" in out


def test_tag_by_name_creates_the_person_and_undo_takes_it_back(run, doc: int) -> None:
    code, out, _ = run("tag", str(doc), "ترامب", "--json")
    assert code == 0
    made = json.loads(out)
    assert made["participant"]["kind"] == "person" and made["participant"]["role"] == "President"
    assert made["added"] == 2
    code, out, _ = run("participants", "show", "ترامب", "--json")
    assert json.loads(out)["parent"]["name"] == "United States"
    assert "دونالد ترامب" not in _suggestions(run, doc)
    assert run("undo")[0] == 0
    assert run("participants", "show", "ترامب")[0] != 0
    assert _suggestions(run, doc)["دونالد ترامب"]["new"] is True


def test_reject_everywhere_and_the_rejections_kept(run, doc: int) -> None:
    code, out, _ = run("reject", str(doc), "United States", "--everywhere", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["everywhere"] is True and "واشنطن" in data["aliases"]
    assert "United States" not in _suggestions(run, doc)
    code, out, _ = run("reject", str(doc), "زيلينسكي")
    assert code == 0 and "rejected in #" in out
    code, out, _ = run("rejections", "list", "--json")
    kept = json.loads(out)
    assert [(k["participant"], k["document_id"]) for k in kept][-1] == ("", doc)
    assert any(k["participant"] == "United States" and k["document_id"] is None for k in kept)
    first = kept[0]["id"]
    assert run("rejections", "remove", str(first))[0] == 0
    assert len(json.loads(run("rejections", "list", "--json")[1])) == len(kept) - 1
    code, _, err = run("reject", str(doc), "نتنياهو")
    assert code != 0 and "نتنياهو" in err and "Traceback" not in err


def test_tag_by_name_in_an_english_text_fills_the_english_name(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "2025-03-02-english.txt"
    path.write_text("French President Emmanuel Macron said Paris was ready.\n", encoding="utf-8")
    code, out, _ = run("import", str(path), "--json")
    doc = json.loads(out)["imported"][0]["id"]
    code, out, _ = run("tag", str(doc), "Emmanuel Macron", "--json")
    assert code == 0
    made = json.loads(out)["participant"]
    assert (made["name"], made["name_en"], made["name_ar"]) == ("Emmanuel Macron",) * 2 + ("",)
