"""What pypdf logs about a damaged PDF stays out of the terminal: what it mended while opening
the file becomes one of the file's import warnings, a real folder import prints none of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.core.imports.pdf import extract_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import pdf_fixtures as fx

SRC = str(Path(__file__).resolve().parents[3] / "src")
TEXT = ["The coalition met in Paris to discuss ceasefire monitoring and air defence."]
PYPDF_SAYS = ("startxref", "EOF marker", "Object Streams", "decompressing")


def wrong_pointer(src: Path, dst: Path) -> Path:
    """Copy ``src`` with its startxref pointing nowhere (pypdf mends it, and logs that)."""
    data = src.read_bytes()
    dst.write_bytes(data[: data.rfind(b"startxref")] + b"startxref\n12345\n%%EOF\n")
    return dst


def no_end_marker(src: Path, dst: Path) -> Path:
    """Copy ``src`` without its %%EOF (pypdf logs "EOF marker not found"; the file fails)."""
    data = src.read_bytes()
    dst.write_bytes(data[: data.rfind(b"%%EOF")] + b"\n")
    return dst


@pytest.fixture
def damaged(qapp, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A folder with a PDF whose startxref is wrong and one without an end marker."""
    folder = tmp_path / "in"
    folder.mkdir()
    good = fx.make_pdf(tmp_path / "good.pdf", TEXT)
    wrong_pointer(good, folder / "pointer.pdf")
    no_end_marker(fx.make_pdf(tmp_path / "other.pdf", ["Another text, not the first."]),
                  folder / "no-end.pdf")  # fmt: skip
    return folder


def test_what_pypdf_mended_is_the_files_warning(damaged: Path) -> None:
    """The mended pointer is said once, in the file's warnings, with pypdf's own words."""
    result = extract_pdf(damaged / "pointer.pdf")
    assert result.text.startswith("The coalition met")
    [warning] = result.warnings
    assert warning.startswith("PDF structure damaged, mended on reading: ")
    assert "incorrect startxref pointer" in warning


def test_a_folder_import_prints_nothing_of_pypdfs(damaged: Path, tmp_path: Path) -> None:
    """A real `archiver import FOLDER`: stderr holds none of pypdf's lines; the JSON says them."""
    env = {**os.environ, "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-m", "archiver", "--archive", str(tmp_path / "archive"), "import",
         "--json", str(damaged)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert not any(words in done.stderr for words in PYPDF_SAYS), done.stderr
    report = json.loads(done.stdout)
    [imported] = report["imported"]
    assert "incorrect startxref pointer" in "; ".join(imported["warnings"])
    [failed] = report["failed"]
    assert failed["path"].endswith("no-end.pdf") and failed["reason"].startswith("damaged PDF")
