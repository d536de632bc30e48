"""Issue 13: the new statuses, a delivery that fulfils a pledge, quantities with their unit,
and the sources told from the recipients of a quote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.core import store
from archiver.core.annotations.actor_roles import roles
from archiver.core.archive import Archive
from archiver.core.errors import Invalid
from commitment_sample import import_document, participant_ids, quote_of
from sync_copies import send

TEXT = (
    "تعهدت فرنسا بتقديم 500 مليون يورو إلى أوكرانيا.\n"
    "وسلمت فرنسا 200 مليون يورو من المبلغ.\n"
    "وأبدت فنلندا اهتمامها بالمشاركة في قوة لحفظ السلام."
)


def _pledge_and_delivery(archive: Archive, tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = import_document(archive, tmp_path, text=TEXT)
    com = archive.commitments
    france, ukraine = participant_ids(archive, "France", "Ukraine")
    pledge = com.add(doc, [france, (ukraine, "recipient")], category="financial",
                     status="pledged", quantity=500e6, unit="EUR",
                     quote=quote_of(archive, doc, "تعهدت فرنسا بتقديم 500 مليون يورو"))  # fmt: skip
    delivery = com.add(doc, [france], category="financial", status="partly_delivered",
                       quantity=200e6, unit="EUR", fulfils=pledge.id,
                       quote=quote_of(archive, doc, "وسلمت فرنسا 200 مليون يورو"))  # fmt: skip
    return doc, pledge, delivery


def test_a_partial_delivery_fulfils_a_pledge_and_says_how_much(archive: Archive, tmp_path: Path):
    doc, pledge, delivery = _pledge_and_delivery(archive, tmp_path)
    com = archive.commitments
    assert (delivery.fulfils_id, delivery.updates_id) == (pledge.id, None)
    assert delivery.amount == "200,000,000 EUR" and pledge.amount == "500,000,000 EUR"
    assert delivery.to_json()["fulfils_id"] == pledge.id
    finland = participant_ids(archive, "Finland")
    interest = com.add(doc, finland, category="troops", status="considering",
                       quote=quote_of(archive, doc, "اهتمامها بالمشاركة"))  # fmt: skip
    assert interest.action == "other" and delivery.action == "deliver"
    assert [c.id for c in com.list_commitments(status=["considering"])] == [interest.id]
    for bad in (
        {"status": "refused", "fulfils": pledge.id},  # only a delivery fulfils
        {"status": "delivered", "fulfils": delivery.id},  # a delivery is not a pledge
        {"status": "delivered", "fulfils": 999},
        {"status": "pledged", "quantity": 30.0},  # 30 what?
    ):
        with pytest.raises(Invalid):
            com.add(doc, finland, category="troops", **bad)  # type: ignore[arg-type]
    with pytest.raises(Invalid):
        com.update(delivery.id, status="pledged")  # it still fulfils the pledge
    with pytest.raises(Invalid):
        com.update(delivery.id, unit="")
    with pytest.raises(Invalid):
        com.update(delivery.id, fulfils_id=delivery.id)
    assert com.update(delivery.id, quantity=None, unit="").amount == ""
    # a number stored without its unit before units were required: other edits still work
    archive.db.execute("UPDATE commitment SET quantity = 30, unit = '' WHERE id = ?", (pledge.id,))
    assert com.update(pledge.id, notes="older record").amount == "30"
    with pytest.raises(Invalid):
        com.update(pledge.id, quantity=31)


def test_deleting_the_pledge_unlinks_its_deliveries_and_undo_links_them_again(
    archive: Archive, tmp_path: Path
):
    _doc, pledge, delivery = _pledge_and_delivery(archive, tmp_path)
    com = archive.commitments
    com.delete(pledge.id)
    assert com.get(delivery.id).fulfils_id is None
    archive.annotations.journal.undo_last()
    assert com.get(delivery.id).fulfils_id == pledge.id


def test_the_link_travels_to_another_copy(tmp_path: Path):
    with Archive.open(tmp_path / "A", author="amal") as a, \
            Archive.open(tmp_path / "B", author="bashir") as b:  # fmt: skip
        _travel(a, b, tmp_path)


def _travel(a: Archive, b: Archive, tmp_path: Path) -> None:
    _doc, pledge, delivery = _pledge_and_delivery(a, tmp_path)
    send(a, b)
    there = {c.what or c.quote: c for c in b.commitments.list_commitments(role=None)}
    moved = next(c for c in there.values() if c.status == "partly_delivered")
    target = b.commitments.get(moved.fulfils_id)  # type: ignore[arg-type]
    assert target.quote == pledge.quote and moved.quote == delivery.quote
    assert moved.amount == "200,000,000 EUR"


def test_migration_11_adds_the_link_to_an_archive_of_version_10(tmp_path: Path):
    path = tmp_path / "old" / "archive.sqlite3"
    path.parent.mkdir()
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    for version in range(1, 11):
        step = store.MIGRATIONS[version]
        db.executescript(step) if isinstance(step, str) else step(db)  # type: ignore[operator]
    db.execute("PRAGMA user_version = 10")
    db.commit()
    assert "fulfils_id" not in {r[1] for r in db.execute("PRAGMA table_info(commitment)")}
    db.close()
    with Archive.open(tmp_path / "old") as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        columns = {r[1] for r in archive.db.execute("PRAGMA table_info(commitment)")}
        assert "fulfils_id" in columns
        store.MIGRATIONS[11](archive.db)  # type: ignore[operator]  # safe to run again


def _mentions(text: str, *named: tuple[int, str, int]) -> list[tuple[int, int, int]]:
    """(participant, start, end) of the n-th occurrence of each name."""
    out = []
    for pid, words, nth in named:
        at = -1
        for _ in range(nth):
            at = text.index(words, at + 1)
        out.append((pid, at, at + len(words)))
    return out


def test_sources_are_told_from_recipients_in_arabic_and_english():
    us, ukraine, france, russia, moldova, lebanon = 1, 2, 3, 4, 5, 6
    names = {ukraine: ["أوكرانيا", "Ukraine", "كييف"], lebanon: ["لبنان"], russia: ["روسيا"],
             moldova: ["مولدوفا", "Moldova"]}  # fmt: skip

    def of(text: str, *named: tuple[int, str, int]) -> list[tuple[int, str]]:
        return roles(text, _mentions(text, *named), lambda pid: names.get(pid, []))

    text = "ترفض الولايات المتحدة تزويد أوكرانيا بأنظمة دفاع جوي"
    assert of(text, (us, "الولايات المتحدة", 1), (ukraine, "أوكرانيا", 1)) == [
        (us, "source"), (ukraine, "recipient")]  # fmt: skip
    text = "تعهدت فرنسا بدعم كييف وقدمت ضمانات لأوكرانيا ومولدوفا"
    assert of(text, (france, "فرنسا", 1), (ukraine, "كييف", 1), (ukraine, "لأوكرانيا", 1),
              (moldova, "ومولدوفا", 1)) == [
        (france, "source"), (ukraine, "recipient"), (moldova, "recipient")]  # fmt: skip
    text = "أرسلت فرنسا مساعدات إلى أوكرانيا، ويزور رئيس لبنان الحدود بين أوكرانيا وروسيا"
    assert of(text, (france, "فرنسا", 1), (ukraine, "أوكرانيا", 1), (lebanon, "لبنان", 1),
              (ukraine, "أوكرانيا", 2), (russia, "وروسيا", 1)) == [
        (france, "source"), (ukraine, "recipient"), (lebanon, "source")]  # fmt: skip
    text = "The US will supply Ukraine and Moldova with arms; France sent aid to the Ukraine army"
    assert of(text, (us, "US", 1), (ukraine, "Ukraine", 1), (moldova, "Moldova", 1),
              (france, "France", 1)) == [
        (us, "source"), (ukraine, "recipient"), (moldova, "recipient"), (france, "source")]  # fmt: skip
    assert of("France talks with Russia", (france, "France", 1), (russia, "Russia", 1)) == [
        (france, "source")]  # fmt: skip


def test_the_subject_of_a_receiving_verb_is_a_recipient():
    lebanon, gulf, us, ukraine = 6, 7, 1, 2

    def of(text: str, *named: tuple[int, str, int]) -> list[tuple[int, str]]:
        return roles(text, _mentions(text, *named))

    text = "قال الوزير إن لبنان سيتلقى 250 مليون دولار من قطر"
    assert of(text, (lebanon, "لبنان", 1), (gulf, "قطر", 1)) == [(lebanon, "recipient")]
    assert of("وتلقى لبنان دعما من قطر", (lebanon, "لبنان", 1)) == [(lebanon, "recipient")]
    assert of("Ukraine would receive 40 tanks from the US", (ukraine, "Ukraine", 1),
              (us, "US", 1)) == [(ukraine, "recipient")]  # fmt: skip
    assert of("Ukraine is expected to receive tanks", (ukraine, "Ukraine", 1)) == [
        (ukraine, "recipient")]  # fmt: skip
    # not across a clause, nor a giving verb
    assert of("The US, which received none, sends tanks", (us, "US", 1)) == [(us, "source")]
    assert of("لبنان سيقدم دعما", (lebanon, "لبنان", 1)) == [(lebanon, "source")]
