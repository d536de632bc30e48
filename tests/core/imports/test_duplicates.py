"""Likely duplicates through the importer: PDF renderings and damaged copies of stored
articles are kept out (unless asked), different articles are not."""

import sqlite3
from pathlib import Path

import pytest

import pdf_fixtures as fx
from archiver.core import store
from archiver.core.archive import DB_NAME, Archive
from archiver.core.imports.batch import backfill_signatures
from dedupe_texts import HARBOUR_AR, LIBRARY_EN, OTHER_AR, extraction_noise

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pdf"
RENDERINGS = {  # each committed LibreOffice or Chromium PDF and the text it was made from
    "lo_amiri": "ministers", "lo_naskh": "ceasefire", "lo_english": "english",
    "lo_mixed": "mixed", "lo_columns": "ministers", "lo_multipage": "article",
    "chromium_rtl": "ministers", "chromium_columns": "ceasefire", "chromium_mixed": "mixed",
    "chromium_multipage": "article", "chromium_columns_pages": "article",
    "chromium_header": "english",
}  # fmt: skip


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("article", [HARBOUR_AR, LIBRARY_EN], ids=["ar", "en"])
def test_qt_pdfs_and_damaged_copies_of_a_stored_article_are_duplicates(
    qapp, archive, tmp_path, write, article
) -> None:
    [stored] = archive.import_paths([write("article.txt", article)]).imported
    folder = tmp_path / "in"
    pdfs = [
        fx.make_pdf(folder / "plain.pdf", _paragraphs(article)),
        fx.make_pdf(folder / "large.pdf", _paragraphs(article), font_pt=16, page_breaks=True),
        fx.make_pdf(folder / "printed.pdf", ["Printed from the archive", *_paragraphs(article)]),
    ]
    damaged = [write(f"damaged-{seed}.txt", extraction_noise(article, seed)) for seed in range(4)]
    report = archive.import_paths(pdfs + damaged)
    assert not report.failed and not report.imported
    assert [d.id for d in report.duplicates] == [stored.id] * 7
    likely = report.duplicates[2:]  # the printed PDF's extra line, and the damaged copies
    assert all(d.likely and 0.85 <= d.similarity <= 1 for d in likely), likely
    assert archive.count() == 1
    kept = archive.import_paths([damaged[0]], keep_duplicates=True)
    assert len(kept.imported) == 1 and archive.count() == 2


@pytest.mark.parametrize("damage", [False, True], ids=["stored-as-written", "stored-damaged"])
def test_every_committed_rendering_of_a_stored_text_is_a_duplicate(archive, write, damage):
    sources = {}
    for seed, name in enumerate(sorted(set(RENDERINGS.values()))):
        text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        sources[name] = write(f"{name}.txt", extraction_noise(text, seed) if damage else text)
    stored = {
        Path(r.path).stem: r.id for r in archive.import_paths(list(sources.values())).imported
    }
    assert len(stored) == len(sources)
    report = archive.import_paths([FIXTURES / f"{name}.pdf" for name in RENDERINGS])
    assert not report.imported and not report.failed
    found = {Path(d.path).stem: d.id for d in report.duplicates if d.likely or not damage}
    assert found == {pdf: stored[txt] for pdf, txt in RENDERINGS.items()}


def test_articles_that_share_a_paragraph_or_extend_one_are_kept(archive, write) -> None:
    shared = HARBOUR_AR.split("\n")[3]
    files = [
        write("harbour.txt", HARBOUR_AR),
        write("festival.txt", OTHER_AR + shared + "\n"),  # quotes the harbour article
        write("harbour-longer.txt", HARBOUR_AR + OTHER_AR.split("\n", 2)[2]),  # a quarter more
    ]
    report = archive.import_paths(files)
    assert len(report.imported) == 3 and not report.duplicates


def test_documents_stored_before_signatures_get_theirs_once(archive, write) -> None:
    [stored] = archive.import_paths([write("library.txt", LIBRARY_EN)]).imported
    archive.db.execute("DELETE FROM document_signature")  # as an archive from before them
    assert backfill_signatures(archive.db) == 1
    assert backfill_signatures(archive.db) == 0
    archive.db.execute("DELETE FROM document_signature")
    damaged = write("damaged.txt", extraction_noise(LIBRARY_EN, 3))
    report = archive.import_paths([damaged])  # the import backfills first
    assert [(d.id, d.likely) for d in report.duplicates] == [(stored.id, True)]


def test_an_archive_from_before_signatures_dedupes_after_the_upgrade(tmp_path, write) -> None:
    root = tmp_path / "old"
    (root / "originals").mkdir(parents=True)
    db = sqlite3.connect(root / DB_NAME, isolation_level=None)
    scripts = " ".join(str(store.MIGRATIONS[v]) for v in (1, 2, 3))
    db.executescript(f"BEGIN; {scripts} PRAGMA user_version=3; COMMIT;")
    db.execute(
        "INSERT INTO document(title, language, direction, file_name, original_path, stored_name,"
        " file_sha256, text_sha256, kind, mime, file_size, method, quality, raw_text, text,"
        " imported_at, modified_at) VALUES ('Harbour', 'ar', 'rtl', 'harbour.txt', '/h.txt',"
        " 'ab/h.txt', 'f1', 't1', 'text', 'text/plain', 1, 'utf-8', 1.0, '', ?, 'now', 'now')",
        (HARBOUR_AR,),
    )
    db.execute("INSERT INTO document_sketch(hash, document_id) VALUES (7, 1)")
    db.close()
    with Archive.open(root) as archive:
        assert store.schema_version(archive.db) == store.latest_version()
        report = archive.import_paths([write("harbour-pdf.txt", extraction_noise(HARBOUR_AR, 5))])
        assert [(d.id, d.likely) for d in report.duplicates] == [(1, True)]
        assert backfill_signatures(archive.db) == 0
