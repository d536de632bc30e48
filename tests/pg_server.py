"""A real PostgreSQL server for the team tests: ``initdb`` in a temporary folder, started with
``pg_ctl`` on a free loopback port, stopped at the end (Debian's ``postgresql`` package).

Members log in over TCP with a password (SCRAM), read from a ``.pgpass`` file the tests point
``PGPASSFILE`` at, as a user's ``~/.pgpass`` would be; the administrator uses the server's
socket. As root (CI), the server runs as the ``postgres`` user, since PostgreSQL refuses to
run as root.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from archiver.core.team.server import init

ADMIN = "archiver_admin"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (None: PostgreSQL is not installed)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One PostgreSQL cluster in ``folder``, on 127.0.0.1:``port``."""

    def __init__(self, folder: Path) -> None:
        bindir = binaries()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt install postgresql)")
        self.bin, self.folder, self.port = bindir, folder, _free_port()
        self.data, self.sockets = folder / "data", folder / "sockets"
        self.pgpass = folder / "pgpass"
        self.as_postgres = os.geteuid() == 0
        self.passwords: dict[str, str] = {}

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and done.returncode:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip()}")
        return done

    def start(self) -> PgServer:
        """initdb (first time) and start the server; returns self."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.sockets.mkdir(exist_ok=True)
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            for path in (self.folder, self.sockets):
                os.chown(path, user.pw_uid, user.pw_gid)
        if not self.data.exists():
            self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth-local=trust",
                      "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale")  # fmt: skip
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
                  "-o", f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1"
                  " -c fsync=off -c max_connections=60", "start")  # fmt: skip
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate``: as if it died)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def admin(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the administrator (over the socket); its output."""
        done = self._run("psql", "-h", str(self.sockets), "-p", str(self.port), "-U", ADMIN,
                         "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc", statement)  # fmt: skip
        return done.stdout.strip()

    def database(self, name: str, owner: str) -> None:
        """A new empty database owned by ``owner`` (a login role made with ``member``)."""
        self.admin(f'CREATE DATABASE "{name}" OWNER "{owner}"')

    def login(self, name: str, password: str, *, groups: tuple[str, ...] = (),
              createrole: bool = False, pgpass: bool = True) -> None:  # fmt: skip
        """A login role with a password, in these group roles, written to the .pgpass file
        (unless ``pgpass`` is False: then the member has to type it)."""
        extra = " CREATEROLE" if createrole else ""
        self.admin(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'{extra}")
        for group in groups:
            self.admin(f'GRANT "{group}" TO "{name}"')
        if not pgpass:
            return
        self.passwords[name] = password
        lines = [f"127.0.0.1:{self.port}:*:{u}:{p}" for u, p in self.passwords.items()]
        self.pgpass.write_text("\n".join(lines) + "\n")
        self.pgpass.chmod(0o600)

    def group(self, name: str) -> None:
        """A group role (NOLOGIN), if not there."""
        self.admin(f"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
                   f'THEN CREATE ROLE "{name}" NOLOGIN; END IF; END$$')  # fmt: skip

    def url(self, user: str, database: str) -> str:
        """The URL a member gives (no password in it: .pgpass has it)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"


# -- fixtures (imported by the conftest of the tests that need a server) -----------------

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
