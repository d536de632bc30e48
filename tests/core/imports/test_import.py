"""Importing files: encodings, failures with reasons, duplicates, atomicity, the import log."""

import codecs
from pathlib import Path

import pytest

import pdf_fixtures as fx
from archiver.core import originals as originals_kept
from archiver.core.check import check
from archiver.core.store import documents, import_log
from samples import ARTICLE_AR, ARTICLE_EN, MIXED, distinct_text


def originals(archive) -> list[str]:
    """The stored names of the documents' originals, each read back (a file, or regenerated
    from the store); a file under originals/ that no document names fails the test."""
    ids = [r[0] for r in archive.db.execute("SELECT id FROM document ORDER BY id")]
    kept = [documents.original_of(archive.db, i) for i in ids]
    for original in kept:
        assert originals_kept.read(archive.root, archive.db, original)
    folder = archive.root / "originals"
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert files <= {o.stored_name for o in kept}, files
    return [o.stored_name for o in kept]


def log_outcomes(archive) -> list[tuple[str, str]]:
    return [(Path(e.path).name, e.outcome) for e in import_log.entries(archive.db)]


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", ARTICLE_AR.encode("utf-8"), "utf-8"),
        ("utf8bom.txt", codecs.BOM_UTF8 + ARTICLE_AR.encode("utf-8"), "utf-8 (BOM)"),
        ("utf16.txt", ARTICLE_AR.encode("utf-16"), "utf-16 (BOM)"),
        ("utf16le.txt", ARTICLE_AR.encode("utf-16-le"), "utf-16"),
        ("cp1256.txt", ARTICLE_AR.replace("\n", "\r\n").encode("cp1256"), "windows-1256"),
        ("notes.md", ARTICLE_AR.encode("utf-8"), "utf-8"),
    ],
)
def test_encodings_give_the_same_canonical_text(archive, write, name, data, encoding) -> None:
    report = archive.import_paths([write(name, data)])
    assert not report.failed, report.failed
    doc = archive.document(report.imported[0].id)
    assert doc.text == ARTICLE_AR.strip("\n")
    assert doc.encoding == encoding
    assert "\r" not in doc.text
    assert doc.language == "ar" and doc.direction == "rtl"
    assert doc.title.startswith("قمة جديدة")


def test_english_and_mixed_language(archive, write) -> None:
    report = archive.import_paths([write("en.txt", ARTICLE_EN), write("mixed.txt", MIXED)])
    languages = sorted(archive.document(f.id).language for f in report.imported)
    assert languages == ["en", "mixed"]


def test_date_from_file_name(archive, write) -> None:
    report = archive.import_paths([write("JA-news-12-20170120.txt", ARTICLE_AR)])
    assert archive.document(report.imported[0].id).published == "2017-01-20"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("spaces.txt", b"  \n \n", "empty file (only spaces)"),
        ("binary.txt", bytes(range(256)) * 8, "binary file, not text"),
        ("image.gif", b"GIF89a", "unsupported file type '.gif'"),
        ("page.png", b"<html><body>not a png</body></html>", "not a PNG image despite its name"),
        ("empty.pdf", b"", "empty file"),
        ("page.pdf", b"<html><body>not a pdf</body></html>", "not a PDF"),
    ],
)
def test_bad_files_fail_with_a_reason_and_leave_nothing(archive, write, name, data, reason) -> None:
    good = write("good.txt", ARTICLE_EN)
    report = archive.import_paths([write(name, data), good])
    assert [f.reason[: len(reason)] for f in report.failed] == [reason]
    assert report.failed[0].path.endswith(name)
    assert len(report.imported) == 1  # the batch went on
    assert archive.count() == 1 and len(originals(archive)) == 1
    assert check(archive).consistent


SPACES = ("only_spaces", "empty file (only spaces)")


