"""The same words tagged as the same participant in two copies are one mention after a bundle
or a team merge brings one copy's coding to the other (not two, counted twice)."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from sync_copies import imported, send

# Our own sentence in the manner of a news report.
TEXT = "وأضاف أن الحكومة الأردنية ستفتح مستشفى ميدانياً، وقال إن الأردن سيرسل أطباء."
WORDS = "الحكومة الأردنية"


def _jordan_at(archive: Archive, doc: int) -> list[tuple[str, int, int]]:
    rows = archive.db.execute(
        'SELECT m.method, s.start, s."end" FROM mention m JOIN span s ON s.id = m.span_id'
        " JOIN participant p ON p.id = m.participant_id WHERE p.gazetteer_key = 'JO'"
        " AND m.document_id = ? ORDER BY s.start",
        (doc,),
    )
    return [(r[0], r[1], r[2]) for r in rows]


def _tag(archive: Archive, doc: int) -> None:
    start = TEXT.index(WORDS)
    jordan = archive.annotations.participants.resolve("Jordan").id
    archive.annotations.mentions.tag_span(doc, start, start + len(WORDS), jordan, add_alias=False)


def test_one_mention_when_both_copies_tagged_the_same_words(tmp_path: Path, two) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    path = tmp_path / "hospital.txt"
    path.write_text(TEXT, encoding="utf-8")
    [doc_a] = imported(a, [path])
    send(a, b)  # B has the document (no coding yet)
    doc_b = b.db.execute("SELECT id FROM document").fetchone()[0]
    _tag(a, doc_a)
    _tag(b, doc_b)
    start = TEXT.index(WORDS)
    send(a, b)  # a team's merge
    assert _jordan_at(b, doc_b) == [("manual", start, start + len(WORDS))]
    export(b, tmp_path / "b.zip")
    import_bundle(a, tmp_path / "b.zip")  # and back by bundle
    assert _jordan_at(a, doc_a) == [("manual", start, start + len(WORDS))]
    again = import_bundle(a, tmp_path / "b.zip")
    assert again.skipped == [] and _jordan_at(a, doc_a) == [("manual", start, start + len(WORDS))]
