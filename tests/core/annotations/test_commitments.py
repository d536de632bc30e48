"""Commitments: one record per commitment with several actors, views, search fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.errors import BadSpan, Invalid, UnknownDocument
from commitment_sample import import_document, participant_ids, quote_of, record_sample


@pytest.fixture()
def archive(tmp_path: Path):
    with Archive.open(tmp_path / "a") as opened:
        yield opened


def test_one_record_with_four_source_actors(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, halted, _ = record_sample(archive, doc)
    assert [a.name for a in monitoring.sources] == ["France", "Australia", "Denmark", "Sweden"]
    assert monitoring.action == "offer" and monitoring.future and not monitoring.negated
    assert monitoring.statement_date == "2025-07-09"  # the document's published date
    assert monitoring.quote.startswith("استعدادها")
    assert archive.document(doc).text[monitoring.start : monitoring.end] == monitoring.quote
    assert halted.action == "suspend"
    assert archive.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 3


def test_validation_errors_are_clear(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    com = archive.commitments
    (france,) = participant_ids(archive, "France")
    with pytest.raises(Invalid, match="status"):
        com.add(doc, [france], category="monitoring", status="maybe")
    with pytest.raises(Invalid, match="category"):
        com.add(doc, [france], category="space", status="offered")
    with pytest.raises(Invalid, match="source"):
        com.add(doc, [(france, "recipient")], category="military", status="offered")
    with pytest.raises(BadSpan):
        com.add(doc, [france], category="military", status="offered", quote=(10, 99999))
    with pytest.raises(Invalid, match="date"):
        com.add(doc, [france], category="military", status="offered", statement_date="July")
    with pytest.raises(UnknownDocument):
        com.add(9999, [france], category="military", status="offered")
    assert archive.db.execute("SELECT COUNT(*) FROM commitment").fetchone()[0] == 0


def test_list_filters(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, halted, interest = record_sample(archive, doc)
    com = archive.commitments
    (france, us, poland) = participant_ids(archive, "France", "US", "Poland")
    assert [c.id for c in com.list_commitments(actor=france)] == [monitoring.id]
    assert [c.id for c in com.list_commitments(status="suspended")] == [halted.id]
    assert {c.id for c in com.list_commitments(status=["suspended", "unclear"])} == {
        halted.id,
        interest.id,
    }
    assert [c.id for c in com.list_commitments(category="troops", actor=[poland, us])] == [
        interest.id
    ]
    assert [c.id for c in com.list_commitments(text="صواريخ")] == [halted.id]
    assert [c.id for c in com.list_commitments(text="اطلاق")] == [
        monitoring.id
    ]  # hamza-insensitive
    assert [c.id for c in com.list_commitments(flags=["hypothetical"])] == [interest.id]
    assert len(com.list_commitments(date_from="2025-07", date_to="2025-07")) == 3
    assert com.list_commitments(date_from="2025-08-01") == []
    assert com.count(status="offered") == 1
    assert len(com.list_commitments(document_id=doc, order="document")) == 3
    page = com.list_commitments(limit=2, offset=2)
    assert len(page) == 1


def test_search_fields_follow_changes(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, halted, _ = record_sample(archive, doc)

    def ids(query: str) -> set[int]:
        return {h.id for h in archive.search(query).hits}

    assert ids("status:suspended") == {doc}
    assert ids("category:monitoring") == {doc}
    assert ids("participant:الدنمارك") == {doc}  # actors count as participants of the document
    archive.commitments.update(halted.id, status="delivered")
    assert ids("status:suspended") == set() and ids("status:delivered") == {doc}
    archive.commitments.delete(monitoring.id)
    assert ids("category:monitoring") == set()
    archive.annotations.journal.undo_last()
    assert ids("category:monitoring") == {doc}
    restored = archive.commitments.get(monitoring.id)
    assert [a.name for a in restored.sources] == ["France", "Australia", "Denmark", "Sweden"]
    assert restored.quote == monitoring.quote


def test_update_actors_quote_and_link(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    monitoring, halted, _ = record_sample(archive, doc)
    com = archive.commitments
    (ukraine,) = participant_ids(archive, "Ukraine")
    changed = com.update(
        monitoring.id,
        actors=[*(a.participant_id for a in monitoring.sources), (ukraine, "beneficiary")],
        quote=quote_of(archive, doc, "مراقبة وقف إطلاق النار"),
    )
    assert [(a.name, a.role) for a in changed.actors][-1] == ("Ukraine", "beneficiary")
    assert changed.quote == "مراقبة وقف إطلاق النار"
    quotes = "SELECT COUNT(*) FROM commitment WHERE span_id IS NOT NULL"
    assert archive.db.execute(quotes).fetchone()[0] == 3
    orphans = (  # the replaced quote's span is gone, not left behind
        "SELECT COUNT(*) FROM span s WHERE NOT EXISTS (SELECT 1 FROM commitment c"
        " WHERE c.span_id = s.id) AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.span_id = s.id)"
    )
    assert archive.db.execute(orphans).fetchone()[0] == 0
    later = com.add(doc, participant_ids(archive, "US"), category="military", status="delivered",
                    updates=halted.id, statement_date="2025-08-01")  # fmt: skip
    assert later.updates_id == halted.id
    com.delete(halted.id)
    assert com.get(later.id).updates_id is None
    with pytest.raises(Invalid):
        com.update(later.id, updates_id=later.id)


def test_matrix_and_participant_page(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)
    com = archive.commitments
    later = import_document(
        archive, tmp_path, "2025-09-01-later.txt", "استأنفت الولايات المتحدة الشحنات."
    )
    com.add(later, participant_ids(archive, "US"), category="military", status="delivered")
    matrix = com.matrix()
    (us, france) = participant_ids(archive, "US", "France")
    assert matrix.cells[(us, "military")].status == "delivered"
    assert matrix.cells[(us, "military")].date == "2025-09-01"
    assert matrix.cells[(us, "military")].count == 2
    assert matrix.cells[(france, "monitoring")].status == "offered"
    assert matrix.categories == ["military", "monitoring", "troops"]
    assert len(matrix.participants) == 7
    assert json.loads(json.dumps(matrix.to_json()))["categories"] == matrix.categories
    page = com.participant_page(us)
    assert [c.statement_date for c in page.commitments] == ["2025-07-09", "2025-09-01"]
    assert [d.id for d in page.documents] == [later, doc]
    assert page.document_count == 2
    assert "الولايات المتحدة" in {a.alias for a in page.aliases}


def test_list_orders_by_any_column(tmp_path):
    from archiver.core.archive import Archive

    with Archive.open(tmp_path / "orders") as archive:
        text = tmp_path / "o.txt"
        text.write_text(
            "قمة\n\nفرنسا والسويد مستعدتان للمراقبة، وأوقفت الولايات المتحدة الشحنات.", "utf-8"
        )
        doc = archive.import_paths([text]).imported[0].id
        ann, com = archive.annotations, archive.commitments
        france, sweden, us = (
            ann.participants.resolve(n).id for n in ("France", "Sweden", "United States")
        )
        com.add(doc, [sweden], category="monitoring", status="offered", what="b")
        com.add(doc, [us], category="military", status="suspended", what="a")
        com.add(doc, [france], category="troops", status="unclear", what="c")
        statuses = [c.status for c in com.list_commitments(order="status")]
        assert statuses == sorted(statuses)
        assert [c.what for c in com.list_commitments(order="-what")] == ["c", "b", "a"]
        firsts = [c.actors[0].name for c in com.list_commitments(order="actor")]
        assert firsts == sorted(firsts, key=str.lower)


def test_dates_and_quantities_are_checked(tmp_path):
    import pytest

    from archiver.core.archive import Archive
    from archiver.core.errors import Invalid

    with Archive.open(tmp_path / "checks") as archive:
        text = tmp_path / "c.txt"
        text.write_text("قمة\n\nفرنسا مستعدة للمراقبة.", "utf-8")
        doc = archive.import_paths([text]).imported[0].id
        france = archive.annotations.participants.resolve("France").id
        com = archive.commitments
        for bad in ({"statement_date": "2025-13-45"}, {"statement_date": "2025-02-30"},
                    {"quantity": float("nan")}):  # fmt: skip
            with pytest.raises(Invalid):
                com.add(doc, [france], category="monitoring", status="offered", **bad)
        com.add(doc, [france], category="monitoring", status="offered", statement_date="2025-07")
        with pytest.raises(Invalid):
            com.list_commitments(date_from="garbage")
        assert len(com.list_commitments(date_from="2025", date_to="2025-07")) == 1


def test_a_commitments_actors_become_participants_of_its_document(archive, tmp_path) -> None:
    doc = import_document(archive, tmp_path)
    ann = archive.annotations
    assert not ann.mentions.participants_in(doc)  # suggested only, nothing confirmed yet
    us, finland = participant_ids(archive, "US", "Finland")
    archive.commitments.add(doc, [us], category="military", status="suspended",
                            quote=quote_of(archive, doc, "وأوقفت الولايات المتحدة"))  # fmt: skip
    [confirmed] = ann.mentions.participants_in(doc)
    assert confirmed.participant_id == us and confirmed.spans  # its words in the text, marked
    assert archive.search("participant:US").total == 1
    commitment = archive.commitments.list_commitments(document_id=doc)[0]
    archive.commitments.update(commitment.id, actors=[us, finland])
    assert {p.participant_id for p in ann.mentions.participants_in(doc)} == {us, finland}
    ann.journal.undo_last()  # the edit and the confirmation it made are one step
    assert {p.participant_id for p in ann.mentions.participants_in(doc)} == {us}


def test_status_and_category_filters_take_the_arabic_words(archive: Archive, tmp_path: Path):
    """status:معلق and status:عُلِّق find a suspended commitment, as status:suspended does."""
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)

    def ids(query: str) -> set[int]:
        return {h.id for h in archive.search(query).hits}

    assert ids("status:معلق") == ids("status:عُلِّق") == ids("status:suspended") == {doc}
    assert ids('status:"غير واضح"') == {doc} and ids("status:عرض") == {doc}
    assert ids("category:مراقبة") == ids("category:monitoring") == {doc}
    assert ids("status:نفذ") == set()  # delivered: none of the sample's three
