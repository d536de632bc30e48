"""Merging payloads: clean merges, conflicts, undo travelling, documents by content, gaps."""

from __future__ import annotations

import pytest

from archiver.core.changes import ChangeKind
from archiver.core.errors import ImportFailure, Invalid
from archiver.core.store import documents
from archiver.core.sync.conflicts import DELETED, list_conflicts, resolve
from archiver.core.sync.merge import merge
from archiver.core.sync.payload import Payload
from sync_copies import imported, originals_of, payload_of, send, state


def _quote(archive, doc: int, words: str) -> tuple[int, int]:
    start = archive.document(doc).text.index(words)
    return start, start + len(words)


def _shared(two, texts):
    """A with one document, a commitment and a participant, merged into B."""
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    france = a.annotations.participants.resolve("France").id
    commitment = a.commitments.add(doc, [france], category="monitoring", status="offered",
                                   quote=_quote(a, doc, "monitor a ceasefire"))  # fmt: skip
    person = a.annotations.participants.add("Kaja Kallas", kind="person")
    send(a, b)
    return a, b, doc, commitment, person


def _on_b(b, person):
    return b.annotations.participants.resolve(person.name).id


def test_changes_to_different_fields_of_one_record_merge_cleanly(two, texts):
    a, b, _doc, _c, person = _shared(two, texts)
    a.annotations.participants.update(person.id, notes="EU foreign policy chief")
    b.annotations.participants.update(_on_b(b, person), color="#336699")
    report = send(b, a)
    assert report.conflicts == [] and report.changes_applied == 1
    merged = a.annotations.participants.get(person.id)
    assert (merged.notes, merged.color) == ("EU foreign policy chief", "#336699")


def test_the_same_rename_on_both_sides_is_no_conflict(two, texts):
    a, b, _doc, _c, person = _shared(two, texts)
    a.annotations.participants.rename(person.id, "Kaja Kallas (EU)")
    b.annotations.participants.rename(_on_b(b, person), "Kaja Kallas (EU)")
    assert send(b, a).conflicts == [] and send(a, b).conflicts == []
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_a_conflict_names_the_record_as_it_is_now(two, texts):
    # renamed there (no conflict), its notes changed on both sides: the name taken here names it
    a, b, _doc, _c, person = _shared(two, texts)
    a.annotations.participants.update(person.id, notes="mine")
    b.annotations.participants.update(_on_b(b, person), notes="theirs")
    b.annotations.participants.rename(_on_b(b, person), "Kaja Kallas (EU)")
    send(b, a)
    (conflict,) = list_conflicts(a)
    assert conflict.label == "Kaja Kallas (EU)"
    a.annotations.participants.rename(person.id, "Kallas")
    assert list_conflicts(a)[0].label == "Kallas"


def test_undo_and_redo_on_one_side_travel(two, texts):
    a, b, _doc, commitment, _person = _shared(two, texts)
    assert b.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 1
    a.annotations.journal.undo_last()  # the participant
    a.annotations.journal.undo_last()  # the commitment
    report = send(a, b)
    assert report.changes_applied == 2 and report.conflicts == []
    assert b.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0
    assert b.annotations.participants.find("Kaja Kallas") == []
    a.annotations.journal.redo_last()
    send(a, b)
    assert b.db.execute("SELECT uuid FROM commitment").fetchall()[0][0] == a.db.execute(
        "SELECT uuid FROM commitment WHERE id = ?", (commitment.id,)).fetchone()[0]  # fmt: skip


def test_the_same_file_imported_on_both_sides_is_one_document(two, texts):
    a, b = two
    on_a, on_b = imported(a, texts("talks.txt"))[0], imported(b, texts("talks.txt"))[0]
    a.annotations.tags.add(on_a, "ceasefire")
    b.annotations.tags.add(on_b, "london")
    report = send(b, a)
    assert (report.documents_added, report.documents_matched) == ([], [on_a])
    assert a.count() == 1 and sorted(a.annotations.tags.of(on_a)) == ["ceasefire", "london"]


def test_participants_made_on_both_sides_are_matched_by_name(two, texts):
    a, b = two
    doc_a, doc_b = imported(a, texts("report.txt"))[0], imported(b, texts("report.txt"))[0]
    mine = a.annotations.participants.add("Coalition of the willing", kind="coalition")
    theirs = b.annotations.participants.add("coalition of the Willing", kind="coalition")
    b.commitments.add(doc_b, [theirs.id], category="troops", status="conditional")
    report = send(b, a)
    assert report.participants_matched == [
        {"remote": "coalition of the Willing", "local": mine.id, "by": "name"}
    ]
    actors = [c.actors[0].participant_id for c in a.commitments.list_commitments(document_id=doc_a)]
    assert actors == [mine.id]
    b.annotations.participants.update(theirs.id, notes="from the London meeting")
    send(b, a)  # a later change lands on the same record (the match is kept)
    assert a.annotations.participants.get(mine.id).notes == "from the London meeting"


