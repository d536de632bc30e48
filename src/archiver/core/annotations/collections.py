"""Collections of documents: hierarchical (a parent collection), a document in any number; made,
renamed, moved and deleted (with the collections under it), documents put in and taken out
(each change one journaled step). A collection is named by its path from the top
("Ukraine/aid") or, when no other has that name, by its name alone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core.annotations.model import Collection
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Ambiguous, Invalid, NotFound, UnknownDocument
from archiver.core.store import collections as rows
from archiver.core.store import documents as document_rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal

SEPARATOR = "/"
MAX_NAME_CHARS = 200


def split_path(text: str) -> list[str]:
    """A collection path's names: split on "/", each name's spaces folded, empty ones dropped."""
    parts = (" ".join(part.split()) for part in text.split(SEPARATOR))
    return [part for part in parts if part]


def _checked_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise Invalid(f"a collection needs a name (got {text!r})")
    if SEPARATOR in name:
        raise Invalid(f"a collection's name cannot hold {SEPARATOR!r} (it separates the names "
                      f"of a path): {name!r}")  # fmt: skip
    if len(name) > MAX_NAME_CHARS:
        raise Invalid(f"a collection's name has at most {MAX_NAME_CHARS} characters "
                      f"({name[:40]!r}… has {len(name)})")  # fmt: skip
    return name


class _Tree:
    """Every collection's row, read once: paths, children, subtrees."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.rows = {int(r["id"]): r for r in rows.all_rows(db)}  # by name
        self.children: dict[int | None, list[int]] = {}
        for cid, row in self.rows.items():
            self.children.setdefault(row["collection_parent_id"], []).append(cid)

    def path(self, cid: int) -> str:
        names, seen = [], set()
        current: int | None = cid
        while current is not None and current not in seen:
            seen.add(current)
            names.append(str(self.rows[current]["name"]))
            current = self.rows[current]["collection_parent_id"]
        return SEPARATOR.join(reversed(names))

    def subtree(self, cid: int) -> list[int]:
        """The collection and every one under it, parents before children."""
        found, todo = [], [cid]
        while todo:
            current = todo.pop(0)
            found.append(current)
            todo += self.children.get(current, [])
        return found

    def ordered(self) -> list[int]:
        """Every collection, parents before children, siblings by name."""
        found: list[int] = []
        for top in self.children.get(None, []):
            found += self._depth_first(top)
        return found

    def _depth_first(self, cid: int) -> list[int]:
        found = [cid]
        for child in self.children.get(cid, []):
            found += self._depth_first(child)
        return found


