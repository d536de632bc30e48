"""Desktop integration: one app id everywhere, a valid desktop file and AppStream metadata
offering every kind the import reads, the icon, and files opened from the desktop imported
(handed to the app when it already runs on the archive)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest

from archiver import APP_ID
from archiver.core.imports.kinds import desktop_mime_types

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICON = ROOT / "resources" / "icons" / f"{APP_ID}.svg"


def _entries() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_desktop_file_is_named_after_the_app_and_offers_every_kind() -> None:
    entries = _entries()
    assert entries["Icon"] == APP_ID and entries["Exec"] == "archiver gui %F"
    assert entries["MimeType"].rstrip(";").split(";") == desktop_mime_types()
    assert {"application/pdf", "text/plain", "message/rfc822"} <= set(desktop_mime_types())


def test_the_appstream_metadata_names_the_same_app_and_types() -> None:
    tree = ElementTree.parse(METAINFO).getroot()
    assert tree.findtext("id") == APP_ID
    assert tree.findtext("launchable") == f"{APP_ID}.desktop"
    assert [m.text for m in tree.iter("mediatype")] == desktop_mime_types()
    assert tree.find("releases/release").get("version") == __import__("archiver").__version__
    for shot in tree.iter("image"):
        assert (ROOT / re.sub(r"^.*/main/", "", shot.text or "")).is_file(), shot.text


@pytest.mark.parametrize(("tool", "args", "path"), [
    ("desktop-file-validate", [], DESKTOP),
    ("appstreamcli", ["validate", "--pedantic", "--no-net"], METAINFO),
])  # fmt: skip
def test_the_validators_pass(tool: str, args: list[str], path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    done = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "hint" not in done.stdout and "warning" not in done.stdout.lower(), done.stdout


def test_the_icon_ships_and_the_app_uses_it(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtSvg import QSvgRenderer

    from archiver.gui.app import create_app

    assert QSvgRenderer(str(ICON)).isValid()
    app = create_app()
    assert app.desktopFileName() == APP_ID and not app.windowIcon().isNull()


def _archiver(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ARCHIVER_CONFIG_DIR": str(folder / "config"),
    }
    return subprocess.Popen([sys.executable, "-m", "archiver", "--archive", str(folder / "archive"),
                             *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)  # fmt: skip


def _titles(folder: Path) -> list[str]:
    done = _archiver(folder, "search", "لندن OR Paris", "--json")
    out, _err = done.communicate(timeout=60)
    return sorted(h["title"] for h in json.loads(out)["hits"]) if done.returncode == 0 else []


def _wait_for(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_files_opened_from_the_desktop_are_imported(tmp_path: Path) -> None:
    first, second = tmp_path / "talks.txt", tmp_path / "summit.txt"
    first.write_text("اجتماع لندن\n\nناقش الوزراء ضمانات الأمن.", encoding="utf-8")
    second.write_text("Summit in Paris\n\nLeaders discussed guarantees.", encoding="utf-8")
    app = _archiver(tmp_path, "gui", str(first))
    try:
        _wait_for(lambda: _titles(tmp_path) == ["اجتماع لندن"])
        handed = _archiver(tmp_path, "gui", str(second))
        assert handed.wait(timeout=60) == 0  # the running app took it
        _wait_for(lambda: _titles(tmp_path) == ["Summit in Paris", "اجتماع لندن"])
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=30)
