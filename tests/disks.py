"""Real small disks for the tests: a tmpfs of a few megabytes, filled up; a read-only mount.

Both need mount(8) with the rights to use it (root here); a test skips, saying why, where
mounting is not permitted.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kept_originals import with_a_stray_byte

FILLER = "filler.bin"


def _mount(*args: str) -> None:
    try:
        done = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"mounting is not possible here ({exc})")
    if done.returncode != 0:
        pytest.skip(f"mounting is not permitted here: {done.stderr.strip()}")


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20, check=False)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` KiB mounted on ``folder`` (created) for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


@contextlib.contextmanager
def read_only_view(source: Path, folder: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``folder`` (a bind mount remounted ``ro``) for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(folder))
    try:
        _mount("-o", "remount,bind,ro", str(folder))
        yield folder
    finally:
        _unmount(folder)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk with a filler file, then free ``leave`` bytes of it; the filler's path."""
    filler = disk / FILLER
    block = b"\0" * (1 << 16)
    with filler.open("ab", buffering=0) as handle:
        try:
            while handle.write(block):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def articles(
    folder: Path, count: int, words: int = 300, seed: int = 7, filed_every: int = 0
) -> list[Path]:
    """``count`` distinct short Arabic/English articles (no two near duplicates); with
    ``filed_every`` N, every Nth one (the first too) has a stray byte and so keeps its copy
    under originals/ (the others' bytes the store regenerates: ``tests/kept_originals.py``)."""
    rng = random.Random(seed)
    stems = ("سلام", "حكومة", "وزير", "مجلس", "اتفاق", "قرار", "اقتصاد", "ميناء", "شعب", "بحر",
             "peace", "council", "minister", "harbour", "budget", "treaty", "river", "border")  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        body = " ".join(rng.choice(stems) + str(rng.randrange(40)) for _ in range(words))
        path = folder / f"article-{n:03}.txt"
        data = f"تقرير رقم {n}\n\n{body}\n".encode()
        path.write_bytes(with_a_stray_byte(data) if filed_every and n % filed_every == 0 else data)
        paths.append(path)
    return paths


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        )
        for p in sorted(folder.rglob("*"))
    }
