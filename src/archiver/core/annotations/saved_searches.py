"""Saved searches (smart collections): a query kept under a name and run again each time it is
opened; saved, renamed, changed and removed (each change one journaled step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from archiver.core.annotations.model import SavedSearch
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid, NotFound
from archiver.core.search import query as q
from archiver.core.store import saved_searches as rows

if TYPE_CHECKING:
    import sqlite3

    from archiver.core.annotations.journal import Journal

MAX_NAME_CHARS = 200


def _checked_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise Invalid(f"a saved search needs a name (got {text!r})")
    if len(name) > MAX_NAME_CHARS:
        raise Invalid(f"a saved search's name has at most {MAX_NAME_CHARS} characters "
                      f"({name[:40]!r}… has {len(name)})")  # fmt: skip
    return name


def _checked_query(text: str) -> str:
    """The query as it will be run; Invalid (the parser's reason) when it cannot be."""
    query = text.strip()
    if isinstance(q.parse(query), q.Empty):
        raise Invalid(f"query {text!r} has nothing to search for")
    return query


def _record(row: sqlite3.Row) -> SavedSearch:
    return SavedSearch(int(row["id"]), str(row["uuid"] or ""), str(row["name"]),
                       str(row["query"]), str(row["created_at"]))  # fmt: skip


class SavedSearches:
    """The saved searches of one archive."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.db = journal.db

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        return [_record(r) for r in rows.all_rows(self.db)]

    def get(self, sid: int) -> SavedSearch:
        """One saved search; NotFound when there is none with this id."""
        row = rows.row(self.db, sid)
        if row is None:
            raise NotFound(f"no saved search #{sid}")
        return _record(row)

    def find(self, name: str) -> SavedSearch:
        """The saved search called ``name`` (case aside); NotFound when there is none."""
        row = rows.named(self.db, " ".join(name.split()))
        if row is None:
            raise NotFound(f"no saved search named {name!r}")
        return _record(row)

    def add(self, name: str, query: str) -> Change:
        """Save a query under a name; Invalid when the name is taken or the query is not one."""
        name, query = _checked_name(name), _checked_query(query)
        if rows.named(self.db, name) is not None:
            raise Invalid(f"there is a saved search named {name!r} already")
        with self.journal.change(ChangeKind.ADD_SAVED_SEARCH, names=[name]) as step:
            step.extra["saved_search"] = rows.add(step.log, name, query)
        return step.result

    def rename(self, sid: int, new_name: str) -> Change:
        """Give a saved search another name (unique, case aside)."""
        name, saved = _checked_name(new_name), self.get(sid)
        held = rows.named(self.db, name)
        if held is not None and int(held["id"]) != sid:
            raise Invalid(f"there is a saved search named {name!r} already")
        with self.journal.change(ChangeKind.RENAME_SAVED_SEARCH,
                                 names=[saved.name, name]) as step:  # fmt: skip
            rows.update(step.log, sid, {"name": name})
            step.extra["saved_search"] = sid
        return step.result

    def update(self, sid: int, query: str) -> Change:
        """Change the query a saved search runs."""
        query, saved = _checked_query(query), self.get(sid)
        with self.journal.change(ChangeKind.UPDATE_SAVED_SEARCH, names=[saved.name]) as step:
            if query != saved.query:
                rows.update(step.log, sid, {"query": query})
            step.extra["saved_search"] = sid
        return step.result

    def remove(self, sid: int) -> Change:
        """Delete a saved search (the documents it found are not touched)."""
        saved = self.get(sid)
        with self.journal.change(ChangeKind.REMOVE_SAVED_SEARCH, names=[saved.name]) as step:
            rows.remove(step.log, sid)
            step.extra["saved_search"] = sid
        return step.result
