"""The shapes of ``document`` rows that ``documents`` (the table's owner) reads out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

TABLES: tuple[str, ...] = ()  # no table of its own: ``documents`` reads these rows


@dataclass(frozen=True, slots=True)
class IndexFacts:
    """The stored facts of one document that the index records beside its analysed text."""

    id: int
    title: str
    source: str
    file_name: str
    language: str
    kind: str
    published: str | None
    imported_at: str


class Indexable(NamedTuple):
    """One stored document as the indexer reads it: its facts and the texts to analyse."""

    facts: IndexFacts
    text: str
    alt_text: str


class Fingerprint(NamedTuple):
    """What ``check`` compares for one document: its original's name and hash, its text's
    (None: the stored text is damaged and cannot be unpacked), the original's recipe."""

    id: int
    stored_name: str
    file_sha256: str
    text: str | None
    text_sha256: str
    recipe: str | None


class Original(NamedTuple):
    """One document's stored copy: its id, its name under ``originals/``, its SHA-256 and
    its recipe (None: a file under ``originals/``; else regenerated, see ``core.originals``)."""

    id: int
    stored_name: str
    file_sha256: str
    recipe: str | None


class Trashed(NamedTuple):
    """A document in the trash, as the trash lists it."""

    id: int
    title: str
    file_name: str
    file_size: int
    trashed_at: str
    stored_name: str
    recipe: str | None = None  # None: its original is a file (see ``core.originals``)
