"""App-wide signals that let windows and docks hear about changes without knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    """One instance per archive session; every signal is delivered on the GUI thread."""

    documents_added = Signal(list)  # ids imported
    document_updated = Signal(int)
    document_deleted = Signal(int)
    history_changed = Signal(object)  # a Change undone, redone, or made by the trash (or None)
    annotations_changed = Signal(object)  # an annotation write's Change (or None): tags,
    # collections, saved searches, participants, commitments — whichever window or dock made it
    wrote = Signal(str)  # a write on the serial lane ended well (what it was)
    index_rebuilt = Signal()  # the search index was rebuilt from the store
    busy_changed = Signal(str)  # a label of the background work, "" when idle
    error = Signal(str, object)  # what was being done, the exception (gui/errors.py words it)
