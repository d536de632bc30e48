"""The annotation exports: commitments (wide and long), participants; CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.export import writers as exporters
from commitment_sample import import_document, participant_ids, record_sample


def test_exports(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)
    data = exporters.export(archive, "commitments", "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[0]["sources"] == "France; Australia; Denmark; Sweden"
    assert rows[0]["sources_ar"].startswith("فرنسا; ")
    assert rows[0]["future"] == "1" and rows[0]["quote"].startswith("استعدادها")
    long = list(csv.DictReader(io.StringIO(exporters.export(archive, "commitments-long", "csv")
                                           .decode("utf-8-sig"))))  # fmt: skip
    assert len(long) == 4 + 1 + 2
    assert {r["actor"] for r in long if r["commitment_id"] == rows[0]["id"]} == {
        "France", "Australia", "Denmark", "Sweden"}  # fmt: skip
    nested = json.loads(exporters.export(archive, "commitments", "json"))["commitments"]
    assert nested[0]["document"]["title"] and nested[0]["quote"]["text"].startswith("استعدادها")
    assert [a["name"] for a in nested[0]["actors"]][:2] == ["France", "Australia"]
    people = json.loads(exporters.export(archive, "participants", "json"))["participants"]
    france = next(p for p in people if p["name"] == "France")
    assert "الفرنسية" in {a["alias"] for a in france["aliases"]}
    table = exporters.export(archive, "participants", "csv").decode("utf-8-sig")
    assert "فرنسا" in table and table.splitlines()[0].startswith("id,name,name_ar")


def _csv_rows(archive: Archive, what: str, **options) -> list[dict[str, str]]:
    data = exporters.export(archive, what, "csv", **options).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def test_roles_have_columns_of_their_own_without_the_role_inside(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    france, ukraine, russia = participant_ids(archive, "France", "Ukraine", "Russia")
    archive.commitments.add(doc, [france, (ukraine, "recipient"), (russia, "target")],
                            category="military", status="pledged")  # fmt: skip
    row = _csv_rows(archive, "commitments")[0]
    assert (row["sources"], row["recipients"], row["targets"]) == ("France", "Ukraine", "Russia")
    assert row["beneficiaries"] == ""


def test_the_long_csv_names_each_rows_document(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)
    long = _csv_rows(archive, "commitments-long")
    assert long and {r["document_id"] for r in long} == {str(doc)}
    assert list(long[0])[:3] == ["commitment_id", "document_id", "actor_id"]


def test_the_participants_export_lists_those_in_use_and_all_on_request(
    archive: Archive, tmp_path: Path
):
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)
    italy = participant_ids(archive, "Italy")[0]
    meloni = archive.annotations.participants.add("Giorgia Meloni", "person", parent=italy)
    start = archive.document(doc).text.index("فنلندا")
    archive.annotations.mentions.tag_span(doc, start, start + 6, meloni.id, add_alias=False)
    names = {r["name"] for r in _csv_rows(archive, "participants")}
    # the sample's actors, the tagged person and her state (her parent, named in her row)
    assert names == {"France", "Australia", "Denmark", "Sweden", "United States", "Finland",
                     "Poland", "Giorgia Meloni", "Italy"}  # fmt: skip
    assert len(_csv_rows(archive, "participants", everyone=True)) > 250
    people = json.loads(exporters.export(archive, "participants", "json"))["participants"]
    assert {p["name"] for p in people} == names
    archive.delete_document(doc)  # what the trash holds is not in use
    assert _csv_rows(archive, "participants") == []


def test_an_arabic_named_person_has_his_english_name_in_columns_of_its_own(
    archive: Archive, tmp_path: Path
):
    doc = import_document(archive, tmp_path)
    people = archive.annotations.participants
    rajji = people.add("يوسف رجي", "person", name_ar="يوسف رجي", name_en="Youssef Rajji").id
    (france,) = participant_ids(archive, "France")
    archive.commitments.add(doc, [rajji, france], category="financial", status="pledged")
    row = _csv_rows(archive, "commitments")[0]
    assert row["sources"] == "يوسف رجي; France"
    assert row["sources_ar"] == "يوسف رجي; فرنسا"
    assert row["sources_en"] == "Youssef Rajji; France"
    long = _csv_rows(archive, "commitments-long")
    assert [(r["actor"], r["actor_ar"], r["actor_en"]) for r in long] == [
        ("يوسف رجي", "يوسف رجي", "Youssef Rajji"), ("France", "فرنسا", "France")]  # fmt: skip
