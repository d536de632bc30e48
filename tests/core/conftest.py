"""Fixtures for core tests: a fresh archive in a temporary folder, and text files."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.core.archive import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """An empty archive, closed after the test."""
    with Archive.open(tmp_path / "archive") as opened:
        yield opened


@pytest.fixture
def write(tmp_path: Path):
    """write(name, text, encoding='utf-8') -> Path of a new file under tmp_path/in."""

    def _write(name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
        return path

    return _write
