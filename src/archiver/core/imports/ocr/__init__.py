"""OCR of scanned pages and images with Tesseract through OCRmyPDF (offline, Debian packages).

``tools`` finds the programs and the models (and says what to install when they are
missing), ``run`` runs OCRmyPDF on a file with per-page progress and cancel, ``watch`` is
where the import tells it whom to report pages to and when to stop, ``numbers`` finds the
numbers in OCR text, which Archiver marks as unverified (Debian's Arabic model misreads
Arabic-Indic digits).
"""

from __future__ import annotations

METHOD = "ocr"  # Extracted.method of a file read by OCR alone
