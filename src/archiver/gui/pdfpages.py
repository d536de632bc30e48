"""The PDF page view (QtPdf), loaded only when the user asks for pages."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPages(QPdfView):
    """Continuous pages of one PDF file, fit to width."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPages")
        # Not a Qt child of the view: destroying a view together with its loaded document
        # crashed later (PySide6 6.12); Python owns it and it outlives the view.
        self.pdf = QPdfDocument()
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._path = ""

    def load(self, path: str) -> None:
        """Open ``path`` unless it is already open."""
        if path != self._path:
            self.pdf.close()
            self.pdf.load(path)
            self._path = path
