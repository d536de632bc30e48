"""Acceptance: SIGKILLs at random moments of imports and of `reindex`. After each, the next
open finishes the interrupted work (`check` consistent, index = store), no process of the
killed one remains, and the documents in the end are those a kill-free import stores."""

from __future__ import annotations

import random
import time
from pathlib import Path

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.store import documents
from processes import Run
from samples import distinct_text

ROUNDS = 24  # folders, one import each, killed at a random moment
PER_FOLDER = 30
KILLS = 20
REINDEX_KILLS = 3


def _corpus(folder: Path) -> Path:
    """ROUNDS folders of short Arabic and English articles (one near twin in each)."""
    for r in range(ROUNDS):
        sub = folder / f"round{r:02d}"
        sub.mkdir(parents=True)
        for n in range(PER_FOLDER):
            seed = r * PER_FOLDER + n
            text = distinct_text(seed, words=60) + f"\n\nreport {seed} of the council"
            (sub / f"{n:03d}-{'ar' if n % 2 else 'en'}.txt").write_text(text, encoding="utf-8")
        (sub / "twin.txt").write_text(distinct_text(r * PER_FOLDER, words=60), encoding="utf-8")
    return folder


def _contents(root: Path) -> set[tuple[str, str, str]]:
    """What an archive holds, whatever the ids: (file hash, text hash, title) per document."""
    with Archive.open(root) as archive:
        titles = {i: row["title"] for i, row in archive.summaries(archive.document_ids()).items()}
        return {(f.file_sha256, f.text_sha256, titles[f.id])
                for f in documents.fingerprints(archive.db)}  # fmt: skip


def _finished_on_open(root: Path) -> int:
    """Open as the next command would: consistent, every stored document indexed."""
    with Archive.open(root) as archive:
        report = check(archive)
        assert report.consistent, report.problems
        assert archive.index.doc_ids() == set(archive.document_ids())
        return report.documents


def _killed(run: Run, delay: float) -> bool:
    """SIGKILL ``run`` after ``delay`` seconds, if it still runs then; no process survives."""
    time.sleep(delay)
    if run.proc.poll() is not None:
        return False
    run.kill()
    assert run.survivors() == []
    return True


def test_kills_at_random_moments_lose_nothing_and_leave_nothing(tmp_path: Path) -> None:
    rng = random.Random(11)
    corpus = _corpus(tmp_path / "corpus")
    root = tmp_path / "archive"
    kills = 0
    folders = sorted(corpus.iterdir())
    started = time.monotonic()  # one import to its end: how long one takes on this machine
    assert Run("--archive", str(root), "import", str(folders.pop(0))).proc.wait() == 0
    span = time.monotonic() - started
    while kills < KILLS and folders:
        run = Run("--archive", str(root), "import", str(folders[0]))
        if _killed(run, rng.uniform(0.1, 0.95) * span):  # any moment, start-up included
            kills += 1
            _finished_on_open(root)
        else:
            folders.pop(0)  # imported to the end before the kill came
    assert kills == KILLS
    with Archive.open(root) as archive:  # the same import run to its end
        archive.import_paths([corpus], recursive=True)
    stored = _finished_on_open(root)
    reindex_kills = 0
    while reindex_kills < REINDEX_KILLS:
        reindex_kills += _killed(Run("--archive", str(root), "reindex"), rng.uniform(0.5, 1.5))
        assert _finished_on_open(root) == stored
    with Archive.open(tmp_path / "clean") as archive:  # the same files, never killed
        archive.import_paths([corpus], recursive=True)
    assert _contents(root) == _contents(tmp_path / "clean")
    assert stored == ROUNDS * PER_FOLDER
