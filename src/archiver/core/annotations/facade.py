"""``Annotations``: the annotation parts of one archive, composed (``archive.annotations``)."""

from __future__ import annotations

import sqlite3

from archiver.core.annotations.blocks import Blocks
from archiver.core.annotations.collections import Collections
from archiver.core.annotations.journal import Journal, Reindex
from archiver.core.annotations.keywords import Keywords
from archiver.core.annotations.memos import Memos
from archiver.core.annotations.mentions import Mentions
from archiver.core.annotations.participants import Participants
from archiver.core.annotations.saved_searches import SavedSearches
from archiver.core.annotations.setup import Setup
from archiver.core.annotations.tags import Tags


class Annotations:
    """Participants, mentions, tags, collections, saved searches, memos, the journal and the
    index's view, as attributes."""

    def __init__(
        self, db: sqlite3.Connection, *, readonly: bool, reindex: Reindex, author: str | None = None
    ) -> None:
        """The parts over one connection; ``reindex`` brings the index up to changed documents;
        ``author`` names who makes the changes (the settings' name; None: the environment's)."""
        self.db = db
        self.setup = Setup(db, readonly=readonly)
        self.journal = Journal(db, self.setup.ensure_ready, readonly=readonly, reindex=reindex,
                               author=author, protect_names=self.setup.protect_names)  # fmt: skip
        self.participants = Participants(self.journal, self.setup)
        self.mentions = Mentions(self.journal, self.setup, self.participants)
        self.blocks = Blocks(self.journal, self.mentions)
        self.tags = Tags(self.journal)
        self.collections = Collections(self.journal)
        self.saved = SavedSearches(self.journal)
        self.memos = Memos(self.journal, self.mentions, self.participants)
        self.keywords = Keywords(self.db, self.participants, self.tags, self.collections)

    def ensure_ready(self) -> None:
        """Seed the starter gazetteer once and refresh alias forms after an analysis change."""
        self.setup.ensure_ready()

    # The index calls these two (the archive wires them to its indexer).

    def keywords_for(self, doc_id: int) -> dict[str, list[str]]:
        """Keyword fields of one document (see Keywords.for_document)."""
        return self.keywords.for_document(doc_id)

    def resolve(self, field_name: str, value: str) -> list[str]:
        """Index values a query filter stands for (see Keywords.resolve)."""
        return self.keywords.resolve(field_name, value)

    def knows(self, field_name: str, value: str) -> bool:
        """True when a filter's value names something here (see Keywords.knows)."""
        return self.keywords.knows(field_name, value)
