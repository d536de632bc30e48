"""People suggested from titles over real articles, to compare two versions of the rules.

    PYTHONPATH=src .venv/bin/python benchmarks/people_titles.py CORPUS_DIR --out run.jsonl
        [--manifest shared/corpus/manifest.jsonl] [--categories internationalNews,politic]
        [--per 300] [--confirm-first 0]
    .venv/bin/python benchmarks/people_titles.py --compare before.jsonl after.jsonl

CORPUS_DIR is the unpacked ``ant-jawharafm.tar.gz`` (its ``jawharafm/`` folder). The first
``--per`` articles (by file name) of each category are imported into a new archive and the
person suggestions of each are written one line per document: name, state, role, how many
mentions, and whether it is an archive's person. With ``--confirm-first N`` every suggested
person of the first N documents is confirmed first (the archive then knows them, as after a
user's first weeks), and the rest are read against it. ``--compare`` prints how many
documents' people changed and every change.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from archiver.core.archive import Archive


def _articles(corpus: Path, manifest: Path, categories: list[str], per: int) -> list[Path]:
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    out: list[Path] = []
    for category in categories:
        files = sorted(r["file"] for r in rows if r["category"] == category)[:per]
        out += [corpus / f for f in files if (corpus / f).exists()]
    return out


def _people(archive: Archive, doc_id: int) -> list[dict[str, Any]]:
    found = archive.annotations.mentions.suggestions(doc_id, include_decided=True)
    return [
        {"name": s.name, "state": s.parent_en or s.parent, "role": s.role,
         "mentions": len(s.spans), "known": s.participant_id is not None}
        for s in found if s.kind == "person"
    ]  # fmt: skip


def run(args: argparse.Namespace) -> None:
    """Import the articles, confirm the first ones' people if asked, write every document's."""
    paths = _articles(args.corpus, args.manifest, args.categories.split(","), args.per)
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "a") as archive:
        started = time.perf_counter()
        report = archive.import_paths(paths, keep_duplicates=True)
        docs = sorted(((d.id, Path(d.path).name) for d in report.imported), key=lambda d: d[1])
        mentions = archive.annotations.mentions
        for doc_id, _ in docs[: args.confirm_first]:
            for s in mentions.suggestions(doc_id):
                if s.kind == "person" and s.participant_id is None:
                    try:
                        mentions.confirm_suggestion(doc_id, s.key)
                    except Exception as exc:  # a measure: report it and go on
                        print(f"{s.name}: {exc}", file=sys.stderr)
        with args.out.open("w", encoding="utf-8") as out:
            for doc_id, name in docs:
                line = {"doc": name, "people": _people(archive, doc_id)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        total = sum(len(_people(archive, d)) for d, _ in docs)
        print(json.dumps({"documents": len(docs), "people": total,
                          "seconds": round(time.perf_counter() - started, 1)}))  # fmt: skip


def _load(path: Path) -> dict[str, list[dict[str, Any]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {row["doc"]: row["people"] for row in map(json.loads, lines)}


def _label(p: dict[str, Any]) -> str:
    known = " (archive)" if p["known"] else ""
    return f"{p['name']} [{p['role']} of {p['state'] or '-'}] x{p['mentions']}{known}"


def compare(before: Path, after: Path) -> None:
    """Print the documents whose people differ, and the counts."""
    old, new = _load(before), _load(after)
    changed = 0
    lost = added = 0
    for doc in sorted(set(old) | set(new)):
        a = {_label(p) for p in old.get(doc, [])}
        b = {_label(p) for p in new.get(doc, [])}
        if a == b:
            continue
        changed += 1
        lost += len(a - b)
        added += len(b - a)
        print(doc)
        for x in sorted(a - b):
            print(f"  - {x}")
        for x in sorted(b - a):
            print(f"  + {x}")
    total_old = sum(map(len, old.values()))
    total_new = sum(map(len, new.values()))
    print(json.dumps({"documents": len(new), "changed_documents": changed, "people_before":
                      total_old, "people_after": total_new, "lines_removed": lost,
                      "lines_added": added}))  # fmt: skip


def main() -> None:
    """Run or compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--manifest", type=Path, help="the corpus's manifest.jsonl")
    parser.add_argument("--categories", default="internationalNews,politic")
    parser.add_argument("--per", type=int, default=300)
    parser.add_argument("--confirm-first", type=int, default=0)
    parser.add_argument("--compare", type=Path, nargs=2)
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    else:
        run(args)


if __name__ == "__main__":
    main()
