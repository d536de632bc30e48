"""The team tests' PostgreSQL server and databases (tests/pg_server.py)."""

from pg_server import Team, pg_cluster, team

__all__ = ["Team", "pg_cluster", "team"]
