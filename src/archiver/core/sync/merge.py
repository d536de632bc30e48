"""``merge``: another copy's payload brought into this archive as one journaled, undoable step.

In order: documents matched by UUID or by their original's SHA-256, the others stored with
their original, text, metadata and near-duplicate signature; participants both copies
created matched by name or alias (the other copy's UUID recorded as an alias of ours); the
payload's records this copy does not hold, as the other copy holds them now (``records``) —
unless this copy held and deleted them; then the other copy's changes this one does not
hold, in their order (``apply``), each whole or not at all, passing over the records just
stored (they are the changes' result already), and written to this copy's change log under
their own UUID, author and time. Merging the same payload again finds everything held and
every change known.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core import store, workers
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import ArchiverError, FailureCode, ImportFailure, UnknownRecord
from archiver.core.idsets import IdRanges
from archiver.core.imports import CARRIED_UP_TO, stored_name
from archiver.core.imports.files import copy_checked
from archiver.core.originals import FOLDER, received
from archiver.core.store import changelog, documents, portable, signatures, uuid_aliases
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import participants as participant_rows
from archiver.core.sync.apply import Applier
from archiver.core.sync.conflicts import Conflict, conflicts_by_id
from archiver.core.sync.ops import records_named
from archiver.core.sync.payload import Payload
from archiver.core.sync.people import match_people
from archiver.core.sync.records import store_records
from archiver.core.text import dedupe

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Step
    from archiver.core.archive import Archive

Original = Callable[[str], Path]  # file SHA-256 -> the original's file, extracted and verified


@dataclass(frozen=True)
class MergeReport:
    """What a merge did."""

    documents_added: list[int] = field(default_factory=list)
    documents_matched: list[int] = field(default_factory=list)  # held already (hash or UUID)
    records_added: dict[str, int] = field(default_factory=dict)  # table -> count
    participants_matched: list[dict[str, Any]] = field(default_factory=list)
    changes_applied: int = 0
    changes_known: int = 0  # merged (or made) here before
    conflicts: list[Conflict] = field(default_factory=list)  # new conflicts of this merge
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {"table", "uuid", "reason"}
    change: Change | None = None  # the journal entry (one undoable step)
    participants_ambiguous: list[dict[str, Any]] = field(default_factory=list)  # not matched
    same_quote_commitments: int = 0  # after the merge: commitments sharing a quote, to review
    # documents added whose text an archived one already has, or nearly: {"document", "title",
    # "of", "of_title", "similarity"}; kept (the other copy's work may refer to them), for the user to review
    likely_duplicates: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (``conflicts`` always present)."""
        return {"documents_added": self.documents_added,
                "documents_matched": self.documents_matched,
                "records_added": self.records_added,
                "participants_matched": self.participants_matched,
                "changes_applied": self.changes_applied, "changes_known": self.changes_known,
                "conflicts": [c.to_json() for c in self.conflicts], "skipped": self.skipped,
                "change": self.change.to_json() if self.change else None,
                "participants_ambiguous": self.participants_ambiguous,
                "same_quote_commitments": self.same_quote_commitments,
                "likely_duplicates": self.likely_duplicates}  # fmt: skip


def merge(
    archive: Archive, payload: Payload, original: Original, *, source: str | None = None
) -> MergeReport:
    """Merge another copy's payload (``original(sha256)`` gives each new document's file):
    one transaction and one undoable change; nothing is written when it raises. ``source``
    names where it came from (a bundle's file name), kept in the change for the sidebar."""
    archive.require_writable()
    copied: list[Path] = []
    journal = archive.annotations.journal
    try:
        with journal.change(ChangeKind.MERGE) as step:
            job = _Merge(archive, step, payload, original, copied)
            job.run()
            step.count = job.applied
            step.extra = {"replica": payload.replica, "author": payload.author}
            if source:
                step.extra["source"] = source
    except BaseException:
        for path in copied:  # those of rows rolled back (a failure after the commit, in the
            if documents.id_of_file(archive.db, path.name[:64]) is None:  # index, keeps them)
                path.unlink(missing_ok=True)
        raise
    change = journal.latest if step.log.ops and journal.latest else None
    return job.report(change, conflicts_by_id(archive.db, job.conflict_ids))


