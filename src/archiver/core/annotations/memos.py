"""Memos: notes on a quote, a document, a participant or a commitment; add, edit, remove, list.

Each change is one journaled step. A quote memo owns a span of its own (made as a
commitment's quote is), so it keeps its exact characters whatever else is coded there. A memo
on a document, its quotes or its commitments is part of that document's index record (the
``memo`` field), so the step re-indexes the document.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from archiver.core import store
from archiver.core.annotations.model import MEMO_TARGETS, Memo, MemoTarget, memo_from_row
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import Invalid, NotFound
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import documents as document_rows
from archiver.core.store import memos as rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store.memos import MemoFilters

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal, Step
    from archiver.core.annotations.mentions import Mentions
    from archiver.core.annotations.participants import Participants

MAX_MEMO_CHARS = 100_000  # a memo is a note, not a document: a paste of a book is refused
_LABEL_CHARS = 40  # the memo's first words in the history's label


class Memos:
    """The memos of one archive."""

    def __init__(self, journal: Journal, mentions: Mentions, participants: Participants) -> None:
        self.journal = journal
        self.db = journal.db
        self.mentions = mentions
        self.participants = participants
        commitment_rows.register_functions(self.db)  # archiver_fold, for the text filter

    # -- reads -----------------------------------------------------------------------------

    def get(self, memo_id: int) -> Memo:
        """One memo; NotFound when there is none."""
        found = rows.row(self.db, int(memo_id))
        if found is None:
            raise NotFound(f"no memo #{memo_id}")
        return memo_from_row(found)

    def all(
        self,
        *,
        kind: str | None = None,
        document: int | None = None,
        participant: int | None = None,
        commitment: int | None = None,
        author: str | None = None,
        text: str | None = None,
    ) -> list[Memo]:
        """Memos matching every filter given (all without one), by document and place.

        ``document`` takes its own memos, its quotes' and its commitments'; ``text`` matches
        the memo or its quote with case, harakat and hamza folded, as the commitments' filter.
        """
        if kind is not None and kind not in MEMO_TARGETS:
            raise Invalid(f"target kind must be one of {', '.join(MEMO_TARGETS)}, not {kind!r}")
        filters = MemoFilters(kind, document, participant, commitment,
                              (author or "").strip() or None,
                              commitment_rows.fold_text(text) or None)  # fmt: skip
        return [memo_from_row(r) for r in rows.listed(self.db, filters)]

    def of_document(self, doc_id: int) -> list[Memo]:
        """The memos on a document, its quotes and its commitments."""
        return self.all(document=doc_id)

    def counts(self, kind: str, ids: list[int]) -> dict[int, int]:
        """How many memos each of these participants or commitments (``kind``) has."""
        return rows.counts_on(self.db, kind, ids)

    def authors(self) -> list[str]:
        """Everyone who wrote a memo."""
        return rows.authors(self.db)

    # -- changes ---------------------------------------------------------------------------

    def add(
        self, target: MemoTarget, text: str, *, author: str | None = None, at: str | None = None
    ) -> Memo:
        """Write a memo on ``target``; ``author`` and ``at`` (created and modified) default to
        the archive's author and now (an exchange file keeps its own)."""
        body = checked_text(text)
        values, documents = self._target_values(target)
        when = at or store.now()
        values.update(body=body, author=(author or "").strip() or self.journal.author(),
                      created_at=when, modified_at=when)  # fmt: skip
        with self._step(ChangeKind.ADD_MEMO, target, documents, body) as step:
            if target.kind == "quote":
                values["span_id"] = self.mentions.make_span(
                    step, int(values["document_id"]), int(target.start or 0), int(target.end or 0)
                )
            memo_id = rows.add(step.log, values)
            step.extra = {"memo": memo_id, "target": target.kind}
        return self.get(memo_id)

    def edit(self, memo_id: int, text: str) -> Memo:
        """Change a memo's text (its modification time is now)."""
        old = self.get(memo_id)
        body = checked_text(text)
        if body == old.text:
            return old
        with self._step(ChangeKind.EDIT_MEMO, old.target, _documents(old), body) as step:
            step.extra = {"memo": old.id, "target": old.kind}
            rows.update(step.log, old.id, {"body": body, "modified_at": store.now()})
        return self.get(memo_id)

    def remove(self, memo_id: int) -> Change:
        """Delete a memo (a quote memo's span with it); undoable."""
        old = self.get(memo_id)
        with self._step(ChangeKind.DELETE_MEMO, old.target, _documents(old), old.text) as step:
            step.extra = {"memo": old.id, "target": old.kind}
            drop_memo(step, old.id, old.span_id)
        return step.result

    def _step(
        self, kind: ChangeKind, target: MemoTarget, documents: list[int], body: str
    ) -> AbstractContextManager[Step]:
        return self.journal.change(
            kind, documents=documents, names=[_label(body)],
            participants=[target.participant_id] if target.participant_id is not None else [],
            commitments=[target.commitment_id] if target.commitment_id is not None else [],
        )  # fmt: skip

    def _target_values(self, target: MemoTarget) -> tuple[dict[str, Any], list[int]]:
        """The memo's columns naming its target (checked: it exists, the span fits), and
        the documents whose index records hold the memo."""
        kind = target.kind
        if kind not in MEMO_TARGETS:
            raise Invalid(f"a memo's target is one of {', '.join(MEMO_TARGETS)}, not {kind!r}")
        named = {"document": target.document_id, "participant": target.participant_id,
                 "commitment": target.commitment_id}  # fmt: skip
        wanted = "document" if kind == "quote" else kind
        if named[wanted] is None or any(v is not None for k, v in named.items() if k != wanted):
            raise Invalid(f"a memo on a {kind} names one {wanted} and nothing else")
        if (target.start is not None or target.end is not None) != (kind == "quote"):
            raise Invalid("only a memo on a quote has a start and an end")
        if kind == "participant":
            return {"participant_id": self.participants.get(int(named[wanted] or 0)).id}, []
        if kind == "commitment":
            found = commitment_rows.row(self.db, int(named[wanted] or 0))
            if found is None:
                raise NotFound(f"no commitment #{target.commitment_id}")
            cid, doc_id = int(found["id"]), int(found["document_id"])
            return {"commitment_id": cid, "document_id": doc_id}, [doc_id]
        doc_id = int(named[wanted] or 0)
        document_rows.text_of(self.db, doc_id)  # UnknownDocument when there is none
        return {"document_id": doc_id}, [doc_id]


