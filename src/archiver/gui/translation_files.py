"""The compiled translations (.qm) made from the .ts files, again when a .ts file is newer."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[3] / "resources" / "translations"
LANGUAGES = ("ar", "en")  # en: the English plural forms


def pyside_tool(name: str) -> str | None:
    """pyside6-<name> (lrelease, lupdate) beside this Python, where PySide6 puts it, or on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")


def compile_translations(root: Path, out: Path) -> list[Path]:
    """One archiver_<lang>.qm in ``out`` per language, from all its .ts files under ``root``."""
    tool = pyside_tool("lrelease")
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6 into this Python")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        sources = sorted((root / language).glob("*.ts"))
        if sources:
            qm = out / f"archiver_{language}.qm"
            subprocess.run([tool, "-silent", *map(str, sources), "-qm", str(qm)], check=True)
            made.append(qm)
    return made


def stale(root: Path, out: Path) -> bool:
    """True when a language's .qm is missing or older than one of its .ts files."""
    for language in LANGUAGES:
        sources = list((root / language).glob("*.ts"))
        qm = out / f"archiver_{language}.qm"
        if sources and (not qm.exists() or qm.stat().st_mtime < max(_mtime(p) for p in sources)):
            return True
    return False


def refresh_checkout() -> None:
    """In a source checkout, compile what changed (a bundle ships its .qm files, no .ts)."""
    if (CHECKOUT / "ar").is_dir() and stale(CHECKOUT, CHECKOUT):
        # Left as it was when it cannot be done (no lrelease, a read-only checkout): the
        # interface is then English, as before the first compile.
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            compile_translations(CHECKOUT, CHECKOUT)


def _mtime(path: Path) -> float:
    return path.stat().st_mtime
