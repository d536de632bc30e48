"""`archiver gui --smoke`: a real process opens the window offscreen, paints it, says so, quits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).parents[2] / "src")


def _smoke(tmp_path: Path, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen",
           "ARCHIVER_CONFIG_DIR": str(tmp_path / "config"), "ARCHIVER_LANGUAGE": language}  # fmt: skip
    command = [sys.executable, "-m", "archiver", "--archive", str(tmp_path / "arch"), "gui"]
    return subprocess.run([*command, "--smoke"], env=env, capture_output=True, text=True,
                          timeout=60)  # fmt: skip


def test_the_window_paints_and_the_app_quits(tmp_path: Path) -> None:
    done = _smoke(tmp_path, "en")
    assert done.returncode == 0, done.stderr
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("smoke: ")]
    assert "painted" in lines[0] and "NOT" not in lines[0]
    assert lines[1] == "smoke: layout: left-to-right"
    assert "File" in lines[2]
    assert lines[3] == "smoke: qt buttons: Cancel"  # no Qt translation for English
    assert (tmp_path / "arch" / "archive.sqlite3").exists()


def test_in_arabic_the_window_is_mirrored_and_qt_speaks_arabic(tmp_path: Path) -> None:
    done = _smoke(tmp_path, "ar")
    assert done.returncode == 0, done.stderr
    assert "smoke: layout: right-to-left" in done.stdout
    assert "smoke: qt buttons: Cancel" not in done.stdout  # qtbase_ar.qm loaded
    menus = next(ln for ln in done.stdout.splitlines() if ln.startswith("smoke: menus: "))
    assert any("\u0621" <= ch <= "\u064a" for ch in menus), menus  # archiver_ar.qm loaded