@pytest.mark.parametrize(
    ("data", "code", "reason"),
    [
        pytest.param(b"", "empty_file", "empty file", id="nothing"),
        pytest.param(codecs.BOM_UTF8, "empty_file", "empty file", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE, "empty_file", "empty file", id="utf-16-bom"),
        pytest.param(b"  \n\t \r\n", *SPACES, id="spaces"),
        pytest.param(codecs.BOM_UTF8 + b" \n ", *SPACES, id="utf-8-bom-and-spaces"),
        pytest.param(" \n \u3000".encode("utf-16"), *SPACES, id="utf-16-spaces"),
        pytest.param("\u00a0 \u2003\n".encode(), *SPACES, id="unicode-spaces"),
    ],
)
def test_an_empty_file_and_one_of_only_spaces_say_which(archive, write, data, code, reason) -> None:
    report = archive.import_paths([write("blank.txt", data)])
    assert [(f.code, f.reason) for f in report.failed] == [(code, reason)]


def test_missing_path_and_folder_without_recursion(archive, tmp_path, write) -> None:
    write("sub/deep/a.txt", ARTICLE_EN)
    write("sub/top.txt", ARTICLE_AR)
    report = archive.import_paths([tmp_path / "nope.txt", tmp_path / "in" / "sub"])
    assert [f.reason for f in report.failed] == ["file not found"]
    assert [Path(f.path).name for f in report.imported] == ["top.txt"]
    report = archive.import_paths([tmp_path / "in"], recursive=True)
    assert [Path(f.path).name for f in report.imported] == ["a.txt"]
    assert len(report.duplicates) == 1


def test_an_encoding_outside_the_known_ones_is_guessed(archive, write) -> None:
    # Valid in none of UTF-8, UTF-16 and Windows-1256: Latin-1 letters, then broken UTF-8
    # lead bytes. The last guess (charset-normalizer) reads it, and says which encoding.
    data = "Résumé déjà ".encode("latin-1") * 20 + b"\xc3\x28\xa0\xa1\xe2\x28\xa1"
    report = archive.import_paths([write("odd.txt", data)])
    assert not report.failed and len(report.imported) == 1
    doc = archive.document(report.imported[0].id)
    assert doc.text.startswith("Résumé déj")
    assert doc.encoding not in (None, "utf-8", "utf-16", "windows-1256")
    assert doc.method == f"text/{doc.encoding}"


def test_same_bytes_and_same_text_are_duplicates(archive, write) -> None:
    first = archive.import_paths([write("a.txt", ARTICLE_AR)]).imported[0].id
    again = archive.import_paths([write("b.txt", ARTICLE_AR)])
    respaced = archive.import_paths([write("c.txt", ARTICLE_AR.replace(" ", "  ") + "\n\n")])
    for report in (again, respaced):
        assert [(d.id, d.likely) for d in report.duplicates] == [(first, False)]
    assert archive.count() == 1 and len(originals(archive)) == 1
    assert [o for _, o in log_outcomes(archive)] == ["imported", "duplicate", "duplicate"]


def test_near_identical_words_are_a_likely_duplicate(archive, write) -> None:
    long_text = ARTICLE_AR + "\n" + ARTICLE_AR.replace("أوكرانيا", "كييف") * 3
    first = archive.import_paths([write("a.txt", long_text)]).imported[0].id
    edited = long_text.replace("الخميس", "الجمعة", 1)
    report = archive.import_paths([write("b.txt", edited)])
    assert [(d.id, d.likely) for d in report.duplicates] == [(first, True)]
    kept = archive.import_paths([write("b.txt", edited)], keep_duplicates=True)
    assert len(kept.imported) == 1


def test_the_same_article_in_four_forms(qapp, archive, tmp_path, write) -> None:
    """The acceptance case: .txt, cp1256 .txt, UTF-16 .txt and a Qt PDF of one article."""
    paragraphs = [p for p in ARTICLE_AR.split("\n") if p.strip()]
    paragraphs += [distinct_text(500 + i, 60).split("\n")[-1] for i in range(3)]
    text = "\n".join(paragraphs)
    paths = [
        write("article.txt", text),
        write("article-cp1256.txt", text.replace("\n", "\r\n"), "cp1256"),
        write("article-utf16.txt", text, "utf-16"),
    ]
    # As printed from a news site: the same article under a line of the site's own.
    printed = ["نسخة للطباعة من موقع الأخبار", *paragraphs]
    paths.append(fx.make_pdf(tmp_path / "in" / "article.pdf", printed))
    report = archive.import_paths(paths)
    assert not report.failed
    assert len(report.imported) == 1
    assert sorted(d.likely for d in report.duplicates) == [False, False, True]
    assert archive.count() == 1 and len(originals(archive)) == 1


