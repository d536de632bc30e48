"""Fixtures of the sync tests: two copies of an archive, and text files to import."""

from sync_copies import texts, two

__all__ = ["texts", "two"]
