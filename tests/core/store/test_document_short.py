"""The document table keeps its usual file name, original's name and recipe short (issue #14,
disk), and every reader gets the full values: new rows, rows written before in full, and
what leaves the archive (sync payloads, bundles, exports) alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archiver.core import originals
from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from archiver.core.check import check
from archiver.core.errors import Invalid
from archiver.core.export.writers import export as export_table
from archiver.core.store import document_short, documents
from archiver.core.sync.collect import collect

ARTICLE = "Ministers from thirty countries met in London to discuss a ceasefire.\n"
DAMAGED = b"A damaged copy \xff of the statement on the ceasefire talks."  # kept as a file
SHA = "ab" * 32
COLUMNS = "file_name, stored_name, original_recipe"


def _stored(archive: Archive, doc_id: int) -> tuple[Any, ...]:
    """The three columns as the table holds them."""
    sql = f"SELECT {COLUMNS} FROM document WHERE id = ?"
    return tuple(archive.db.execute(sql, (doc_id,)).fetchone())


def _in_full(archive: Archive) -> None:
    """Rewrite every row's three columns in full, as an Archiver before schema 23 stored them."""
    rows = archive.db.execute(f"SELECT id, {COLUMNS}, original_path, file_sha256 FROM document")
    for row in rows.fetchall():
        full = document_short.expanded(dict(row))
        archive.db.execute(
            "UPDATE document SET file_name = ?, stored_name = ?, original_recipe = ? WHERE id = ?",
            (full["file_name"], full["stored_name"], full["original_recipe"], row["id"]),
        )


def _reads(archive: Archive) -> dict[str, Any]:
    """What every reader of the three columns gives, for every document."""
    db, ids = archive.db, sorted(documents.ids(archive.db))
    return {
        "documents": [documents.get(db, i) for i in ids],
        "originals": documents.originals(db),
        "live": documents.live_originals(db),
        "fingerprints": documents.fingerprints(db),
        "summaries": documents.summaries(db, ids),
        "indexable": documents.indexable(db, None),
        "export_rows": documents.export_rows(db, ("file_name", "stored_name", "original_recipe")),
        "plain": [documents.plain(r) for r in db.execute("SELECT * FROM document ORDER BY id")],
        "bytes": [originals.read(archive.root, db, o) for o in documents.originals(db)],
        "payload": collect(archive).to_json()["documents"],
        "export": export_table(archive, "documents", "json"),
        "csv": export_table(archive, "documents", "csv"),
    }


@pytest.fixture
def two_kinds(archive: Archive, write) -> tuple[Archive, int, int]:  # type: ignore[no-untyped-def]
    """An archive with a regenerated original (the usual recipe) and one kept as a file."""
    found = archive.import_paths([write("talks.txt", ARTICLE), write("damaged.txt", DAMAGED)])
    regenerated, kept = (f.id for f in found.imported)
    return archive, regenerated, kept


def test_a_new_row_stores_the_short_forms_and_reads_the_full_values(two_kinds) -> None:  # type: ignore[no-untyped-def]
    archive, regenerated, kept = two_kinds
    assert _stored(archive, regenerated) == ("", ".txt", "")
    assert _stored(archive, kept) == ("", ".txt", None)
    doc = documents.get(archive.db, regenerated)
    sha = doc.file_sha256
    assert (doc.file_name, doc.stored_name) == ("talks.txt", f"{sha[:2]}/{sha}.txt")
    assert doc.original_path.endswith("/in/talks.txt")
    assert documents.original_of(archive.db, regenerated).recipe == document_short.USUAL_RECIPE
    assert originals.read(archive.root, archive.db, documents.original_of(archive.db, kept)) == (
        DAMAGED
    )
    assert documents.summaries(archive.db, [kept])[kept]["file_name"] == "damaged.txt"
    assert "original_path" not in documents.summaries(archive.db, [kept])[kept]
    assert check(archive).problems == []


def test_a_row_stored_in_full_before_reads_the_same(two_kinds) -> None:  # type: ignore[no-untyped-def]
    archive, regenerated, kept = two_kinds
    short = _reads(archive)
    _in_full(archive)
    assert _stored(archive, regenerated)[0] == "talks.txt"
    assert _stored(archive, kept)[1].endswith(".txt") and "/" in _stored(archive, kept)[1]
    assert _reads(archive) == short
    assert check(archive).problems == []


def test_what_leaves_the_archive_carries_the_full_values(two_kinds) -> None:  # type: ignore[no-untyped-def]
    archive, regenerated, _kept = two_kinds
    sent = collect(archive).to_json()["documents"]
    sha = documents.get(archive.db, regenerated).file_sha256
    assert [d["file_name"] for d in sent] == ["talks.txt", "damaged.txt"]
    assert sent[0]["stored_name"] == f"{sha[:2]}/{sha}.txt"
    assert all("original_recipe" not in d for d in sent)
    rows = json.loads(export_table(archive, "documents", "json"))["documents"]
    assert [r["source"]["file_name"] for r in rows] == ["talks.txt", "damaged.txt"]
    table = export_table(archive, "documents", "csv").decode("utf-8-sig")
    assert "talks.txt" in table and "damaged.txt" in table


