"""Datelines found in the corpus: how many of the first N articles get a date from their text.

    .venv/bin/python benchmarks/dates_corpus.py [--corpus ../shared/corpus] [--count 500]

Reads the first N articles of the manifest straight from the corpus archive, looks for a
dateline in each text (``core.dates.datelines``) and a date in each file name, and compares
both with the publication time the manifest records. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import tarfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from archiver.core.dates.datelines import dates_in_lead, find_dateline
from archiver.core.dates.names import date_from_name


def _manifest_date(value: str) -> str:
    """The manifest's time as an ISO day: it is written 2017-01-20T21:43 or 28/06/2016 …"""
    if value[2:3] == "/":
        return f"{value[6:10]}-{value[3:5]}-{value[0:2]}"
    return value[:10]


def _articles(corpus: Path, count: int) -> list[tuple[str, str, str]]:
    """(file name, text, manifest date) of the first ``count`` articles."""
    wanted: dict[str, str] = {}
    with (corpus / "manifest.jsonl").open(encoding="utf-8") as manifest:
        for line in manifest:
            entry = json.loads(line)
            wanted[entry["file"]] = _manifest_date(entry["time"])
            if len(wanted) == count:
                break
    found: dict[str, str] = {}
    with tarfile.open(corpus / "ant-jawharafm.tar.gz") as tar:
        for member in tar:
            if member.name in wanted:
                handle = tar.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read().decode("utf-8", "replace")
    return [(Path(n).name, found[n], wanted[n]) for n in wanted if n in found]


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    articles = _articles(args.corpus, args.count)
    precision: Counter[str] = Counter()
    off_by: list[int] = []
    from_name = name_agrees = in_lead = lead_agrees = 0
    examples: list[dict[str, str]] = []
    started = time.perf_counter()
    for name, text, published in articles:
        named = date_from_name(name)
        from_name += named is not None
        name_agrees += named == published
        lead = dates_in_lead(text)
        in_lead += bool(lead)
        lead_agrees += bool(lead) and lead[0] == published
        found = find_dateline(text)
        if found is None:
            continue
        precision[found.precision.value] += 1
        off_by.append(abs((date.fromisoformat(found.iso) - date.fromisoformat(published)).days))
        if len(examples) < 5:
            examples.append({"file": name, "found": found.iso, "manifest": published})
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "articles": len(articles),
        "dated_from_text": sum(precision.values()),
        "by_precision": dict(precision),
        "text_date_equals_manifest": sum(d == 0 for d in off_by),
        "text_date_within_7_days": sum(d <= 7 for d in off_by),
        "with_a_date_in_the_lead_not_taken_as_dateline": in_lead,
        "lead_first_date_equals_manifest": lead_agrees,
        "dated_from_name": from_name,
        "name_date_equals_manifest": name_agrees,
        "ms_per_article": round(1000 * elapsed / max(1, len(articles)), 3),
        "examples": examples,
    }, ensure_ascii=False, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
