"""Free tags on documents, hierarchical by name (``region/levant``): put on and take off one or
many documents, rename and delete a tag with the tags under it, list them as a tree (each
change one journaled step)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core.annotations.model import TagCount, TagNode
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid, NotFound, UnknownDocument
from archiver.core.store import documents as document_rows
from archiver.core.store import tags as rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal

SEPARATOR = "/"
MAX_TAG_CHARS = 200


def tag_name(text: str) -> str:
    """A tag as stored: parts split on "/", each part's spaces folded (a comma is a space: it
    splits lists), empty parts dropped (``" Region / Levant "`` -> ``"Region/Levant"``)."""
    parts = (" ".join(part.replace(",", " ").split()) for part in text.split(SEPARATOR))
    return SEPARATOR.join(part for part in parts if part)


def _checked_name(text: str) -> str:
    name = tag_name(text)
    if not name:
        raise Invalid(f"a tag cannot be empty (got {text!r})")
    if len(name) > MAX_TAG_CHARS:
        raise Invalid(f"a tag has at most {MAX_TAG_CHARS} characters ({name[:40]!r}… has "
                      f"{len(name)})")  # fmt: skip
    return name


class Tags:
    """The free tags of one archive."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.db = journal.db

    def of(self, doc_id: int) -> list[str]:
        """Free tags of a document, by name."""
        return rows.names_of(self.db, doc_id)

    def all(self) -> list[TagCount]:
        """Every tag with its document count."""
        return [TagCount(name, count) for name, count in rows.counts(self.db)]

    def tree(self) -> list[TagNode]:
        """The tags as a tree: top levels by name, each with the levels under it."""
        counts = rows.counts(self.db)
        own = {name.casefold(): count for name, count in counts}
        spelled: dict[str, str] = {}  # folded path -> the first spelling met, by name order
        for name, _ in counts:
            parts = name.split(SEPARATOR)
            for depth in range(1, len(parts) + 1):
                path = SEPARATOR.join(parts[:depth])
                spelled.setdefault(path.casefold(), path)
        totals = self._totals([p for p in spelled])
        return self._level("", spelled, own, totals)

    def _totals(self, folded_paths: list[str]) -> dict[str, int]:
        """Each path's documents, with those of the tags under it, each counted once."""
        carried: dict[str, set[int]] = {}
        for name, doc_id in rows.live_pairs(self.db):
            parts = name.casefold().split(SEPARATOR)
            for depth in range(1, len(parts) + 1):
                carried.setdefault(SEPARATOR.join(parts[:depth]), set()).add(doc_id)
        return {p: len(carried.get(p, ())) for p in folded_paths}

    def _level(
        self, prefix: str, spelled: dict[str, str], own: dict[str, int], totals: dict[str, int]
    ) -> list[TagNode]:
        depth = prefix.count(SEPARATOR) + 2 if prefix else 1
        here = sorted((folded for folded in spelled if folded.count(SEPARATOR) == depth - 1
                       and (not prefix or folded.startswith(prefix + SEPARATOR))),
                      key=lambda f: spelled[f].casefold())  # fmt: skip
        return [TagNode(spelled[f].rsplit(SEPARATOR, 1)[-1], spelled[f], own.get(f, 0),
                        totals.get(f, 0), tuple(self._level(f, spelled, own, totals)))
                for f in here]  # fmt: skip

    def documents(self, name: str, *, children: bool = True) -> list[int] | None:
        """The documents carrying the tag ``name`` or, with ``children``, any tag under it
        (the trash's included), by id; None: no tag has this name or is under it."""
        name = tag_name(name)
        if not children:
            tag_id = rows.tag_id(self.db, name)
            return None if tag_id is None else rows.documents_with(self.db, tag_id)
        found = rows.under(self.db, name)
        return rows.documents_with_any(self.db, [i for i, _ in found]) if found else None

    def names_under(self, name: str) -> list[str]:
        """The tag called ``name`` and every tag under it, by name; when no tag has that path,
        the tags at or below every node of that name (``elections`` for
        ``lebanon/elections`` and ``iraq/elections/local``)."""
        path = tag_name(name)
        found = [n for _, n in rows.under(self.db, path)]
        if found or not path:
            return found
        return rows.below_a_node(self.db, path)

    def add(self, doc_id: int, name: str) -> Change:
        """Put a free tag on a document (created on first use)."""
        return self.add_many([doc_id], [name])

    def remove(self, doc_id: int, name: str) -> Change:
        """Take a free tag off a document (a tag it does not carry: nothing is journaled)."""
        return self.remove_many([doc_id], [name])

    def add_many(self, doc_ids: Iterable[int], names: Iterable[str]) -> Change:
        """Put every tag on every document, in one step (tags created on first use; pairs
        already there are left as they are, and nothing new journals nothing)."""
        docs, tags = self._documents(doc_ids), _unique(_checked_name(n) for n in names)
        if not tags:
            raise Invalid("no tag given")
        with self.journal.change(ChangeKind.ADD_TAG, documents=docs, names=tags) as step:
            for name in tags:
                tag_id = rows.tag_id(self.db, name)
                if tag_id is None:
                    tag_id = rows.add_tag(step.log, name)
                for doc_id in docs:
                    if not rows.carries(self.db, doc_id, tag_id):
                        rows.tag_document(step.log, doc_id, tag_id)
            step.reindex = bool(step.log.ops)  # nothing new: the index has it already
        return step.result

    def remove_many(self, doc_ids: Iterable[int], names: Iterable[str]) -> Change:
        """Take every tag off every document, in one step (the tag itself stays, with its
        other documents); tags a document does not carry are passed over."""
        docs, tags = self._documents(doc_ids), _unique(tag_name(n) for n in names)
        with self.journal.change(ChangeKind.REMOVE_TAG, documents=docs, names=tags) as step:
            for name in tags:
                tag_id = rows.tag_id(self.db, name)
                if tag_id is None:
                    continue
                for doc_id in docs:
                    if rows.carries(self.db, doc_id, tag_id):
                        rows.untag_document(step.log, doc_id, tag_id)
            step.reindex = bool(step.log.ops)
        return step.result

    def rename(self, old: str, new: str) -> Change:
        """Rename a tag and every tag under it (``region`` -> ``area`` makes ``region/levant``
        ``area/levant``); onto a name that exists already, the two are merged."""
        old_name, new_name = tag_name(old), _checked_name(new)
        found = rows.under(self.db, old_name)
        if not found:
            raise NotFound(f"no tag named {old_name!r}")
        if new_name.casefold().startswith(old_name.casefold() + SEPARATOR):
            raise Invalid(f"cannot rename {old_name!r} to {new_name!r}, a tag under itself")
        docs = rows.documents_with_any(self.db, [i for i, _ in found])
        with self.journal.change(ChangeKind.RENAME_TAG, documents=docs,
                                 names=[old_name, new_name]) as step:  # fmt: skip
            for tag_id, name in found:
                renamed = new_name + name[len(old_name) :]
                held = rows.tag_id(self.db, renamed)
                if held is None or held == tag_id:
                    rows.rename_tag(step.log, tag_id, renamed)
                    continue
                for doc_id in rows.documents_with(self.db, tag_id):  # merged into ``held``
                    rows.untag_document(step.log, doc_id, tag_id)
                    if not rows.carries(self.db, doc_id, held):
                        rows.tag_document(step.log, doc_id, held)
                rows.remove_tag(step.log, tag_id)
        return step.result

    def delete(self, name: str) -> Change:
        """Delete a tag and every tag under it, taken off every document (documents stay)."""
        name = tag_name(name)
        found = rows.under(self.db, name)
        if not found:
            raise NotFound(f"no tag named {name!r}")
        docs = rows.documents_with_any(self.db, [i for i, _ in found])
        with self.journal.change(ChangeKind.DELETE_TAG, documents=docs, names=[name]) as step:
            for tag_id, _ in found:
                for doc_id in rows.documents_with(self.db, tag_id):
                    rows.untag_document(step.log, doc_id, tag_id)
                rows.remove_tag(step.log, tag_id)
            step.count = len(found)
        return step.result

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


def _unique(names: Iterable[str]) -> list[str]:
    """Names in their order, each once (case aside), empty ones left out."""
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())