class Collections:
    """The collections of one archive."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.db = journal.db

    # -- reads -----------------------------------------------------------------------------

    def all(self) -> list[Collection]:
        """Every collection, parents before children, siblings by name."""
        tree = _Tree(self.db)
        return self._records(tree, tree.ordered())

    def get(self, cid: int) -> Collection:
        """One collection; NotFound when there is none with this id."""
        tree = _Tree(self.db)
        if cid not in tree.rows:
            raise NotFound(f"no collection #{cid}")
        return self._records(tree, [cid])[0]

    def matching(self, name_or_path: str) -> list[Collection]:
        """The collections a name stands for: the one at that path from the top, else every
        collection with that name (none: an empty list)."""
        tree = _Tree(self.db)
        return self._records(tree, self._ids_for(tree, name_or_path))

    def find(self, name_or_path: str) -> Collection:
        """The one collection a path or name stands for; NotFound, or Ambiguous (naming each
        path) when several collections have that name."""
        found = self.matching(name_or_path)
        if not found:
            raise NotFound(f"no collection named {name_or_path!r}")
        if len(found) > 1:
            paths = ", ".join(repr(c.path) for c in found)
            raise Ambiguous(f"{len(found)} collections are named {name_or_path!r} ({paths}): "
                            "give the path", found)  # fmt: skip
        return found[0]

    def of(self, doc_id: int) -> list[Collection]:
        """The collections a document is in, by path."""
        tree = _Tree(self.db)
        found = self._records(tree, rows.collections_of(self.db, doc_id))
        return sorted(found, key=lambda c: c.path.casefold())

    def documents(self, cid: int, *, children: bool = True) -> list[int]:
        """The documents in a collection (and, with ``children``, in those under it), out of
        the trash, by id; NotFound when there is no such collection."""
        tree = _Tree(self.db)
        if cid not in tree.rows:
            raise NotFound(f"no collection #{cid}")
        wanted = tree.subtree(cid) if children else [cid]
        return sorted({doc for _, doc in rows.members(self.db, wanted)})

    def index_values(self, name_or_path: str) -> list[str]:
        """What ``collection:NAME`` stands for in the index: the collections it names and
        every collection under them ("c12")."""
        tree = _Tree(self.db)
        found = {c for cid in self._ids_for(tree, name_or_path) for c in tree.subtree(cid)}
        return [f"c{cid}" for cid in sorted(found)]

    def _ids_for(self, tree: _Tree, name_or_path: str) -> list[int]:
        parts = split_path(name_or_path)
        if not parts:
            return []
        current: int | None = None
        for part in parts:
            current = next((c for c in tree.children.get(current, [])
                            if str(tree.rows[c]["name"]).casefold() == part.casefold()), None)  # fmt: skip
            if current is None:
                break
        if current is not None:
            return [current]
        if len(parts) > 1:
            return []
        return sorted(c for c, r in tree.rows.items()
                      if str(r["name"]).casefold() == parts[0].casefold())  # fmt: skip

    def _records(self, tree: _Tree, cids: Iterable[int]) -> list[Collection]:
        cids = list(cids)
        counts = rows.counts(self.db)
        wanted = {c: tree.subtree(c) for c in cids}
        inside: dict[int, set[int]] = {}
        for cid, doc in rows.members(self.db, {c for sub in wanted.values() for c in sub}):
            inside.setdefault(cid, set()).add(doc)
        found = []
        for cid in cids:
            row = tree.rows[cid]
            total = set().union(*(inside.get(c, set()) for c in wanted[cid]))
            found.append(Collection(cid, str(row["uuid"] or ""), str(row["name"]), tree.path(cid),
                                    row["collection_parent_id"], counts.get(cid, 0), len(total),
                                    str(row["created_at"])))  # fmt: skip
        return found

    # -- changes ---------------------------------------------------------------------------

    def add(self, path: str, parent: int | None = None, documents: Iterable[int] = ()) -> Change:
        """Make a collection at ``path`` (under ``parent``; the collections above it on the path
        are made when missing) and put ``documents`` in it, in one step (one undo takes back
        both); Invalid when it exists already."""
        names = [_checked_name(part) for part in split_path(path)]
        if not names:
            raise Invalid(f"a collection needs a name (got {path!r})")
        tree = _Tree(self.db)
        if parent is not None and parent not in tree.rows:
            raise NotFound(f"no collection #{parent}")
        docs = self._documents(documents) if documents else []
        current = parent
        with self.journal.change(ChangeKind.ADD_COLLECTION) as step:
            for depth, name in enumerate(names):
                held = rows.child_named(self.db, current, name)
                if held is not None and depth == len(names) - 1:
                    where = tree.path(held)
                    raise Invalid(f"there is a collection {where!r} already")
                current = held if held is not None else rows.add(step.log, name, current)
            assert current is not None  # names is never empty
            step.extra["collection"] = current
            step.names.append(self._path(current))
            for doc_id in docs:
                rows.put(step.log, current, doc_id)
                step.documents.add(doc_id)
            step.count = len(docs)
        return step.result

    def rename(self, cid: int, new_name: str) -> Change:
        """Give a collection another name (unique among its siblings, case aside)."""
        name, collection = _checked_name(new_name), self.get(cid)
        held = rows.child_named(self.db, collection.parent_id, name)
        if held is not None and held != cid:
            raise Invalid(f"there is a collection {self._path(held)!r} already")
        with self.journal.change(ChangeKind.RENAME_COLLECTION, names=[collection.path]) as step:
            rows.update(step.log, cid, name=name)
            step.extra["collection"] = cid
            step.names.append(self._path(cid))
        return step.result

    def move(self, cid: int, new_parent: int | None) -> Change:
        """Put a collection under another (None: at the top), with everything under it;
        Invalid into itself or under itself, or next to one of the same name."""
        tree, collection = _Tree(self.db), self.get(cid)
        if new_parent is not None:
            if new_parent not in tree.rows:
                raise NotFound(f"no collection #{new_parent}")
            if new_parent in tree.subtree(cid):
                raise Invalid(f"cannot move {collection.path!r} into itself or a collection "
                              "under it")  # fmt: skip
        held = rows.child_named(self.db, new_parent, collection.name)
        if held is not None and held != cid:
            raise Invalid(f"there is a collection {tree.path(held)!r} already")
        with self.journal.change(ChangeKind.MOVE_COLLECTION, names=[collection.path]) as step:
            rows.update(step.log, cid, parent=new_parent)
            step.extra["collection"] = cid
            step.names.append(self._path(cid))
        return step.result

    def delete(self, cid: int) -> Change:
        """Delete a collection and every collection under it (documents stay in the archive)."""
        tree, collection = _Tree(self.db), self.get(cid)
        doomed = tree.subtree(cid)
        docs = {d for c in doomed for d in rows.documents_in(self.db, c)}
        with self.journal.change(ChangeKind.DELETE_COLLECTION, documents=docs,
                                 names=[collection.path]) as step:  # fmt: skip
            for current in reversed(doomed):  # children first: nothing is left to cascade
                for doc_id in rows.documents_in(self.db, current):
                    rows.take(step.log, current, doc_id)
                rows.remove(step.log, current)
            step.extra["collection"] = cid
            step.count = len(doomed)
        return step.result

    def put(self, cid: int, doc_ids: Iterable[int]) -> Change:
        """Put documents into a collection, in one step (those in it already are left)."""
        path, docs = self.get(cid).path, self._documents(doc_ids)
        with self.journal.change(ChangeKind.COLLECT, names=[path]) as step:
            for doc_id in docs:
                if not rows.holds(self.db, cid, doc_id):
                    rows.put(step.log, cid, doc_id)
                    step.documents.add(doc_id)
            step.extra["collection"] = cid
            step.count = len(step.documents)
        return step.result

    def take(self, cid: int, doc_ids: Iterable[int]) -> Change:
        """Take documents out of a collection, in one step (those not in it are passed over)."""
        path, docs = self.get(cid).path, self._documents(doc_ids)
        with self.journal.change(ChangeKind.UNCOLLECT, names=[path]) as step:
            for doc_id in docs:
                if rows.holds(self.db, cid, doc_id):
                    rows.take(step.log, cid, doc_id)
                    step.documents.add(doc_id)
            step.extra["collection"] = cid
            step.count = len(step.documents)
        return step.result

    def _path(self, cid: int) -> str:
        return _Tree(self.db).path(cid)

    def _documents(self, doc_ids: Iterable[int]) -> list[int]:
        """The ids asked for, each once; UnknownDocument (nothing written) for one not held."""
        docs = sorted(set(doc_ids))
        if not docs:
            raise Invalid("no document given")
        held = document_rows.trashed_state(self.db, docs)
        missing = [d for d in docs if d not in held]
        if missing:
            raise UnknownDocument(missing[0])
        return docs
