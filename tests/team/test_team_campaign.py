"""Three members and one server, with real processes: A imports 300 articles and codes them,
B and C pull, code and rename one participant two ways, and sync at the same moment; A's
sync is killed halfway, and another is cut off when the server stops; after one more round
all three hold every document and commitment once, each change with its author."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from archiver.core.archive import Archive
from commitment_sample import import_document, participant_ids, quote_of, record_sample
from pg_server import ADMIN, Team

SERVER_GONE = 6


def _articles(folder: Path, count: int, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        text = (f"اجتماع رقم {n} لتحالف الداعمين في لندن\n\nناقش الوزراء في الجلسة {n} "
                f"ضمانات الأمن ووعدت الدولة {n % 17} بتقديم {n * 3} مليون يورو.\n"
                f"Meeting {n}: ministers discussed guarantees worth {n * 11} million.")  # fmt: skip
        (folder / f"article-{n:04}.txt").write_text(text, encoding="utf-8")
    return folder


def _archiver(folder: Path, team: Team, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "archiver", "--archive", str(folder), *args]
    return subprocess.Popen(command, env=team.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def _sync(folder: Path, team: Team, user: str, *extra: str) -> dict:
    done = _archiver(folder, team, "sync", "--server", team.url(user), "--json", *extra)
    out, err = done.communicate(timeout=240)
    assert done.returncode == 0, err
    return json.loads(out)


def _json(folder: Path, team: Team, *args: str) -> dict:
    done = _archiver(folder, team, *args, "--json")
    out, err = done.communicate(timeout=120)
    assert done.returncode in (0, 1), err
    return json.loads(out)


def _code(folder: Path, author: str, action) -> None:
    archive = Archive.open(folder, author=author)
    try:
        action(archive)
    finally:
        archive.close()


def _uuids(folder: Path, table: str) -> list[str]:
    archive = Archive.open(folder, readonly=True)
    try:
        return sorted(r[0] for r in archive.db.execute(f"SELECT uuid FROM {table}"))
    finally:
        archive.close()


def _authors(folder: Path) -> set[str]:
    archive = Archive.open(folder, readonly=True)
    try:
        return {r[0] for r in archive.db.execute("SELECT author FROM change_log")}
    finally:
        archive.close()


def _blocking_changes(team: Team) -> psycopg.Connection:
    """An administrator's transaction that holds pushes of changes until it ends."""
    conn = psycopg.connect(host=str(team.server.sockets), port=team.server.port, user=ADMIN,
                           dbname=team.database)  # fmt: skip
    conn.execute("LOCK TABLE archiver_change IN EXCLUSIVE MODE")
    return conn


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _one_commitment(file_name: str, name: str, status: str):
    def record(archive: Archive) -> None:
        ids = [row[0] for row in archive.db.execute("SELECT id FROM document")]
        doc = next(i for i in ids if archive.document(i).file_name == file_name)
        words = archive.document(doc).text.split("\n")[-1][:40]
        archive.commitments.add(doc, participant_ids(archive, name), category="financial",
                                status=status, what=words, quote=quote_of(archive, doc, words))  # fmt: skip

    return record


def _rename(new: str):
    def rename(archive: Archive) -> None:
        people = archive.annotations.participants
        people.rename(people.resolve("France").id, new)

    return rename


