"""Sync through a real PostgreSQL server: everything arrives once, conflicts are kept both ways,
read-only members pull only, a stopped sync resumes, passwords stay out of the archive."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from archiver.core.archive import Archive
from archiver.core.errors import Invalid, ServerFailure
from archiver.core.progress import Cancelled, CancelToken
from archiver.core.team.server import init
from archiver.core.team.state import URL_KEY
from archiver.core.team.sync import status, sync
from commitment_sample import import_document, record_sample
from pg_server import Team
from sync_copies import TEXTS


def _imported(archive: Archive, folder: Path, texts: dict[str, str]) -> list[int]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return [d.id for d in archive.import_paths(paths).imported]


def _uuids(archive: Archive, table: str) -> set[str]:
    return {r[0] for r in archive.db.execute(f"SELECT uuid FROM {table}")}


def _commitments(archive: Archive) -> dict[str, tuple[str, str]]:
    rows = archive.db.execute("SELECT uuid, status, what FROM commitment").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.fixture
def alice(team: Team, tmp_path: Path) -> Archive:
    archive = Archive.open(tmp_path / "A", author="alice")
    yield archive
    archive.close()


@pytest.fixture
def bob(team: Team, tmp_path: Path) -> Archive:
    archive = Archive.open(tmp_path / "B", author="bob")
    yield archive
    archive.close()


def test_everything_arrives_once_with_its_authors(team: Team, alice: Archive, bob: Archive,
                                                  tmp_path: Path) -> None:  # fmt: skip
    _imported(alice, tmp_path / "files", TEXTS)
    record_sample(alice, import_document(alice, tmp_path))
    first = sync(alice, team.url())
    assert first.pushed.documents == len(TEXTS) + 1 and first.pushed.changes >= 4
    got = sync(bob, team.url("bob"))
    assert got.pulled.documents_added == len(TEXTS) + 1 and got.conflicts == []
    assert _uuids(bob, "document") == _uuids(alice, "document")
    assert _commitments(bob) == _commitments(alice) and len(_commitments(bob)) == 3
    authors = {r[0] for r in bob.db.execute("SELECT author FROM change_log")}
    assert authors == {"alice"}
    again = sync(bob, team.url("bob"))
    assert again.pulled.documents_added == again.pulled.changes_applied == 0
    assert again.pushed.documents == again.pushed.changes == 0
    assert team.count("archiver_document") == len(TEXTS) + 1
    assert again.pending == {"documents": 0, "changes": 0}
    assert bob.count() == alice.count()


def test_a_file_both_import_is_one_document(team: Team, alice: Archive, bob: Archive,
                                            tmp_path: Path) -> None:  # fmt: skip
    same = {"talks.txt": TEXTS["talks.txt"]}
    _imported(alice, tmp_path / "a", same)
    _imported(bob, tmp_path / "b", same)
    sync(alice, team.url())
    report = sync(bob, team.url("bob"))
    sync(alice, team.url())
    assert report.pushed.documents == 0 and report.pulled.documents_added == 0
    assert team.count("archiver_document") == 1
    assert alice.count() == bob.count() == 1


def test_a_rename_two_ways_is_a_conflict_on_both_sides(team: Team, alice: Archive,
                                                       bob: Archive) -> None:  # fmt: skip
    sync(alice, team.url())
    sync(bob, team.url("bob"))
    people = {a: a.annotations.participants for a in (alice, bob)}
    people[alice].rename(people[alice].resolve("France").id, "France (A)")
    people[bob].rename(people[bob].resolve("France").id, "France (B)")
    people[bob].update(people[bob].resolve("Sweden").id, name_ar="السويد (ب)")
    sync(bob, team.url("bob"))
    at_alice = sync(alice, team.url())
    at_bob = sync(bob, team.url("bob"))
    for report, local, remote in ((at_alice, "France (A)", "France (B)"),
                                  (at_bob, "France (B)", "France (A)")):  # fmt: skip
        assert [(c.field, c.local, c.remote) for c in report.conflicts] == [("name", local, remote)]
        assert report.open_conflicts == 1
    assert people[alice].resolve("France (A)").name == "France (A)"  # the local one in force
    sweden = people[alice].resolve("Sweden")
    assert sweden.name_ar == "السويد (ب)"  # another field: merged without a conflict


def test_a_read_only_member_pulls_and_cannot_push(
    team: Team, alice: Archive, tmp_path: Path
) -> None:
    _imported(alice, tmp_path / "files", {"talks.txt": TEXTS["talks.txt"]})
    sync(alice, team.url())
    dora = Archive.open(tmp_path / "D", author="dora")
    try:
        pulled = sync(dora, team.url("dora"))
        assert pulled.read_only and pulled.pulled.documents_added == 1
        participants = dora.annotations.participants
        participants.rename(participants.resolve("France").id, "France (D)")
        changes = team.count("archiver_change")
        report = sync(dora, team.url("dora"))
        assert report.read_only and report.pending["changes"] == 1
        assert team.count("archiver_change") == changes
    finally:
        dora.close()
    with (
        psycopg.connect(team.url("dora")) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("INSERT INTO archiver_change(uuid, at, author, replica, kind, summary_json,"
                     " ops_json) VALUES ('x', '', '', '', '', '{}', '[]')")  # fmt: skip


def test_a_stopped_sync_resumes_with_nothing_doubled(team: Team, alice: Archive, bob: Archive,
                                                     tmp_path: Path) -> None:  # fmt: skip
    texts = {
        f"note-{n}.txt": f"ملاحظة رقم {n} عن اجتماع لندن وعن الدعم رقم {n * 7}." for n in range(30)
    }
    _imported(alice, tmp_path / "files", texts)
    token = CancelToken()

    def stop_after_first_batch(done: int, total: int, label: str) -> None:
        if label == "documents pushed" and done:
            token.cancel()

    with pytest.raises(Cancelled):
        sync(alice, team.url(), batch=5, progress=stop_after_first_batch, cancel=token)
    assert team.count("archiver_document") == 5
    sync(alice, team.url(), batch=5)
    assert team.count("archiver_document") == 30
    report = sync(bob, team.url("bob"), batch=7)
    assert report.pulled.documents_added == 30 and bob.count() == 30
    assert team.count("archiver_change") == len({r[0] for r in alice.db.execute(
        "SELECT uuid FROM change_log")})  # fmt: skip


def test_the_password_is_never_kept_in_the_archive(team: Team, alice: Archive) -> None:
    parts = team.url().split("@")
    with_password = f"{parts[0]}:alice-pw@{parts[1]}"
    sync(alice, with_password)
    assert (
        alice.db.execute("SELECT value FROM meta WHERE key = ?", (URL_KEY,)).fetchone()[0]
        == team.url()
    )
    alice.close()
    for path in alice.root.rglob("*"):
        if path.is_file():
            assert b"alice-pw" not in path.read_bytes(), path
    assert status(Archive.open(alice.root, readonly=True))["server"] == team.url()


def test_servers_that_refuse_are_named(team: Team, alice: Archive, monkeypatch) -> None:
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(ServerFailure) as refused:
        sync(alice, team.url("bob"))
    assert refused.value.needs_password and team.url("bob") in str(refused.value)
    with pytest.raises(ServerFailure):
        sync(alice, "postgresql://bob@127.0.0.1:1/nowhere")
    with pytest.raises(Invalid, match="not a postgresql:// URL"):
        sync(alice, "http://example.org/db")


def test_init_wants_an_empty_database_and_sync_wants_the_schema(pg_cluster, team: Team) -> None:
    pg_cluster.database(team.database + "_other", "alice")
    url = pg_cluster.url("alice", team.database + "_other")
    pg_cluster.admin("CREATE TABLE notes (id int)", team.database + "_other")
    with pytest.raises(Invalid, match="not empty"):
        init(url)
    pg_cluster.admin("DROP TABLE notes", team.database + "_other")
    with pytest.raises(Invalid, match="server init"):
        sync(Archive.open(pg_cluster.folder / "X"), url)
    assert init(url).created and not init(url).created


def test_a_damaged_row_on_the_server_is_refused_whole(team: Team, alice: Archive,
                                                      bob: Archive, tmp_path: Path) -> None:  # fmt: skip
    _imported(alice, tmp_path / "files", {"talks.txt": TEXTS["talks.txt"]})
    sync(alice, team.url())
    team.server.admin("UPDATE archiver_document SET row_json = '{\"uuid\": 1}'", team.database)
    with pytest.raises(Invalid, match="documents\\[0\\]"):
        sync(bob, team.url("bob"))
    assert bob.count() == 0


def test_a_conflict_resolved_with_a_typed_value(team: Team, alice: Archive, bob: Archive) -> None:
    from archiver.cli import main

    sync(alice, team.url())
    sync(bob, team.url("bob"))
    for archive, name in ((alice, "France (A)"), (bob, "France (B)")):
        people = archive.annotations.participants
        people.rename(people.resolve("France").id, name)
    sync(bob, team.url("bob"))
    conflict = sync(alice, team.url()).conflicts[0]
    root = alice.root
    alice.close()
    assert main(["--archive", str(root), "conflicts", "resolve", str(conflict.id), "--value",
                 "France (A+B)"]) == 0  # fmt: skip
    with Archive.open(root, readonly=True) as again:
        assert again.annotations.participants.resolve("France (A+B)").name == "France (A+B)"


def test_one_person_made_in_two_scripts_is_matched_by_the_pull(
    team: Team, alice: Archive, bob: Archive
) -> None:
    alice.annotations.participants.add("إيمانويل ماكرون", kind="person",
                                       aliases=["Emmanuel Macron"])  # fmt: skip
    mine = bob.annotations.participants.add("Emmanuel Macron", kind="person")
    sync(alice, team.url())
    report = sync(bob, team.url("bob"))
    assert report.pulled.participants_matched == [
        {"remote": "إيمانويل ماكرون", "local": mine.id, "by": "alias"}
    ]
    assert report.to_json()["pulled"]["participants_ambiguous"] == []
    assert bob.annotations.participants.resolve("إيمانويل ماكرون").id == mine.id
