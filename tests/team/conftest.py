"""A real PostgreSQL server for the team tests (one per test process), a database per test."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from archiver.core.team.server import init
from pg_server import PgServer, binaries

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgServer]:
    """The server, started once for this test process and stopped at its end."""
    if binaries() is None:
        pytest.skip("PostgreSQL is not installed here (Debian: apt install postgresql); "
                    "scripts/bootstrap.sh dev installs it")  # fmt: skip
    # Not under pytest's temporary folder: its parents are closed to the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="archiver-pg-"))
    server = PgServer(folder).start()
    try:
        for group in ("archiver_reader", "archiver_member"):
            server.group(group)
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Team:
    """One team's database: its owner alice and members bob and carol push, dora only reads."""

    server: PgServer
    database: str

    def url(self, user: str = "alice") -> str:
        """The URL this member syncs with."""
        return self.server.url(user, self.database)

    def count(self, table: str) -> int:
        """Rows of a server table (as the administrator)."""
        return int(self.server.admin(f"SELECT count(*) FROM {table}", self.database))

    def env(self) -> dict[str, str]:
        """The environment a member's ``archiver`` process runs in (.pgpass found by libpq)."""
        return {**os.environ, "PGPASSFILE": str(self.server.pgpass)}


@pytest.fixture
def team(pg_cluster: PgServer, monkeypatch: pytest.MonkeyPatch) -> Team:
    """A new database with the schema made by its owner, and the members' login roles."""
    number = next(_numbers)
    suffix = f"{os.getpid()}_{number}"
    if "alice" not in pg_cluster.passwords:
        pg_cluster.login("alice", "alice-pw", createrole=True)
        pg_cluster.admin('GRANT "archiver_member" TO "alice" WITH ADMIN OPTION')
        for name in ("bob", "carol"):
            pg_cluster.login(name, f"{name}-pw", groups=("archiver_member",))
        pg_cluster.login("dora", "dora-pw", groups=("archiver_reader",))
    database = f"team_{suffix}"
    pg_cluster.database(database, "alice")
    monkeypatch.setenv("PGPASSFILE", str(pg_cluster.pgpass))
    made = Team(pg_cluster, database)
    init(made.url())
    return made


def archive_path(tmp_path: Path, name: str) -> Path:
    """Where a member's archive lives in a test."""
    return tmp_path / name