def test_pdf_import_through_the_archive(qapp, archive, tmp_path) -> None:
    pdf = fx.make_pdf(
        tmp_path / "report.pdf",
        ["تقرير عن مراقبة وقف إطلاق النار في أوكرانيا"],
        title="تقرير المراقبة",
    )
    report = archive.import_paths([pdf])
    doc = archive.document(report.imported[0].id)
    assert doc.kind == "pdf" and doc.pages == 1 and doc.title == "تقرير المراقبة"
    assert archive.search("مراقبة اوكرانيا").total == 1


def test_encrypted_pdf_needs_the_password(qapp, archive, tmp_path) -> None:
    plain = fx.make_pdf(tmp_path / "p.pdf", ["نص سري عن الدفاع الجوي"])
    locked = fx.encrypt_pdf(plain, tmp_path / "locked.pdf", "s3cret")
    assert archive.import_paths([locked]).failed[0].reason == "encrypted; password needed"
    assert archive.import_paths([locked], password="nope").failed[0].reason == "wrong password"
    assert archive.import_paths([locked], password="s3cret").imported
    assert len(originals(archive)) == 1


def test_damaged_and_scanned_pdfs(qapp, archive, tmp_path) -> None:
    good = fx.make_pdf(tmp_path / "g.pdf", ["نص كامل عن الدفاع الجوي"] * 20)
    truncated = fx.truncate_pdf(good, tmp_path / "t.pdf")
    scanned = fx.make_scanned_pdf(tmp_path / "s.pdf")
    report = archive.import_paths([truncated, scanned])
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons["t.pdf"].startswith("damaged PDF")
    assert reasons["s.pdf"] == "no text layer (scanned), and OCR found no text on its pages"
    assert archive.count() == 0 and originals(archive) == []


def test_cancel_keeps_what_was_done_consistent(archive, write) -> None:
    from archiver.core.progress import CancelToken

    files = [write(f"n{i}.txt", distinct_text(i)) for i in range(40)]
    token = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if done == 10:
            token.cancel()

    report = archive.import_paths(files, progress=progress, cancel=token, workers_count=2)
    assert report.cancelled
    assert 10 <= len(report.imported) < 40
    assert archive.count() == len(report.imported) == len(originals(archive))
    assert check(archive).consistent


def test_many_files_use_worker_processes(archive, write) -> None:
    files = [write(f"m{i}.txt", distinct_text(i) + " أوكرانيا") for i in range(30)]
    report = archive.import_paths(files, workers_count=2)
    assert len(report.imported) == 30
    assert archive.search("اوكرانيا", limit=50).total == 30
    assert check(archive).consistent


def test_worker_processes_analyse_with_the_archive_names(tmp_path, write) -> None:
    from archiver.core.archive import Archive
    from archiver.core.text import arabic

    root = tmp_path / "a"
    with Archive.open(root) as archive:
        archive.annotations.participants.add("Costelon", "person", aliases=["كوستيلون"])
    files = [
        write(f"w{i}.txt", distinct_text(i) + (" كوستيلون" if i % 2 else " كوستيل"))
        for i in range(30)
    ]
    try:
        with Archive.open(root) as archive:
            archive.import_paths(files, workers_count=2)
            assert archive.search("كوستيلون", limit=50).total == 15
            assert archive.search("كوستيل", limit=50).total == 15
    finally:
        arabic.set_archive_names([])


def test_a_pdf_without_a_title_is_named_by_its_first_line(qapp, archive, tmp_path) -> None:
    pdf = fx.make_pdf(
        tmp_path / "untitled.pdf", ["Sanctions briefing", "The ministers met in Brussels."]
    )
    doc = archive.document(archive.import_paths([pdf]).imported[0].id)
    assert doc.title == "Sanctions briefing"


