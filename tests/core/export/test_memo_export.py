"""The memos export: every target kind with its document, quote and span, participant or
commitment, author and dates; CSV (BOM, formulas defused, multi-line cells) and JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from archiver.core.annotations.model import MemoTarget
from archiver.core.archive import Archive
from archiver.core.export import writers as exporters
from commitment_sample import import_document, participant_ids, quote_of, record_sample


def _memos(archive: Archive, tmp_path: Path) -> int:
    doc = import_document(archive, tmp_path)
    monitoring, *_ = record_sample(archive, doc)
    (france,) = participant_ids(archive, "France")
    archive.memos.add(MemoTarget.on_quote(doc, *quote_of(archive, doc, "فنلندا وبولندا")),
                      "سطر أول\nسطر ثانٍ", author="Salma")  # fmt: skip
    archive.memos.add(MemoTarget.on_document(doc), "=SUM(A1) is not a formula here")
    archive.memos.add(MemoTarget.on_participant(france), "France leads")
    archive.memos.add(MemoTarget.on_commitment(monitoring.id), "monitoring only")
    return doc


def test_the_csv_names_each_target(archive: Archive, tmp_path: Path) -> None:
    doc = _memos(archive, tmp_path)
    data = exporters.export(archive, "memos", "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["target"] for r in rows] == ["document", "commitment", "quote", "participant"]
    on_doc, on_commitment, on_quote, on_person = rows
    title = archive.document(doc).title
    assert on_doc["text"] == "'=SUM(A1) is not a formula here" and on_doc["document_title"] == title
    assert on_quote["quote"] == "فنلندا وبولندا" and on_quote["text"] == "سطر أول\nسطر ثانٍ"
    start, end = int(on_quote["quote_start"]), int(on_quote["quote_end"])
    assert archive.document(doc).text[start:end] == on_quote["quote"]
    assert on_quote["author"] == "Salma" and on_quote["created_at"] and on_quote["modified_at"]
    assert on_commitment["commitment"].startswith("France; Australia; Denmark; Sweden — offered")
    assert on_commitment["document_id"] == str(doc)
    assert (on_person["participant"], on_person["document_id"], on_person["quote_start"]) == (
        "France", "", "")  # fmt: skip


def test_the_json_nests_the_target(archive: Archive, tmp_path: Path) -> None:
    doc = _memos(archive, tmp_path)
    memos = json.loads(exporters.export(archive, "memos", "json"))["memos"]
    by_kind = {m["target"]: m for m in memos}
    assert by_kind["quote"]["quote"]["text"] == "فنلندا وبولندا"
    assert by_kind["quote"]["document"] == {"id": doc, "title": archive.document(doc).title}
    assert by_kind["document"]["text"].startswith("=SUM")  # JSON keeps values as they are
    assert by_kind["participant"]["participant"]["name"] == "France"
    assert by_kind["participant"]["document"] is None
    assert by_kind["commitment"]["commitment"]["sources"][0] == "France"
    assert by_kind["commitment"]["commitment"]["status"] == "offered"
    assert {m["uuid"] for m in memos} == {m.uuid for m in archive.memos.all()}
