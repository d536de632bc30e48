"""The journal of every change (documents and annotations): each step in one transaction,
recorded with who, when, what and its inverse; undo, redo and the history.

A step is opened with ``Journal.change(kind, ...)``; it writes through the journaled writes of
the tables' own store modules, given its ``step.log`` (a ``store.journal.RowLog``, which keeps
the inverse of every row they insert, delete or update). When the block ends the step is
committed with one ``annotation_log`` entry (its ``Change`` as JSON, the author and the
inverse), then the documents it touched are re-indexed.

Undo replays an entry's inverse and keeps the entry, marked undone, with the operations that
replaying returned (the forward ones): redo replays those. Entries stay in the history either
way; a new change makes the undone ones unredoable (the usual linear rule). ``undo`` of an
older entry refuses (``HasDependents``) when a later change that is still done wrote or
named the same records, unless forced.
"""

from __future__ import annotations

import getpass
import itertools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from archiver.core import store
from archiver.core.change_words import describe
from archiver.core.changes import Change, ChangeKind, HistoryEntry
from archiver.core.errors import HasDependents, Invalid, NotFound, ReadOnly
from archiver.core.idsets import IdRanges
from archiver.core.progress import CancelToken, Progress
from archiver.core.store import changelog, identity, portable
from archiver.core.store import journal as log
from archiver.core.store import participants as participant_rows

Reindex = Callable[[list[int], Progress | None, CancelToken | None], object]
"""Re-index these documents (``Indexer.reindex``): with progress, and cancel."""
LOG_KEEP = 5000  # journal entries kept (the history's length)
LOCAL_KINDS = frozenset({ChangeKind.MERGE})
"""Changes that stay in this copy's change log only as what they bring in: a merge writes the
other copy's changes themselves, and undoing or redoing it is this copy's decision alone."""


