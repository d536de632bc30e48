"""A member back from a week offline: 1,000 local changes synced to a server of 100,000 documents.

    .venv/bin/python benchmarks/team_sync.py [--server-docs 100000] [--local-docs 2000]
                                             [--changes 1000] [--dir FOLDER]

Starts a PostgreSQL server of its own (tests/pg_server.py: initdb and pg_ctl on a loopback
port). Member B imports ``--local-docs`` generated articles and syncs them (timed: a first
push). The server is then filled to ``--server-docs`` documents with generated rows (2 KB of
text and a 2 KB original each, written by COPY: the member's marks are set as if it had
merged them, since pulling 100,000 documents is a first sync, not this one). Member C pushes
``--changes`` changes of its own (other participants' notes); B, offline, makes ``--changes``
changes (participants' notes edited, commitments recorded on its documents), then syncs: pushing its changes and
pulling C's. Prints JSON: times, CPU, peak memory of this process, counts, server size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from archiver.core.archive import Archive
from archiver.core.team import state
from archiver.core.team.server import init
from archiver.core.team.sync import sync
from pg_server import ADMIN, PgServer

WORDS = ["فرنسا", "السويد", "مراقبة", "وقف", "إطلاق", "النار", "ضمانات", "أمن", "دعم", "اجتماع",
         "لندن", "كييف", "ministers", "ceasefire", "monitor", "pledge", "summit", "guarantees"]  # fmt: skip
PEOPLE = ("France", "Sweden", "Denmark", "Australia", "Germany", "Italy", "Poland", "Finland")


def _articles(folder: Path, count: int) -> list[Path]:
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 300)))
        path = folder / f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}-article-{n}.txt"
        path.write_text(f"تقرير رقم {n}\n\n{words} {n * 7919}", "utf-8")
        paths.append(path)
    return paths


def _timed(action: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _fill(server: PgServer, database: str, template: dict[str, Any], upto: int) -> float:
    """Generated documents until the server holds ``upto``; seconds taken."""
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(host=str(server.sockets), port=server.port, user=ADMIN,
                         dbname=database) as conn:  # fmt: skip
        held = conn.execute("SELECT count(*) FROM archiver_document").fetchone()[0]
        rng = random.Random(11)
        with conn.cursor().copy("COPY archiver_document(uuid, file_sha256, row_json, original,"
                                " size, replica) FROM STDIN") as copy:  # fmt: skip
            for n in range(held, upto):
                original = rng.randbytes(2048)
                sha = hashlib.sha256(original).hexdigest()
                text = " ".join(rng.choice(WORDS) for _ in range(300))
                row = {**template, "uuid": f"bench-{n}", "file_sha256": sha,
                       "stored_name": f"{sha[:2]}/{sha}.txt", "title": f"generated {n}",
                       "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest()}  # fmt: skip
                copy.write_row((row["uuid"], sha, json.dumps(row, ensure_ascii=False), original,
                                len(original), "bench"))  # fmt: skip
    return time.perf_counter() - started


def _edit(
    archive: Archive, count: int, seed: int, documents: list[int], names: tuple[str, ...]
) -> float:
    """``count`` changes, each one journaled step: notes edited, a commitment in four."""
    rng = random.Random(seed)
    people = [archive.annotations.participants.resolve(n).id for n in names]
    started = time.perf_counter()
    for n in range(count):
        if documents and n % 4 == 0:
            doc = rng.choice(documents)
            text = archive.document(doc).text
            start = text.index("\n\n") + 2
            archive.commitments.add(doc, [rng.choice(people)], category="financial",
                                    status="pledged", what=f"pledge {seed}-{n}",
                                    quote=(start, start + 12))  # fmt: skip
        else:
            archive.annotations.participants.update(rng.choice(people), notes=f"note {seed}-{n}")
    return time.perf_counter() - started


def main() -> None:
    """Run the benchmark and print its JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--server-docs", type=int, default=100_000)
    parser.add_argument("--local-docs", type=int, default=2_000)
    parser.add_argument("--changes", type=int, default=1_000)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    root = Path(args.dir or tempfile.mkdtemp(prefix="team-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    server = PgServer(root / "pg").start()
    out: dict[str, Any] = {"server_docs": args.server_docs, "local_docs": args.local_docs,
                           "changes": args.changes}  # fmt: skip
    try:
        server.login("bob", "bob-pw", createrole=True)
        server.login("carol", "carol-pw")
        server.database("team", "bob")
        os.environ["PGPASSFILE"] = str(server.pgpass)
        init(server.url("bob", "team"))
        server.admin('GRANT "archiver_member" TO "carol"')
        bob = Archive.open(root / "B", author="bob")
        _, out["import_s"], _ = _timed(
            lambda: bob.import_paths(_articles(root / "in", args.local_docs))
        )
        first, out["first_push_s"], out["first_push_cpu_s"] = _timed(
            lambda: sync(bob, server.url("bob", "team")))  # fmt: skip
        out["first_push"] = first.pushed.to_json()
        template = json.loads(
            server.admin("SELECT row_json FROM archiver_document LIMIT 1", "team")
        )
        out["fill_s"] = round(_fill(server, "team", template, args.server_docs), 1)
        marks = state.load(bob.db, first.server_id)
        marks.pull = int(server.admin("SELECT last_value FROM archiver_seq", "team"))
        state.save(bob.db, marks)
        with Archive.open(root / "C", author="carol") as carol:
            marks_c = state.SyncMarks(first.server_id, pull=marks.pull)
            state.save(carol.db, marks_c)
            out["carol_edit_s"] = round(_edit(carol, args.changes, 2, [], PEOPLE[4:]), 1)
            pushed_c, out["carol_sync_s"], _ = _timed(
                lambda: sync(carol, server.url("carol", "team"))
            )
            out["carol_pushed"] = pushed_c.pushed.to_json()
        ids = [d for (d,) in bob.db.execute("SELECT id FROM document")]
        out["bob_edit_s"] = round(_edit(bob, args.changes, 1, ids, PEOPLE[:4]), 1)
        report, wall, cpu = _timed(lambda: sync(bob, server.url("bob", "team")))
        out.update({"week_sync_s": round(wall, 2), "week_sync_cpu_s": round(cpu, 2),
                    "week_pushed": report.pushed.to_json(), "week_pulled": report.pulled.to_json(),
                    "conflicts": len(report.conflicts),
                    "server_documents": int(server.admin("SELECT count(*) FROM archiver_document", "team")),
                    "server_changes": int(server.admin("SELECT count(*) FROM archiver_change", "team")),
                    "server_bytes": int(server.admin("SELECT pg_database_size('team')", "team")),
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})  # fmt: skip
        _again, out["idle_sync_s"], _ = _timed(lambda: sync(bob, server.url("bob", "team")))
        bob.close()
    finally:
        server.stop()
    for key in ("import_s", "first_push_s", "first_push_cpu_s", "carol_sync_s"):
        out[key] = round(out[key], 2)
    out["idle_sync_s"] = round(out["idle_sync_s"], 3)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
