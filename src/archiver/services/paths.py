"""Where the app keeps its settings (platformdirs, overridable with ARCHIVER_CONFIG_DIR)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

CONFIG_ENV = "ARCHIVER_CONFIG_DIR"


def config_dir() -> Path:
    """ARCHIVER_CONFIG_DIR if set, else the user config folder for Archiver."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir("Archiver", appauthor=False))


def settings_file() -> Path:
    """The INI file that holds the GUI's settings."""
    return config_dir() / "settings.ini"