def test_a_record_naming_a_missing_one_is_reported_and_not_stored(two, texts):
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    france = a.annotations.participants.resolve("France").id
    a.commitments.add(doc, [france], category="monitoring", status="offered",
                      quote=_quote(a, doc, "monitor a ceasefire"))  # fmt: skip
    data = payload_of(a).to_json()
    data["documents"], data["changes"] = [], []  # the document left out
    report = merge(b, Payload.from_json(data), lambda sha: a.root / "none")
    assert {s["table"] for s in report.skipped} >= {"span", "commitment", "mention"}
    assert all("not held here" in s["reason"] for s in report.skipped)
    for table in ("document", "span", "mention", "commitment", "commitment_actor"):
        assert b.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_a_change_naming_a_missing_record_is_skipped_whole(two, texts):
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    france = a.annotations.participants.resolve("France").id
    a.commitments.add(doc, [france], category="monitoring", status="offered")
    data = payload_of(a).to_json()
    data["documents"], data["records"] = [], {}
    report = merge(b, Payload.from_json(data), lambda sha: a.root / "none")
    assert report.changes_applied == 0 and len(report.skipped) == 2
    assert b.db.execute("SELECT COUNT(*) FROM change_log").fetchone()[0] == 0


def test_a_merge_is_one_undoable_step(two, texts):
    a, b, *_ = _shared(two, texts)
    c = two[1].__class__.open(b.root.parent / "C", author="chadi")
    with c:
        before = state(c)
        report = send(a, c)
        assert report.change is not None and report.change.kind is ChangeKind.MERGE
        c.annotations.journal.undo_last()
        assert c.count() == 0 and c.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0
        assert c.db.execute("SELECT COUNT(*) FROM change_log").fetchone()[0] == 0
        again = send(a, c)  # undone: merging again brings it all back
        assert again.changes_applied == report.changes_applied and c.count() == 1
        assert before["change_log"] == []


def test_a_conflict_keeps_both_values_and_resolving_picks_one(two, texts):
    a, b, _doc, _c, person = _shared(two, texts)
    a.annotations.participants.update(person.id, notes="mine")
    b.annotations.participants.update(_on_b(b, person), notes="theirs")
    conflict = send(b, a).conflicts[0]
    assert (conflict.local, conflict.remote, conflict.label) == ("mine", "theirs", "Kaja Kallas")
    assert a.annotations.participants.get(person.id).notes == "mine"
    change = resolve(a, conflict.id, "remote")
    assert change.kind is ChangeKind.RESOLVE_CONFLICT
    assert a.annotations.participants.get(person.id).notes == "theirs" and list_conflicts(a) == []
    with pytest.raises(Invalid):
        resolve(a, conflict.id, "local")
    a.annotations.journal.undo_last()
    assert a.annotations.participants.get(person.id).notes == "mine"
    assert [c.id for c in list_conflicts(a)] == [conflict.id]
    resolve(a, conflict.id, value="both")
    assert a.annotations.participants.get(person.id).notes == "both"


def test_a_delete_there_of_a_record_changed_here_is_kept_as_a_conflict(two, texts):
    a, b, _doc, _c, person = _shared(two, texts)
    a.annotations.participants.update(person.id, notes="still needed")
    b.annotations.participants.remove(_on_b(b, person))
    report = send(b, a)
    assert [c.field for c in report.conflicts] == [DELETED]
    assert a.annotations.participants.get(person.id).notes == "still needed"
    resolve(a, report.conflicts[0].id, "remote")
    assert a.annotations.participants.find("Kaja Kallas") == []


def test_a_delete_there_of_a_record_untouched_here_deletes_it(two, texts):
    a, b, _doc, _commitment, person = _shared(two, texts)
    b.commitments.delete(b.db.execute("SELECT id FROM commitment").fetchone()[0])
    b.annotations.participants.remove(_on_b(b, person))
    report = send(b, a)
    assert report.conflicts == [] and report.skipped == []
    assert a.annotations.participants.find("Kaja Kallas") == []
    assert a.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0


