"""What the bundles keep: packaging/bundle_contents.py's choice of files, without PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "packaging"))
import bundle_contents


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