def author(setting: str | None = None) -> str:
    """Who makes changes: the name set in the settings, else ``ARCHIVER_USER``, else the name
    the system knows the user by."""
    if setting and setting.strip():
        return setting.strip()
    name = os.environ.get("ARCHIVER_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a container, a service)
        return "unknown"


class Step:
    """One journaled step: its row log, and the kind and ids of the Change it makes (its
    documents as an ``IdRanges`` when given so: an import batch's, kept as a few numbers)."""

    def __init__(
        self,
        db: sqlite3.Connection,
        kind: ChangeKind,
        participants: Iterable[int] = (),
        commitments: Iterable[int] = (),
        documents: Iterable[int] = (),
        names: Iterable[str] = (),
    ) -> None:
        self.db = db
        self.log = log.RowLog(db)
        self.kind = kind
        self.participants: list[int] = list(participants)
        self.commitments: list[int] = list(commitments)
        self.batch = documents if isinstance(documents, IdRanges) else None
        self.documents: set[int] = set() if self.batch is not None else set(documents)
        self.names: list[str] = list(names)
        self.count = 0
        self.extra: dict[str, Any] = {}
        self.aliases_changed = False  # the matcher must be rebuilt
        self.reindex = True  # False: the index already has the step's documents (an import)
        self.uuid = identity.fresh()  # the journal entry's, and the change log's
        self._result: Change | None = None

    @property
    def result(self) -> Change:
        """The Change this step made: journaled (with its id) once the step is committed."""
        return self._result if self._result is not None else self.change()

    def name(self, *, participant: int | None = None, commitment: int | None = None) -> None:
        """Add a participant or a commitment to the ids the change is about."""
        if participant is not None and participant not in self.participants:
            self.participants.append(participant)
        if commitment is not None and commitment not in self.commitments:
            self.commitments.append(commitment)

    def change(self, entry_id: int = 0, at: str = "", *, documents: bool = True) -> Change:
        """What this step did, as a Change (without its documents: for the journal's JSON,
        which holds them in a column of their own)."""
        docs: Sequence[int] = () if not documents else (
            self.batch if self.batch is not None else tuple(sorted(self.documents)))  # fmt: skip
        return Change(
            self.kind, entry_id, at, tuple(self.participants), tuple(self.commitments),
            docs, tuple(self.names), self.count, dict(self.extra),
        )  # fmt: skip

    def documents_json(self) -> list[Any]:
        """The documents as the journal's column holds them: ids, runs of three or more as
        ``[first, last]`` (a merge's thousands of new documents in a few numbers)."""
        return (self.batch if self.batch is not None else IdRanges(self.documents)).to_json()


class Journal:
    """The journaled steps of one archive: open one, undo and redo them, list the history."""

    def __init__(
        self,
        db: sqlite3.Connection,
        prepare: Callable[[], None],
        *,
        readonly: bool,
        reindex: Reindex,
        author: str | None = None,
        protect_names: Callable[..., object] = lambda **_: None,
    ) -> None:
        self.db = db
        self.readonly = readonly
        self._prepare = prepare
        self._reindex = reindex
        self._protect_names = protect_names  # the names kept whole by the analysis, refreshed
        self.author_setting = author  # the user's name from the settings, if any
        self.latest: Change | None = None  # the last step this object journaled

    def author(self) -> str:
        """Who the changes made now are by."""
        return author(self.author_setting)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that is not journaled (seeding, re-folding)."""
        if self.readonly:
            raise ReadOnly("this archive is open read-only (another process is writing)")
        with store.transaction(self.db):
            yield

    @contextmanager
    def change(
        self,
        kind: ChangeKind,
        *,
        participants: Iterable[int] = (),
        commitments: Iterable[int] = (),
        documents: Iterable[int] = (),
        names: Iterable[str] = (),
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Iterator[Step]:
        """One journaled step: a transaction, a journal entry, then re-indexing.

        After the block, ``step.result`` (and ``self.latest``) is the journaled Change;
        a step that wrote nothing journals nothing. ``documents`` as an ``IdRanges`` are
        journaled as its runs (an import batch). ``progress`` and ``cancel`` are the
        re-indexing's (cancelled, the step stays made and the next open indexes the rest).
        """
        self._prepare()
        step = Step(self.db, kind, participants, commitments, documents, names)
        with self._names_kept(lambda: step.aliases_changed), self.transaction():
            yield step
            if step.aliases_changed:
                self._protect_names()  # a new name: its aliases refolded with it kept whole
                participant_rows.bump_alias_generation(self.db)
            if step.log.ops:
                at, who = store.now(), self.author()
                data = step.change(at=at, documents=False).to_json()
                entry = log.append(self.db, at, who, kind.value, step.documents_json(),
                                   step.log.ops, data, step.uuid)  # fmt: skip
                log.trim(self.db, LOG_KEEP)
                step._result = self.latest = step.change(entry, at)
                if kind not in LOCAL_KINDS:
                    self._travel(step.uuid, at, kind.value, step.result, step.log.effects)
        if step.documents and step.reindex:
            self._reindex(sorted(step.documents), progress, cancel)

    @contextmanager
    def _names_kept(self, changed: Callable[[], bool]) -> Iterator[None]:
        """The protected names brought back to the store's when a transaction that changed
        aliases fails (they were set for what it wrote)."""
        try:
            yield
        except BaseException:
            if changed():
                self._protect_names(refold=False)
            raise

    # -- what undo and redo would take -----------------------------------------------------

    def marks(self) -> tuple[int, int]:
        """Where the journal stands now (newest entry, last undo): a window's starting point,
        for ``undo_last(since=…)`` and ``redo_last(since=…)`` to stay within its own changes."""
        return log.marks(self.db)

    def last_change(self, since: tuple[int, int] = (0, 0)) -> Change | None:
        """The change ``undo_last`` would take back (None: nothing to undo)."""
        entry = log.newest_done(self.db, since[0])
        return _change_of(entry) if entry else None

    def next_redo(self, since: tuple[int, int] = (0, 0)) -> Change | None:
        """The change ``redo_last`` would re-apply (None: nothing to redo)."""
        entry = log.newest_redoable(self.db, since[1])
        return _change_of(entry) if entry else None

    def history(self, limit: int = 100, offset: int = 0) -> list[HistoryEntry]:
        """The journal, newest first: each change with its author and undo state; after each
        merge, the changes it brought in from another copy (their own author and time)."""
        entries = [_history_of(e) for e in log.entries(self.db, limit, offset)]
        merges = [e.uuid for e in entries if e.change.kind is ChangeKind.MERGE]
        if not merges:
            return entries
        brought = changelog.merged_via(self.db, merges)
        found: list[HistoryEntry] = []
        for entry in entries:
            found.append(entry)
            found += [_merged_entry(self.db, c) for c in brought.get(entry.uuid, [])]
        return found[:limit]

    def recent_imports(self, limit: int = 8) -> list[Change]:
        """The latest import batches still in effect, newest first: each names its documents."""
        return [_change_of(e) for e in log.entries_of_kind(self.db, ChangeKind.IMPORT.value, limit)]

    def recent_merges(self, limit: int = 8) -> list[tuple[Change, IdRanges]]:
        """The latest merges still in effect, newest first, each with the documents it brought
        in (those its undo would put in the trash; none for a merge of changes alone)."""
        found = []
        for entry in log.entries_of_kind(self.db, ChangeKind.MERGE.value, limit):
            pieces = log.trashed_by_undo(self.db, entry["id"])
            found.append((_change_of(entry), IdRanges.from_json(pieces, f"change {entry['id']}")))
        return found

    def dependents(self, entry_id: int) -> list[Change]:
        """Later changes, not undone, that wrote or named records this one wrote."""
        entry = self._entry(entry_id)
        own, named = log.records(json.loads(entry["inverse"]))
        found = []
        for later in log.done_after(self.db, entry_id):
            their_own, their_named = log.records(json.loads(later["inverse"]))
            if own & their_own or own & their_named or named & their_own:
                found.append(_change_of(later))
        return found

    # -- undo and redo ---------------------------------------------------------------------

    def undo_last(
        self,
        since: tuple[int, int] = (0, 0),
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Change | None:
        """Take back the newest change not undone (made after ``since``); None when none.

        ``progress`` and ``cancel`` are those of re-indexing its documents, in batches of
        bounded memory: cancelled, the change stays undone and the next open indexes the rest.
        """
        entry = log.newest_done(self.db, since[0])
        return self._undo(self._entry(entry["id"]), progress, cancel) if entry else None

    def undo(
        self,
        entry_id: int,
        *,
        force: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Change:
        """Take back one change of the history; HasDependents when later changes depend on
        it (unless ``force``), Invalid when it is undone already (``progress`` and
        ``cancel`` as for ``undo_last``)."""
        entry = self._entry(entry_id)
        if entry["undone"]:
            raise Invalid(f"change {entry_id} ({self._words(entry)}) is undone already")
        later = self.dependents(entry_id)
        if later and not force:
            raise HasDependents(
                f"{len(later)} later change(s) depend on change {entry_id}"
                f" ({self._words(entry)}), the first: change {later[0].id}"
                f" ({describe(later[0], self._names(later[0]))}); undo those first, or force it",
                later,
            )
        return self._undo(entry, progress, cancel)

    def redo_last(
        self,
        since: tuple[int, int] = (0, 0),
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Change | None:
        """Re-apply the change undone last (by an undo after ``since``); None when none
        (``progress`` and ``cancel`` as for ``undo_last``)."""
        light = log.newest_redoable(self.db, since[1])
        if light is None:
            return None
        entry = self._entry(light["id"])
        self._refuse_emptied(entry, "redone")
        change = _change_of(entry)
        effects: list[log.Effect] = []
        with self._replaying(change, progress, cancel):
            inverse = log.replay(self.db, json.loads(entry["forward"]), effects)
            log.set_redone(self.db, entry["id"], inverse)
            if change.kind not in LOCAL_KINDS:
                self._travel(identity.fresh(), store.now(), "redo", change, effects, entry["uuid"])
        return change

    def _undo(
        self, entry: dict[str, Any], progress: Progress | None, cancel: CancelToken | None
    ) -> Change:
        self._refuse_emptied(entry, "undone")
        change = _change_of(entry)
        effects: list[log.Effect] = []
        with self._replaying(change, progress, cancel):
            forward = log.replay(self.db, json.loads(entry["inverse"]), effects)
            log.set_undone(self.db, entry["id"], forward)
            if change.kind not in LOCAL_KINDS:
                self._travel(identity.fresh(), store.now(), "undo", change, effects, entry["uuid"])
        return change

    def _travel(
        self,
        uuid: str,
        at: str,
        kind: str,
        change: Change,
        effects: list[log.Effect],
        target: str | None = None,
    ) -> None:
        """Write a change to the portable change log (nothing when none of it travels); its
        operations are written out as they are made (an import's are one per document)."""
        ops = portable.each_operation(self.db, effects)
        first = next(ops, None)
        if first is None:
            return
        summary = _summary(self.db, change, target)
        changelog.append(self.db, changelog.Entry(uuid, at, self.author(), log.replica(self.db),
                                                  kind, summary, [], uuid),
                         itertools.chain([first], ops))  # fmt: skip

    @contextmanager
    def _replaying(
        self, change: Change, progress: Progress | None, cancel: CancelToken | None
    ) -> Iterator[None]:
        """A transaction replaying a change's operations, then its documents re-indexed."""
        try:
            with self._names_kept(lambda: True), self.transaction():
                yield
                self._protect_names()  # an alias back or gone: the names kept whole follow
                participant_rows.bump_alias_generation(self.db)
        except sqlite3.IntegrityError as exc:
            raise Invalid(f"cannot replay change {change.id} "
                          f"({describe(change, self._names(change))}): {exc}") from exc  # fmt: skip
        if change.documents:
            self._reindex(list(change.documents), progress, cancel)

    def _refuse_emptied(self, entry: dict[str, Any], done: str) -> None:
        """Invalid for a change some of whose documents were emptied from the trash: it stays
        in the history, but replaying it would apply to the others only (or fail)."""
        gone = log.emptied(entry)
        if gone:
            shown = ", ".join(f"#{n}" for n in gone[:5]) + (", …" if len(gone) > 5 else "")
            raise Invalid(
                f"change {entry['id']} ({self._words(entry)}) can no longer be {done}: {shown}"
                " emptied from the trash for good since (its other documents are as they are;"
                " documents in the trash come back with 'trash restore')"
            )

    def _words(self, entry: dict[str, Any]) -> str:
        """A journal entry's change in words, as the History window and the CLI say it."""
        change = _change_of(entry)
        return describe(change, self._names(change))

    def _names(self, change: Change) -> dict[int, str]:
        """The current names of the participants a change names (a deleted one: none)."""
        return {
            r["id"]: r["name"] for r in participant_rows.rows_by_ids(self.db, change.participants)
        }

    def _entry(self, entry_id: int) -> dict[str, Any]:
        entry = log.entry(self.db, entry_id)
        if entry is None:
            raise NotFound(f"no change {entry_id} in the history")
        return entry


def _summary(db: sqlite3.Connection, change: Change, target: str | None) -> dict[str, Any]:
    """What a change is about in portable terms, for another copy's history."""
    summary: dict[str, Any] = {
        "kind": change.kind.value, "names": list(change.names), "count": change.count,
        **portable.record_uuids(db, documents=change.documents,
                                participants=change.participants,
                                commitments=change.commitments),
    }  # fmt: skip
    if change.extra:
        summary["extra"] = change.extra
    if target:
        summary["target"] = target
    return summary


def _history_of(entry: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(_change_of(entry), str(entry.get("author") or ""),
                        bool(entry.get("undone")), bool(entry.get("redoable")),
                        uuid=str(entry.get("uuid") or ""))  # fmt: skip


def _merged_entry(db: sqlite3.Connection, entry: changelog.Entry) -> HistoryEntry:
    """A change another copy made, as a line of this copy's history (its ids made local)."""
    summary = entry.summary
    ids = portable.record_ids(db, summary)
    names = tuple(str(n) for n in summary.get("names") or ())
    kind_value = entry.kind if entry.kind in ("undo", "redo") else str(summary.get("kind"))
    if entry.kind in ("undo", "redo"):
        names = (str(summary.get("kind") or "a change").replace("_", " "),)
    try:
        kind = ChangeKind(kind_value)
    except ValueError:  # a kind of a newer version
        kind, names = ChangeKind.LEGACY, ()
    change = Change(kind, 0, entry.at, tuple(ids["participants"]), tuple(ids["commitments"]),
                    tuple(ids["documents"]), names,
                    int(summary.get("count") or 0),
                    {"label": kind_value} if kind is ChangeKind.LEGACY else {})  # fmt: skip
    return HistoryEntry(change, entry.author, merged_from=entry.replica, uuid=entry.uuid)


def _change_of(entry: dict[str, Any]) -> Change:
    """The Change a journal entry records (an untyped old entry: LEGACY with its label)."""
    listed = json.loads(entry["documents"] or "[]")
    documents: Sequence[int] = (IdRanges.from_json(listed, f"change {entry['id']}")
                                if any(isinstance(d, list) for d in listed) else tuple(listed))  # fmt: skip
    kind = entry.get("kind") or ChangeKind.LEGACY.value
    if kind == ChangeKind.LEGACY.value:
        return Change(ChangeKind.LEGACY, entry["id"], entry["at"], documents=documents,
                      extra={"label": entry["label"]})  # fmt: skip
    data = json.loads(entry.get("change_json") or "{}")
    data.update(kind=kind, id=entry["id"], at=entry["at"], documents=())
    return replace(Change.from_json(data), documents=documents)
