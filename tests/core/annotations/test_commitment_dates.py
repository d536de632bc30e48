"""A commitment without a statement date of its own takes its document's date, as the
document has it now: dated later, re-dated, undone, carried to another copy."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.export.commitments import export_commitments
from archiver.core.export.timeline import timeline
from commitment_sample import import_document, participant_ids
from sync_copies import send

UNDATED = "أعلنت فرنسا أنها ستساعد في مراقبة وقف إطلاق النار."


def _undated_with_commitment(archive: Archive, tmp_path: Path) -> tuple[int, int]:
    doc = import_document(archive, tmp_path, "talks.txt", UNDATED)
    assert archive.document(doc).published is None
    (france,) = participant_ids(archive, "France")
    c = archive.commitments.add(doc, [france], category="monitoring", status="offered")
    assert c.statement_date is None and not c.dated_by_document
    return doc, c.id


def test_dating_the_document_later_dates_its_commitment(archive: Archive, tmp_path: Path):
    doc, cid = _undated_with_commitment(archive, tmp_path)
    archive.update_document(doc, published="2025-07-10")
    c = archive.commitments.get(cid)
    assert c.statement_date == "2025-07-10" and c.dated_by_document
    assert [x.id for x in archive.commitments.list_commitments(date_from="2025-07")] == [cid]
    assert archive.commitments.list_commitments(date_to="2025-06") == []
    tl = timeline(archive.commitments)
    assert tl.undated == 0 and tl.commitments == 1
    [row] = csv.DictReader(io.StringIO(export_commitments(archive, "csv").decode("utf-8-sig")))
    assert row["statement_date"] == "2025-07-10"
    archive.update_document(doc, published="2025-07-11")  # corrected: the commitment follows
    assert archive.commitments.get(cid).statement_date == "2025-07-11"
    archive.annotations.journal.undo_last()
    archive.annotations.journal.undo_last()
    assert archive.commitments.get(cid).statement_date is None
    assert timeline(archive.commitments).undated == 1


def test_a_date_of_its_own_stays_when_the_document_is_dated(archive: Archive, tmp_path: Path):
    doc, cid = _undated_with_commitment(archive, tmp_path)
    archive.commitments.update(cid, statement_date="2025-06-30")
    archive.update_document(doc, published="2025-07-10")
    c = archive.commitments.get(cid)
    assert c.statement_date == "2025-06-30" and not c.dated_by_document
    archive.commitments.update(cid, statement_date=None)  # back to the document's
    assert archive.commitments.get(cid).statement_date == "2025-07-10"


def test_a_dated_document_s_commitment_stores_no_copy_of_its_date(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)  # dated 2025-07-09 by its file name
    (france,) = participant_ids(archive, "France")
    c = archive.commitments.add(doc, [france], category="military", status="pledged")
    assert c.statement_date == "2025-07-09" and c.dated_by_document
    stored = archive.db.execute("SELECT statement_date FROM commitment WHERE id = ?", (c.id,))
    assert stored.fetchone()[0] is None
    # the same commitment again, its date given as the one it shows, is a repeat
    again = archive.commitments.same_as(doc, [france], category="military", status="pledged",
                                        statement_date="2025-07-09")  # fmt: skip
    assert again is not None and again.id == c.id


def test_another_copy_dates_the_commitment_by_the_document_it_holds(tmp_path: Path):
    with Archive.open(tmp_path / "A") as a, Archive.open(tmp_path / "B") as b:
        doc, _ = _undated_with_commitment(a, tmp_path)
        a.update_document(doc, published="2025-07-10")
        send(a, b)
        [there] = b.commitments.list_commitments()
    assert there.statement_date == "2025-07-10" and there.dated_by_document
