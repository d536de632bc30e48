"""Places are not participants, and a suggestion can be turned down for the whole archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from archiver.core.errors import Invalid
from archiver.core.store import schema


def _doc(archive: Archive, write, name: str, text: str) -> int:  # type: ignore[no-untyped-def]
    return archive.import_paths([write(name, text)], keep_duplicates=True).imported[0].id


def _names(archive: Archive, doc: int) -> set[str]:
    return {s.name for s in archive.annotations.mentions.suggestions(doc)}


@pytest.mark.parametrize("text", [
    "اتصل الوزير من روما بنظيره.",
    "عقد الاجتماع في لندن أمس.",
    "وصل الوفد إلى باريس صباحا.",
    "وأقام الوفد بروما يومين.",
    "The talks were held in London on Monday.",
    "He flew to Paris, then home.",
    "اندلع حريق لندن في برج سكني، وأغلقت شرطة لندن الشارع.",
    "The mayor of London opened the bridge.",
    "برلين — أعلن المتحدث أن الاجتماع انتهى.",  # datelines: where the story was filed
    "London, 8 July 2025 — The talks ended late.",
    "LONDON (Reuters) - The talks ended late.",
    "العنوان\nالرباط، 12 مارس 2024 - انتهى الاجتماع.",
])  # fmt: skip
def test_a_capital_named_as_a_place_suggests_nothing(archive, write, text: str) -> None:
    assert _names(archive, _doc(archive, write, "place.txt", text)) == set()


@pytest.mark.parametrize("text, state", [
    ("تواصل الدول دعم كييف في الحرب.", "Ukraine"),
    ("أعلنت موسكو رفضها للمقترح.", "Russia"),
    ("Washington said it would send no more missiles.", "United States"),
    ("وقدمت المساعدة لكييف أمس.", "Ukraine"),
    ("وطلب من موسكو وقف الهجمات.", "Russia"),
    ("وأوقفت الإدارة شحنات الصواريخ إلى كييف.", "Ukraine"),  # to Kyiv: its government
    ("وقالت برلين - في بيان - إنها ترفض المقترح.", "Germany"),  # a dash, not at a line's head
    ("موسكو: لن نسمح بذلك.", "Russia"),  # a headline's speaker, not a dateline
])  # fmt: skip
def test_a_capital_used_for_its_government_suggests_its_state(archive, write, text, state) -> None:
    assert _names(archive, _doc(archive, write, "gov.txt", text)) == {state}


def test_a_place_cue_reaches_across_the_capitals_adjective(archive, write) -> None:
    doc = _doc(archive, write, "adj.txt", "وصل الوزير إلى العاصمة الفرنسية باريس مساء.")
    text = archive.document(doc).text
    [france] = archive.annotations.mentions.suggestions(doc)
    assert [text[a:b] for a, b in france.spans] == ["الفرنسية"]  # not باريس


def test_rejected_everywhere_is_not_suggested_in_any_document_until_undone(archive, write) -> None:
    ann = archive.annotations
    first = _doc(archive, write, "a.txt", "أعلنت روما موقفها من الحرب.")
    second = _doc(archive, write, "b.txt", "وقالت روما إنها ستشارك.")
    third = _doc(archive, write, "c.txt", "وقالت إيطاليا إنها ستشارك.")
    italy = f"p{ann.participants.resolve('Italy').id}"
    change = ann.blocks.reject(first, italy, everywhere=True)
    assert change.names == ("Italy", "روما")
    assert "Italy" not in _names(archive, first) | _names(archive, second)
    assert "Italy" in _names(archive, third)  # another alias: still suggested
    [block] = ann.blocks.all()
    assert (block.participant, block.alias, block.document_id) == ("Italy", "روما", None)
    ann.journal.undo_last()
    assert "Italy" in _names(archive, second)
    ann.journal.redo_last()
    assert "Italy" not in _names(archive, second)
    ann.blocks.lift(block.id)
    assert "Italy" in _names(archive, second)
    with pytest.raises(Invalid, match="no alias"):
        ann.blocks.reject(first, italy, everywhere=True, alias="Roma")


def test_rejections_everywhere_travel_in_bundles(archive, write, tmp_path: Path) -> None:
    ann = archive.annotations
    doc = _doc(archive, write, "a.txt", "أعلنت روما موقفها، وقال الرئيس الأوكراني فولوديمير"
                                        " زيلينسكي إن كييف ممتنة.")  # fmt: skip
    italy = ann.participants.resolve("Italy").id
    ann.blocks.reject(doc, f"p{italy}", everywhere=True)
    ann.blocks.reject(doc, "زيلينسكي", everywhere=True)
    export(archive, tmp_path / "b.zip")
    with Archive.open(tmp_path / "other") as other:
        report = import_bundle(other, tmp_path / "b.zip")
        there = report.documents_added[0]
        blocks = {(b.participant, b.alias, b.words) for b in other.annotations.blocks.all()}
        assert blocks == {("Italy", "روما", ""), ("", "", "فولوديمير زيلينسكي")}
        assert _names(other, there) == {"Ukraine"}


def test_the_migration_runs_again_without_harm(archive) -> None:
    db = archive.db
    schema._v14(db)
    schema._v14(db)
    columns = {r[1] for r in db.execute("PRAGMA table_info(participant)")}
    assert "role" in columns
    assert db.execute("SELECT COUNT(*) FROM suggestion_block").fetchone()[0] == 0


def test_a_merge_carries_the_rejections_everywhere(archive, write) -> None:
    ann = archive.annotations
    kept = ann.participants.add("Keir Starmer", "person", aliases=["ستارمر"])
    other = ann.participants.add("كير ستارمر", "person", aliases=["ستارمر"])
    doc = _doc(archive, write, "m.txt", "وقال ستارمر إن الحكومة مستعدة.")
    ann.blocks.reject(doc, f"p{other.id}", everywhere=True, alias="ستارمر")
    ann.participants.merge(kept.id, other.id)
    [block] = ann.blocks.all()
    assert (block.participant_id, block.alias) == (kept.id, "ستارمر")
    assert "Keir Starmer" not in _names(archive, doc)
    ann.journal.undo_last()
    assert [(b.participant_id, b.alias) for b in ann.blocks.all()] == [(other.id, "ستارمر")]