def test_history_shows_merged_changes_with_their_author_and_copy(two, texts):
    a, b, *_ = _shared(two, texts)
    lines = b.annotations.journal.history(10)
    assert lines[0].change.kind is ChangeKind.MERGE and lines[0].author == "bashir"
    merged = lines[1:]
    assert {e.author for e in merged} == {"amal"} and len(merged) == 3
    replica = a.db.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
    assert {e.merged_from for e in merged} == {replica}
    assert [e.change.kind for e in merged] == [
        ChangeKind.ADD_PARTICIPANT,
        ChangeKind.ADD_COMMITMENT,
        ChangeKind.IMPORT,
    ]
    assert merged[2].change.documents == tuple(b.document_ids())


def test_payload_shapes_are_checked_naming_the_field(two, texts):
    a, _b = two
    imported(a, texts("defence.txt"))
    good = payload_of(a).to_json()
    cases = [
        ({**good, "format": 2}, "format 2"),
        ({**good, "documents": [{**good["documents"][0], "file_sha256": "../x"}]},
         "documents[0].file_sha256"),
        ({**good, "documents": [{**good["documents"][0], "stored_name": "../../etc/passwd"}]},
         "documents[0].stored_name"),
        ({**good, "records": {"participant": [{"uuid": "x", "parent_id": 3}]}},
         "records.participant[0]"),
        ({**good, "records": {"annotation_log": []}}, "records.annotation_log"),
        ({**good, "changes": [{**good["changes"][0], "ops": [{"op": "drop"}]}]},
         "changes[0].ops[0].op"),
    ]  # fmt: skip
    for data, field in cases:
        with pytest.raises(Invalid, match=field.replace("[", r"\[").replace("]", r"\]")):
            Payload.from_json(data)


def test_a_payload_of_some_documents_carries_what_they_need(two, texts):
    a, b = two
    docs = imported(a, texts("talks.txt", "defence.txt"))
    sweden = a.annotations.participants.resolve("Sweden").id
    a.commitments.add(docs[1], [sweden], category="monitoring", status="offered")
    a.annotations.tags.add(docs[0], "london")
    payload = payload_of(a, documents=[docs[1]])
    assert [d["file_name"] for d in payload.documents] == ["defence.txt"]
    assert "document_tag" not in payload.records
    assert len(payload.records["commitment"]) == 1
    assert {p["name"] for p in payload.records["participant"]} == {"Sweden"}
    report = merge(b, payload, originals_of(a))
    assert report.skipped == [] and b.count() == 1


def test_a_payload_since_a_date_carries_the_changes_made_since(two, texts):
    a, _b = two
    imported(a, texts("talks.txt"))
    a.db.execute("UPDATE change_log SET at = '2020-01-01T00:00:00+00:00'")
    a.db.execute("UPDATE document SET imported_at = '2020-01-01', modified_at = '2020-01-01'")
    later = imported(a, texts("defence.txt"))[0]
    payload = payload_of(a, since="2021-01-01")
    assert [d["file_name"] for d in payload.documents] == ["defence.txt"]
    assert [c["summary"]["documents"] for c in payload.changes] == [
        [a.db.execute("SELECT uuid FROM document WHERE id = ?", (later,)).fetchone()[0]]
    ]


def test_the_author_comes_from_the_setting_then_the_environment(two, texts, monkeypatch):
    a, _b = two
    imported(a, texts("talks.txt"))
    assert a.annotations.journal.history(1)[0].author == "amal"
    a.annotations.journal.author_setting = ""
    monkeypatch.setenv("ARCHIVER_USER", "field team")
    a.annotations.tags.add(a.document_ids()[0], "x")
    assert a.annotations.journal.history(1)[0].author == "field team"
    assert payload_of(a).changes[-1]["author"] == "field team"


def test_a_record_deleted_here_is_not_brought_back_by_the_other_copys_rows(two, texts):
    a, b, doc, _c, person = _shared(two, texts)
    a.annotations.tags.add(doc, "ceasefire")
    send(a, b)
    a.annotations.tags.remove(doc, "ceasefire")
    a.annotations.participants.remove(person.id)
    report = send(b, a)  # B's rows still hold both; B changed neither
    assert report.records_added == {} and report.conflicts == []
    assert a.annotations.tags.of(doc) == [] and a.annotations.participants.find(person.name) == []


