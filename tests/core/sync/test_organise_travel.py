"""Collections, their documents and saved searches travel between copies (payloads, bundles),
later changes to them too, and the same names made on both sides meet as one record."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from sync_copies import imported, send


def _collections(archive: Archive) -> list[tuple[str, int, int]]:
    return [(c.path, c.count, c.total) for c in archive.annotations.collections.all()]


def _titles(archive: Archive, query: str) -> list[str]:
    return sorted(h.title for h in archive.search(query, limit=50).hits)


def _organised(a: Archive, texts) -> list[int]:  # type: ignore[no-untyped-def]
    docs = imported(a, texts("talks.txt", "defence.txt", "cinema.txt"))
    coll = a.annotations.collections
    aid = coll.add("Ukraine/monitoring").extra["collection"]
    coll.put(aid, docs[:2])
    coll.put(coll.add("Culture").extra["collection"], docs[2:])
    a.annotations.tags.add_many(docs[:2], ["region/europe"])
    a.annotations.saved.add("monitoring", "collection:Ukraine tag:region")
    return docs


def test_collections_and_saved_searches_travel_and_their_changes_too(two, texts) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    _organised(a, texts)
    report = send(a, b)
    assert report.skipped == [] and report.records_added.get("collection") == 3
    assert _collections(b) == [("Culture", 1, 1), ("Ukraine", 0, 2), ("Ukraine/monitoring", 2, 2)]
    assert _titles(b, "collection:Ukraine") == _titles(a, "collection:Ukraine")
    assert [(s.name, s.query) for s in b.annotations.saved.all()] == [
        ("monitoring", "collection:Ukraine tag:region")]  # fmt: skip
    assert b.run_saved_search("monitoring").total == 2
    again = send(a, b)
    assert again.change is None and again.changes_applied == 0  # nothing new: nothing written

    coll = a.annotations.collections
    monitoring = coll.find("monitoring")
    coll.rename(monitoring.id, "monitors")
    coll.take(monitoring.id, coll.documents(monitoring.id)[:1])
    coll.delete(coll.find("Culture").id)
    a.annotations.saved.rename(a.annotations.saved.find("monitoring").id, "watch")
    report = send(a, b)
    assert report.conflicts == [] and report.skipped == []
    assert _collections(b) == [("Ukraine", 0, 1), ("Ukraine/monitors", 1, 1)]
    assert [s.name for s in b.annotations.saved.all()] == ["watch"]
    assert b.run_saved_search("watch").total == 1


def test_the_same_names_made_on_both_sides_are_one_record(two, texts) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    docs = imported(a, texts("talks.txt", "defence.txt"))
    send(a, b)
    a.annotations.collections.add("Gaza/2024")
    b.annotations.collections.add("gaza")
    a.annotations.saved.add("ceasefire", "ceasefire")
    b.annotations.saved.add("Ceasefire", "ceasefire London")
    report = send(a, b)
    assert report.skipped == [] and report.conflicts == []
    assert [c.path for c in b.annotations.collections.all()] == ["gaza", "gaza/2024"]
    assert [(s.name, s.query) for s in b.annotations.saved.all()] == [
        ("Ceasefire", "ceasefire London")]  # fmt: skip
    on_a = a.annotations.collections.find("Gaza/2024").id
    a.annotations.collections.put(on_a, docs)
    report = send(a, b)
    assert report.skipped == [] and b.annotations.collections.find("gaza/2024").total == 2


def test_a_bundle_of_one_collection_carries_its_children_s_documents(
    two,
    texts,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    a, b = two
    _organised(a, texts)
    info = export(a, tmp_path / "u.zip", collections=["Ukraine"])
    assert info.manifest.counts["documents"] == 2
    assert info.manifest.filters["collections"] == ["Ukraine"]
    import_bundle(b, tmp_path / "u.zip")
    assert _collections(b) == [("Ukraine", 0, 2), ("Ukraine/monitoring", 2, 2)]
    assert b.count() == 2 and _titles(b, "collection:Ukraine") == _titles(a, "collection:Ukraine")
    assert [s.name for s in b.annotations.saved.all()] == ["monitoring"]  # in every bundle
    assert "Culture" not in [c.path for c in b.annotations.collections.all()]
