"""The OCR models folder setting: chosen from the File menu, applied before each import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from archiver.core.errors import Invalid
from archiver.core.imports.ocr import tools
from archiver.gui.errors import show_error

if TYPE_CHECKING:
    from archiver.gui.mainwindow import MainWindow

SETTING = "import/ocr_models"


def choose(window: MainWindow) -> None:
    """File → OCR models folder…: a folder of .traineddata files, kept in the settings."""
    folder = window.ask_folder(
        QCoreApplication.translate("OcrModels", "OCR models folder (Tesseract .traineddata files)")
    )
    if not folder:
        return
    try:
        tools.use_models(folder)
    except Invalid as exc:
        show_error(window, QCoreApplication.translate("OcrModels", "OCR models folder"), exc)
        return
    window.settings.set(SETTING, folder)


def apply(window: MainWindow) -> None:
    """Use the saved folder for the next import; one gone since falls back to the installed
    models, with a message."""
    folder = window.settings.get(SETTING)
    try:
        tools.use_models(folder or None)
    except Invalid as exc:
        tools.use_models(None)
        show_error(window, QCoreApplication.translate("OcrModels", "OCR models folder"), exc)
