"""The budgets of an import: how long one file may take and how much memory its worker may
use, which batches need a worker to be held to it, and how a large batch's index keeps pace
with the store (how often it commits, how much its writers hold before writing a segment)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure, Invalid
from archiver.core.imports.kinds import BY_EXTENSION

DEFAULT_SECONDS = 120.0
DEFAULT_MEMORY_BYTES = 1 << 30
# A text file up to this size is decoded and analysed in well under a second and a few tens
# of MB: a batch of only such files is prepared in the main process, no worker to start.
IN_PROCESS_TEXT_BYTES = 4 << 20


@dataclass(frozen=True)
class FileBudget:
    """Per file: the longest a worker may spend on it, the most memory the worker may hold."""

    seconds: float = DEFAULT_SECONDS
    memory_bytes: int = DEFAULT_MEMORY_BYTES

    def over_time(self) -> ImportFailure:
        """Why a file that took too long failed."""
        return ImportFailure(
            FailureCode.OVER_TIME,
            f"stopped: took longer than {_seconds(self.seconds)} (the per-file time limit)",
            limit_seconds=self.seconds,
        )

    def over_memory(self) -> ImportFailure:
        """Why a file whose worker used too much memory failed."""
        return ImportFailure(
            FailureCode.OVER_MEMORY,
            f"stopped: used more than {_bytes(self.memory_bytes)} of memory (the per-file limit)",
            limit_bytes=self.memory_bytes,
        )


DEFAULT_COMMIT_EVERY = 10_000  # each commit adds a segment per worker: search pays for each
DEFAULT_INDEX_MEMORY_BYTES = 128 << 20  # two workers at 100,000 articles: 500 MB in all


@dataclass(frozen=True)
class IndexPacing:
    """How the index of a large import keeps up with the store.

    ``commit_every``: documents stored between two index commits, the most a crash leaves for
    the next open to index; ``memory_bytes``: the postings all index writers together hold
    before each writes out a segment (split evenly between the workers).
    """

    commit_every: int = DEFAULT_COMMIT_EVERY
    memory_bytes: int = DEFAULT_INDEX_MEMORY_BYTES

    def __post_init__(self) -> None:
        if self.commit_every < 1:
            raise Invalid(f"commit every: at least 1 document, not {self.commit_every}")
        if self.memory_bytes < 1 << 20:
            raise Invalid(f"index memory: at least 1 MB, not {self.memory_bytes} bytes")


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _bytes(value: int) -> str:
    if value >= 1 << 30 and value % (1 << 30) == 0:
        return f"{value >> 30} GB"
    return f"{value / (1 << 20):g} MB"


def safe_in_process(files: list[str]) -> bool:
    """True when every file is a small text file: nothing in it can hang or balloon, so the
    batch needs no worker process (starting one costs about half a second)."""
    for name in files:
        kind = BY_EXTENSION.get(Path(name).suffix.lower())
        if kind is not None and kind.name != "text":  # PDFs, scans, zipped formats, pages
            return False  # (a file of no known kind is refused at once)
        try:
            if os.stat(name).st_size > IN_PROCESS_TEXT_BYTES:
                return False
        except OSError:  # unreadable: prepare reports it, in no time
            continue
    return True


def resident_bytes(pid: int) -> int | None:
    """The memory a process holds (resident set), where the system tells (/proc); else None."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
