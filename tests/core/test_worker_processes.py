"""Worker processes never outlive a killed parent, Ctrl-C prints no traceback, and the next
open finishes what the kill interrupted: real `archiver` processes, killed for real."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.imports.pending import PENDING_NAME
from archiver.core.search.index.writing import PARALLEL_INDEX_FROM
from kept_originals import assert_kept_once, with_a_stray_byte
from processes import Run, originals
from samples import distinct_text

FILES = PARALLEL_INDEX_FROM + 20  # enough for the import pool and the multi-process rebuild


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(FILES):
        (folder / f"{n:05d}.txt").write_text(distinct_text(n, words=12), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def filed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus, every second file with a stray byte: those keep a copy under originals/."""
    folder = tmp_path_factory.mktemp("filed")
    for n in range(FILES):
        data = distinct_text(n, words=12).encode()
        (folder / f"{n:05d}.txt").write_bytes(with_a_stray_byte(data) if n % 2 else data)
    return folder


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """An archive holding the corpus, to copy for each test."""
    root = tmp_path_factory.mktemp("stored") / "archive"
    with Archive.open(root) as archive:
        assert len(archive.import_paths([corpus], workers_count=2).imported) == FILES
    return root


@pytest.fixture(scope="module")
def long_stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of longer articles: a re-index that lasts well past a Ctrl-C half a second
    in (the short corpus re-indexes in about a second, so a Ctrl-C could land as it exits)."""
    folder = tmp_path_factory.mktemp("long-corpus")
    for n in range(FILES):
        (folder / f"{n:05d}.txt").write_text(distinct_text(n, words=400), encoding="utf-8")
    root = tmp_path_factory.mktemp("long-stored") / "archive"
    with Archive.open(root) as archive:
        report = archive.import_paths([folder], workers_count=2, keep_duplicates=True)
        assert len(report.imported) == FILES  # alike (one vocabulary): kept all the same
    return root


def _consistent_after_open(root: Path, documents: int | None = None) -> Archive:
    """The next open finishes the interrupted work: check finds nothing to report."""
    archive = Archive.open(root)
    report = check(archive)
    assert report.consistent, report.problems
    assert documents is None or report.documents == documents
    assert archive.index.doc_ids() == set(archive.document_ids())
    return archive


def test_a_killed_import_leaves_no_worker_and_no_stray_original(
    tmp_path: Path, filed_corpus: Path
) -> None:
    root = tmp_path / "archive"
    run = Run("--archive", str(root), "import", str(filed_corpus))
    assert run.wait_until(lambda: originals(root) >= 50)  # copied, not committed (500 a time)
    run.kill()
    assert run.survivors() == []
    with _consistent_after_open(root) as archive:
        assert archive.count() < FILES
        assert not (root / PENDING_NAME).exists()
        assert_kept_once(root, archive.db)


def test_a_killed_rebuild_leaves_no_worker_and_the_next_open_refills_the_index(
    tmp_path: Path, stored: Path
) -> None:
    root = tmp_path / "archive"
    shutil.copytree(stored, root)
    run = Run("--archive", str(root), "reindex")
    assert run.wait_for_workers(5)  # the tracker, two analysing and two writing the index
    run.kill()
    assert run.survivors() == []
    with _consistent_after_open(root, FILES) as archive:
        assert archive.search("وثيقة").total == FILES


@pytest.mark.parametrize("command", [["import"], ["reindex"]])
def test_ctrl_c_stops_every_process_without_a_traceback(
    tmp_path: Path, corpus: Path, long_stored: Path, command: list[str]
) -> None:
    root = tmp_path / "archive"
    if command == ["reindex"]:
        shutil.copytree(long_stored, root)
        busy = 5  # the tracker, two analysing and two writing the index
    else:
        command = ["import", str(corpus)]
        busy = 3  # the tracker and two import workers
    run = Run("--archive", str(root), *command, group=True)
    assert run.wait_for_workers(busy)
    time.sleep(0.5)  # into the work
    code, err = run.interrupt()
    assert code == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if command[0] == "import":  # what was kept, and how to add the rest
        assert "interrupted: the documents stored before it are kept" in err, err
    assert run.survivors() == []
    _consistent_after_open(root).close()


def test_a_killed_import_leaves_no_ocr_run_behind(tmp_path: Path) -> None:
    scan = Path(__file__).parents[1] / "fixtures" / "ocr" / "scan-150dpi.pdf"
    if shutil.which("ocrmypdf") is None:
        pytest.skip("OCRmyPDF is not installed")
    run = Run("--archive", str(tmp_path / "archive"), "import", str(scan))
    assert run.wait_until(lambda: any("ocrmypdf" in c for c in run.commands()))
    run.kill()
    # OCRmyPDF ends at its next report to the worker gone (a broken pipe), Tesseract after it
    assert run.survivors(timeout=20) == []
    _consistent_after_open(tmp_path / "archive", 0).close()
