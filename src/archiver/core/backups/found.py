"""Where an archive's backups are: the manifest that makes a folder one, and the automatic
backups' folder beside the archive (read without importing the backup makers)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

MANIFEST = "backup.json"
PREFIX = "auto-"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}})-(\d{{6}})$")


def automatic_folder(root: Path, chosen: str = "") -> Path:
    """Where the automatic backups of ``root`` go: beside it, or under the chosen folder
    (one sub-folder per archive, so two archives of the same name never share one)."""
    root = Path(root).resolve()
    if chosen:
        tag = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:8]
        return Path(chosen).expanduser() / f"{root.name}-{tag}"
    return root.parent / f"{root.name}-backups"


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, newest first (only whole ones: with a manifest)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name) and (p / MANIFEST).is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backups_named(root: Path, db_name: str) -> str:
    """The backups of this archive beside it, in words for a message ('' when none are)."""
    stem, suffix = Path(db_name).stem, Path(db_name).suffix
    found = sorted(p.name for p in root.glob(f"{stem}.*backup*{suffix}"))
    auto = automatic_folder(root)
    if automatic_backups(auto):
        found.append(f"the automatic ones in {auto}")
    return f" ({', '.join(found)})" if found else ""
