"""Stable identities: the UUID every record carries from version 7 on, and this replica's.

Ids are local (a number in one archive); a UUID names the same record in every copy of the
archive, so bundles and the team's sync can match what two laptops hold. Records that two
copies can create independently and must recognise as one get a UUID derived from what makes
them the same thing: a document from its file's SHA-256 (two members importing the same file
hold one document), a gazetteer participant from its gazetteer key (every new archive seeds
them), a tag from its folded name (names are unique). Every other record gets a random one.
This module issues no SQL: each table's own module stores the UUID it is given.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

NAMESPACE = uuid.UUID("6f1c2f4e-8a8e-4d3e-9b1e-61726368697a")
"""The namespace of the derived UUIDs (fixed for ever: changing it splits every archive)."""
WITH_UUID = ("document", "participant", "participant_alias", "span", "mention", "commitment",
             "tag", "saved_search", "collection", "suggestion_block", "memo")  # fmt: skip
"""The tables whose rows carry a ``uuid`` column."""
REPLICA = "replica_id"
"""Meta key: this archive copy's own UUID (who wrote a change, for bundles and sync)."""


def derived(kind: str, key: str) -> str:
    """The UUID of the record of this kind that ``key`` identifies, the same in every archive."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def fresh() -> str:
    """A new random UUID."""
    return str(uuid.uuid4())


def document_uuid(file_sha256: str) -> str:
    """A document's UUID: from its original's SHA-256."""
    return derived("document", file_sha256)


def tag_uuid(name: str) -> str:
    """A tag's UUID: from its name, folded as the table folds it (NOCASE)."""
    return derived("tag", name.strip().casefold())


def participant_uuid(gazetteer_key: str | None) -> str:
    """A participant's UUID: from its gazetteer key when it has one, else random."""
    return derived("participant", gazetteer_key) if gazetteer_key else fresh()


def for_row(table: str, values: Mapping[str, Any]) -> str | None:
    """The UUID a new row of ``table`` gets (None: the table has no ``uuid`` column)."""
    if table not in WITH_UUID:
        return None
    if table == "document":
        return document_uuid(str(values["file_sha256"]))
    if table == "tag":
        return tag_uuid(str(values["name"]))
    if table == "participant":
        return participant_uuid(values.get("gazetteer_key"))
    return fresh()
