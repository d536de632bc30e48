"""The document texts stored compressed: exact round trips, rows of the old (plain) kind read
unchanged, a damaged packed text reported, and plain text wherever a row leaves the archive."""

from __future__ import annotations

import hashlib
import json
import random
import string
import zlib
from pathlib import Path

import pytest

from archiver.cli import main
from archiver.core import store
from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.errors import StoreError
from archiver.core.export.writers import export
from archiver.core.imports import pack_texts, prepare
from archiver.core.store import document_text, documents
from samples import ARTICLE_AR, ARTICLE_EN, distinct_text

# Harakat, tatweel, a hamza on every seat, Arabic-Indic and Latin digits, a direction mark
# around a Latin name, NBSP, and a line that ends without a full stop: all kept exactly.
VOWELLED = (
    "اجتماعٌ جديدٌ لتحالفِ الـــداعمين في لندن\n\n"
    "قالَ وزيرُ الخارجيّة إنّ ٣٠ دولةً مستعدّةٌ، وأضاف\u00a0أنّ الشحنات ستُستأنف في 2026.\n"
    "وشارك الرئيس \u200fZelensky\u200f عن بُعد؛ سُئل عن «الضمانات» فأجاب: لا جديد\n"
    "مسؤولٌ آخر: مؤتمر، مُؤتمر، مسائل، جزء، شيء، ءامن."
)  # canonical already (NFC, no final line end): the store keeps it as is


def _stored(archive: Archive, doc_id: int) -> tuple[str, str, str]:
    """The SQLite types of a row's three texts, as stored."""
    row = archive.db.execute(
        "SELECT typeof(raw_text), typeof(text), typeof(alt_text) FROM document WHERE id = ?",
        (doc_id,),
    ).fetchone()
    return tuple(row)


def test_an_arabic_text_is_stored_compressed_and_read_back_exactly(archive, write) -> None:
    doc_id = archive.import_paths([write("vowelled.txt", VOWELLED)]).imported[0].id
    assert _stored(archive, doc_id) == ("text", "blob", "text")  # raw and alt text: ""
    blob = archive.db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()[0]
    assert len(blob) < len(VOWELLED.encode("utf-8"))
    assert blob[:3] == b"\x01\x00\x0c"  # windowed: the Arabic block U+0600 (12 × 128)
    assert len(blob) < len(zlib.compress(VOWELLED.encode("utf-8"), 6))
    assert archive.document(doc_id).text == VOWELLED == documents.text_of(archive.db, doc_id)
    assert archive.search("الضمانات").hits[0].id == doc_id  # the snippet reads it too
    assert "«<b>الضمانات</b>»" in archive.search("الضمانات").hits[0].snippet
    assert check(archive).problems == []


def test_short_texts_stay_plain_and_packed_ones_are_not_packed_again() -> None:
    assert document_text.pack("") == ""
    assert document_text.pack("هدنة") == "هدنة"  # under SHORTEST: compressing does not pay
    packed = document_text.pack(ARTICLE_AR)
    assert isinstance(packed, bytes) and document_text.pack(packed) is packed
    assert document_text.unpack(packed) == ARTICLE_AR and document_text.unpack("x") == "x"
    rng = random.Random(3)
    scattered = "".join(rng.choice(string.ascii_letters + string.punctuation) for _ in range(80))
    assert document_text.pack(scattered) == scattered  # compressed it would not be smaller


def _old_archive(root: Path) -> None:
    """An archive of schema 18 (before compression) whose row is written the old way: plain
    TEXT, by plain SQL."""
    (root / "originals").mkdir(parents=True)
    db = store.connect(root / "archive.sqlite3")
    store.migrate(db, root / "archive.sqlite3", upto=18)
    sha = hashlib.sha256(ARTICLE_AR.encode("utf-8")).hexdigest()
    values = (f"{sha[:2]}/{sha}.txt", sha, _fingerprint(ARTICLE_AR), len(ARTICLE_AR.encode()),
              ARTICLE_AR.replace("\n", "\r\n"), ARTICLE_AR, "4a9c0d1e-0000-5000-8000-000000000001")  # fmt: skip
    db.execute(
        "INSERT INTO document(id, title, language, direction, file_name, original_path,"
        " stored_name, file_sha256, text_sha256, kind, mime, file_size, method, quality,"
        " raw_text, text, imported_at, modified_at, uuid) VALUES (1, 'قمة', 'ar', 'rtl',"
        " 'summit.txt', '/in/summit.txt', ?, ?, ?, 'text', 'text/plain', ?, 'utf-8', 1.0,"
        " ?, ?, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', ?)",
        values,
    )
    db.close()
    original = root / "originals" / sha[:2] / f"{sha}.txt"
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_text(ARTICLE_AR, encoding="utf-8")


