"""What the bundles keep: packaging/bundle_contents.py's choice of files, without PyInstaller."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).parents[1] / "src")
sys.path.insert(0, str(Path(__file__).parents[1] / "packaging"))
import bundle_contents  # noqa: E402


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_ar.qm",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "archiver/resources/translations/archiver_ar.qm",
        "archiver/resources/gazetteer.json",
        "babel/locale-data/ar_EG.dat",
        "babel/locale-data/root.dat",
        "libxcb-cursor.so.0",
    ],
)
def test_kept(dest: str) -> None:
    assert bundle_contents.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qt_ar.qm",
        "PySide6/Qt/translations/qtdeclarative_ar.qm",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libcairo-gobject.so.2",
        "babel/locale-data/fr.dat",
        "archiver/resources/translations/ar/window.ts",
        "PySide6\\Qt\\translations\\qtbase_de.qm",
    ],
)
def test_left_out(dest: str) -> None:
    assert not bundle_contents.keep(dest)


def test_the_windows_and_macos_icons_hold_every_size(qapp, tmp_path: Path) -> None:
    import make_icons
    from PySide6.QtGui import QImageReader

    make_icons.ico(tmp_path / "archiver.ico")
    make_icons.icns(tmp_path / "archiver.icns")
    for name, sizes in (("archiver.ico", make_icons.ICO_SIZES), ("archiver.icns", (16, 1024))):
        reader = QImageReader(str(tmp_path / name))
        found = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), reader.errorString()
            found.add(image.width())
        assert set(sizes) <= found, (name, found)


def test_the_linux_icons_are_in_the_hicolor_layout(qapp, tmp_path: Path) -> None:
    import make_icons

    make_icons.hicolor(tmp_path)
    png = tmp_path / "hicolor" / "48x48" / "apps" / "io.github.archiver.archiver.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "io.github.archiver.archiver.svg").exists()


PACKAGING = Path(__file__).parents[1] / "packaging"
OPEN_WITH = (".txt", ".pdf", ".docx", ".odt", ".epub", ".rtf", ".eml", ".html")


def test_the_windows_installer_offers_open_with_for_each_format() -> None:
    from archiver import APP_ID

    raw = (PACKAGING / "windows" / "archiver.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Inno Setup reads the Arabic
    script = raw.decode("utf-8-sig")
    assert f'#define AppId "{APP_ID}"' in script
    for ext in OPEN_WITH:
        assert f'Subkey: "Software\\Classes\\{ext}\\OpenWithProgids"' in script, ext
        assert f'ValueName: "{ext}"; ValueData: "{{#ProgId}}"' in script, ext
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#GuiExe}"' in script
    spec = (PACKAGING / "windows" / "archiver.spec").read_text(encoding="utf-8")
    assert 'name="archiver", console=True' in spec and 'name="archiver-gui", console=False' in spec


def test_the_macos_app_declares_every_format_and_the_app_id() -> None:
    from archiver import APP_ID

    spec = (PACKAGING / "macos" / "archiver.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    for ext in OPEN_WITH:
        assert f'"{ext[1:]}"' in spec, ext


def test_the_flatpak_manifest_names_the_app_and_its_python_modules() -> None:
    from archiver import APP_ID

    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert f"\nid: {APP_ID}\n" in manifest
    assert "\nbase: io.qt.PySide.BaseApp\n" in manifest
    assert "\n  - python3-requirements.json\n" in manifest
    assert "\ncommand: archiver\n" in manifest


def test_the_flatpak_python_modules_are_the_lock_less_pyside() -> None:
    sys.path.insert(0, str(PACKAGING / "flatpak"))
    import make_python_deps

    pinned = make_python_deps.pinned()
    names = {line.split("==")[0].lower() for line in pinned}
    assert "whoosh-reloaded" in names and "trafilatura" in names and "psycopg-binary" in names
    assert not names & {"pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"}
    assert all("==" in line and ";" not in line for line in pinned)


def test_the_bundle_entry_point_is_the_resource_tracker_when_started_as_one() -> None:
    import subprocess

    # The tracker's command line as archiver.core.workers makes it (its -W option included);
    # the tracker reads its pipe to the end and closes stdout, so the answers are the exit code.
    code = (
        "import os, sys; sys.path.insert(0, sys.argv[1]); import launcher;"
        " r, w = os.pipe(); os.close(w);"
        " sys.argv = ['archiver', '-B', '-S', '-I',"
        " '-Wignore::UserWarning:multiprocessing.resource_tracker',"
        " '-c', f'from multiprocessing.resource_tracker import main;main({r})'];"
        " tracker = launcher.resource_tracker();"
        " sys.argv = ['archiver', 'search', '-c'];"
        " os._exit(10 * tracker + launcher.resource_tracker())"
    )
    done = subprocess.run([sys.executable, "-c", code, str(PACKAGING)], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": SRC})  # fmt: skip
    assert done.returncode == 10, done.stderr  # a tracker, then not one