def test_another_copys_change_cannot_rewrite_a_documents_text_or_store_a_row(two, texts):
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    send(a, b)
    a.update_document(doc, title="Allies discuss air defence")
    data = payload_of(a).to_json()
    edit = data["changes"][-1]
    edit["ops"][0]["new"].update(text="forged", file_sha256="0" * 64)
    forged_row = {"op": "insert", "table": "document", "row": {**data["documents"][0],
                                                              "uuid": "forged"}}  # fmt: skip
    data["changes"].append({**edit, "uuid": "another", "ops": [forged_row]})
    report = merge(b, Payload.from_json(data), lambda sha: a.root / "none")
    held = b.document(b.document_ids()[0])
    assert held.title == "Allies discuss air defence" and held.text == a.document(doc).text
    assert b.count() == 1 and [s["change"] for s in report.skipped] == ["another"]


def test_a_missing_or_wrong_original_refuses_the_whole_merge(two, texts, tmp_path):
    a, b = two
    imported(a, texts("defence.txt", "talks.txt"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the original")
    with pytest.raises(ImportFailure, match="nothing was merged"):
        merge(b, payload_of(a), lambda sha: wrong)
    assert b.count() == 0 and not any(p.is_file() for p in (b.root / "originals").rglob("*"))
    assert b.annotations.journal.history(5) == []


def test_merged_coding_is_searchable_in_the_copy_it_arrives_in(two, texts):
    a, b, _doc, commitment, person = _shared(two, texts)
    b_doc = b.document_ids()[0]
    assert b.search("status:offered").total == 1
    assert b.search('participant:"Kaja Kallas"').total == 0
    a.commitments.update(commitment.id, actors=[person.id], status="delivered")
    send(a, b)
    assert b.search("status:offered").total == 0
    assert [h.id for h in b.search("status:delivered").hits] == [b_doc]
    assert [h.id for h in b.search('participant:"Kaja Kallas"').hits] == [b_doc]


def test_a_merged_change_travels_on_to_a_third_copy_as_its_own(two, texts, tmp_path):
    a, b, *_ = _shared(two, texts)
    replica_a = a.db.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0]
    with two[0].__class__.open(tmp_path / "C", author="chadi") as c:
        report = send(b, c)
        assert report.changes_applied == 3 and c.count() == 1
        merged = c.annotations.journal.history(10)[1:]
        assert {(e.author, e.merged_from) for e in merged} == {("amal", replica_a)}
        assert send(a, c).changes_applied == 0  # the same changes, known by their UUIDs


def test_a_commitment_goes_in_with_all_its_actors_or_not_at_all(two, texts):
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    france = a.annotations.participants.resolve("France").id
    envoy = a.annotations.participants.add("Special envoy", kind="person")
    a.commitments.add(doc, [france, envoy.id], category="monitoring", status="offered")
    data = payload_of(a).to_json()
    data["changes"] = []
    data["records"]["participant"] = [p for p in data["records"]["participant"]
                                      if p["name"] != "Special envoy"]  # fmt: skip
    report = merge(b, Payload.from_json(data), originals_of(a))
    assert "commitment" in {s["table"] for s in report.skipped} and b.count() == 1
    assert b.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0
    assert b.db.execute("SELECT COUNT(*) FROM commitment_actor").fetchone()[0] == 0


def test_a_document_column_naming_another_document_travels_as_its_uuid(two, texts):
    # a document naming another (an attachment's e-mail: document.parent_document)
    a, b = two
    attachment, mail = imported(a, texts("talks.txt", "defence.txt"))
    a.db.execute("UPDATE document SET parent_document = ? WHERE id = ?", (mail, attachment))
    imported(b, texts("cinema.txt"))  # B's ids differ from A's
    payload = payload_of(a)
    mail_uuid = a.db.execute("SELECT uuid FROM document WHERE id = ?", (mail,)).fetchone()[0]
    assert [d["parent_document"] for d in payload.documents] == [mail_uuid, None]
    assert send(a, b).skipped == []
    linked = b.db.execute("SELECT d.id, p.id FROM document d"
                          " JOIN document p ON p.id = d.parent_document").fetchall()  # fmt: skip
    names = [tuple(documents.get(b.db, i).file_name for i in r) for r in linked]
    assert names == [("talks.txt", "defence.txt")]  # (the file names read through their owner)
    with two[0].__class__.open(b.root.parent / "C") as c:
        report = send(a, c, documents=[attachment])  # the e-mail left out: stored unlinked
        assert c.count() == 1 and "parent_document" in report.skipped[0]["reason"]
        assert c.db.execute("SELECT parent_document FROM document").fetchone()[0] is None
