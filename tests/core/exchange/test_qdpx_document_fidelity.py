"""A document's details through our QDPX export and import into a fresh archive: its file name,
its date with where it came from and how precise it is, the file's own date, the e-mail it
came attached to, its collections and its notes; and a project without those lines (an older
export's, QualCoder's) imported as before."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qdpx_files import QUALCODER, entries, rewrite

from archiver.core.archive import Archive
from archiver.core.exchange.qdpx.export import export_qdpx
from archiver.core.exchange.qdpx.importing import import_qdpx

FIELDS = ("title", "file_name", "published", "published_source", "published_precision",
          "file_date", "source", "url", "author", "notes", "language")  # fmt: skip
NAMED = "Denmark pledged air defence systems to Ukraine, the minister said.\n"
DATELINE = "بيروت، آذار 2025 — اجتمع الوزراء في بيروت لبحث خطة التحالف.\n"
UNDATED = "Talks on 2025-03-14 of the coalition in Paris ended without a statement.\n"
RTF = r"{\rtf1\ansi{\info{\creatim\yr2024\mo3\dy1}}Sweden hesitated over the pledge.\par}"
MAIL = (
    "From: Amal Haddad <amal@example.org>\nTo: desk@example.org\nSubject: Coalition meeting\n"
    "Date: Tue, 04 Mar 2025 10:00:00 +0000\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8'
    "\n\nThe coalition of the willing met in Paris, said Emmanuel Macron.\n--b\n"
    'Content-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename="sw.txt"'
    "\n\nNorway weighed the funds it could offer.\n--b--\n"
)


def _archive(archive: Archive, tmp_path: Path) -> None:
    """Documents dated by their file name, their dateline (a month), their metadata, their
    e-mail and their file's creation; one undated whose text holds a date; notes, collections."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2025-03-14-statement.txt").write_text(NAMED, encoding="utf-8")
    (folder / "beirut.txt").write_text(DATELINE, encoding="utf-8")
    (folder / "talks.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "note.rtf").write_text(RTF, encoding="ascii")
    (folder / "meeting.eml").write_text(MAIL, encoding="utf-8")
    ids = {Path(d.path).name: d.id for d in archive.import_paths(sorted(folder.iterdir())).imported}
    archive.update_document(ids["talks.txt"], published=None)
    archive.update_document(ids["2025-03-14-statement.txt"], notes="From the desk.\n\nsource: X")
    collections = archive.annotations.collections
    collections.add("Coalition", documents=list(ids.values()))
    collections.add("Coalition/الشام", documents=[ids["beirut.txt"]])


def _details(archive: Archive) -> dict[str, dict[str, Any]]:
    """Each document's details by its text, with the texts of the one it came attached to and
    of its collections."""
    found = {}
    for doc in map(archive.document, archive.document_ids()):
        row = {name: getattr(doc, name) for name in FIELDS}
        parent = doc.parent_document
        row["attached to"] = archive.document(parent).text if parent else None
        row["collections"] = sorted(c.path for c in archive.annotations.collections.of(doc.id))
        found[doc.text] = row
    return found


def test_a_documents_details_come_back_the_same(archive: Archive, tmp_path: Path) -> None:
    _archive(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    with Archive.open(tmp_path / "fresh") as fresh:
        report = import_qdpx(fresh, tmp_path / "proj.qdpx")
        assert _details(fresh) == _details(archive)
        assert report.counts["attachments linked"] == 1
        sources = {row["published_source"] for row in _details(fresh).values()}
        assert sources == {"file-name", "text", "document", "message", "file-created", None}
        by_name = {row["file_name"]: row for row in _details(fresh).values()}
        assert by_name["beirut.txt"]["published_precision"] == "month"
        assert by_name["note.rtf"]["file_date"] == "2024-03-01"
        assert by_name["meeting.eml › sw.txt"]["attached to"].startswith("The coalition")
        assert by_name["talks.txt"]["published"] is None  # the staged name's date taken off
        mail = next(d for d in map(fresh.document, fresh.document_ids()) if d.kind == "text"
                    and d.file_name == "meeting.eml")  # fmt: skip
        assert [fresh.document(i).file_name for i in mail.attachments] == ["meeting.eml › sw.txt"]


def _older(qde: str) -> str:
    """Our export's project as an export before these lines were written."""
    qde = re.sub(r"\n(published source|published precision|file date|attached to|collection):"
                 r"[^\n<]*", "", qde)  # fmt: skip
    return re.sub(r"\n\n[^<]*</Description>", "</Description>", qde)


def test_an_export_without_the_dates_origin_imports_as_before(
    archive: Archive, tmp_path: Path
) -> None:
    _archive(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    qde = entries(tmp_path / "proj.qdpx")["project.qde"].decode()
    assert "published source: text" in qde
    older = rewrite(tmp_path / "proj.qdpx", tmp_path / "older.qdpx",
                    {"project.qde": _older(qde).encode()})  # fmt: skip
    with Archive.open(tmp_path / "fresh") as fresh:
        import_qdpx(fresh, older)
        rows = _details(fresh).values()
        assert {r["published_source"] for r in rows if r["published"]} == {"user"}
        assert {r["published_precision"] for r in rows if r["published"]} == {"day"}
        assert sorted(r["file_name"] for r in rows) == sorted(
            r["file_name"] for r in _details(archive).values())  # fmt: skip
        assert not any(r["attached to"] or r["collections"] or r["notes"] for r in rows)


def test_lines_with_values_not_ours_are_left_out(archive: Archive, tmp_path: Path) -> None:
    _archive(archive, tmp_path)
    export_qdpx(archive, tmp_path / "proj.qdpx")
    qde = entries(tmp_path / "proj.qdpx")["project.qde"].decode()
    qde = re.sub(r"published source: \S+", "published source: guessed", qde)
    qde = re.sub(r"attached to: \S+", "attached to: 00000000-0000-4000-8000-000000000000", qde)
    odd = rewrite(tmp_path / "proj.qdpx", tmp_path / "odd.qdpx", {"project.qde": qde.encode()})
    with Archive.open(tmp_path / "fresh") as fresh:
        report = import_qdpx(fresh, odd)
        rows = _details(fresh).values()
        assert {r["published_source"] for r in rows if r["published"]} == {"user"}
        assert not any(r["attached to"] for r in rows)
        assert "attachments linked" not in report.counts


def test_a_qualcoder_sources_name_is_the_file_name(archive: Archive) -> None:
    report = import_qdpx(archive, QUALCODER)
    names = [archive.document(d).file_name for d in report.documents_added]
    assert names == ["talks-ar.txt", "talks-en"]  # not the staged copies' "00001 talks-ar.txt"
    assert [archive.document(d).title for d in report.documents_added] == ["talks-ar", "talks-en"]
