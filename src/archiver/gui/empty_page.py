"""The first-start page of an empty archive: what to do next, and where the archive lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from archiver.gui import locale_text


class EmptyPage(QWidget):
    """Three big buttons: import files, import a folder, open another archive."""

    import_files = Signal()
    import_folder = Signal()
    open_archive = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        heading = QLabel(self.tr("This archive is empty"), alignment=Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        intro = QLabel(
            self.tr("Import Arabic or English articles (text, PDF, web pages, Word, OpenDocument, EPUB, RTF, e-mail) to search and read them."),
            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True,
        )  # fmt: skip
        self.buttons = []
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(18)
        for text, keys, signal in (
            (self.tr("Import files…"), "Ctrl+O", self.import_files),
            (self.tr("Import a folder…"), "Ctrl+Shift+O", self.import_folder),
            (self.tr("Open another archive…"), "Ctrl+Alt+O", self.open_archive),
        ):
            button = QPushButton(f"{text}   ({locale_text.keys(keys)})")
            button.setMinimumWidth(320)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
        layout.addSpacing(18)
        self.where = QLabel()
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setWordWrap(True)
        self.where.setObjectName("where")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        hint = QLabel(self.tr("You can also drop files or folders onto this window."),
                      alignment=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
        layout.addWidget(hint)
        layout.addStretch(3)

    def set_location(self, path: str) -> None:
        """Say where the archive lives."""
        self.where.setText(self.tr("This archive lives in {0}").format(locale_text.isolate(path)))
