"""Where the default archive lives (platformdirs, overridable with ARCHIVER_HOME)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_archive_dir() -> Path:
    """ARCHIVER_HOME if set, else the user data folder's ``archive``."""
    env = os.environ.get("ARCHIVER_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Archiver", appauthor=False)) / "archive"