def test_a_bundle_carries_full_values_and_the_other_copy_stores_them_short(
    two_kinds,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    archive, _regenerated, _kept = two_kinds
    export(archive, tmp_path / "out.zip")
    with Archive.open(tmp_path / "other") as other:
        import_bundle(other, tmp_path / "out.zip")
        ids = sorted(documents.ids(other.db))
        assert [documents.get(other.db, i).file_name for i in ids] == ["talks.txt", "damaged.txt"]
        assert [_stored(other, i) for i in ids] == [("", ".txt", ""), ("", ".txt", None)]
        sent = [originals.read(other.root, other.db, o) for o in documents.originals(other.db)]
        assert sent == [ARTICLE.encode(), DAMAGED]
        assert check(other).problems == []


def _variant(archive: Archive, doc_id: int, **changes: Any) -> int:
    """A copy of a document's row under a new id and SHA-256, with these columns changed."""
    row = archive.db.execute("SELECT * FROM document WHERE id = ?", (doc_id,)).fetchone()
    new_id = documents.next_id(archive.db)
    values = {**documents.plain(row), "id": new_id, "uuid": f"variant-{new_id}",
              "file_sha256": SHA, "stored_name": f"ab/{SHA}.txt", **changes}  # fmt: skip
    documents.insert_row(archive.db, values)
    return new_id


@pytest.mark.parametrize(
    ("changes", "stored"),
    [
        ({"file_name": "renamed.txt"}, ("renamed.txt", ".txt", "")),  # not the path's last part
        ({"file_name": "", "original_path": "/in/"}, ("", ".txt", "")),  # "" gives back ""
        ({"file_name": "talks.txt", "original_path": "C:\\in\\talks.txt"}, ("", ".txt", "")),
        (
            {"file_name": "in\\talks.txt", "original_path": "C:\\in\\talks.txt"},
            ("in\\talks.txt", ".txt", ""),  # a name holding a separator: not a last part
        ),
        ({"stored_name": f"ab/{SHA}"}, ("", "", "")),  # no extension
        ({"stored_name": f"ab/{SHA}.tar.gz"}, ("", ".tar.gz", "")),
        ({"stored_name": f"cd/{SHA}.txt"}, ("", f"cd/{SHA}.txt", "")),  # not its own name
        ({"stored_name": f"ab/{SHA}/x.txt"}, ("", f"ab/{SHA}/x.txt", "")),
        (
            {"original_recipe": document_short.USUAL_RECIPE.replace('"\\n", "raw"', '"", "raw"')},
            ("", ".txt", document_short.USUAL_RECIPE.replace('"\\n", "raw"', '"", "raw"')),
        ),
        (
            {"original_recipe": document_short.USUAL_RECIPE.replace(": ", ":")},
            ("", ".txt", document_short.USUAL_RECIPE.replace(": ", ":")),
        ),  # the same JSON but not the same text: kept as it is
        ({"original_recipe": None}, ("", ".txt", None)),
    ],
)
def test_any_value_round_trips_and_only_an_exact_usual_one_is_shortened(
    two_kinds,  # type: ignore[no-untyped-def]
    changes: dict[str, Any],
    stored: tuple[Any, ...],
) -> None:
    archive, regenerated, _kept = two_kinds
    doc_id = _variant(archive, regenerated, **changes)
    assert _stored(archive, doc_id) == stored
    row = archive.db.execute("SELECT * FROM document WHERE id = ?", (doc_id,)).fetchone()
    full = documents.plain(row)
    for name in ("file_name", "stored_name", "original_recipe", "original_path"):
        if name in changes:
            assert full[name] == changes[name]
    doc = documents.get(archive.db, doc_id)
    assert (doc.file_name, doc.stored_name) == (full["file_name"], full["stored_name"])
    assert documents.original_of(archive.db, doc_id).recipe == full["original_recipe"]


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"file_name": ""}, "file_name"),  # "" would read as talks.txt
        ({"stored_name": "talks.txt"}, "stored_name"),  # no "/": would read as an extension
        ({"original_recipe": ""}, "original_recipe"),  # would read as the usual recipe
    ],
)
def test_a_value_the_short_forms_cannot_give_back_is_refused(
    two_kinds,  # type: ignore[no-untyped-def]
    changes: dict[str, Any],
    named: str,
) -> None:
    archive, regenerated, _kept = two_kinds
    before = documents.count(archive.db)
    with pytest.raises(Invalid, match=named):
        _variant(archive, regenerated, **changes)
    assert documents.count(archive.db) == before


def test_the_trash_and_the_pending_names_read_the_full_values(two_kinds) -> None:  # type: ignore[no-untyped-def]
    archive, regenerated, kept = two_kinds
    name = documents.get(archive.db, kept).stored_name
    assert documents.stored_names_among(archive.db, [name, f"ab/{SHA}.txt"]) == {name}
    archive.trash.delete([kept])
    (listed,) = documents.trashed(archive.db)
    assert (listed.id, listed.file_name, listed.stored_name, listed.recipe) == (
        kept, "damaged.txt", name, None,
    )  # fmt: skip
    assert documents.get(archive.db, regenerated).file_name == "talks.txt"


def test_a_commitment_names_its_documents_full_file_name(two_kinds) -> None:  # type: ignore[no-untyped-def]
    archive, regenerated, _kept = two_kinds
    britain = archive.annotations.participants.resolve("Britain").id
    added = archive.commitments.add(regenerated, [britain], category="military", status="pledged")
    assert archive.commitments.get(added.id).file_name == "talks.txt"


def test_the_usual_recipe_is_the_one_an_import_writes() -> None:
    found = originals.recipe_for(ARTICLE.encode(), "utf-8", ARTICLE.strip())
    assert found is not None and found.recipe == document_short.USUAL_RECIPE