class _Merge:
    """One merge's work inside its step."""

    def __init__(
        self, archive: Archive, step: Step, payload: Payload, original: Original, copied: list[Path]
    ) -> None:
        self.archive, self.db, self.step = archive, archive.db, step
        self.payload, self.original, self.copied = payload, original, copied
        self.applier = Applier(step, uuid_aliases.mapping(self.db))
        self.added: list[int] = []
        self.matched: list[int] = []
        self.participants: list[dict[str, Any]] = []
        self.ambiguous: list[dict[str, Any]] = []
        self.same_quotes = 0
        self.likely: list[dict[str, Any]] = []
        self.skipped: list[dict[str, Any]] = []
        self.conflict_ids: list[int] = []
        self.applied = self.known = 0
        self.known_before: set[str] = set()

    def run(self) -> None:
        """Documents, participants, the records missing here, then the changes not held."""
        new = {str(d["file_sha256"]): d for d in self.payload.documents if not self._matched(d)}
        texts = (str(d["text"]) for d in new.values())
        made = workers.run_all(dedupe.signature_of, texts, count=len(new))  # as import does
        refs = portable.references(self.db, "document")
        links: list[tuple[int, str, str, str]] = []  # (document, column, table, UUID)
        for doc, signature in zip(new.values(), made, strict=True):
            unset = {c: None for c in refs if doc.get(c) is not None}
            doc_id = self._add({**doc, **unset}, signature)
            links += [(doc_id, c, refs[c], str(doc[c])) for c in unset]
        if self.added:  # one operation on their id set, as an import batch's: undo trashes them
            documents.imported_batch(self.step.log, IdRanges(self.added), store.now())
        self._link(links)
        self._match_participants()
        seen = {k for e in changelog.entries(self.db)
                for k in records_named(e.ops, self.applier.local)}  # fmt: skip
        self.skipped += store_records(self.applier, self.payload.records, seen)
        self.known_before = changelog.known(self.db, [str(c["uuid"]) for c in self.payload.changes])
        for change in self.payload.changes:
            self._change(change)
        self.conflict_ids += self.applier.keep_conflicts()
        self.skipped += self.applier.notes
        self.same_quotes = commitment_rows.same_quote_count(self.db)

    def report(self, change: Change | None, conflicts: list[Conflict]) -> MergeReport:
        """The report of the work done."""
        added = self.applier.added()
        return MergeReport(self.added, self.matched, added, self.participants, self.applied,
                           self.known, conflicts, self.skipped, change, self.ambiguous,
                           self.same_quotes, self.likely)  # fmt: skip

    # -- documents -------------------------------------------------------------------------

    def _matched(self, doc: dict[str, Any]) -> bool:
        """True when the document is held here (by UUID, or by its original's SHA-256)."""
        local = portable.id_of(self.db, "document", self.applier.local(doc["uuid"]))
        if local is None:
            local = documents.id_of_file(self.db, str(doc["file_sha256"]))
            if local is not None:
                self.applier.match(doc["uuid"], str(portable.uuid_of(self.db, "document", local)),
                                   "document", "file_sha256")  # fmt: skip
        if local is None:
            return False
        self.matched.append(local)
        self._bring_back(local, doc)
        return True

    def _place(self, doc: dict[str, Any], sha: str, target: Path) -> dict[str, Any]:
        """Keep the original of a document added here: as a file at ``target``, or, when the
        store regenerates its bytes (``core.originals``), no file; the columns that say so."""
        if target.is_file():  # left by an earlier merge or import
            return {}
        try:
            source = self.original(sha)
            if doc.get("kind") == "text" and source.stat().st_size <= CARRIED_UP_TO:
                data = source.read_bytes()
                kept = received(data, doc) if hashlib.sha256(data).hexdigest() == sha else {}
                if kept:
                    return kept
            target.parent.mkdir(parents=True, exist_ok=True)
            self.copied.append(target)
            copy_checked(source, target, sha)
        except (OSError, KeyError, StopIteration) as exc:
            raise ImportFailure(
                FailureCode.ORIGINAL_MISSING,
                f"the original of «{doc['title']}» ({sha}) is missing or not the file it "
                f"names ({exc}); nothing was merged",
                title=str(doc["title"]),
                error=str(exc),
            ) from exc
        return {}

    def _add(self, doc: dict[str, Any], signature: dedupe.Signature) -> int:
        """Store a document this copy does not hold, with its original and signature."""
        sha = str(doc["file_sha256"])
        name = stored_name(sha, Path(str(doc["stored_name"])).suffix.lower())
        kept = self._place(doc, sha, self.archive.root / FOLDER / name)
        copy_of = self._copy_of(doc, signature)
        doc_id = documents.next_id(self.db)
        if copy_of is not None:
            held = documents.summaries(self.db, [copy_of[0]])[copy_of[0]]["title"]
            self.likely.append({"document": doc_id, "title": str(doc["title"]), "of": copy_of[0],
                                "of_title": held, "similarity": round(copy_of[1], 2)})  # fmt: skip
        documents.insert_row(self.db, {**doc, "id": doc_id, "stored_name": name, **kept})
        documents.remember_last_id(self.db, doc_id)
        signatures.add(self.db, doc_id, signature)
        self.step.documents.add(doc_id)
        self.added.append(doc_id)
        return doc_id

    def _copy_of(
        self, doc: dict[str, Any], signature: dedupe.Signature
    ) -> tuple[int, float] | None:
        """(document, similarity) of one held here (or brought just before) with this text or
        nearly: the same checks as an import's, which would have refused it."""
        same = documents.same_file_or_text(
            self.db, str(doc["file_sha256"]), str(doc["text_sha256"])
        )
        if same is not None:
            return same, 1.0
        return signatures.likely_copy(self.db, signature)

    def _link(self, links: list[tuple[int, str, str, str]]) -> None:
        """Point the new documents' columns that name a record (an attachment's e-mail) at it,
        once every document is stored; one naming a record held nowhere stays unlinked."""
        for doc_id, column, table, uuid in links:
            found = self.applier.id_of(table, uuid)
            if found is not None:
                documents.set_reference(self.db, doc_id, column, found)
            else:
                self.skipped.append({"table": "document", "uuid": self._doc_uuid(doc_id),
                                     "reason": f"{column} names a record not held here nor in "
                                               "the bundle: stored without it"})  # fmt: skip

    def _doc_uuid(self, doc_id: int) -> str:
        return str(portable.uuid_of(self.db, "document", doc_id))

    def _bring_back(self, doc_id: int, doc: dict[str, Any]) -> None:
        """A document in the trash here only because the merge that brought it was undone
        (no change here or there put it there) comes back with the payload again."""
        if doc.get("trashed_at") is not None or not self.archive.in_trash(doc_id):
            return
        uuid = str(portable.uuid_of(self.db, "document", doc_id))
        for entry in changelog.naming(self.db, uuid):
            if any(op["op"] == "update" and op["key"].get("uuid") == uuid
                   and "trashed_at" in op.get("new", {}) for op in entry.ops):  # fmt: skip
                return
        documents.restore(self.step.log, doc_id)
        self.step.documents.add(doc_id)

    # -- participants both copies made ---------------------------------------------------

    def _match_participants(self) -> None:
        """Participants of the payload not held here by UUID, matched to one of ours by their
        names and aliases (``people``); a match adopts the other's names it lacks, an ambiguous
        one is left apart and reported."""
        from archiver.core.annotations.setup import alias_row

        records = self.payload.records
        theirs = [r for r in records.get("participant", [])
                  if self.applier.id_of("participant", str(r["uuid"])) is None]  # fmt: skip
        held = {self.applier.local(str(r["uuid"])) for r in records.get("participant", [])}
        found = match_people(self.db, theirs, records.get("participant_alias", []),
                             self.applier.local, lambda text: alias_row(0, text, "name")[2],
                             held)  # fmt: skip
        for row in theirs:
            if str(row["uuid"]) not in found.matched:
                continue
            pid, by = found.matched[str(row["uuid"])]
            self.applier.match(str(row["uuid"]), self._uuid(pid), "participant", by)
            self._adopt_names(pid, row)
            self.participants.append({"remote": row.get("name"), "local": pid, "by": by})
        self.ambiguous = found.ambiguous

    def _adopt_names(self, pid: int, theirs: dict[str, Any]) -> None:
        """The Arabic and English names of the other copy's participant, where ours has none
        (its aliases come with the payload's records)."""
        mine = participant_rows.row(self.db, pid)
        if mine is None:
            return
        taken = {f: str(theirs[f]).strip() for f in ("name_ar", "name_en")
                 if not mine[f] and str(theirs.get(f) or "").strip()}  # fmt: skip
        if taken:
            participant_rows.update(self.step.log, pid, taken)
            self.step.aliases_changed = True

    def _uuid(self, pid: int) -> str:
        return str(portable.uuid_of(self.db, "participant", pid))

    # -- changes -------------------------------------------------------------------------

    def _change(self, change: dict[str, Any]) -> None:
        """Apply one change of the other copy whole, or skip it whole (reported)."""
        if str(change["uuid"]) in self.known_before:
            self.known += 1
            return
        self.known_before.add(str(change["uuid"]))  # the same change twice in one payload
        log = self.step.log
        marks = (len(log.ops), len(log.effects), len(self.applier.conflicts),
                 len(self.applier.stored), set(self.step.documents))  # fmt: skip
        try:
            with store.savepoint(self.db, "merged_change"):
                for op in change["ops"]:
                    self.applier.apply(op, change)
                changelog.merged(log, _entry(change, self.step.uuid))
        except (ArchiverError, sqlite3.Error, KeyError, TypeError, ValueError) as exc:
            del log.ops[marks[0] :], log.effects[marks[1] :], self.applier.conflicts[marks[2] :]
            del self.applier.stored[marks[3] :]
            self.step.documents = marks[4]
            self.applier.forget_ids()
            self.skipped.append(_skip(change, exc))
            return
        self.applied += 1


def _entry(change: dict[str, Any], via: str) -> changelog.Entry:
    return changelog.Entry(str(change["uuid"]), str(change["at"]), str(change["author"]),
                           str(change["replica"]), str(change["kind"]),
                           dict(change.get("summary") or {}), list(change["ops"]), via,
                           merged=True)  # fmt: skip


def _skip(change: dict[str, Any], exc: Exception) -> dict[str, Any]:
    if isinstance(exc, UnknownRecord):
        return {"table": exc.table, "uuid": exc.uuid, "change": change["uuid"],
                "reason": f"change {change['uuid']} names a record not held here: {exc}"}  # fmt: skip
    return {"table": "change_log", "uuid": change["uuid"], "change": change["uuid"],
            "reason": f"change {change['uuid']} could not be applied here: {exc}"}  # fmt: skip
