"""Why a file was not imported is a FailureCode with named details, not a sentence to parse:
real bad files give their codes through an import (and its worker processes), and
``import --json`` prints them."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

import pdf_fixtures as fx
from archiver.cli import main
from archiver.core.archive import Archive
from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import prepare_safely
from archiver.core.model import FailedFile
from format_fixtures import write_docx
from samples import ARTICLE_AR

ROOT = Path(__file__).resolve().parents[3]


def _bad_files(folder: Path) -> dict[str, Path]:
    """One real file of each common failure, by the code it should fail with."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "empty_file": folder / "empty.txt",
        "binary_file": folder / "binary.txt",
        "too_large": folder / "large.txt",
        "unsupported_type": folder / "table.xyz",
        "not_a_pdf": folder / "fake.pdf",
        "not_readable": folder / "broken.docx",
    }
    files["empty_file"].write_bytes(b"")
    files["binary_file"].write_bytes(bytes(range(256)) * 8)
    article = (ARTICLE_AR + "\n").encode("utf-8")
    files["too_large"].write_bytes(article * ((1 << 20) // len(article) + 1))  # over 1 MB
    files["unsupported_type"].write_text("a,b\n1,2\n", encoding="utf-8")
    files["not_a_pdf"].write_text("this is no PDF at all", encoding="utf-8")
    good = write_docx(folder / "good.docx")
    files["not_readable"].write_bytes(good.read_bytes()[:200])  # a ZIP cut short
    good.unlink()
    return files


def _by_code(failed: list[FailedFile]) -> dict[str, FailedFile]:
    return {f.code: f for f in failed}


def test_each_bad_file_fails_with_its_code_and_details(archive: Archive, tmp_path: Path) -> None:
    """Through a batch with worker processes (a PDF is never prepared in the main process), the
    codes and details come back whole; the English reasons are as before."""
    files = _bad_files(tmp_path / "in")
    limit = 1 << 20
    report = archive.import_paths(files.values(), max_file_bytes=limit, workers_count=2)
    assert not report.imported
    failed = _by_code(report.failed)
    assert set(failed) == set(files)
    for code, path in files.items():
        assert failed[code].path == str(path)
    assert failed["empty_file"].reason == "empty file" and failed["empty_file"].details == ()
    large = dict(failed["too_large"].details)
    assert large == {"size_bytes": files["too_large"].stat().st_size, "limit_bytes": limit}
    unsupported = dict(failed["unsupported_type"].details)
    assert unsupported["extension"] == ".xyz" and ".txt" in unsupported["supported"]
    assert failed["unsupported_type"].reason.startswith("unsupported file type '.xyz' (use ")
    assert dict(failed["not_readable"].details) == {
        "what": "Word document",
        "detail": "damaged, or not a ZIP archive",
    }
    assert not any(f.needs_password for f in report.failed)


def test_a_locked_pdf_needs_a_password_by_its_code(qapp, archive: Archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """needs_password follows the code (password_needed, wrong_password), not the sentence."""
    plain = fx.make_pdf(tmp_path / "plain.pdf", ARTICLE_AR.split("\n\n"))
    locked = fx.encrypt_pdf(plain, tmp_path / "locked.pdf", "s3cret")
    [failed] = archive.import_paths([locked]).failed
    assert failed.code == FailureCode.PASSWORD_NEEDED and failed.needs_password
    [wrong] = archive.import_paths([locked], password="nope").failed
    assert wrong.code == FailureCode.WRONG_PASSWORD and wrong.needs_password
    assert not FailedFile(str(locked), "encrypted; password needed").needs_password  # no code


def test_damaged_and_cut_pdfs_have_codes(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A PDF cut short, one with a broken cross-reference table, one with megabytes after its
    end: each its code, the particulars in the details."""
    plain = fx.make_pdf(tmp_path / "plain.pdf", ARTICLE_AR.split("\n\n"))
    cut = prepare_safely(str(fx.truncate_pdf(plain, tmp_path / "cut.pdf")))
    assert isinstance(cut, FailedFile)
    assert (cut.code, cut.details, cut.reason) == ("truncated", (), "damaged PDF (truncated)")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"x" * 100 + b"\nstartxref\n12\n%%EOF\n")
    damaged = prepare_safely(str(broken))
    assert isinstance(damaged, FailedFile) and damaged.code == FailureCode.DAMAGED
    assert dict(damaged.details)["what"] == "PDF" and dict(damaged.details)["detail"]
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(b"%PDF-1.4\n%%EOF\n" + b"z" * (2 << 20))
    after = prepare_safely(str(padded))
    assert isinstance(after, FailedFile) and after.code == FailureCode.DATA_AFTER_END
    assert after.details == (("extra_bytes", 1 + (2 << 20)),)  # the line end after %%EOF too


def test_a_failure_and_a_failed_file_survive_a_pickle() -> None:
    """Both cross process boundaries (a worker's answer, an error sent back)."""
    failure = ImportFailure(FailureCode.TOO_LARGE, "too large", size_bytes=3, limit_bytes=2)
    again = pickle.loads(pickle.dumps(failure))
    assert (again.code, again.reason, again.details) == (failure.code, "too large", failure.details)
    failed = FailedFile.of("a.txt", failure)
    assert pickle.loads(pickle.dumps(failed)) == failed
    assert failed.code == "too_large" and type(failed.code) is str


def test_import_json_rows_carry_the_code(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """``failed`` rows keep path and reason, and gain the code."""
    files = _bad_files(tmp_path / "in")
    archive = str(tmp_path / "archive")
    code = main(["--archive", archive, "import", "--json", "--max-size", "1",
                 *map(str, files.values())])  # fmt: skip
    rows = json.loads(capsys.readouterr().out)["failed"]
    assert code == 1
    assert {row["code"] for row in rows} == set(files)
    assert all(set(row) == {"path", "reason", "code"} for row in rows)
    empty = next(row for row in rows if row["code"] == "empty_file")
    assert empty == {"path": str(files["empty_file"]), "reason": "empty file", "code": "empty_file"}


def test_every_code_is_documented() -> None:
    """docs/formats.md lists every code import --json may print."""
    page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    section = page.split("## Why a file was not imported\n", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE))
    assert listed == {code.value for code in FailureCode}
