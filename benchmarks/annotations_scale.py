"""Annotation queries at scale: 10,000 documents, 5,000 commitments, ~20,000 mentions.

    .venv/bin/python benchmarks/annotations_scale.py [--docs 10000] [--commitments 5000]
        [--dir FOLDER] [--repeat 30]

Builds a synthetic archive (documents and annotations are written straight into SQLite, then
the index is rebuilt from the store, as `archiver reindex` does), times the queries the side
panel and the archive-wide views make, and prints JSON with p50/p95 in milliseconds.
Target: each under 100 ms, ideally under 30 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archiver.core import store
from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.core.archive import Archive
from archiver.core.store import documents

STATES = {
    "FR": "فرنسا", "GB": "بريطانيا", "UA": "أوكرانيا", "RU": "روسيا", "US": "الولايات المتحدة",
    "IT": "إيطاليا", "AU": "أستراليا", "DK": "الدنمارك", "SE": "السويد", "FI": "فنلندا",
    "PL": "بولندا", "CA": "كندا", "NZ": "نيوزيلندا", "JP": "اليابان", "DE": "ألمانيا",
    "TR": "تركيا", "EG": "مصر", "SA": "السعودية", "QA": "قطر", "TN": "تونس", "DZ": "الجزائر",
    "MA": "المغرب", "IR": "إيران", "CN": "الصين", "IN": "الهند", "BR": "البرازيل",
    "ES": "إسبانيا", "NO": "النرويج", "NL": "هولندا", "BE": "بلجيكا",
}  # fmt: skip
FILLER = (
    "وقال مسؤولون إن المحادثات تناولت الضمانات الأمنية والدعم العسكري والاقتصادي، "
    "وأشاروا إلى أن الاجتماع المقبل سيبحث آليات مراقبة وقف إطلاق النار وإعادة الإعمار. "
)
SAMPLE = (
    "قمة فرنسية بريطانية لبحث أمن أوكرانيا. تستضيف لندن اجتماعا لدول تعهدت بدعم أوكرانيا "
    "في وجه القوات الروسية، برئاسة الرئيس الفرنسي ورئيس الوزراء البريطاني. ويشارك الرئيس "
    "الأوكراني عبر الفيديو من روما. وقالت باريس إن فرنسا وأستراليا والدنمارك والسويد مستعدة "
    "للمساعدة في مراقبة وقف إطلاق النار. وأوقفت الولايات المتحدة إرسال صواريخ الدفاع الجوي "
    "إلى كييف. وأبدت فنلندا وبولندا اهتماما بالمشاركة في قوة لحفظ السلام. وحضرت دول من "
    "الاتحاد الأوروبي إلى جانب كندا ونيوزيلندا، وأعربت اليابان عن دعم غير رسمي. "
)


def _document_text(rng: random.Random, keys: list[str]) -> tuple[str, list[tuple[str, int, int]]]:
    """A short article naming some states; returns the text and where each name is."""
    parts, spans, pos = [], [], 0
    for key in keys:
        name = STATES[key]
        sentence = f"أعلنت {name} موقفها من الأزمة. " + FILLER * rng.randint(1, 3)
        start = pos + len("أعلنت ")
        spans.append((key, start, start + len(name)))
        parts.append(sentence)
        pos += len(sentence)
    return "".join(parts), spans


def insert_document(archive: Archive, key: str, title: str, text: str, day: str) -> int:
    """One document row written straight into the store (no original file)."""
    sha = hashlib.sha256(key.encode()).hexdigest()
    doc_id = documents.next_id(archive.db)
    documents.insert(archive.db, documents.NewDocument(
        id=doc_id, title=title, published=day, language="ar", file_name=f"{key}.txt",
        original_path=f"/synthetic/{key}.txt", stored_name=f"{sha[:2]}/{sha}.txt",
        file_sha256=sha, text_sha256=sha, kind="text", mime="text/plain", file_size=len(text),
        pages=None, encoding=None, method="text", quality=1.0, raw_text="", text=text,
        alt_text="", imported_at=store.now(),
    ))  # fmt: skip
    return doc_id


def build(archive: Archive, docs: int, commitments: int, seed: int = 7) -> dict[str, Any]:
    """Fill the archive with synthetic documents, mentions and commitments."""
    rng = random.Random(seed)
    ann = archive.annotations
    ann.ensure_ready()
    pid = {
        r[0]: r[1]
        for r in archive.db.execute("SELECT gazetteer_key, id FROM participant")
        if r[0] in STATES
    }
    now = store.now()
    mentions = 0
    doc_spans: dict[int, list[tuple[int, int, int]]] = {}
    archive.db.execute("BEGIN IMMEDIATE")
    for n in range(docs):
        keys = rng.sample(sorted(STATES), rng.randint(1, 3))
        text, spans = _document_text(rng, keys)
        day = f"20{rng.randint(22, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc_id = insert_document(archive, f"{seed}-{n}", f"خبر {n}", text, day)
        doc_spans[doc_id] = []
        for key, start, end in spans:
            span = archive.db.execute(
                'INSERT INTO span(document_id, start, "end", quote, created_at) VALUES (?,?,?,?,?)',
                (doc_id, start, end, text[start:end], now),
            ).lastrowid
            archive.db.execute(
                "INSERT INTO mention(document_id, participant_id, span_id, method, created_at)"
                " VALUES (?,?,?,'confirmed',?)",
                (doc_id, pid[key], span, now),
            )
            doc_spans[doc_id].append((pid[key], start, end))
            mentions += 1
    ids = list(doc_spans)
    for _ in range(commitments):
        doc_id = rng.choice(ids)
        actors = list(dict.fromkeys(p for p, _, _ in doc_spans[doc_id]))
        _, start, end = doc_spans[doc_id][0]
        day = documents.published_of(archive.db, doc_id)
        span = archive.db.execute(
            'INSERT INTO span(document_id, start, "end", quote, created_at) VALUES (?,?,?,?,?)',
            (doc_id, start, end, "…", now),
        ).lastrowid
        cid = archive.db.execute(
            "INSERT INTO commitment(document_id, span_id, action, category, status, what,"
            " statement_date, created_at, modified_at) VALUES (?,?,'offer',?,?,?,?,?,?)",
            (doc_id, span, rng.choice(CATEGORIES), rng.choice(STATUSES),
             "دعم " + rng.choice(["عسكري", "مالي", "إنساني", "دبلوماسي"]),
             day, now, now),
        ).lastrowid  # fmt: skip
        for position, actor in enumerate(actors):
            archive.db.execute(
                "INSERT INTO commitment_actor(commitment_id, participant_id, role, position)"
                " VALUES (?,?,'source',?)",
                (cid, actor, position),
            )
    archive.db.execute("COMMIT")
    return {"documents": docs, "commitments": commitments, "mentions": mentions}


def sample_document(archive: Archive) -> int:
    """The id of the sample article, added the first time."""
    titles = archive.summaries(archive.document_ids())
    found = [doc_id for doc_id, row in titles.items() if row["title"] == "sample"]
    if found:
        return found[0]
    return insert_document(archive, "sample", "sample", SAMPLE * 3, "2025-07-09")


def timed(func: Callable[[], Any], repeat: int) -> dict[str, float]:
    """p50/p95/max of ``repeat`` calls, in milliseconds (after one warm-up call)."""
    func()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50": round(statistics.median(samples), 2),
        "p95": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 2),
        "max": round(samples[-1], 2),
    }


def measure(archive: Archive, repeat: int) -> dict[str, Any]:
    """Time the core queries of the side panel and the archive-wide views."""
    ann, com = archive.annotations, archive.commitments
    france = ann.participants.resolve("France").id
    us = ann.participants.resolve("US").id
    sample = sample_document(archive)
    archive.indexer.reindex([sample])
    busy = archive.document_ids()[0] - 1
    started = time.perf_counter()
    ann.mentions._matcher = None
    ann.mentions.matcher()
    matcher_ms = (time.perf_counter() - started) * 1000
    results: dict[str, Any] = {"matcher_build_ms": round(matcher_ms, 2)}
    cases: dict[str, Callable[[], Any]] = {
        "list_commitments first page (100)": lambda: com.list_commitments(limit=100),
        "list_commitments all (5000)": lambda: com.list_commitments(role=None),
        "count_commitments": lambda: com.count(),
        "list_commitments actor=France": lambda: com.list_commitments(actor=france),
        "list_commitments status+category": lambda: com.list_commitments(
            status="suspended", category="military"
        ),
        "list_commitments date range": lambda: com.list_commitments(
            date_from="2024-01", date_to="2024-06", limit=200
        ),
        "list_commitments text": lambda: com.list_commitments(text="انساني", limit=200),
        "participant_page France": lambda: com.participant_page(france),
        "participant_page US": lambda: com.participant_page(us),
        "matrix": lambda: com.matrix(),
        "suggestions (sample-like article)": lambda: ann.mentions.suggestions(sample),
        "suggestions (synthetic doc)": lambda: ann.mentions.suggestions(busy),
        "document_participants": lambda: ann.mentions.participants_in(busy),
        "commitments of a document": lambda: com.list_commitments(document_id=busy, role=None),
        "keywords_for": lambda: archive.annotations.keywords_for(busy),
        "search participant:France": lambda: archive.search("participant:France", snippets=False),
        "search participant:فرنسا": lambda: archive.search("participant:فرنسا", snippets=False),
        "search participant:France + status:offered": lambda: archive.search(
            "participant:France status:offered", snippets=False
        ),
        "resolve participant alias": lambda: archive.resolve("participant", "الفرنسيين"),
    }
    for name, func in cases.items():
        results[name] = timed(func, repeat)

    def confirm_and_undo() -> None:
        ann.mentions.confirm(sample, us)
        ann.journal.undo_last()

    results["confirm + undo (with reindex)"] = timed(confirm_and_undo, max(5, repeat // 3))
    return results


def main() -> None:
    """Build (or reuse) the synthetic archive and print the timings as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--commitments", type=int, default=5_000)
    parser.add_argument("--dir", help="archive folder (default: a temporary one)")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.dir) if args.dir else Path(tmp) / "archive"
        fresh = not (root / "archive.sqlite3").exists()
        with Archive.open(root) as archive:
            report: dict[str, Any] = {}
            if fresh:
                started = time.perf_counter()
                report["built"] = build(archive, args.docs, args.commitments)
                report["build_s"] = round(time.perf_counter() - started, 1)
                started = time.perf_counter()
                archive.indexer.rebuild()
                report["reindex_s"] = round(time.perf_counter() - started, 1)
            report["timings_ms"] = measure(archive, args.repeat)
        print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
