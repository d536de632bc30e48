"""The library sidebar's contents as plain data: a tree of nodes that name records by id."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NodeKind(StrEnum):
    """What a sidebar row stands for (its ``key`` says which one)."""

    ALL = "all"  # every document
    SECTION = "section"  # a heading: key is the Section
    COLLECTION = "collection"  # key: the collection id
    SAVED = "saved"  # key: the saved search id
    TAG = "tag"  # key: the tag's full path ("region/levant")
    PARTICIPANT = "participant"  # key: the participant id
    IMPORT = "import"  # key: the import's journal entry id
    MERGE = "merge"  # key: the journal entry of a merge that brought documents in (a bundle)
    TRASH = "trash"


class Section(StrEnum):
    """The sidebar's headings, in their order."""

    COLLECTIONS = "collections"
    SAVED = "saved"
    TAGS = "tags"
    PARTICIPANTS = "participants"
    IMPORTS = "imports"


@dataclass(frozen=True)
class Node:
    """One row: what it is, which record (an id, a tag path), its words and count, its rows."""

    kind: NodeKind
    key: int | str | None
    label: str
    count: int | None = None
    children: tuple[Node, ...] = field(default_factory=tuple)
    detail: str = ""  # a tooltip: a saved search's query, an import's time

    @property
    def ref(self) -> tuple[str, int | str | None]:
        """(kind, key): how the sidebar finds this row again after a refresh."""
        return (self.kind.value, self.key)
