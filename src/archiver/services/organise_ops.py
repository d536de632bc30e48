"""Tags, collections and saved searches for the GUI: reads here, every change on the serial lane.

Reads (the tag tree, the collections with their counts, the saved searches) are one or two
statements on the session's read-only connection, so they run on the GUI thread; changes go
through ``AnnotationOps.write`` to the serial lane, so ``AnnotationOps.changed`` reports them
with their ``Change`` like every other annotation change (and undo takes them back).
Running a saved search is a search of its query (``services.searches``), as if typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from archiver.core.annotations.facade import Annotations
from archiver.core.annotations.model import Collection, SavedSearch, TagCount, TagNode
from archiver.services.annotation_ops import AnnotationOps
from archiver.services.operation import Operation


class OrganiseOps:
    """The organising half of an archive session (over its annotation half)."""

    def __init__(self, annotation_ops: AnnotationOps) -> None:
        self.ops = annotation_ops

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    @property
    def _ann(self) -> Annotations:
        return self.ops.session.reader.annotations

    def tags(self) -> list[TagCount]:
        """Every free tag with its document count, by name."""
        return self._ann.tags.all()

    def tag_tree(self) -> list[TagNode]:
        """The free tags as a tree."""
        return self._ann.tags.tree()

    def tags_of(self, doc_id: int) -> list[str]:
        """A document's free tags."""
        return self._ann.tags.of(doc_id)

    def collections(self) -> list[Collection]:
        """Every collection, parents before children, siblings by name."""
        return self._ann.collections.all()

    def collections_of(self, doc_id: int) -> list[Collection]:
        """The collections a document is in."""
        return self._ann.collections.of(doc_id)

    def collection_documents(self, cid: int, *, children: bool = True) -> list[int]:
        """The documents of a collection (and of those under it)."""
        return self._ann.collections.documents(cid, children=children)

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        return self._ann.saved.all()

    # -- writes (serial lane): each returns what ``AnnotationOps.write`` returns ----------

    def tag(self, doc_ids: Iterable[int], names: Iterable[str], **kw: Any) -> bool:
        """Put tags on documents (one undoable change)."""
        docs, tags = list(doc_ids), list(names)
        return self.ops.write(Operation.TAG_DOCUMENTS,
                              lambda a: a.annotations.tags.add_many(docs, tags), docs=docs, **kw)  # fmt: skip

    def untag(self, doc_ids: Iterable[int], names: Iterable[str], **kw: Any) -> bool:
        """Take tags off documents (one undoable change)."""
        docs, tags = list(doc_ids), list(names)
        return self.ops.write(Operation.UNTAG_DOCUMENTS,
                              lambda a: a.annotations.tags.remove_many(docs, tags), docs=docs, **kw)  # fmt: skip

    def rename_tag(self, old: str, new: str, **kw: Any) -> bool:
        """Rename a tag and the tags under it."""
        return self.ops.write(Operation.RENAME_TAG, lambda a: a.annotations.tags.rename(old, new), **kw)  # fmt: skip

    def delete_tag(self, name: str, **kw: Any) -> bool:
        """Delete a tag and the tags under it (documents stay)."""
        return self.ops.write(Operation.DELETE_TAG, lambda a: a.annotations.tags.delete(name), **kw)  # fmt: skip

    def add_collection(
        self, path: str, parent: int | None = None, doc_ids: Iterable[int] = (), **kw: Any
    ) -> bool:
        """Make a collection with these documents in it, in one undoable change (``on_done``
        gets the Change; ``extra["collection"]`` its id)."""
        docs = list(doc_ids)
        return self.ops.write(Operation.ADD_COLLECTION,
                              lambda a: a.annotations.collections.add(path, parent, docs),
                              docs=docs, **kw)  # fmt: skip

    def rename_collection(self, cid: int, name: str, **kw: Any) -> bool:
        """Rename a collection."""
        return self.ops.write(Operation.RENAME_COLLECTION,
                              lambda a: a.annotations.collections.rename(cid, name), **kw)  # fmt: skip

    def move_collection(self, cid: int, parent: int | None, **kw: Any) -> bool:
        """Put a collection under another (None: at the top)."""
        return self.ops.write(Operation.MOVE_COLLECTION,
                              lambda a: a.annotations.collections.move(cid, parent), **kw)  # fmt: skip

    def delete_collection(self, cid: int, **kw: Any) -> bool:
        """Delete a collection and those under it (documents stay)."""
        return self.ops.write(Operation.DELETE_COLLECTION,
                              lambda a: a.annotations.collections.delete(cid), **kw)  # fmt: skip

    def collect(self, cid: int, doc_ids: Iterable[int], **kw: Any) -> bool:
        """Put documents into a collection (one undoable change)."""
        docs = list(doc_ids)
        return self.ops.write(Operation.COLLECT,
                              lambda a: a.annotations.collections.put(cid, docs), docs=docs, **kw)  # fmt: skip

    def uncollect(self, cid: int, doc_ids: Iterable[int], **kw: Any) -> bool:
        """Take documents out of a collection (one undoable change)."""
        docs = list(doc_ids)
        return self.ops.write(Operation.UNCOLLECT,
                              lambda a: a.annotations.collections.take(cid, docs), docs=docs, **kw)  # fmt: skip

    def add_saved(self, name: str, query: str, **kw: Any) -> bool:
        """Save a search (``extra["saved_search"]`` of the Change: its id)."""
        return self.ops.write(Operation.SAVE_SEARCH,
                              lambda a: a.annotations.saved.add(name, query), **kw)  # fmt: skip

    def rename_saved(self, sid: int, name: str, **kw: Any) -> bool:
        """Rename a saved search."""
        return self.ops.write(Operation.RENAME_SAVED_SEARCH,
                              lambda a: a.annotations.saved.rename(sid, name), **kw)  # fmt: skip

    def update_saved(self, sid: int, query: str, **kw: Any) -> bool:
        """Change the query of a saved search."""
        return self.ops.write(Operation.EDIT_SAVED_SEARCH,
                              lambda a: a.annotations.saved.update(sid, query), **kw)  # fmt: skip

    def remove_saved(self, sid: int, **kw: Any) -> bool:
        """Delete a saved search."""
        return self.ops.write(Operation.DELETE_SAVED_SEARCH,
                              lambda a: a.annotations.saved.remove(sid), **kw)  # fmt: skip
