"""The documents export and ``show --json``: every document's date and where it came from."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pdf_fixtures as fx
from archiver.core.archive import Archive
from archiver.core.export import writers
from samples import ARTICLE_EN


def test_the_export_says_where_each_date_came_from(
    qapp, archive: Archive, write, tmp_path: Path
) -> None:
    plain = fx.make_pdf(tmp_path / "plain.pdf", ["قالت فرنسا إنها مستعدة للمساهمة في المراقبة."])
    pdf = fx.set_metadata(plain, tmp_path / "talks.pdf", CreationDate="D:20240301101500Z")
    created = archive.import_paths([pdf]).imported[0].id
    named = archive.import_paths([write("2025-07-09-talks.txt", ARTICLE_EN)]).imported[0].id
    table = writers.export(archive, "documents", "csv").decode("utf-8-sig")
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(table))}
    assert table.splitlines()[0].startswith("id,title,published,published_source,file_date,")
    assert (rows[created]["published"], rows[created]["published_source"]) == (
        "2024-03-01", "file-created")  # fmt: skip
    assert rows[created]["file_date"] == "2024-03-01"
    assert (rows[named]["published_source"], rows[named]["file_date"]) == ("file-name", "")
    nested = json.loads(writers.export(archive, "documents", "json"))["documents"]
    by_id = {d["id"]: d for d in nested}
    assert by_id[created]["published_source"] == "file-created"
    assert by_id[created]["file_date"] == "2024-03-01"
    assert by_id[named]["file_date"] is None
    shown = writers.document_json(archive.document(created))
    for key in ("id", "title", "text", "language", "direction", "published", "source_outlet",
                "url", "notes", "imported_at", "source"):  # fmt: skip
        assert key in shown  # every key show --json had before stays
