"""A sample commitment article and its three commitments, shared by commitment and export tests."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive

TEXT = (
    "أعلنت فرنسا وأستراليا والدنمارك والسويد استعدادها للمساعدة في مراقبة وقف إطلاق النار.\n"
    "وأوقفت الولايات المتحدة شحنات صواريخ الدفاع الجوي.\n"
    "وأبدت فنلندا وبولندا اهتمامها بالمشاركة في قوة لحفظ السلام دون التزام رسمي."
)


def import_document(
    archive: Archive, tmp_path: Path, name: str = "2025-07-09-talks.txt", text: str = TEXT
) -> int:
    """Import the article (dated by its file name) as a text file; its id."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def quote_of(archive: Archive, doc: int, words: str) -> tuple[int, int]:
    """The span of these words in the document's text."""
    start = archive.document(doc).text.index(words)
    return start, start + len(words)


def participant_ids(archive: Archive, *names: str) -> list[int]:
    """The ids of these participants (gazetteer names or aliases)."""
    return [archive.annotations.participants.resolve(n).id for n in names]


def record_sample(archive: Archive, doc: int):
    """Record the article's three commitments: monitoring offered, a halt, an interest."""
    com = archive.commitments
    monitoring = com.add(
        doc, participant_ids(archive, "France", "Australia", "Denmark", "Sweden"),
        category="monitoring", status="offered", what="المساعدة في مراقبة وقف إطلاق النار", future=True,
        quote=quote_of(archive, doc, "استعدادها للمساعدة في مراقبة وقف إطلاق النار"),
    )  # fmt: skip
    halted = com.add(
        doc, participant_ids(archive, "US"), category="military", status="suspended",
        what="شحنات صواريخ الدفاع الجوي", quote=quote_of(archive, doc, "وأوقفت الولايات المتحدة"),
    )  # fmt: skip
    interest = com.add(
        doc, participant_ids(archive, "Finland", "Poland"), category="troops", status="unclear",
        what="المشاركة في قوة لحفظ السلام", hypothetical=True, condition="دون التزام رسمي",
        quote=quote_of(archive, doc, "اهتمامها بالمشاركة في قوة لحفظ السلام"),
    )  # fmt: skip
    return monitoring, halted, interest
