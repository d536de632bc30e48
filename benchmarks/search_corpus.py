"""Search latency on an archive of the shared corpus: 200 mixed queries, snippets for 20 hits.

Usage: python benchmarks/search_corpus.py [--archive DIR] [--queries N] [--show-counts]
                                         [--no-reindex]
Without --archive the corpus is imported into a temporary archive first (about half a
minute). Prints JSON, as the archive was opened and again after rebuilding its index (as
`archiver reindex` does; --no-reindex skips that, and an --archive given is rebuilt in
place): p50/p95/max latency in ms (archive.search, snippets and highlights included), per
query kind, and how many queries report a total other than the true count (counted by
Whoosh's plain matchers) at limits 1 and 20: it must be 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ARCHIVER_SHARED names the shared folder when the repository is not beside it (a worktree)
CORPUS = (
    Path(os.environ.get("ARCHIVER_SHARED", ROOT.parent / "shared"))
    / "corpus"
    / "ant-jawharafm.tar.gz"
)
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
_HAMZA = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def corpus_texts() -> list[str]:
    """The articles' texts, straight from the tarball."""
    with tarfile.open(CORPUS) as tar:
        return [
            tar.extractfile(m).read().decode("utf-8")  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile() and m.name.endswith(".txt")
        ]


def make_queries(texts: list[str], count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, query) pairs: common, rare, clitic, hamza variant, phrase, prefix, two words."""
    rng = random.Random(seed)
    freq = Counter(w for t in texts for w in _WORD.findall(t))
    ranked = [w for w, _ in freq.most_common()]
    common = ranked[50:400]
    rare = [w for w, n in freq.items() if 2 <= n <= 5]
    hamza = [w for w in ranked[:3000] if w[0] in "أإآ"]
    bare = [w for w in ranked[100:3000] if not w.startswith(("ال", "و", "ب", "ل"))]
    kinds = {
        "common": lambda: rng.choice(common),
        "rare": lambda: rng.choice(rare),
        "with_al_wa": lambda: rng.choice(("و", "ال", "وال", "بال")) + rng.choice(bare),
        "hamza_variant": lambda: rng.choice(hamza).translate(_HAMZA),
        "phrase": lambda: _phrase(rng, texts),
        "prefix": lambda: rng.choice(bare)[:4] + "*",
        "two_words": lambda: f"{rng.choice(common)} {rng.choice(ranked[200:2000])}",
    }
    names = list(kinds)
    return [(names[i % len(names)], kinds[names[i % len(names)]]()) for i in range(count)]


def _phrase(rng: random.Random, texts: list[str]) -> str:
    words = _WORD.findall(rng.choice(texts))
    while len(words) < 3:
        words = _WORD.findall(rng.choice(texts))
    i = rng.randrange(len(words) - 1)
    return f'"{words[i]} {words[i + 1]}"'


def build_archive(target: Path) -> None:
    """Import the corpus into ``target``."""
    from archiver.core.archive import Archive

    folder = target.parent / "corpus"
    with tarfile.open(CORPUS) as tar:
        tar.extractall(folder, filter="data")
    with Archive.open(target) as archive:
        archive.import_paths([folder], recursive=True)


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the sorted values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def true_total(archive, text: str) -> int:
    """The number of documents matching a query, counted by Whoosh's plain matchers
    (no collector, no scoring): what every reported total must equal."""
    from archiver.core.search import query as q
    from archiver.core.search.index import to_whoosh

    wquery = to_whoosh(q.parse(text), archive.resolve)
    return len(set(archive.index.searcher().docs_for_query(wquery)))


def wrong_totals(archive, queries: list[tuple[str, str]]) -> dict[str, object]:
    """How many queries report a total other than the true count, at limits 1 and 20."""
    wrong: dict[int, list[str]] = {1: [], 20: []}
    for _, text in queries:
        true = true_total(archive, text)
        for limit, misses in wrong.items():
            if archive.search(text, limit=limit, snippets=False).total != true:
                misses.append(text)
    report: dict[str, object] = {f"limit_{n}": len(m) for n, m in wrong.items()}
    report["examples"] = sorted({t for m in wrong.values() for t in m})[:5]
    return report


def measure(archive, queries: list[tuple[str, str]], show_counts: bool) -> dict[str, object]:
    """Latency figures (snippets for 20 hits) and the totals check."""
    archive.search("تونس")  # warm the searcher and caches, as an open app would be
    timings, counts, by_kind = [], {}, {}
    for kind, text in queries:
        started = time.perf_counter()
        result = archive.search(text, limit=20)
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
        counts[text] = result.total
    report = {
        "documents": archive.count(),
        "segments": len(archive.index.searcher().reader().leaf_readers()),
        "queries": len(queries),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
        "by_kind_p95_ms": {k: round(percentile(v, 0.95), 2) for k, v in by_kind.items()},
        "queries_with_hits": sum(1 for n in counts.values() if n),
        "median_hits": statistics.median(counts.values()),
        "wrong_totals": wrong_totals(archive, queries),
    }
    if show_counts:
        report["hit_counts"] = counts
    return report


def main() -> int:
    """Run the queries and print the figures (again after a reindex unless --no-reindex)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--show-counts", action="store_true")
    parser.add_argument("--no-reindex", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from archiver.core.archive import Archive

    archive_dir = args.archive
    if archive_dir is None:
        archive_dir = Path(tempfile.mkdtemp(prefix="archiver-search-")) / "archive"
        build_archive(archive_dir)
    queries = make_queries(corpus_texts(), args.queries)
    report = {}
    with Archive.open(archive_dir) as archive:
        report["as_opened"] = measure(archive, queries, args.show_counts)
        if not args.no_reindex:
            archive.indexer.rebuild()
            report["after_reindex"] = measure(archive, queries, args.show_counts)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