def test_identical_files_in_one_parallel_batch_keep_their_original(archive, write) -> None:
    files = []
    for block in range(4):  # twins 8 files apart: in two chunks that workers read at once
        texts = [distinct_text(100 + 8 * block + i) for i in range(8)]
        files += [write(f"a{block}-{i}.txt", t) for i, t in enumerate(texts)]
        files += [write(f"b{block}-{i}.txt", t) for i, t in enumerate(texts)]
    report = archive.import_paths(files, workers_count=2)
    assert len(report.imported) == 32 and len(report.duplicates) == 32
    assert check(archive).consistent


def test_an_interrupted_batch_leaves_no_stray_originals(archive, write) -> None:
    files = [write(f"x{i}.txt", distinct_text(200 + i)) for i in range(60)]

    def progress(done: int, total: int, label: str) -> None:
        if done == 11:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        archive.import_paths(files, progress=progress, workers_count=2)
    assert archive.count() == 0 and originals(archive) == []
    assert check(archive).consistent


def test_a_file_name_that_is_not_utf8_is_imported_and_reported(archive, tmp_path) -> None:
    import os

    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "ok.txt").write_text(ARTICLE_EN, encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(ARTICLE_AR.encode("utf-8"))
    report = archive.import_paths([folder])
    assert not report.failed and len(report.imported) == 2
    names = sorted(Path(f.path).name for f in report.imported)
    assert names == ["caf\\xe9.txt", "ok.txt"]
    assert check(archive).consistent


def test_an_extended_version_is_not_a_duplicate(archive, write) -> None:
    base = distinct_text(300, words=200)
    archive.import_paths([write("base.txt", base)])
    extended = base + " " + distinct_text(301, words=50)  # a quarter more words
    report = archive.import_paths([write("extended.txt", extended)])
    assert len(report.imported) == 1 and not report.duplicates


def test_ids_of_deleted_documents_are_not_reused(archive, write) -> None:
    first = archive.import_paths([write("a.txt", distinct_text(400))]).imported[0].id
    archive.delete_document(first)
    second = archive.import_paths([write("b.txt", distinct_text(401))]).imported[0].id
    assert second > first


def test_utf8_with_a_stray_byte_is_kept_with_a_warning(archive, write) -> None:
    data = ARTICLE_AR.encode("utf-8")
    cut = data.index(b" ", 100)  # between two characters
    damaged = data[:cut] + b"\xff" + data[cut:]
    report = archive.import_paths([write("damaged.txt", damaged)])
    assert len(report.imported) == 1
    assert report.imported[0].warnings == ["encoding: utf-8 (1 bad byte replaced)"]
    assert archive.search("والسويد").total == 1


def test_a_copy_left_by_an_interrupted_import_is_replaced(archive, write) -> None:
    import hashlib

    article = write("left.txt", distinct_text(300))
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    leftover = archive.root / "originals" / sha[:2] / f"{sha}.txt"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a co")  # the process was killed while writing it
    assert len(archive.import_paths([article]).imported) == 1
    assert not leftover.exists()  # the store regenerates this plain text: no file is kept
    assert originals_kept.read_by_sha(archive.root, archive.db, sha) == article.read_bytes()
    assert check(archive).consistent


def test_a_large_text_file_is_copied_whole(archive, write) -> None:
    text = "\n\n".join(distinct_text(400 + i, words=400) for i in range(300))
    article = write("long.txt", text)
    assert article.stat().st_size > 1 << 20  # too large to travel back from the worker
    [imported] = archive.import_paths([article]).imported
    assert archive.original_file(imported.id).read_bytes() == article.read_bytes()
    assert check(archive).consistent


def test_a_cancel_that_comes_too_late_or_too_early(archive, write) -> None:
    from archiver.core.progress import CancelToken

    files = [write(f"c{i}.txt", distinct_text(500 + i)) for i in range(30)]
    late = CancelToken()

    def progress(done: int, total: int, label: str) -> None:
        if done == total:
            late.cancel()  # after the last file: nothing was left undone

    report = archive.import_paths(files, progress=progress, cancel=late, workers_count=2)
    assert not report.cancelled and len(report.imported) == 30
    early = CancelToken()
    early.cancel()
    report = archive.import_paths([write("d.txt", distinct_text(600))], cancel=early)
    assert report.cancelled and not report.imported and archive.count() == 30
