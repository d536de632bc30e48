"""One OCRmyPDF run over a file: each page's text, with per-page progress and cancel.

OCRmyPDF writes the text Tesseract read to a sidecar file in reading order, one page per
form feed (its PDF text layer, read back with pypdf, comes out reversed for Arabic). A
small plugin, written next to the work files, reports each page OCRmyPDF finishes on
standard error, and keeps each page's hOCR (the confidence of every word), which Tesseract
writes in the same run as the text; the run is killed, whole process group, when the import
is cancelled.
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import signal
import subprocess
import threading
from pathlib import Path
from typing import NamedTuple

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.ocr import tools, watch
from archiver.core.imports.ocr.words import Word, hocr_words
from archiver.core.imports.scratch import scratch_folder

PROGRESS = "archiver-ocr-progress"
HOCR_ENV = "ARCHIVER_OCR_HOCR"  # the folder the plugin copies each page's hOCR to
PLUGIN = f'''
import os
import shutil
import sys
from pathlib import Path

from ocrmypdf import hookimpl


class PageBar:
    def __init__(self, total=None, desc="", unit="", disable=False, unit_scale=1, **kw):
        self.desc, self.total, self.scale, self.done = desc, total or 0, unit_scale, 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1, completed=None):
        self.done = completed if completed is not None else self.done + n
        if self.desc == "OCR":
            print("{PROGRESS}", int(self.done * self.scale), int(self.total * self.scale),
                  file=sys.stderr, flush=True)


@hookimpl
def get_progressbar_class():
    return PageBar


try:  # without it (another OCRmyPDF) the text comes all the same, with no confidences
    from ocrmypdf.builtin_plugins.tesseract_ocr import TesseractOcrEngine
except ImportError:
    TesseractOcrEngine = None

if TesseractOcrEngine is not None:

    class KeepingHocr(TesseractOcrEngine):
        @staticmethod
        def generate_hocr(input_file, output_hocr, output_text, options):
            TesseractOcrEngine.generate_hocr(input_file, output_hocr, output_text, options)
            kept = os.environ.get("{HOCR_ENV}")
            if kept and Path(output_hocr).is_file():
                shutil.copyfile(output_hocr, Path(kept) / Path(output_hocr).name)

    @hookimpl
    def get_ocr_engine():
        return KeepingHocr()
'''
_SKIPPED = re.compile(r"^\[OCR skipped on page\(s\) (\d+)(?:-(\d+))?\]$")
_REASONS = {  # OCRmyPDF's exit codes
    2: "OCRmyPDF could not read the file",
    3: f"OCRmyPDF lacks a program it needs (install: {tools.INSTALL})",
    8: "encrypted; OCRmyPDF cannot read it",
}
POLL = 0.1  # seconds between looks at the cancel flag
_HOCR_PAGE = re.compile(r"^(\d+)_")  # OCRmyPDF names a page's files from its number


class OcrPage(NamedTuple):
    """One page as Tesseract read it: its text, and its words with their confidences."""

    raw: str
    words: list[Word]


def ocr_pages(
    source: Path, shown: str, *, image: bool = False, languages: tuple[str, ...] = ()
) -> list[OcrPage]:
    """Every page of ``source`` (a PDF, or an image when ``image``), in order.

    ``shown`` names the file in progress reports; ``languages`` are the models read with
    (all installed ones when empty). ImportFailure when the OCR tools are missing (saying
    what to install), when OCRmyPDF fails, or when the import is cancelled.
    """
    why = tools.missing()
    if why:
        raise ImportFailure(FailureCode.OCR_MISSING, why, why=why)
    with scratch_folder("archiver-ocr-") as work:
        plugin = work / "archiver_ocr_progress.py"
        plugin.write_text(PLUGIN, encoding="utf-8")
        sidecar, hocr = work / "text.txt", work / "hocr"
        hocr.mkdir()
        command = [str(shutil.which("ocrmypdf")), "-q", "-l", "+".join(languages or tools.languages()),
                   "--sidecar", str(sidecar), "--output-type", "none", "--optimize", "0",
                   "-j", "1", "--skip-text", "--pdf-renderer", "hocr", "--plugin", str(plugin)]  # fmt: skip
        if image:
            command += ["--image-dpi", "300"]  # used only when the image states no resolution
        _run([*command, os.path.abspath(source), "-"], shown, work, hocr)  # cwd: work
        pages = split_pages(sidecar.read_text(encoding="utf-8", errors="replace"))
        words = _page_words(hocr)
        return [OcrPage(raw, words.get(number, [])) for number, raw in enumerate(pages, 1)]


def _page_words(folder: Path) -> dict[int, list[Word]]:
    """Page number -> the words of that page's hOCR, with their confidences."""
    out: dict[int, list[Word]] = {}
    for path in folder.iterdir():
        number = _HOCR_PAGE.match(path.name)
        if number and path.suffix == ".hocr":
            out[int(number.group(1))] = hocr_words(path.read_text("utf-8", errors="replace"))
    return out


def _run(command: list[str], shown: str, work: Path, hocr: Path) -> None:
    env = {**tools.environment(), HOCR_ENV: str(hocr)}
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=work, env=env,
                            start_new_session=True)  # fmt: skip
    said: collections.deque[str] = collections.deque(maxlen=8)
    reader = threading.Thread(target=_listen, args=(proc, shown, said), daemon=True)
    reader.start()
    try:
        while proc.poll() is None:
            if watch.stopped():
                raise ImportFailure(
                    FailureCode.CANCELLED, "not imported: the import was cancelled during its OCR"
                )
            reader.join(POLL)
    finally:
        if proc.poll() is None:
            _kill(proc)
    reader.join(5)
    if proc.returncode != 0:
        detail = next((line for line in reversed(said) if line.strip()), "")
        reason = _REASONS.get(proc.returncode, f"OCR failed (OCRmyPDF exit {proc.returncode})")
        error = f"{reason}: {detail[:200]}" if detail else reason
        raise ImportFailure(FailureCode.OCR_FAILED, error, error=error)


def _listen(proc: subprocess.Popen[bytes], shown: str, said: collections.deque[str]) -> None:
    """Read OCRmyPDF's standard error: page reports go to the import, the rest is kept."""
    assert proc.stderr is not None
    for raw in proc.stderr:
        line = raw.decode("utf-8", "replace").rstrip()
        parts = line.split()
        if len(parts) == 3 and parts[0] == PROGRESS:
            watch.report(shown, int(parts[1]), int(parts[2]))
        elif line:
            said.append(line)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Stop OCRmyPDF and the Tesseract processes it started."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


def split_pages(sidecar: str) -> list[str]:
    """The sidecar's pages (form feed between pages); a skipped range gives empty pages."""
    pages: list[str] = []
    for chunk in sidecar.split("\f"):
        skipped = _SKIPPED.match(chunk.strip())
        if skipped:
            first, last = int(skipped.group(1)), int(skipped.group(2) or skipped.group(1))
            pages += [""] * (last - first + 1)
        else:
            pages.append(chunk)
    return pages
