"""Collect and merge at the scale of a field archive: ~1,000 documents, a few hundred annotations.

    .venv/bin/python benchmarks/sync_merge.py [--docs 1000] [--commitments 300] [--dir FOLDER]

Imports generated text files into copy A through the real import, codes commitments (each one
journaled step, as the app does), then times: A's payload (collect), its JSON size (plain and
gzipped, as a bundle's payload.json would be), merging it into an empty copy B, merging the
same payload again (nothing to do), and, after coding apart on both copies, B's payload back
into A. Prints JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.sync.collect import collect
from archiver.core.sync.merge import merge
from archiver.core.sync.payload import Payload

WORDS = ["فرنسا", "أستراليا", "الدنمارك", "السويد", "مراقبة", "وقف", "إطلاق", "النار", "محادثات", "ضمانات", "أمن", "دعم", "عسكري", "اقتصادي", "اجتماع", "لندن", "كييف", "قوة", "حفظ", "السلام", "التزام", "رسمي", "شحنات", "صواريخ", "الدفاع", "الجوي", "ministers", "ceasefire", "monitor", "troops", "pledge", "deliveries", "missiles", "summit", "guarantees", "reconstruction", "observers", "coalition", "partners"]  # fmt: skip


def _write(folder: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 400)))
        path = (
            folder / f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}-article-{seed}-{number}.txt"
        )
        path.write_text(f"تقرير رقم {number} {seed}\n\n{words} {number * 7919 + seed}", "utf-8")
        paths.append(path)
    return paths


def _code(archive: Archive, ids: list[int], count: int, seed: int) -> None:
    rng = random.Random(seed)
    people = [archive.annotations.participants.resolve(n).id
              for n in ("France", "Sweden", "Denmark", "Australia")]  # fmt: skip
    for number in range(count):
        doc = rng.choice(ids)
        text = archive.document(doc).text
        start = rng.randrange(0, max(1, len(text) - 40))
        archive.commitments.add(doc, [rng.choice(people)], category="monitoring",
                                status="offered", quote=(start, start + 20),
                                what=f"observers {number}")  # fmt: skip
        if number % 3 == 0:
            archive.annotations.tags.add(doc, f"theme {number % 10}")


CPU: dict[str, float] = {}  # the main process's CPU seconds of each timed step


def _timed(fn: Any, name: str = "") -> tuple[Any, float]:
    began, cpu = time.perf_counter(), time.process_time()
    result = fn()
    if name:
        CPU[name] = round(time.process_time() - cpu, 3)
    return result, round(time.perf_counter() - began, 3)


def _originals(archive: Archive) -> Any:
    found = {p.name[:64]: p for p in (archive.root / "originals").rglob("*") if p.is_file()}
    return found.__getitem__


def run(root: Path, docs: int, commitments: int) -> dict[str, Any]:
    """Build A, and time the trips between A and B."""
    figures: dict[str, Any] = {"documents": docs, "commitments": commitments}
    with (
        Archive.open(root / "A", author="amal") as a,
        Archive.open(root / "B", author="bashir") as b,
    ):
        report, figures["import_s"] = _timed(lambda: a.import_paths(_write(root / "in", docs, 1)))
        ids = [f.id for f in report.imported]
        _, figures["coding_s"] = _timed(lambda: _code(a, ids, commitments, 2))
        payload, figures["collect_s"] = _timed(lambda: collect(a), "collect")
        text, figures["to_json_s"] = _timed(
            lambda: json.dumps(payload.to_json(), ensure_ascii=False)
        )
        figures["payload_bytes"] = len(text.encode("utf-8"))
        figures["payload_gzip_bytes"] = len(gzip.compress(text.encode("utf-8"), 6))
        figures["payload_counts"] = payload.counts()
        parsed, figures["from_json_s"] = _timed(lambda: Payload.from_json(json.loads(text)))
        into_b, figures["merge_into_empty_s"] = _timed(
            lambda: merge(b, parsed, _originals(a)), "merge_into_empty"
        )
        _, figures["reindex_same_documents_s"] = _timed(
            lambda: b.indexer.reindex(b.document_ids()), "reindex_same_documents"
        )  # the share of the merge that is indexing (as an import does it)
        figures["merged_changes"] = into_b.changes_applied
        again, figures["merge_again_s"] = _timed(lambda: merge(b, parsed, _originals(a)), "again")
        figures["again_applied"] = again.changes_applied
        more = [f.id for f in b.import_paths(_write(root / "in-b", 50, 3)).imported]
        _code(b, more, 50, 4)
        _code(a, ids, 50, 5)
        back, figures["collect_b_s"] = _timed(lambda: collect(b))
        result, figures["merge_back_s"] = _timed(lambda: merge(a, back, _originals(b)), "back")
        figures["back"] = {"documents_added": len(result.documents_added),
                           "changes_applied": result.changes_applied,
                           "changes_known": result.changes_known,
                           "conflicts": len(result.conflicts)}  # fmt: skip
        figures["main_process_cpu_s"] = dict(CPU)
        figures["check_a_consistent"] = check(a).problems == []
        figures["check_b_consistent"] = check(b).problems == []
    return figures


def main() -> None:
    """Parse the arguments, run, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--commitments", type=int, default=300)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(args.dir or Path(tmp), args.docs, args.commitments), indent=1))


if __name__ == "__main__":
    main()
