"""The OCR programs and models: where they are, which languages they read, what is missing."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from archiver.core.errors import Invalid

MODELS_ENV = "ARCHIVER_OCR_MODELS"  # a folder of .traineddata files used instead of Debian's
WANTED = ("ara", "eng")
INSTALL = "sudo apt install ocrmypdf tesseract-ocr-ara tesseract-ocr-eng"


def use_models(folder: str | Path | None) -> None:
    """Read with the ``.traineddata`` models in ``folder`` (None: the installed ones).

    Kept in the environment so that import worker processes, started later, inherit it.
    Invalid when the folder does not exist or holds none of the Arabic and English models.
    """
    if folder is None or str(folder) == "":
        os.environ.pop(MODELS_ENV, None)
        return
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise Invalid(f"OCR models folder {path}: not a folder")
    if not any((path / f"{lang}.traineddata").is_file() for lang in WANTED):
        raise Invalid(f"OCR models folder {path}: no ara.traineddata or eng.traineddata in it")
    os.environ[MODELS_ENV] = str(path.resolve())


def models_folder() -> str | None:
    """The folder of models chosen with use_models, if any."""
    return os.environ.get(MODELS_ENV) or None


def environment() -> dict[str, str]:
    """The environment OCRmyPDF runs in: TESSDATA_PREFIX names the chosen models folder."""
    env = dict(os.environ)
    folder = models_folder()
    if folder:
        env["TESSDATA_PREFIX"] = folder
    env.setdefault("OMP_THREAD_LIMIT", "1")  # the import already runs one worker per core
    return env


def languages() -> tuple[str, ...]:
    """The wanted languages Tesseract has models for, Arabic first (empty when none)."""
    return _languages(shutil.which("tesseract"), models_folder())


@functools.cache
def _languages(tesseract: str | None, folder: str | None) -> tuple[str, ...]:
    if tesseract is None:
        return ()
    if folder:
        return tuple(lang for lang in WANTED if (Path(folder) / f"{lang}.traineddata").is_file())
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True,
                                timeout=30, env=environment(), check=False).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ()
    have = {line.strip() for line in listed.splitlines()[1:]}
    return tuple(lang for lang in WANTED if lang in have)


def missing() -> str | None:
    """Why OCR cannot run here, with the command that installs what is missing; None if it can."""
    lacking = [name for name in ("ocrmypdf", "tesseract") if shutil.which(name) is None]
    if lacking:
        return f"OCR needs {' and '.join(lacking)}, not installed here (install: {INSTALL})"
    langs = languages()
    if "ara" not in langs:
        where = models_folder()
        if where:
            return f"the OCR models folder {where} has no ara.traineddata (Arabic)"
        return f"OCR needs Tesseract's Arabic model, not installed here (install: {INSTALL})"
    return None
