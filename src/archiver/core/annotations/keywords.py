"""The index's view of annotations: a document's keyword fields, and what a filter stands for.

The index stores participants by id ("p12"), with every participant under them found by
``resolve`` (Macron under France), any name or alias in any script; tags by name, a tag
standing for itself and every tag under it (``region`` for ``region/levant``); collections by
id ("c3"), a collection standing for itself and every collection under it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.core.resources import resource_path
from archiver.core.store import collections as collection_rows
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import memos as memo_rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as participant_rows
from archiver.core.store import tags as tag_rows
from archiver.core.text import arabic

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.collections import Collections
    from archiver.core.annotations.participants import Participants
    from archiver.core.annotations.tags import Tags


class Keywords:
    """Keyword fields of documents and the values of query filters."""

    def __init__(
        self,
        db: sqlite3.Connection,
        participants: Participants,
        tags: Tags,
        collections: Collections,
    ) -> None:
        self.db = db
        self.participants = participants
        self.tags = tags
        self.collections = collections

    def for_document(self, doc_id: int) -> dict[str, list[str]]:
        """Keyword fields of one document: participant ids ("p12"), tags, statuses,
        categories, collection ids ("c3"); and the term streams of the memos on it, its quotes
        and its commitments."""
        pids = mention_rows.participants_in(self.db, doc_id)
        pids |= commitment_rows.actors_in(self.db, doc_id)
        pairs = commitment_rows.statuses_and_categories(self.db, doc_id)
        return {
            "participant": [f"p{pid}" for pid in sorted(pids)],
            "tag": [t.lower() for t in tag_rows.names_of(self.db, doc_id)],
            "status": sorted({status for status, _ in pairs}),
            "category": sorted({category for _, category in pairs}),
            "collection": [f"c{cid}" for cid in collection_rows.collections_of(self.db, doc_id)],
            "memo": [
                arabic.index_terms(t)[0] for t in memo_rows.texts_of_document(self.db, doc_id)
            ],
        }

    def resolve(self, field_name: str, value: str) -> list[str]:
        """Index values a query filter stands for: participant by id, name or any alias (with
        the participants under it); a tag with the tags under it; a collection by path or
        name, with the collections under it."""
        if field_name == "participant":
            found = (p.id for p in self.participants.find(value))
            return [f"p{pid}" for pid in self.with_members(found)]
        if field_name == "collection":
            return self.collections.index_values(value)
        if field_name == "tag":
            under = [name.lower() for name in self.tags.names_under(value)]
            if under:
                return under
        if field_name in ("status", "category"):
            value = arabic_words(field_name).get(_folded(value), _listed(field_name, value))
        return [" ".join(value.lower().replace(",", " ").split())]

    def knows(self, field_name: str, value: str) -> bool:
        """True when ``field_name:value`` names something: a status or category (its value or
        Arabic word), a participant, a tag or a collection of the archive."""
        if field_name == "participant":
            return bool(self.participants.find(value))
        if field_name == "collection":
            return bool(self.collections.index_values(value))
        if field_name == "tag":
            return bool(self.tags.names_under(value))
        if field_name in ("status", "category"):
            listed = STATUSES if field_name == "status" else CATEGORIES
            return (
                _folded(value) in arabic_words(field_name) or _listed(field_name, value) in listed
            )
        return False

    def with_members(self, pids: Iterable[int]) -> list[int]:
        """These participants and every participant under them (Macron under France)."""
        return participant_rows.with_members(self.db, pids)


@lru_cache(maxsize=2)
def arabic_words(field_name: str) -> dict[str, str]:
    """The Arabic words for a status or category (resources/annotation_words.json), folded."""
    listed = json.loads(resource_path("annotation_words.json").read_text(encoding="utf-8"))
    return {_folded(word): value for value, words in listed[field_name].items() for word in words}


def _listed(field_name: str, value: str) -> str:
    """A status or category as stored when ``value`` names one with spaces for its
    underscores ("partly delivered"), else ``value``."""
    listed = STATUSES if field_name == "status" else CATEGORIES
    joined = "_".join(value.lower().split())
    return joined if joined in listed else value


def _folded(text: str) -> str:
    return " ".join(arabic.fold(text.lower()).replace("_", " ").split())
