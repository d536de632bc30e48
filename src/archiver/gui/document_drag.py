"""Documents dragged from the result list: their ids in a mime type of our own."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

DOCUMENTS_MIME = "application/x-archiver-documents"


def encode(ids: list[int]) -> QMimeData:
    """Mime data carrying these document ids (and their numbers as text, for other programs)."""
    data = QMimeData()
    data.setData(DOCUMENTS_MIME, json.dumps(ids).encode())
    data.setText(" ".join(f"#{i}" for i in ids))
    return data


def decode(data: QMimeData) -> list[int]:
    """The document ids a drag carries ([] when it carries none of ours)."""
    if not data.hasFormat(DOCUMENTS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(DOCUMENTS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []
