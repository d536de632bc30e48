"""The annotation exports: commitments (wide and long), participants; CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.export import writers as exporters
from commitment_sample import import_document, record_sample


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
