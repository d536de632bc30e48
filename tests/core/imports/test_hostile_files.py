"""Files that would hang, leak or swamp an import are refused with a reason; the batch goes on."""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.core.errors import Locked
from archiver.core.store import import_log
from samples import ARTICLE_AR, ARTICLE_EN

FIXTURES = Path(__file__).parents[2] / "fixtures" / "pdf"
posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and devices are POSIX")


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail the test instead of hanging it forever (a FIFO blocks whoever opens it)."""

    def hung(*_: object) -> None:
        raise TimeoutError("the import hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def reasons(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {Path(f.path).name: f.reason for f in report.failed}


@posix
def test_a_fifo_named_txt_is_skipped_with_a_reason(archive, write, deadline) -> None:
    folder = write("good.txt", ARTICLE_AR).parent
    os.mkfifo(folder / "pipe.txt")
    report = archive.import_paths([folder])  # hung forever before
    assert [f.path for f in report.imported] == [str(folder / "good.txt")]
    assert "not a regular file" in reasons(report)["pipe.txt"]
    assert "FIFO" in reasons(report)["pipe.txt"]
    direct = archive.import_paths([folder / "pipe.txt"])  # named on its own, too
    assert "FIFO" in reasons(direct)["pipe.txt"]


@posix
def test_sockets_and_devices_are_skipped(archive, tmp_path, deadline) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "s.txt"))
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    try:
        report = archive.import_paths([folder / "s.txt", tmp_path / "zero.txt"])
    finally:
        server.close()
    assert "socket" in reasons(report)["s.txt"]
    assert "device" in reasons(report)["zero.txt"]
    assert archive.count() == 0


@posix
def test_a_symlink_out_of_the_imported_folder_is_refused(archive, tmp_path) -> None:
    secret = tmp_path / "home" / ".ssh" / "id_rsa.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_AR, encoding="utf-8")
    os.symlink(secret, folder / "key.txt")
    os.symlink(folder / "a.txt", folder / "inside.txt")  # stays inside: followed
    report = archive.import_paths([folder], recursive=True)
    assert "outside the imported folder" in reasons(report)["key.txt"]
    assert str(secret) not in reasons(report)["key.txt"]  # the target's name is not echoed
    assert len(report.imported) + len(report.duplicates) == 2  # a.txt, and inside.txt
    assert all("OPENSSH" not in archive.document(i.id).text for i in report.imported)
    logged = {Path(e.path).name: e.outcome for e in import_log.entries(archive.db)}
    assert logged["key.txt"] == "failed"


def test_a_file_over_the_size_limit_is_refused_naming_its_size(archive, write) -> None:
    big = write("big.txt", ARTICLE_EN * 40)
    small = write("small.txt", ARTICLE_AR)
    report = archive.import_paths([big, small], max_file_bytes=8 * 1024)
    assert [Path(f.path).name for f in report.imported] == ["small.txt"]
    reason = reasons(report)["big.txt"]
    assert "too large" in reason and "KB" in reason and "limit 8 KB" in reason


def test_the_default_size_limit_is_200_mb() -> None:
    from archiver.core.imports.sources import DEFAULT_MAX_FILE_BYTES

    assert DEFAULT_MAX_FILE_BYTES == 200 * 1024 * 1024


def test_a_pdf_followed_by_much_other_data_is_refused(archive, tmp_path) -> None:
    pdf = (FIXTURES / "chromium_columns.pdf").read_bytes()
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(pdf + bytes(3 << 20))  # 3 MB of zeros after %%EOF (was: imported)
    report = archive.import_paths([padded])
    assert "after the end of the PDF" in reasons(report)["padded.pdf"]
    assert "3.0 MB" in reasons(report)["padded.pdf"]
    assert archive.count() == 0
    tail = tmp_path / "tail.pdf"
    tail.write_bytes(pdf + b"\r\n\x00" * 100)  # a little junk after the end is common: kept
    assert len(archive.import_paths([tail]).imported) == 1


def test_an_index_that_cannot_be_written_leaves_no_open_transaction(archive, write) -> None:
    holder = archive.index.writer()  # someone holds the index's write lock
    with pytest.raises(Locked, match="search index"):
        archive.import_paths([write("a.txt", ARTICLE_AR)])
    holder.cancel()
    assert not archive.db.in_transaction  # was left open: every later import failed
    assert len(archive.import_paths([write("a.txt", ARTICLE_AR)]).imported) == 1
