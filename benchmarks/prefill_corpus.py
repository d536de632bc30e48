"""The commitment dialog's prefill over real quotes: sentences with a pledge verb from the corpus.

    .venv/bin/python benchmarks/prefill_corpus.py [--corpus ../shared/corpus] [--count 200]
        [--out roles.json]

Takes the first ``count`` articles of the corpus archive with a pledge verb (تعهد، وعد، التزم،
ستقدم، سيمنح …), imports them into a new archive, and for every sentence holding such a verb
and a suggested participant prefills the dialog as Ctrl+Shift+C does: each participant's role
and, where this tree has ``core/annotations/prefill.py``, the statement, status and quantity.
Prints a summary and writes every quote's prefill as JSON; run it from two trees (the same
script, ``PYTHONPATH`` set to each tree's ``src``) and compare the files for before/after.
"""

from __future__ import annotations

import argparse
import json
import re
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from archiver.core.annotations import actor_roles
from archiver.core.archive import Archive
from archiver.core.text import units

PLEDGE = re.compile(
    r"(?<!\w)[وف]?(?:تعهد|تعهدت|تعهدوا|وعد|وعدت|وعدوا|التزم|التزمت|التزموا|ستقدم|سيقدم|ستمنح"
    r"|سيمنح|سترسل|سيرسل)(?!\w)"
)


def _articles(corpus: Path, count: int) -> list[tuple[str, str]]:
    """(file name, text) of the first ``count`` articles with a pledge verb."""
    found: list[tuple[str, str]] = []
    with tarfile.open(corpus / "ant-jawharafm.tar.gz") as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            text = handle.read().decode("utf-8", errors="replace")
            if PLEDGE.search(text):
                found.append((Path(member.name).name, text))
                if len(found) == count:
                    break
    return found


def _read_quote(text: str, start: int, end: int) -> dict[str, Any]:
    """The tree's prefill of the fields besides actors ({} where it has none)."""
    try:
        from archiver.core.annotations.prefill import read_quote
    except ImportError:
        return {}
    told = read_quote(text, start, end)
    return {"statement": list(told.statement), "status": told.status, "word": told.status_word,
            "quantity": told.quantity, "unit": told.unit}  # fmt: skip


def _roles(text: str, span: tuple[int, int], inside: list[tuple[int, int, int]],
           aliases: Any, told: dict[str, Any]) -> list[tuple[int, str]]:  # fmt: skip
    if "statement" in told:
        return actor_roles.roles(text, inside, aliases, tuple(told["statement"]))
    return actor_roles.roles(text, inside, aliases)


def measure(corpus: Path, count: int, folder: Path) -> list[dict[str, Any]]:
    """Every quote's prefill: file, quote, sources, recipients (names), and the fields."""
    paths = []
    for name, text in _articles(corpus, count):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    out: list[dict[str, Any]] = []
    with Archive.open(folder / "archive") as archive:
        ann = archive.annotations
        for imported in archive.import_paths(paths, keep_duplicates=True).imported:
            text = archive.document(imported.id).text
            found = [(s.participant_id, a, b) for s in ann.mentions.suggestions(imported.id)
                     if s.participant_id is not None for a, b in s.spans]  # fmt: skip

            def aliases(pid: int) -> list[str]:
                p = ann.participants.get(pid)
                return [p.name, p.name_ar, *(a.alias for a in ann.participants.aliases(pid))]

            sentences = [s for para in _paragraph_starts(text)
                         for s in units.pieces(text, para, units.SENTENCE)]  # fmt: skip
            for start, end in sentences:
                quote = text[start:end]
                inside = [m for m in found if start <= m[1] < end]
                if not PLEDGE.search(quote) or not inside:
                    continue
                told = _read_quote(text, start, end)
                said = _roles(text, (start, end), inside, aliases, told)
                name = {pid: ann.participants.get(pid).name for pid, _r in said}
                out.append({"document": imported.id, "start": start, "quote": quote, **told,
                            "sources": [name[p] for p, r in said if r == "source"],
                            "recipients": [name[p] for p, r in said if r == "recipient"]})  # fmt: skip
    return _unique(out)


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[int, int]] = set()
    kept = []
    for row in rows:
        key = (row["document"], row["start"])
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def main() -> None:
    """Measure and print a summary; write the rows to --out."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("prefill-roles.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(args.corpus, args.count, Path(tmp))
    args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    statuses = Counter(str(r.get("status")) for r in rows)
    print(json.dumps({"quotes": len(rows), "sources": sum(len(r["sources"]) for r in rows),
                      "recipients": sum(len(r["recipients"]) for r in rows),
                      "statuses": dict(statuses),
                      "with_quantity": sum(1 for r in rows if r.get("quantity"))},
                     ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