def _fingerprint(text: str) -> str:
    from archiver.core.text import dedupe

    return dedupe.text_fingerprint(text)


def test_a_row_stored_plain_by_an_older_version_reads_unchanged(tmp_path, write) -> None:
    root = tmp_path / "old"
    _old_archive(root)
    with Archive.open(root) as archive:  # the open indexes the row the old version stored
        assert store.schema_version(archive.db) == store.latest_version() == 24
        assert _stored(archive, 1) == ("text", "text", "text")
        assert archive.document(1).text == ARTICLE_AR
        assert [h.id for h in archive.search("الداعمين").hits] == [1]
        assert check(archive).problems == []
        exported = json.loads(export(archive, "documents", "json"))
        assert exported["documents"][0]["text"] == ARTICLE_AR
        new = archive.import_paths([write("defence.txt", ARTICLE_EN)]).imported[0].id
        assert _stored(archive, new)[1] == "blob"  # a new row beside it is packed
        assert archive.document(new).text == ARTICLE_EN.rstrip("\n")
        assert _stored(archive, 1) == ("text", "text", "text")  # the old one is left as it was


def test_a_damaged_packed_text_is_named_not_a_traceback(archive, write, capsys) -> None:
    doc_id = archive.import_paths([write("vowelled.txt", VOWELLED)]).imported[0].id
    blob = archive.db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()[0]
    damaged = blob[:10] + bytes(b ^ 0x55 for b in blob[10:20]) + blob[20:]
    archive.db.execute("UPDATE document SET text = ? WHERE id = ?", (damaged, doc_id))
    with pytest.raises(StoreError, match=f"document {doc_id}: stored text is damaged"):
        archive.document(doc_id)
    problems = check(archive).problems
    assert f"document {doc_id}: stored text is damaged (cannot be unpacked)" in problems
    code = main(["--archive", str(archive.root), "show", str(doc_id)])
    _out, err = capsys.readouterr()
    assert code != 0 and "stored text is damaged" in err and "Traceback" not in err


def damage_text(archive: Archive, doc_id: int) -> None:
    """Flip bytes inside a document's packed text, as a bad sector would."""
    blob = archive.db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()[0]
    assert isinstance(blob, bytes)
    damaged = blob[:10] + bytes(b ^ 0x55 for b in blob[10:20]) + blob[20:]
    archive.db.execute("UPDATE document SET text = ? WHERE id = ?", (damaged, doc_id))


def test_a_damaged_text_among_the_hits_fails_neither_the_search_nor_the_others(
    archive, write, capsys
) -> None:
    report = archive.import_paths([write("vowelled.txt", VOWELLED), write("ar.txt", ARTICLE_AR)])
    damaged, sound = (doc.id for doc in report.imported)
    damage_text(archive, damaged)
    hits = {hit.id: hit for hit in archive.search("لندن").hits}
    assert hits[damaged].snippet_from == "damaged" and hits[damaged].snippet == ""
    assert hits[sound].snippet_from == "text" and "<b>" in hits[sound].snippet
    later = archive.snippets("لندن", [damaged, sound])
    assert later[damaged] == ("", [], "damaged") and later[sound][1]
    code = main(["--archive", str(archive.root), "search", "لندن"])
    out, err = capsys.readouterr()
    assert code == 0 and "stored text is damaged: archiver check names it" in out
    assert "Traceback" not in err


def test_a_worker_packs_the_texts_it_sends_and_the_store_keeps_them_as_sent(write) -> None:
    item = prepare(write("vowelled.txt", VOWELLED))
    pack_texts(item)
    assert item.packed is not None and isinstance(item.packed.text, bytes)
    assert item.extracted.text == ""  # it travels once, packed
    assert document_text.unpack(item.packed.text) == VOWELLED


def test_a_large_import_through_the_workers_stores_packed_texts(archive, tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    written = {}
    for n in range(30):  # enough files for the worker processes (IN_PROCESS_BELOW)
        written[f"{n:02}.txt"] = f"مقال رقم {n}\n\n{distinct_text(n)}\n"
        (folder / f"{n:02}.txt").write_text(written[f"{n:02}.txt"], encoding="utf-8")
    report = archive.import_paths(sorted(folder.iterdir()), workers_count=2)
    assert len(report.imported) == 30
    for imported in report.imported:
        assert _stored(archive, imported.id)[1] == "blob"
        name = archive.document(imported.id).file_name
        assert archive.document(imported.id).text == written[name].rstrip("\n")