def checked_text(text: str) -> str:
    """A memo's text as stored: line ends made ``\\n``, blank lines at either end dropped;
    Invalid when nothing is left or it is longer than a memo may be."""
    body = str(text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise Invalid("a memo needs some text")
    if len(body) > MAX_MEMO_CHARS:
        raise Invalid(f"a memo holds at most {MAX_MEMO_CHARS:,} characters, not {len(body):,}")
    return body


def drop_memo(step: Step, memo_id: int, span_id: int | None) -> None:
    """Within a step, delete a memo and its own span."""
    rows.delete(step.log, memo_id)
    if span_id is not None:
        mention_rows.delete_span(step.log, span_id)


def drop_memos_on(step: Step, *, participant: int | None = None,
                  commitment: int | None = None) -> None:  # fmt: skip
    """Within a step, delete the memos on a participant or a commitment (being deleted)."""
    for memo_id in rows.ids_on(step.db, participant=participant, commitment=commitment):
        rows.delete(step.log, memo_id)


def move_memos(step: Step, *, participant: int, to: int) -> int:
    """Within a step, put a participant's memos on another one (merging the two); how many."""
    ids = rows.ids_on(step.db, participant=participant)
    for memo_id in ids:
        rows.update(step.log, memo_id, {"participant_id": to})
    return len(ids)


def _documents(memo: Memo) -> list[int]:
    return [memo.document_id] if memo.document_id is not None else []


def _label(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    return first if len(first) <= _LABEL_CHARS else first[: _LABEL_CHARS - 1].rstrip() + "…"
