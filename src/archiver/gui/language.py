"""The interface's language: the translators installed, the locale for numbers, the direction."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from archiver.core.annotations.names import Script
from archiver.core.resources import resource_path
from archiver.gui import translation_files

SHIPPED = {"en": "English", "ar": "العربية"}  # language code → its name in itself
ENV_OVERRIDE = "ARCHIVER_LANGUAGE"  # beats the setting: scripts, screenshots, a one-off run


def translations_dir() -> Path | None:
    """Where the compiled archiver_<lang>.qm files are (None before the first build)."""
    try:
        return resource_path("translations/archiver_en.qm").parent
    except FileNotFoundError:
        return None


def code_of(locale: QLocale) -> str:
    """The ISO 639 code of a locale's language ("ar", "en", "C")."""
    return QLocale.languageToCode(locale.language())


def ui_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale the interface uses for ``choice`` ("" follows the system; unshipped → English).

    A system locale of the chosen language is kept whole, so ar_TN writes 1.234 and ar_EG
    ١٬٢٣٤; otherwise the language's default territory is used.
    """
    system = system or QLocale.system()
    wanted = choice or code_of(system)
    if wanted not in SHIPPED:
        wanted = "en"
    return system if code_of(system) == wanted else QLocale(wanted)


def chosen(setting: str) -> str:
    """The language asked for: the environment's override, else the setting ("" = system)."""
    return os.environ.get(ENV_OVERRIDE, "").strip() or setting


def install(app: QApplication, setting: str, folder: Path | None = None) -> QLocale:
    """Install Archiver's and Qt's translators for ``setting``; mirror the layout when RTL.

    ``folder`` holds the archiver_<lang>.qm files (default: the shipped ones).
    """
    for old in app.findChildren(QTranslator, "archiver-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = ui_locale(chosen(setting))
    QLocale.setDefault(locale)
    code = code_of(locale)
    if code != "en":  # Qt's own dialogs (file chooser, message box buttons) in the language
        _load(app, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if folder is None:
        translation_files.refresh_checkout()  # a .ts edited or pulled since the last compile
    folder = folder or translations_dir()
    if folder is not None:  # installed last, so asked first: it keeps key names Latin
        _load(app, f"archiver_{code}", str(folder))
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return locale


def arabic_names() -> bool:
    """True when the interface is Arabic: a participant's Arabic name is the one to show."""
    return code_of(QLocale()) == "ar"


def name_script() -> Script:
    """The script whose form of a participant's name is shown first (core.annotations.names)."""
    return Script.ARABIC if arabic_names() else Script.LATIN


def dock_area(start: bool) -> Qt.DockWidgetArea:
    """The dock area at the start (left in English, right in Arabic) or the end of a line.

    Qt mirrors widgets but not QMainWindow's dock areas, so the sidebar asks for its side.
    """
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return (right if rtl else left) if start else (left if rtl else right)


def layout_version() -> int:
    """The version a window's saved dock state carries: a mirrored layout is another layout."""
    return int(QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)


def _load(app: QApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName("archiver-translator")
    if not translator.load(name, folder):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True
