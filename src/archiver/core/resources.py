"""Where the data files in ``resources/`` are: the checkout, or a bundled copy."""

from __future__ import annotations

import contextlib
from importlib import resources as _resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """The path of ``resources/<name>``; FileNotFoundError names where it was looked for."""
    candidates = [Path(__file__).resolve().parents[3] / "resources" / name]
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        candidates.append(Path(str(_resources.files("archiver") / "resources" / name)))
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(f"resource {name!r} not found in {', '.join(map(str, candidates))}")


def resource_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a word list in ``resources/``."""
    lines = resource_path(name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