def test_three_members_and_one_server(team: Team, tmp_path: Path) -> None:
    a, b, c = (tmp_path / n for n in "ABC")
    folder = _articles(tmp_path / "articles", 300)

    def import_and_code(archive: Archive) -> None:
        archive.import_paths([folder])
        record_sample(archive, import_document(archive, tmp_path))

    _code(a, "alice", import_and_code)
    assert _sync(a, team, "alice")["pushed"]["documents"] == 301
    pulls = [_archiver(m, team, "sync", "--server", team.url(u), "--json")
             for m, u in ((b, "bob"), (c, "carol"))]  # fmt: skip
    for done in pulls:
        out, err = done.communicate(timeout=240)
        assert done.returncode == 0, err
        assert json.loads(out)["pulled"]["documents_added"] == 301
    _code(b, "bob", _one_commitment("article-0007.txt", "Germany", "pledged"))
    _code(c, "carol", _one_commitment("article-0011.txt", "Italy", "delivered"))
    _code(b, "bob", _rename("France (B)"))
    _code(c, "carol", _rename("France (C)"))
    together = [_archiver(m, team, "sync", "--server", team.url(u), "--json")
                for m, u in ((b, "bob"), (c, "carol"))]  # fmt: skip
    for done in together:
        assert done.wait(timeout=240) == 0, done.stderr.read() if done.stderr else ""

    _code(a, "alice", lambda archive: archive.import_paths([_articles(tmp_path / "more", 40, 300)]))
    blocker = _blocking_changes(team)
    killed = _archiver(a, team, "sync", "--server", team.url(), "--batch", "5")
    _wait_for(lambda: team.count("archiver_document") == 341)  # documents in, changes held
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    blocker.close()

    for member, user in ((b, "bob"), (c, "carol"), (a, "alice"), (b, "bob"), (c, "carol")):
        _sync(member, team, user)
    documents = _uuids(a, "document")
    commitments = _uuids(a, "commitment")
    assert len(documents) == len(set(documents)) == 341 and len(commitments) == 5
    for member in (b, c):
        assert _uuids(member, "document") == documents
        assert _uuids(member, "commitment") == commitments
    for member in (a, b, c):
        assert _authors(member) >= {"alice", "bob", "carol"}
        assert _json(member, team, "check")["consistent"] is True
    for member, local, remote in ((b, "France (B)", "France (C)"), (c, "France (C)", "France (B)")):
        listed = [
            (x["field"], x["local"], x["remote"]) for x in _json(member, team, "conflicts", "list")
        ]
        assert ("name", local, remote) in listed
    assert team.count("archiver_document") == 341


def test_nothing_is_lost_when_the_server_stops_mid_sync(team: Team, tmp_path: Path) -> None:
    a = tmp_path / "A"
    _code(a, "alice", lambda archive: archive.import_paths([_articles(tmp_path / "in", 30)]))
    _code(a, "alice", _rename("France (A)"))
    blocker = _blocking_changes(team)
    cut = _archiver(a, team, "sync", "--server", team.url(), "--batch", "5")
    _wait_for(lambda: team.count("archiver_document") == 30)
    team.server.stop("immediate")
    _, err = cut.communicate(timeout=60)
    blocker.close()
    assert cut.returncode == SERVER_GONE and "team server" in err, err
    team.server.start()
    report = _sync(a, team, "alice")
    assert report["pushed"]["documents"] == 0 and report["pushed"]["changes"] >= 2
    assert report["pending"] == {"documents": 0, "changes": 0}
    assert team.count("archiver_change") == len(_uuids(a, "change_log"))
    b = tmp_path / "B"
    assert _sync(b, team, "bob")["pulled"]["documents_added"] == 30
    assert _json(a, team, "check")["consistent"] and _json(b, team, "check")["consistent"]


def test_a_sync_killed_at_any_moment_resumes(team: Team, tmp_path: Path) -> None:
    a, b, scratch = tmp_path / "A", tmp_path / "B", tmp_path / "scratch"
    _code(a, "alice", lambda archive: archive.import_paths([_articles(tmp_path / "in", 24)]))
    _code(a, "alice", _rename("France (A)"))
    _sync(a, team, "alice")
    started = time.monotonic()
    _sync(scratch, team, "bob", "--batch", "3")  # how long one whole pull takes here
    whole = time.monotonic() - started
    cut = 0
    # each run resumes the last: shares adding up to less than one pull leave every run
    # work to be killed in (early, halfway, near the end of the whole)
    for share in (0.2, 0.3, 0.4):
        run = _archiver(b, team, "sync", "--server", team.url("bob"), "--batch", "3")
        try:
            run.wait(timeout=whole * share)
        except subprocess.TimeoutExpired:
            os.kill(run.pid, signal.SIGKILL)
            cut += 1
        run.wait(timeout=30)
    assert cut >= 2, "the syncs ended before they could be killed"
    _sync(b, team, "bob")
    assert _uuids(b, "document") == _uuids(a, "document") and len(_uuids(b, "document")) == 24
    assert _json(b, team, "check")["consistent"] is True
    with Archive.open(b, readonly=True) as archive:
        assert archive.annotations.participants.resolve("France (A)").name == "France (A)"
