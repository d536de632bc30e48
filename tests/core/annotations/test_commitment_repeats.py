"""The same commitment recorded twice is refused, naming the one that has it; another
commitment of the same passage is not; a merge bringing in another copy's is no repeat."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.errors import Duplicate, Invalid
from commitment_sample import TEXT, import_document, participant_ids, quote_of
from sync_copies import send, two

__all__ = ["two"]  # the fixture of two copies

QUOTE = "استعدادها للمساعدة في مراقبة وقف إطلاق النار"


def _fields(archive: Archive, doc: int, **changes: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "category": "monitoring", "status": "offered", "what": "مراقبة وقف إطلاق النار",
        "quote": quote_of(archive, doc, QUOTE), "quantity": 30, "unit": "observers",
    }  # fmt: skip
    return {**fields, **changes}


def _count(archive: Archive) -> int:
    return int(archive.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0])


def test_the_same_commitment_twice_is_refused_naming_the_first(
    archive: Archive, tmp_path: Path
) -> None:
    doc = import_document(archive, tmp_path)
    com, journal = archive.commitments, archive.annotations.journal
    france, australia = participant_ids(archive, "France", "Australia")
    first = com.add(doc, [france, australia], **_fields(archive, doc))  # type: ignore[arg-type]
    steps = len(journal.history())
    for repeat in (
        _fields(archive, doc),
        _fields(archive, doc, what="  مراقبة   وقف إطلاق النار ", unit="Observers"),
        _fields(archive, doc, notes="a second reading", action="offer"),
    ):
        with pytest.raises(Duplicate, match=f"commitment #{first.id} already records this") as e:
            com.add(doc, [australia, france], **repeat)  # type: ignore[arg-type]
        assert e.value.existing == first.id and isinstance(e.value, Invalid)
    assert _count(archive) == 1 and len(journal.history()) == steps
    assert com.same_as(doc, [france, australia], **_fields(archive, doc)) == first


@pytest.mark.parametrize(
    "other",
    [
        {"status": "pledged"},
        {"action": "support"},
        {"category": "troops"},
        {"what": "إرسال مراقبين"},
        {"quantity": 40},
        {"unit": "troops"},
        {"statement_date": "2025-07-10"},
        {"negated": True},
        {"condition": "بعد وقف إطلاق النار"},
        {"quote": None},
    ],
)
def test_another_commitment_of_the_same_passage_is_stored(
    archive: Archive, tmp_path: Path, other: dict[str, object]
) -> None:
    doc = import_document(archive, tmp_path)
    (france,) = participant_ids(archive, "France")
    archive.commitments.add(doc, [france], **_fields(archive, doc))  # type: ignore[arg-type]
    fields = _fields(archive, doc, **other)
    assert archive.commitments.same_as(doc, [france], **fields) is None  # type: ignore[arg-type]
    archive.commitments.add(doc, [france], **fields)  # type: ignore[arg-type]
    assert _count(archive) == 2


def test_other_actors_or_roles_make_another_commitment(archive: Archive, tmp_path: Path) -> None:
    doc = import_document(archive, tmp_path)
    com = archive.commitments
    france, australia = participant_ids(archive, "France", "Australia")
    com.add(doc, [france], **_fields(archive, doc))  # type: ignore[arg-type]
    com.add(doc, [france, australia], **_fields(archive, doc))  # type: ignore[arg-type]
    com.add(doc, [france, (australia, "recipient")], **_fields(archive, doc))  # type: ignore[arg-type]
    assert _count(archive) == 3
    with pytest.raises(Duplicate):
        com.add(doc, [(australia, "recipient"), france], **_fields(archive, doc))  # type: ignore[arg-type]


def test_an_edit_that_makes_a_repeat_is_refused_and_other_edits_are_not(
    archive: Archive, tmp_path: Path
) -> None:
    doc = import_document(archive, tmp_path)
    com = archive.commitments
    (france,) = participant_ids(archive, "France")
    first = com.add(doc, [france], **_fields(archive, doc))  # type: ignore[arg-type]
    second = com.add(doc, [france], **_fields(archive, doc, status="pledged"))  # type: ignore[arg-type]
    assert com.same_after(second.id, status="offered") is None  # still a pledge
    assert com.same_after(second.id, status="offered", action="offer") == first
    with pytest.raises(Duplicate, match=f"commitment #{first.id}"):
        com.update(second.id, status="offered", action="offer")
    assert com.get(second.id).status == "pledged"
    assert com.update(second.id, notes="checked").notes == "checked"
    assert com.same_after(first.id, notes="x") is None


def test_a_merge_bringing_the_same_commitment_is_no_repeat(
    two: tuple[Archive, Archive], tmp_path: Path
) -> None:
    a, b = two
    doc = import_document(a, tmp_path)
    (france,) = participant_ids(a, "France")
    first = a.commitments.add(doc, [france], **_fields(a, doc))  # type: ignore[arg-type]
    send(a, b)
    send(a, b)  # again: nothing new, nothing doubled
    assert _count(b) == 1
    (theirs,) = b.document_ids()
    (their_france,) = participant_ids(b, "France")
    with pytest.raises(Duplicate):  # but recorded by hand there, it is one
        b.commitments.add(theirs, [their_france], **_fields(b, theirs))  # type: ignore[arg-type]
    # recorded in both copies by hand before they met: both kept, and still editable
    again = TEXT + "\nوقالت باريس إنها ستشارك."
    doc_b = import_document(b, tmp_path, name="2025-07-09-again.txt", text=again)
    b.commitments.add(doc_b, [their_france], **_fields(b, doc_b))  # type: ignore[arg-type]
    doc_a = import_document(a, tmp_path, name="2025-07-09-again.txt", text=again)
    a.commitments.add(doc_a, [france], **_fields(a, doc_a))  # type: ignore[arg-type]
    send(a, b)
    send(b, a)
    assert first.id in {c.id for c in a.commitments.list_commitments(role=None)}
    doubled = b.commitments.on_passage(doc_b, quote_of(b, doc_b, QUOTE))
    assert len(doubled) == 2, "the same document in both copies: both commitments kept"
    edited = b.commitments.update(doubled[-1].id, notes="the same as the other copy's")
    assert edited.notes == "the same as the other copy's"
