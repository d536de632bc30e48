"""The backup tests' articles and archive: documents of every length, mentions, commitments."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from archiver.cli import main

_WORDS = ["coalition", "minister", "ceasefire", "border", "troops", "summit", "pledge", "monitor", "sanctions", "talks", "قمة", "اتفاق", "مراقبة", "قوات", "حدود", "شحنات", "سلام", "دعم", "وزير"]  # fmt: skip


def texts(count: int, seed: int = 7, lengths: tuple[int, ...] = (30, 200, 1200)) -> list[str]:
    """``count`` distinct articles, some long enough to spill onto overflow pages."""
    rng = random.Random(seed)
    return [
        f"Report {i} from Sweden\n\n"
        + " ".join(f"{rng.choice(_WORDS)}{rng.randint(0, 20)}" for _ in range(rng.choice(lengths)))
        for i in range(count)
    ]  # fmt: skip


def write_files(
    folder: Path, count: int, seed: int = 7, lengths: tuple[int, ...] = (30, 200, 1200)
) -> list[Path]:
    """The articles as text files in ``folder``: every second one (the even document ids)
    with a stray byte, so its original is kept as a file; the others are regenerated."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts(count, seed, lengths)):
        path = folder / f"2024-03-{i % 28 + 1:02d}-report-{seed}-{i}.txt"
        data = text.encode("utf-8")
        if i % 2:  # a stray byte: the bytes cannot be written back from the text, a file is kept
            data = data.replace(b" ", b" \xff ", 1)
        path.write_bytes(data)
        paths.append(path)
    return paths


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def annotate(root: Path, ids: list[int]) -> None:
    """Tag Sweden in these documents and record a commitment quoting each."""
    for doc_id in ids:
        assert main(["--archive", str(root), "tag", str(doc_id), "Sweden"]) == 0
        assert main(["--archive", str(root), "commitments", "add", str(doc_id), "--actor",
                     "Sweden", "--status", "pledged", "--category", "military", "--what",
                     f"troops {doc_id}", "--quote-text", "Report"]) == 0  # fmt: skip


DOCS = 30
KEPT = list(range(2, DOCS + 1, 2))  # the documents whose original is a file under originals/
ANNOTATED = list(range(1, DOCS + 1, 4))  # 8 documents with a mention and a commitment
