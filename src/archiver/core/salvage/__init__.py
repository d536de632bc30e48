"""Salvage: rebuild a new archive from a damaged one (``recovery`` reads what it can of the
database, ``pages`` walks its pages when SQLite cannot, ``rebuilding`` makes the new archive)."""

from archiver.core.salvage.rebuilding import SalvageReport, salvage

__all__ = ["SalvageReport", "salvage"]
