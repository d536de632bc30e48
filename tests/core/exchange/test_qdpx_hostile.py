"""Hostile .qdpx files are refused as hostile bundles are, before anything is unpacked."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from qdpx_files import QUALCODER, entries

from archiver.core.archive import Archive
from archiver.core.errors import BadProject
from archiver.core.exchange.qdpx.importing import import_qdpx


def _zip(path: Path, extra: list[tuple[zipfile.ZipInfo, bytes]], qde: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries(QUALCODER).items():
            zf.writestr(name, qde if qde is not None and name == "project.qde" else data)
        for info, data in extra:
            zf.writestr(info, data)
    return path


def _info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@pytest.mark.parametrize(
    ("entry", "data", "words"),
    [
        (_info("../evil.txt"), b"x", "climbs out"),
        (_info("/etc/evil"), b"x", "absolute"),
        (_info("sources/link.txt", stat.S_IFLNK | 0o777), b"/etc/passwd", "symbolic link"),
        (_info("sources/bomb.txt"), b"\0" * (4 << 20), None),
    ],
)
def test_hostile_entries_are_refused(
    archive: Archive, tmp_path: Path, entry: zipfile.ZipInfo, data: bytes, words: str | None
) -> None:
    qde = None
    if words is None:  # a bomb: a source names it, so it is read (and stopped while unpacked)
        qde = entries(QUALCODER)["project.qde"].replace(
            b"7f3e2d1c-0b9a-4887-a665-544332211002.txt", b"bomb.txt"
        )
        words = "zip bomb|unpacks to more"
    path = _zip(tmp_path / "hostile.qdpx", [(entry, data)], qde)
    with pytest.raises(BadProject, match=words):
        import_qdpx(archive, path)
    assert archive.count() == 0


def test_not_a_zip_and_not_a_project(archive: Archive, tmp_path: Path) -> None:
    junk = tmp_path / "junk.qdpx"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(BadProject, match=r"not a zip|not a readable zip"):
        import_qdpx(archive, junk)
    other = tmp_path / "other.qdpx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("project.qde", b'<?xml version="1.0"?><Project xmlns="urn:other" name="x"/>')
    with pytest.raises(BadProject, match="not a Project of the namespace"):
        import_qdpx(archive, other)
