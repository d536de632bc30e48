"""A file the OS refuses to delete, made real on Linux: a bind mount over it (EBUSY on unlink).

Windows refuses to delete a file another program has open (a searcher's segment, an
original in a PDF viewer); Linux deletes open files, so the tests use a mount point instead.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def undeletable(target: Path, scratch: Path) -> Iterator[None]:
    """Make ``target`` a mount point (of a copy of itself) for as long as the block runs."""
    scratch.write_bytes(target.read_bytes())  # the old index still reads as it was
    if os.geteuid() != 0:
        pytest.skip("bind mounts need root")
    done = subprocess.run(["mount", "--bind", str(scratch), str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"no bind mounts here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "--lazy", str(target)], check=True)
