"""Participants and commitments for the GUI: fast reads here, every change on the serial lane.

Reads (a document's suggestions, mentions and commitments, a page of the commitments table,
the matrix) take a few milliseconds on the session's read-only connection, so they run on the
GUI thread like ``ArchiveSession.document`` (but a long document's suggestions take seconds:
``document_annotations_later`` runs them on the read pool); changes take 10-40 ms with
re-indexing and go to the serial lane, on the writable connection that only that lane's
thread touches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from archiver.core.annotations.commitments import Commitments
from archiver.core.annotations.facade import Annotations
from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.model import (
    ON_PARTICIPANT,
    Alias,
    Commitment,
    DocParticipant,
    Matrix,
    Memo,
    Participant,
    ParticipantPage,
    Suggestion,
)
from archiver.core.archive import Archive
from archiver.core.changes import Change
from archiver.core.errors import ArchiverError
from archiver.core.export.timeline import Timeline, timeline
from archiver.core.store import snapshot
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession


@dataclass(frozen=True)
class NewParticipant:
    """A participant to create with its tag (the tag dialog's "Create new …"): one step."""

    name: str
    kind: str
    name_ar: str = ""
    name_en: str = ""


@dataclass
class DocumentAnnotations:
    """What the side panel shows for one document."""

    doc_id: int
    suggestions: list[Suggestion]
    participants: list[DocParticipant]
    commitments: list[Commitment]
    memos: list[Memo] = field(default_factory=list)  # on it, its quotes and its commitments
    participant_memos: dict[int, int] = field(default_factory=dict)  # its participants' counts


def _document_annotations(archive: Archive, doc_id: int) -> DocumentAnnotations:
    ann = archive.annotations
    # One snapshot: a tag stored between two of these reads would show its person twice,
    # as a participant and still as a suggestion.
    with snapshot(archive.db):
        participants = ann.mentions.participants_in(doc_id)
        return DocumentAnnotations(
            doc_id,
            ann.mentions.suggestions(doc_id),
            participants,
            archive.commitments.list_commitments(document_id=doc_id, role=None, order="document"),
            ann.memos.of_document(doc_id),
            ann.memos.counts(ON_PARTICIPANT, [p.participant_id for p in participants]),
        )


ANNOTATIONS = "annotations"  # the read pool's channel for a long document's panel


class AnnotationOps(QObject):
    """The annotation half of an archive session."""

    changed = Signal(list, object)  # documents touched ([] when unknown), the Change or None

    def __init__(self, session: ArchiveSession) -> None:
        super().__init__()
        self.session = session
        self.ready = session.readonly
        self.write(Operation.PREPARE_ANNOTATIONS, lambda a: a.annotations.ensure_ready(), docs=())

    # -- reads (GUI thread, read-only connection) -----------------------------------------

    @property
    def _ann(self) -> Annotations:
        return self.session.reader.annotations

    @property
    def _com(self) -> Commitments:
        return self.session.reader.commitments

    @property
    def readonly(self) -> bool:
        """True when changes are off (another process writes)."""
        return self.session.readonly

    def document_annotations(self, doc_id: int) -> DocumentAnnotations:
        """Suggestions, confirmed participants, commitments and memos of a document."""
        return _document_annotations(self.session.reader, doc_id)

    def document_annotations_later(
        self,
        doc_id: int,
        on_done: Callable[[DocumentAnnotations], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """The same on the read pool (a long text's suggestions take seconds); newest wins."""
        self.session.searches.start(
            ANNOTATIONS, lambda a: _document_annotations(a, doc_id), on_done, on_error
        )

    def participants(self) -> list[Participant]:
        """Every participant, by name."""
        return self._ann.participants.all()

    def aliases(self) -> list[Alias]:
        """Every alias."""
        return self._ann.participants.aliases()

    def participant(self, pid: int) -> Participant:
        """One participant (UnknownParticipant when it is gone)."""
        return self._ann.participants.get(pid)

    def participant_aliases(self, pid: int) -> list[Alias]:
        """One participant's aliases."""
        return self._ann.participants.aliases(pid)

    def find_participants(self, text: str) -> list[Participant]:
        """Participants ``text`` may name (id, name, any alias)."""
        return self._ann.participants.find(text) if text.strip() else []

    def likely_kind(self, *names: str) -> str:
        """The kind a participant made from ``names`` (typed, selected) is likely of."""
        return self._ann.participants.likely_kind(*names)

    def document_date(self, doc_id: int) -> str:
        """The document's published date (YYYY-MM-DD), or ''."""
        return (self.session.document(doc_id).published or "")[:10]

    def commitment(self, cid: int) -> Commitment:
        """One commitment."""
        return self._com.get(cid)

    def commitments(self, **filters: Any) -> list[Commitment]:
        """A page of the commitments table (filters as in Commitments.list_commitments)."""
        return self._com.list_commitments(**filters)

    def count_commitments(self, **filters: Any) -> int:
        """How many commitments match the filters."""
        return self._com.count(**filters)

    def passage_commitments(self, doc_id: int, span: tuple[int, int] | None) -> list[Commitment]:
        """The commitments quoting exactly this passage of a document (none without a span)."""
        return self._com.on_passage(doc_id, span) if span is not None else []

    def same_commitment(
        self, doc_id: int, span: tuple[int, int] | None, fields: dict[str, Any]
    ) -> Commitment | None:
        """The commitment that recording ``fields`` (as add_commitment takes them, the quote
        apart) would repeat; None also when they are refused otherwise (saving says why)."""
        values = dict(fields)
        try:
            return self._com.same_as(doc_id, values.pop("actors"), quote=span, **values)
        except ArchiverError:
            return None

    def same_after_edit(self, cid: int, fields: dict[str, Any]) -> Commitment | None:
        """The other commitment that this edit (as update_commitment takes it) would repeat."""
        try:
            return self._com.same_after(cid, **fields)
        except ArchiverError:
            return None

    def participant_page(self, pid: int) -> ParticipantPage:
        """A participant's aliases, documents and commitments over time."""
        return self._com.participant_page(pid)

    def matrix(self, **options: Any) -> Matrix:
        """Participants x categories with the latest status."""
        return self._com.matrix(**options)

    def timeline(self, chosen: CommitmentFilter) -> Timeline:
        """The commitments over time by source actor (filtered as the commitments table)."""
        return timeline(self._com, chosen)

    # -- writes (serial lane, writable connection) ----------------------------------------

    def write(
        self,
        what: Operation,
        func: Callable[[Archive], Any],
        *,
        docs: tuple[int, ...] | list[int] = (),
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        notify: bool = True,
    ) -> bool:
        """Run ``func(writer)`` on the serial lane; ``changed`` is emitted when it succeeded,
        with the Change it journaled (None when it journaled none)."""

        def run(writer: Archive) -> tuple[Any, Change | None]:
            journal = writer.annotations.journal
            before = journal.latest
            result = func(writer)
            if isinstance(result, Change):
                return result, result
            return result, journal.latest if journal.latest is not before else None

        def done(outcome: tuple[Any, Change | None]) -> None:
            result, change = outcome
            if what is Operation.PREPARE_ANNOTATIONS:
                self.ready = True
            if on_done is not None:
                on_done(result)
            if notify:
                touched = list(docs) or (list(change.documents) if change else [])
                self.changed.emit(touched, change)
                self.session.events.annotations_changed.emit(change)

        # failures, read-only included, reach on_error and the session's one error signal
        return self.session.write(what, run, done, on_error)

    def confirm(self, doc_id: int, pid: int, **kw: Any) -> bool:
        """Accept a suggested participant."""
        return self.write(Operation.CONFIRM, lambda a: a.annotations.mentions.confirm(doc_id, pid), docs=[doc_id], **kw)  # fmt: skip

    def confirm_suggestion(self, doc_id: int, key: str, **kw: Any) -> bool:
        """Accept a suggestion by its key: "p12", or a new person's name (created with it)."""
        return self.write(Operation.CONFIRM, lambda a: a.annotations.mentions.confirm_suggestion(doc_id, key), docs=[doc_id], **kw)  # fmt: skip

    def reject_suggestion(self, doc_id: int, key: str, everywhere: bool = False, **kw: Any) -> bool:
        """Turn a suggestion down in this document, or everywhere."""
        return self.write(Operation.REJECT, lambda a: a.annotations.blocks.reject(doc_id, key, everywhere=everywhere), docs=[doc_id], **kw)  # fmt: skip

    def confirm_all(self, doc_id: int, **kw: Any) -> bool:
        """Accept every suggestion of a document (one undo step)."""
        return self.write(Operation.CONFIRM_ALL, lambda a: a.annotations.mentions.confirm_all(doc_id),
                          docs=[doc_id], **kw)  # fmt: skip

    def reject(self, doc_id: int, pid: int, **kw: Any) -> bool:
        """Not this participant in this document."""
        return self.write(Operation.REJECT, lambda a: a.annotations.mentions.reject(doc_id, pid), docs=[doc_id], **kw)  # fmt: skip

    def untag(self, doc_id: int, pid: int, **kw: Any) -> bool:
        """Forget the decisions about a participant in a document."""
        return self.write(Operation.UNTAG, lambda a: a.annotations.mentions.untag(doc_id, pid), docs=[doc_id], **kw)  # fmt: skip

    def tag_span(
        self, doc_id: int, span: tuple[int, int], who: int | NewParticipant, add_alias: bool,
        alias_anyway: bool = False, **kw: Any,
    ) -> bool:  # fmt: skip
        """Tag a selection as a participant; a new one is created in the same step (one undo).
        ``alias_anyway``: the selection becomes an alias even as a title (asked by hand)."""

        def run(archive: Archive) -> Change:
            mentions = archive.annotations.mentions
            if isinstance(who, NewParticipant):
                return mentions.tag_new(doc_id, span[0], span[1], who.name, who.kind,
                                        name_ar=who.name_ar, name_en=who.name_en,
                                        add_alias=add_alias, alias_anyway=alias_anyway)  # fmt: skip
            return mentions.tag_span(doc_id, span[0], span[1], who, add_alias=add_alias,
                                     alias_anyway=alias_anyway)  # fmt: skip

        return self.write(Operation.TAG, run, docs=[doc_id], **kw)

    def add_commitment(self, doc_id: int, fields: dict[str, Any], **kw: Any) -> bool:
        """Record a commitment (fields as in Commitments.add)."""
        return self.write(Operation.RECORD_COMMITMENT, lambda a: a.commitments.add(doc_id, **fields),
                          docs=[doc_id], **kw)  # fmt: skip

    def update_commitment(self, cid: int, doc_id: int, fields: dict[str, Any], **kw: Any) -> bool:
        """Change a commitment."""
        return self.write(Operation.EDIT_COMMITMENT, lambda a: a.commitments.update(cid, **fields),
                          docs=[doc_id], **kw)  # fmt: skip

    def delete_commitment(self, cid: int, doc_id: int, **kw: Any) -> bool:
        """Delete a commitment (undoable)."""
        return self.write(Operation.DELETE_COMMITMENT, lambda a: a.commitments.delete(cid),
                          docs=[doc_id], **kw)  # fmt: skip

    def remove_participant(self, pid: int, cascade: bool | str, **kw: Any) -> bool:
        """Delete a participant ('delete' or 'detach' its commitments); undoable."""
        return self.write(Operation.DELETE_PARTICIPANT,
                          lambda a: a.annotations.participants.remove(pid, cascade=cascade), **kw)  # fmt: skip

    def edit_participant(
        self,
        pid: int,
        changes: dict[str, Any],
        add_aliases: Sequence[str] = (),
        remove_aliases: Sequence[str] = (),
        **kw: Any,
    ) -> bool:
        """Change a participant's fields and aliases (one undoable step)."""
        return self.write(Operation.EDIT_PARTICIPANT,
                          lambda a: a.annotations.participants.edit(
                              pid, add_aliases=add_aliases, remove_aliases=remove_aliases,
                              **changes), **kw)  # fmt: skip

    def merge_participants(self, keep: int, other: int, **kw: Any) -> bool:
        """Merge ``other`` into ``keep`` (one undoable step)."""
        return self.write(Operation.MERGE_PARTICIPANTS,
                          lambda a: a.annotations.participants.merge(keep, other), **kw)  # fmt: skip

    def export(
        self,
        what: str,
        fmt: str,
        target: Path,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Write an export file (participants, commitments, commitments-long; csv or json).

        On the serial lane with the writer; in a read-only session on the reads lane, with a
        read-only connection of its own.
        """
        if self.session.writer is not None:
            self.write(Operation.EXPORT, lambda a: _export_to(a, what, fmt, target), notify=False,
                       on_done=on_done, on_error=on_error)  # fmt: skip
            return
        root = self.session.root

        def run() -> str:
            archive = Archive.open(root, readonly=True)
            try:
                return _export_to(archive, what, fmt, target)
            finally:
                archive.close()

        def error(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            self.session.events.error.emit(Operation.EXPORT, exc)

        self.session.lanes.reads.submit(run, on_done, error)


def annotation_ops(session: ArchiveSession) -> AnnotationOps:
    """The annotation half of this session, one per session (the panel, the participant
    editor and the library hear each other's changes through its ``changed``); a child of
    the session, so it goes with it."""
    for child in session.findChildren(QObject, _SHARED_NAME):
        if isinstance(child, AnnotationOps):
            return child
    ops = AnnotationOps(session)
    ops.setObjectName(_SHARED_NAME)
    ops.setParent(session)
    return ops


_SHARED_NAME = "annotationOps"


def _export_to(archive: Archive, what: str, fmt: str, target: Path) -> str:
    from archiver.core.export.writers import export

    data = export(archive, what, fmt)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    part.replace(target)  # never a half-written file under the chosen name
    return str(target)
