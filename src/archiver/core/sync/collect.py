"""``collect``: the payload of an archive — all of it, some documents, or what changed since a
date — with every record the chosen ones need (a payload never names a record it lacks)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.errors import Invalid, UnknownDocument
from archiver.core.originals import RECIPE
from archiver.core.store import changelog, portable
from archiver.core.store import journal as log
from archiver.core.store.journal import PARENTS
from archiver.core.sync.ops import named_uuids
from archiver.core.sync.payload import FORMAT, Payload

if TYPE_CHECKING:
    from archiver.core.archive import Archive

Rows = dict[str, dict[int, dict[str, Any]]]  # table -> id -> row (link rows: a running number)
_CHILDREN = {"document": (("span", "document_id"), ("mention", "document_id"),
                          ("commitment", "document_id"), ("document_tag", "document_id"),
                          ("document_collection", "document_id"),
                          ("suggestion_block", "document_id"), ("memo", "document_id")),
             "commitment": (("commitment_actor", "commitment_id"),),
             "span": (("span_tag", "span_id"),),
             "participant": (("participant_alias", "participant_id"),
                             ("suggestion_block", "participant_id"), ("memo", "participant_id"))}  # fmt: skip
"""Rows that go with a record chosen for itself (a document's annotations, a commitment's
actors, a participant's aliases); a record chosen only because another names it takes its
aliases and actors, not a document's annotations."""


def collect(
    archive: Archive, *, documents: Iterable[int] | None = None, since: str | None = None
) -> Payload:
    """The payload of an archive: everything, these documents (with the records that hang on
    them and every participant and collection they name, with parents; and every saved
    search), or the documents imported or changed and the changes made at or after ``since``
    (an ISO date or time)."""
    db = archive.db
    archive.annotations.ensure_ready()
    rows = _all_rows(db)
    if documents is None and since is None:
        chosen = {t: set(r) for t, r in rows.items()}
        changes = changelog.entries(db)
    else:
        seeds = _seeds(db, rows, documents, since)
        chosen = _closure(rows, seeds)
        changes = changelog.entries(db, since=since)
    maps = {t: {i: r["uuid"] for i, r in rows[t].items()} for t in rows if portable.has_uuid(t)}
    records = {
        t: [portable.to_portable(t, rows[t][i], lambda tt, ii: maps[tt].get(ii))
            for i in sorted(chosen.get(t, ()))]
        for t in portable.RECORDS
    }  # fmt: skip
    refs = portable.references(db, "document")  # columns naming a record: sent as its UUID
    docs = [{k: maps[refs[k]].get(v) if k in refs and v is not None else v
             for k, v in rows["document"][i].items() if k not in ("id", RECIPE)}
            for i in sorted(chosen.get("document", ()))]  # fmt: skip
    held = {d["uuid"] for d in docs} | {
        r["uuid"] for t in records.values() for r in t if "uuid" in r
    }
    if documents is not None:  # a change naming a record left out would not apply there
        changes = [c for c in changes if named_uuids(c.ops) <= held]
    return Payload(FORMAT, log.replica(db), store.now(), archive.annotations.journal.author(),
                   docs, {t: r for t, r in records.items() if r},
                   [_change_json(c) for c in changes])  # fmt: skip


def _change_json(entry: changelog.Entry) -> dict[str, Any]:
    return {"uuid": entry.uuid, "at": entry.at, "author": entry.author, "replica": entry.replica,
            "kind": entry.kind, "summary": entry.summary, "ops": entry.ops}  # fmt: skip


def _all_rows(db: Any) -> Rows:
    found: Rows = {"document": {r["id"]: r for r in portable.rows(db, "document")}}
    for table in portable.RECORDS:
        listed = portable.rows(db, table)
        found[table] = {r.get("id", n): r for n, r in enumerate(listed)}
    return found


def _seeds(
    db: Any, rows: Rows, documents: Iterable[int] | None, since: str | None
) -> set[tuple[str, int]]:
    """The records chosen for themselves."""
    seeds: set[tuple[str, int]] = set()
    if documents is not None:
        for doc_id in documents:
            if int(doc_id) not in rows["document"]:
                raise UnknownDocument(int(doc_id))
            seeds.add(("document", int(doc_id)))
        seeds.update(("saved_search", i) for i in rows["saved_search"])  # the archive's own
    if since is not None:
        if not since[:4].isdigit():
            raise Invalid(f"since: {since!r} is not an ISO date (YYYY-MM-DD)")
        for table, by_id in rows.items():
            for row_id, row in by_id.items():
                stamps = (row.get("imported_at"), row.get("modified_at"), row.get("created_at"),
                          row.get("trashed_at"))  # fmt: skip
                if any(s and str(s) >= since for s in stamps):
                    seeds.add((table, row_id))
        named = {u for e in changelog.entries(db, since=since) for u in named_uuids(e.ops)}
        by_uuid = {r["uuid"]: (t, i) for t, by_id in rows.items() for i, r in by_id.items()
                   if "uuid" in r}  # fmt: skip
        seeds.update(by_uuid[u] for u in named if u in by_uuid)
    return seeds


def _closure(rows: Rows, seeds: set[tuple[str, int]]) -> dict[str, set[int]]:
    """The seeds, the rows that go with them, and every record those name, at any depth."""
    children: dict[tuple[str, str], dict[int, list[int]]] = {}
    for parent, kinds in _CHILDREN.items():
        for table, column in kinds:
            index = children.setdefault((parent, table), {})
            for row_id, row in rows[table].items():
                index.setdefault(row[column], []).append(row_id)
    chosen: set[tuple[str, int]] = set()
    todo = [(t, i, True) for t, i in seeds]
    while todo:
        table, row_id, itself = todo.pop()
        if (table, row_id) in chosen and not itself:
            continue
        chosen.add((table, row_id))
        row = rows[table].get(row_id, {})
        todo += [(PARENTS[c], v, False) for c, v in row.items()
                 if c in PARENTS and v is not None and (PARENTS[c], v) not in chosen]  # fmt: skip
        for child, _column in _CHILDREN.get(table, ()):
            if table == "document" and not itself:
                continue
            todo += [(child, i, False) for i in children[(table, child)].get(row_id, ())
                     if (child, i) not in chosen]  # fmt: skip
    found: dict[str, set[int]] = {}
    for table, row_id in chosen:
        found.setdefault(table, set()).add(row_id)
    return found
