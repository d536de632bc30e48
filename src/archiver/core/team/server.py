"""The connection to the team's server: URLs, passwords, errors, the schema's creation.

A server is named by a libpq URL (``postgresql://user@host:port/db``). The password is never
part of what is stored: libpq reads it from ``~/.pgpass`` (or ``PGPASSFILE``), or the caller
passes one it asked the user for. TLS is used when the server offers it (libpq's ``prefer``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

from archiver.core.errors import Invalid, ServerFailure
from archiver.core.store import identity
from archiver.core.team import schema, serverdb

DEFAULT_READERS = "archiver_reader"
DEFAULT_MEMBERS = "archiver_member"
_AUTH = re.compile(r"password|authentication", re.IGNORECASE)


@dataclass(frozen=True)
class ServerInfo:
    """What a sync needs to know about the server it reached."""

    url: str  # without a password
    server_id: str
    version: int
    user: str
    can_push: bool


def public_url(url: str) -> str:
    """The URL without its password (what may be shown or remembered)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise Invalid(f"server: {url!r} is not a postgresql:// URL")
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def needs_password(exc: BaseException) -> bool:
    """True when a connection failed for want of a (right) password."""
    return isinstance(exc, psycopg.OperationalError) and bool(_AUTH.search(str(exc)))


def connect(url: str, password: str | None = None) -> psycopg.Connection:
    """A connection to the server; ServerFailure naming it when it cannot be reached."""
    shown = public_url(url)
    try:
        extra: dict[str, Any] = {"password": password} if password is not None else {}
        return psycopg.connect(url, connect_timeout=10, application_name="archiver", **extra)
    except psycopg.Error as exc:
        raise ServerFailure(shown, _reason(exc), needs_password=needs_password(exc)) from exc


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


@contextmanager
def failures(url: str) -> Iterator[None]:
    """Driver errors inside the block raised as ServerFailure naming the server."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ServerFailure(public_url(url), f"not allowed: {_reason(exc)}") from exc
    except psycopg.Error as exc:
        raise ServerFailure(public_url(url), _reason(exc)) from exc


def info(conn: psycopg.Connection, url: str) -> ServerInfo:
    """The server's identity and schema version, and whether this user may push."""
    with failures(url):
        if not serverdb.has_schema(conn):
            raise Invalid(f"server {public_url(url)}: no Archiver schema here "
                          "(run: archiver server init URL)")  # fmt: skip
        values = serverdb.values(conn)
        user, can_push = serverdb.user_and_rights(conn)
    version = int(values.get(schema.VERSION_KEY, "0"))
    if version > schema.latest():
        raise Invalid(f"server {public_url(url)}: its schema (version {version}) is newer "
                      f"than this program's ({schema.latest()}); update Archiver")  # fmt: skip
    return ServerInfo(public_url(url), values[schema.SERVER_KEY], version, user, can_push)


@dataclass(frozen=True)
class InitReport:
    """What ``server init`` did."""

    url: str
    server_id: str
    version: int
    created: bool  # False: the schema was there (migrated to the latest if older)
    roles: dict[str, str]  # "readers"/"members" -> the group role granted

    def to_json(self) -> dict[str, object]:
        """Plain JSON."""
        return {"url": self.url, "server_id": self.server_id, "version": self.version,
                "created": self.created, "roles": self.roles}  # fmt: skip


def init(
    url: str,
    password: str | None = None,
    *,
    readers: str = DEFAULT_READERS,
    members: str = DEFAULT_MEMBERS,
) -> InitReport:
    """Create (or bring up to date) the schema in the database the URL names, and grant the
    group roles ``readers`` (pull) and ``members`` (push and pull), created when missing."""
    with connect(url, password) as conn, failures(url):
        serverdb.lock_pushes(conn)
        created = not serverdb.has_schema(conn)
        if created and (table := serverdb.foreign_table(conn)) is not None:
            raise Invalid(f"server {public_url(url)}: the database is not empty (it has a "
                          f"table {table!r}); give Archiver a database of its own")  # fmt: skip
        version = 0 if created else int(serverdb.values(conn).get(schema.VERSION_KEY, "0"))
        for number in sorted(n for n in schema.MIGRATIONS if n > version):
            serverdb.run_script(conn, schema.MIGRATIONS[number])
            version = number
        serverdb.set_value(conn, schema.SERVER_KEY, identity.fresh(), keep=True)
        serverdb.set_value(conn, schema.VERSION_KEY, str(version))
        for role in (readers, members):
            serverdb.ensure_role(conn, role)
        serverdb.grant(conn, readers, members)
        server_id = serverdb.values(conn)[schema.SERVER_KEY]
    return InitReport(public_url(url), server_id, version, created,
                      {"readers": readers, "members": members})  # fmt: skip
