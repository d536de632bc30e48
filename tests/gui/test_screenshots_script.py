"""scripts/screenshots.py builds its demo archive and shoots scenes of the real window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import screenshots  # noqa: E402


def test_scenes_build_and_save_pictures_of_the_window(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARCHIVER_LANGUAGE", "en")  # restored after the script sets it
    monkeypatch.setenv("ARCHIVER_USER", "Salma")
    saved = screenshots.take("en", ["panel", "commitment-dialog"], tmp_path, sample=None)
    assert [p.name for p in saved] == ["panel.png", "commitment-dialog.png"]
    for path in saved:
        image = QImage(str(path))
        assert (image.width(), image.height()) == screenshots.SIZE, path.name
    assert set(screenshots.SCENES) >= {"results", "reader", "panel", "library", "timeline"}
