"""Where a document's date comes from: its file name, else the file's creation date, marked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import pdf_fixtures as fx
from archiver.core import store
from archiver.core.archive import DB_NAME, Archive
from archiver.core.model import DateSource
from samples import ARTICLE_AR, ARTICLE_EN

CREATED = "D:20240301101500+03'00'"
PARAGRAPHS = [
    "عقد التحالف اجتماعا في باريس لبحث مراقبة وقف إطلاق النار في أوكرانيا.",
    "وقالت فرنسا إنها مستعدة للمساهمة في قوة المراقبة.",
]


@pytest.fixture(scope="module")
def made(qapp, tmp_path_factory) -> Path:
    """A Qt-made PDF whose info dictionary says it was created on 2024-03-01."""
    folder = tmp_path_factory.mktemp("dated")
    plain = fx.make_pdf(folder / "plain.pdf", PARAGRAPHS)
    return fx.set_metadata(plain, folder / "created.pdf", CreationDate=CREATED)


def _copy(pdf: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    target.write_bytes(pdf.read_bytes())
    return target


def test_a_pdf_without_a_date_in_its_name_is_dated_by_its_creation_marked_so(
    archive: Archive, made: Path, tmp_path: Path
) -> None:
    doc_id = archive.import_paths([_copy(made, tmp_path, "talks.pdf")]).imported[0].id
    doc = archive.document(doc_id)
    assert doc.published == "2024-03-01"
    assert doc.published_source == DateSource.FILE_CREATED == "file-created"
    assert doc.file_date == "2024-03-01"
    assert doc.date_is_file_date


def test_a_date_in_the_name_wins_and_the_creation_date_stays_the_files(
    archive: Archive, made: Path, tmp_path: Path
) -> None:
    doc_id = archive.import_paths([_copy(made, tmp_path, "2025-07-09-talks.pdf")]).imported[0].id
    doc = archive.document(doc_id)
    assert (doc.published, doc.published_source) == ("2025-07-09", "file-name")
    assert doc.file_date == "2024-03-01"
    assert not doc.date_is_file_date


def test_text_files_have_no_file_date(archive: Archive, write) -> None:
    dated = archive.import_paths([write("JA-news-12-20170120.txt", ARTICLE_EN)]).imported[0].id
    doc = archive.document(dated)
    assert (doc.published, doc.published_source, doc.file_date) == ("2017-01-20", "file-name", None)
    undated = archive.import_paths([write("b.txt", ARTICLE_AR)]).imported[0].id
    doc = archive.document(undated)
    assert (doc.published, doc.published_source, doc.file_date) == (None, None, None)


def test_a_date_the_user_sets_is_marked_as_theirs(
    archive: Archive, made: Path, tmp_path: Path
) -> None:
    doc_id = archive.import_paths([_copy(made, tmp_path, "talks.pdf")]).imported[0].id
    archive.update_document(doc_id, title="Talks in Paris")
    assert archive.document(doc_id).published_source == "file-created"  # the date was not touched
    doc = archive.update_document(doc_id, published="2025-07-10")
    assert (doc.published, doc.published_source) == ("2025-07-10", "user")
    assert doc.file_date == "2024-03-01"  # the file's own date does not change
    doc = archive.update_document(doc_id, published=None)
    assert (doc.published, doc.published_source) == (None, None)


def test_date_ranges_search_the_published_date(
    archive: Archive, made: Path, tmp_path: Path
) -> None:
    created = archive.import_paths([_copy(made, tmp_path, "talks.pdf")]).imported[0].id
    text = tmp_path / "2025-07-09-report.txt"
    text.write_text(ARTICLE_EN, encoding="utf-8")
    report = archive.import_paths([text]).imported[0].id
    assert [h.id for h in archive.search("date:2025-07").hits] == [report]
    assert [h.id for h in archive.search("date:2024-03-01").hits] == [created]
    archive.update_document(created, published="2025-07-20")
    assert {h.id for h in archive.search("date:2025-07").hits} == {report, created}
    hit = next(h for h in archive.search("date:2025-07").hits if h.id == created)
    assert hit.date_source == "user"


def _old_row(db: sqlite3.Connection, name: str, kind: str, published: str | None,
             modified_at: str = "2025-01-01T00:00:00") -> None:  # fmt: skip
    db.execute(
        "INSERT INTO document(title, language, direction, file_name, original_path, stored_name,"
        " file_sha256, text_sha256, kind, mime, file_size, method, quality, raw_text, text,"
        " published, imported_at, modified_at)"
        " VALUES (?, 'en', 'ltr', ?, ?, ?, ?, ?, ?, 'x', 1, 'x', 1.0, '', 'words', ?, ?, ?)",
        (name, name, "/" + name, "ab/" + name, "f" + name, "t" + name, kind, published,
         "2025-01-01T00:00:00", modified_at),
    )  # fmt: skip


def test_the_migration_marks_where_old_dates_came_from(tmp_path: Path) -> None:
    root = tmp_path / "old"
    (root / "originals").mkdir(parents=True)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    scripts = " ".join(str(store.MIGRATIONS[v]) for v in (1, 2, 3))
    db.executescript(f"BEGIN; {scripts} PRAGMA user_version=3; COMMIT;")
    _old_row(db, "talks.pdf", "pdf", "2024-03-01")  # 1: the creation date, never edited
    _old_row(db, "20250709-talks.pdf", "pdf", "2025-07-09")  # 2: from the name
    _old_row(db, "notes.pdf", "pdf", "2024-05-05", modified_at="2025-02-02")  # 3: edited since
    _old_row(db, "2017-01-20-news.txt", "text", "2017-01-20")  # 4: from the name
    _old_row(db, "report.txt", "text", "2019-10-01")  # 5: only the user could have set it
    _old_row(db, "undated.pdf", "pdf", None)  # 6: no date
    _old_row(db, "2025-07-09-x.pdf", "pdf", "2025-08-01", modified_at="2025-02-02")  # 7: edited
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        facts = {
            i: (archive.document(i).published_source, archive.document(i).file_date)
            for i in range(1, 8)
        }
    assert facts == {
        1: ("file-created", "2024-03-01"),
        2: ("file-name", None),  # its creation date is in the original, not read here
        3: ("file-created", None),  # an edit may have changed it: the file's date is unknown
        4: ("file-name", None),
        5: ("user", None),
        6: (None, None),
        7: ("user", None),  # not the name's date, which won at import: the user changed it
    }


DATELINED = "المجلس يناقش خطة المياه\n\nبيروت، 15 آذار 2024 - قال رئيس المجلس إن الخطة جاهزة."


def test_a_file_without_a_date_in_its_name_is_dated_by_its_dateline(
    archive: Archive, write
) -> None:
    doc = archive.document(archive.import_paths([write("plan.txt", DATELINED)]).imported[0].id)
    assert (doc.published, doc.published_source, doc.published_precision) == (
        "2024-03-15", DateSource.TEXT, "day")  # fmt: skip
    named = archive.import_paths([write("JA-society-138-31072016.txt", ARTICLE_AR)]).imported[0]
    doc = archive.document(named.id)
    assert (doc.published, doc.published_source) == ("2016-07-31", "file-name")


def test_the_users_date_survives_a_reindex_and_a_second_import(archive: Archive, write) -> None:
    path = write("plan.txt", DATELINED)
    doc_id = archive.import_paths([path]).imported[0].id
    archive.update_document(doc_id, published="2024-03")
    archive.indexer.rebuild()
    again = archive.import_paths([path])
    assert [d.id for d in again.duplicates] == [doc_id]
    doc = archive.document(doc_id)
    assert (doc.published, doc.published_source, doc.published_precision) == (
        "2024-03", "user", "month")  # fmt: skip


def test_a_slash_date_in_an_english_sentence_or_an_unsettled_dateline_dates_nothing(
    archive: Archive, write
) -> None:
    note = write("us-date.txt", "Short\n\nA note dated 03/04/2025 from Tripoli about the port.\n")
    doc = archive.document(archive.import_paths([note]).imported[0].id)
    assert (doc.published, doc.published_source) == (None, None)
    text = "Port\n\nTRIPOLI, 03/04/2025 - The port reopened today after the storm, they said.\n"
    doc = archive.document(archive.import_paths([write("port.txt", text)]).imported[0].id)
    assert (doc.published, doc.published_source) == (None, None)
    assert any("03/04/2025 may be 3 April or 4 March 2025" in w for w in doc.warnings)


def test_arabic_indic_digits_in_a_file_name_date_it(archive: Archive, write) -> None:
    path = write("مذكرة بلدية صيدا ٢٠٢٥-٠٥-١٠.txt", ARTICLE_AR)
    doc = archive.document(archive.import_paths([path]).imported[0].id)
    assert (doc.published, doc.published_source) == ("2025-05-10", "file-name")


DATELINE_PARAGRAPHS = [
    "Donors asked to fund the water plan",
    "Geneva, 20 May 2025. The agency urged donors to fund the water plan for the northern "
    "towns, and two governments said they would raise their share this year.",
]
IN_SENTENCE_PARAGRAPHS = [
    "Donors asked to fund the water plan",
    "Ministers met in Geneva on Tuesday, 20 May 2025, to discuss the water plan for the "
    "northern towns, and two governments said they would raise their share.",
]


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory) -> tuple[Path, Path]:
    """Two PDFs created on 2024-03-01: one with a dateline, one with a date in its lead."""
    folder = tmp_path_factory.mktemp("printed")
    dated = fx.make_pdf(folder / "a.pdf", DATELINE_PARAGRAPHS)
    lead = fx.make_pdf(folder / "b.pdf", IN_SENTENCE_PARAGRAPHS)
    return (
        fx.set_metadata(dated, folder / "dateline.pdf", CreationDate=CREATED),
        fx.set_metadata(lead, folder / "lead.pdf", CreationDate=CREATED),
    )


def test_a_pdfs_dateline_dates_it_before_its_creation_day(
    archive: Archive, printed: tuple[Path, Path], tmp_path: Path
) -> None:
    doc_id = archive.import_paths([_copy(printed[0], tmp_path, "plan.pdf")]).imported[0].id
    doc = archive.document(doc_id)
    assert (doc.published, doc.published_source) == ("2025-05-20", DateSource.TEXT)
    assert doc.file_date == "2024-03-01" and not doc.date_is_file_date  # kept, as the file's
    assert [h.id for h in archive.search("water date:2025").hits] == [doc_id]


def test_a_date_in_a_pdfs_lead_sentence_leaves_the_creation_day_standing_in(
    archive: Archive, printed: tuple[Path, Path], tmp_path: Path
) -> None:
    doc_id = archive.import_paths([_copy(printed[1], tmp_path, "lead.pdf")]).imported[0].id
    doc = archive.document(doc_id)
    assert (doc.published, doc.published_source) == ("2024-03-01", DateSource.FILE_CREATED)
