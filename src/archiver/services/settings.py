"""The GUI's settings, each declared once with its default, stored in an INI file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from archiver.core.errors import Invalid
from archiver.core.imports.budget import (
    DEFAULT_COMMIT_EVERY,
    DEFAULT_INDEX_MEMORY_BYTES,
    IndexPacing,
)
from archiver.services.paths import settings_file

DEFAULTS: dict[str, Any] = {
    "archive/last": "",
    "archive/recent": [],
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "window/bottom_docks": [],  # [[view's object name, height], ...] the user gave each bottom view
    "search/last_queries": [],  # [[archive folder, its last query that ran], ...] newest first
    "search/debounce_ms": 60,
    "search/page_size": 100,
    "reader/zoom": 0,
    "reader/document": [],  # [archive folder, document id] open in the reader at closing
    "dialogs/last_folder": "",  # where file dialogs start ('': the Documents folder)
    "dialogs/last_export_folder": "",  # where dialogs choosing a file to write start (the same)
    "window/sidebar": True,  # the library sidebar shown
    # Result list columns hidden (header menu); the source is under the title when browsing.
    "results/hidden_columns": ["quality", "source", "language"],
    "import/workers": 0,  # 0: one per core
    "import/max_file_mb": 200,  # larger files are refused with their size
    "import/file_seconds": 120,  # a file taking longer is stopped and reported
    "import/file_memory_mb": 1024,  # a file whose worker holds more is stopped and reported
    "import/commit_every": DEFAULT_COMMIT_EVERY,  # large imports: index commits, in documents
    "import/index_memory_mb": DEFAULT_INDEX_MEMORY_BYTES >> 20,  # their index writers' memory
    "import/ocr_models": "",  # a folder of Tesseract .traineddata models; "": the installed ones
    "user/name": "",  # who the changes are by (empty: ARCHIVER_USER, else the system's user)
    "backup/daily": True,  # a backup the first time an archive is opened each day (the app only)
    "backup/keep": 7,  # automatic backups kept; older ones are removed
    "backup/folder": "",  # where they go ('': beside the archive, in <archive>-backups/)
    "team/auto": False,  # sync with the archive's team server every team/minutes while open
    "team/minutes": 10,
    "ui/language": "",  # "en", "ar"; "": the system's language when shipped, else English
}
RECENT_MAX = 8
QUERIES_MAX = 32  # archives whose last query is kept


class Settings:
    """Typed access to QSettings: unknown keys are a programming error, not a silent None."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        """The stored value of ``key`` converted to its default's type."""
        default = DEFAULTS[key]
        raw = self._q.value(key, None)
        if raw is None:
            return default
        if isinstance(default, list):
            try:
                value = json.loads(str(raw))
            except (TypeError, ValueError):
                return default
            return value if isinstance(value, list) else default
        if isinstance(default, bool):
            return str(raw).lower() in ("1", "true", "yes")
        if isinstance(default, int):
            try:
                return int(str(raw))
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else default
        return str(raw)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` under a declared key."""
        if key not in DEFAULTS:
            raise KeyError(key)
        self._q.setValue(key, json.dumps(value) if isinstance(DEFAULTS[key], list) else value)

    def shortcut(self, action_id: str) -> list[str] | None:
        """The user's key sequences for an action, or None to keep the default."""
        raw = self._q.value(f"shortcuts/{action_id}", None)
        if raw is None:
            return None
        return [part for part in str(raw).split(";") if part] if raw else []

    def set_shortcut(self, action_id: str, keys: list[str] | None) -> None:
        """Override (or with None, restore) an action's key sequences."""
        if keys is None:
            self._q.remove(f"shortcuts/{action_id}")
        else:
            self._q.setValue(f"shortcuts/{action_id}", ";".join(keys))

    def add_recent(self, archive: str) -> None:
        """Put an archive folder at the top of the recent list."""
        recent = [p for p in self.get("archive/recent") if p != archive]
        self.set("archive/recent", [archive, *recent][:RECENT_MAX])
        self.set("archive/last", archive)

    def last_query(self, archive: str) -> str:
        """The last query that ran in the archive at ``archive`` ('' when none)."""
        key = _archive_key(archive)
        for pair in self.get("search/last_queries"):
            if isinstance(pair, list) and len(pair) == 2 and pair[0] == key:
                return str(pair[1])
        return ""

    def set_last_query(self, archive: str, query: str) -> None:
        """Remember ``query`` as the archive's last one (only its own window restores it)."""
        key = _archive_key(archive)
        others = [p for p in self.get("search/last_queries")
                  if isinstance(p, list) and len(p) == 2 and p[0] != key]  # fmt: skip
        self.set("search/last_queries", [[key, query], *others][:QUERIES_MAX])

    def import_pacing(self) -> IndexPacing:
        """How a large import commits its index and how much its index writers hold."""
        try:
            return IndexPacing(self.get("import/commit_every"),
                               self.get("import/index_memory_mb") << 20)  # fmt: skip
        except Invalid:  # a value edited out of range in the file: the defaults
            return IndexPacing()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._q.sync()


def _archive_key(archive: str) -> str:
    """An archive's folder as one spelling (relative, trailing slash, symlinked: the same)."""
    return str(Path(archive).expanduser().resolve())
