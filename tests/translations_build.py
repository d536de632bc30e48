"""The interface's translations compiled from the committed .ts files, for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def translations_script() -> ModuleType:
    """scripts/translations.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


def compiled(out: Path) -> Path:
    """archiver_<lang>.qm for every language, compiled into ``out``."""
    translations_script().compile_all(out)
    return out


def arabic_letters(text: str) -> bool:
    """True when ``text`` has letters of the Arabic block."""
    return any("\u0621" <= c <= "\u064a" for c in text)
