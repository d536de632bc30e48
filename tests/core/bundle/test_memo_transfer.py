"""Memos travel in bundles: as records into an empty copy, then as changes (edit, delete)."""

from __future__ import annotations

from pathlib import Path

from archiver.core.annotations.model import MemoTarget
from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle

TEXT = "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف.\nBritain promised trainers."


def _by_uuid(archive: Archive) -> dict[str, tuple[object, ...]]:
    return {m.uuid: (m.kind, m.text, m.start, m.end, m.quote, m.author, m.created_at)
            for m in archive.memos.all()}  # fmt: skip


def test_memos_travel_in_a_bundle_with_their_targets(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    with Archive.open(tmp_path / "a") as a, Archive.open(tmp_path / "b") as b:
        doc = a.import_paths([write("one.txt", TEXT)]).imported[0].id
        britain = a.annotations.participants.resolve("Britain").id
        pledge = a.commitments.add(doc, [britain], category="military", status="pledged")
        start = TEXT.index("مدربين")
        quote = a.memos.add(MemoTarget.on_quote(doc, start, start + 14), "كم مدرباً؟\nHow many?")
        a.memos.add(MemoTarget.on_document(doc), "Source: BBC Arabic", author="Salma")
        a.memos.add(MemoTarget.on_participant(britain), "UK = Britain")
        a.memos.add(MemoTarget.on_commitment(pledge.id), "pledge only")
        export(a, tmp_path / "first.zip")
        import_bundle(b, tmp_path / "first.zip")
        assert _by_uuid(b) == _by_uuid(a) and len(_by_uuid(b)) == 4
        moved = next(m for m in b.memos.all() if m.kind == "quote")
        assert b.document(moved.document_id or 0).text[moved.start : moved.end] == "مدربين عسكريين"
        on_pledge = next(m for m in b.memos.all() if m.kind == "commitment")
        assert b.commitments.get(on_pledge.commitment_id or 0).status == "pledged"

        a.memos.edit(quote.id, "عشرون مدرباً")
        a.memos.remove(next(m.id for m in a.memos.all() if m.kind == "participant"))
        export(a, tmp_path / "second.zip")
        report = import_bundle(b, tmp_path / "second.zip")
        assert report.conflicts == []
        assert _by_uuid(b) == _by_uuid(a) and len(_by_uuid(b)) == 3
        assert b.memos.all(text="عشرون")[0].uuid == quote.uuid
