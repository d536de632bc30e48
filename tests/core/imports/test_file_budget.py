"""The per-file budget: a file that takes too long, or makes its worker hold too much memory,
is stopped and reported by name with the limit it broke; the rest of the batch goes on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.imports.budget import IN_PROCESS_TEXT_BYTES, FileBudget
from samples import WORDS, distinct_text


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two short articles around a text big enough to take seconds and hundreds of MB."""
    folder = tmp_path_factory.mktemp("budget")
    rng = random.Random(3)
    huge = folder / "huge.txt"
    with huge.open("w", encoding="utf-8") as out:
        while out.tell() < IN_PROCESS_TEXT_BYTES + (2 << 20):
            out.write(" ".join(rng.choice(WORDS) for _ in range(30)) + "\n")
    first, last = folder / "first.txt", folder / "last.txt"
    first.write_text(distinct_text(1), encoding="utf-8")
    last.write_text(distinct_text(2), encoding="utf-8")
    return [first, huge, last]


@pytest.mark.parametrize(
    ("budget", "reason"),
    [
        (FileBudget(seconds=0.5), "stopped: took longer than 0.5 s (the per-file time limit)"),
        (FileBudget(memory_bytes=120 << 20),
         "stopped: used more than 120 MB of memory (the per-file limit)"),
    ],
)  # fmt: skip
def test_a_file_over_budget_fails_alone(
    tmp_path: Path, batch: list[Path], budget: FileBudget, reason: str
) -> None:
    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths(batch, budget=budget)
        assert [(Path(f.path).name, f.reason) for f in report.failed] == [("huge.txt", reason)]
        assert sorted(Path(f.path).name for f in report.imported) == ["first.txt", "last.txt"]
        assert check(archive).consistent
