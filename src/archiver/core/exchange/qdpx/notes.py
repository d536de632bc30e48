"""Memos as a project's notes, both ways.

A memo is a ``Note`` (its text as ``PlainTextContent``, its author as the creating user)
named by a ``NoteRef`` where it belongs: a document's in its ``TextSource``; a quote's in the
``TextSource`` too, the note holding a ``PlainTextSelection`` of the quote's characters (how
QualCoder writes and reads its annotations); a commitment's in its quote's selection (or its
document's source when it has no quote); a participant's in the participant's code. On import
the same places give the same targets, and a coded selection's Description that is not a
commitment's (QualCoder's coding memo) becomes a memo on that quote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lxml import etree

from archiver.core import store
from archiver.core.annotations.memos import checked_text
from archiver.core.errors import Invalid
from archiver.core.exchange.qdpx import vocabulary as v
from archiver.core.exchange.qdpx.vocabulary import Q
from archiver.core.store import memos as memo_rows
from archiver.core.store import portable

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Step
    from archiver.core.exchange.qdpx.offsets import Placement
    from archiver.core.exchange.qdpx.project import Note, Project

Row = dict[str, Any]
UserOf = Callable[[str], str]  # an author's name -> the GUID of their User


# -- export ---------------------------------------------------------------------------------


def write_notes(root: etree._Element, records: dict[str, list[Row]], user_of: UserOf) -> int:
    """A Note per memo, each named where its memo is; how many were written."""
    memos = records.get("memo", [])
    if not memos:
        return 0
    by_guid = {e.get("guid"): e for e in root.iter(Q + "TextSource", Q + "PlainTextSelection",
                                                    Q + "Code")}  # fmt: skip
    spans = {s["uuid"]: s for s in records.get("span", [])}
    quote_of = {c["uuid"]: c.get("span") for c in records.get("commitment", [])}
    document_of = {c["uuid"]: c["document"] for c in records.get("commitment", [])}
    holder = etree.SubElement(root, Q + "Notes")
    for memo in memos:
        note = etree.SubElement(holder, Q + "Note", guid=memo["uuid"],
                                name=v.xml_text(" ".join(str(memo["body"]).split())[:80]),
                                creatingUser=user_of(str(memo.get("author") or "")),
                                creationDateTime=v.xml_time(memo.get("created_at")),
                                modifiedDateTime=v.xml_time(memo.get("modified_at")))  # fmt: skip
        etree.SubElement(note, Q + "PlainTextContent").text = v.xml_text(str(memo["body"]))
        place = _place(memo, by_guid, spans, quote_of, document_of, note)
        if place is not None:
            _refer(place, memo["uuid"])
    return len(memos)


def _place(memo: Row, by_guid: dict[str | None, etree._Element], spans: dict[str, Row],
           quote_of: dict[str, str | None], document_of: dict[str, str],
           note: etree._Element) -> etree._Element | None:  # fmt: skip
    """The element that names the memo (a quote memo's characters go into its note)."""
    if memo.get("participant"):
        return by_guid.get(memo["participant"])
    if memo.get("commitment"):
        span = quote_of.get(memo["commitment"])
        return by_guid.get(span) if span in by_guid else by_guid.get(
            document_of.get(memo["commitment"]))  # fmt: skip
    if memo.get("span") in spans:
        chars = spans[memo["span"]]
        etree.SubElement(note, Q + "PlainTextSelection", guid=v.derived_guid(memo["uuid"], "quote"),
                         startPosition=str(chars["start"]), endPosition=str(chars["end"]))  # fmt: skip
    return by_guid.get(memo.get("document"))


def _refer(element: etree._Element, guid: str) -> None:
    """A NoteRef in its place: after a Code's Description and before its child codes."""
    ref = etree.Element(Q + "NoteRef", targetGUID=guid)
    if element.tag == Q + "Code":
        children = element.findall(Q + "Code")
        if children:
            children[0].addprevious(ref)
            return
    element.append(ref)


# -- import ---------------------------------------------------------------------------------

Target = Callable[[], dict[str, int | None]]
"""A memo's target columns, made when the memo is written (a quote's span only then)."""


def target(**columns: int | None) -> Target:
    """A target of fixed columns (a participant, a commitment, a document)."""
    return lambda: dict(columns)


def _quote_target(
    doc_id: int, chars: tuple[int, int], quote: Callable[[tuple[int, int]], int]
) -> Target:
    return lambda: {"document_id": doc_id, "span_id": quote(chars)}


class NoteStore:
    """The project's notes written as memos within the coding step."""

    def __init__(self, step: Step, project: Project, counts: dict[str, int], author: str) -> None:
        self.author = author  # who imports: the memos' author when the project names none
        self.step = step
        self.db = step.db
        self.project = project
        self.counts = counts
        self.used: set[str] = set()

    def memo(self, guid: str, body: str, made: Target, note: Note | None) -> None:
        """One memo on ``target`` (its columns); GUID kept as its UUID when free."""
        try:
            text = checked_text(body)
        except Invalid:
            self.project.skipped["empty or oversized notes"] += 1
            return
        if guid and portable.id_of(self.db, "memo", guid) is not None:
            self.counts["memos already here"] = self.counts.get("memos already here", 0) + 1
            return
        author = self.project.users.get(note.user, "") if note is not None else ""
        created = v.stored_time(note.created if note is not None else None)
        values: dict[str, Any] = {k: val for k, val in made().items() if val is not None}
        values.update(body=text, author=author or self.author,
                      created_at=created or store.now(),
                      modified_at=v.stored_time(note.modified if note is not None else None)
                      or created or "")  # fmt: skip
        if guid:
            values["uuid"] = guid
        memo_rows.add(self.step.log, values)
        self.counts["memos"] = self.counts.get("memos", 0) + 1

    def on_source(self, guids: list[str], doc_id: int, place: Placement,
                  quote: Callable[[tuple[int, int]], int]) -> None:  # fmt: skip
        """The notes a source names: quote memos where the note holds characters (placed in
        the document's text), else memos on the document."""
        for guid in guids:
            note = self._take(guid)
            if note is None:
                continue
            if note.selection is None:
                self.memo(guid, note.text, target(document_id=doc_id), note)
                continue
            start, end = note.selection
            chars = place.span(start, end) if 0 <= start <= end <= place.size else None
            if chars is None:
                self.project.skipped["notes on characters outside their text"] += 1
                continue
            self.memo(guid, note.text, _quote_target(doc_id, chars, quote), note)

    def on(self, guids: list[str], made: Target) -> None:
        """The notes a selection or a code names, as memos on ``target``."""
        for guid in guids:
            note = self._take(guid)
            if note is not None:
                self.memo(guid, note.text, made, note)

    def _take(self, guid: str) -> Note | None:
        note = self.project.notes.get(guid)
        if note is None:
            self.project.skipped["note references to no note"] += 1
            return None
        if guid in self.used:  # one memo a note, where it is named first
            return None
        self.used.add(guid)
        return note

    def left(self) -> None:
        """Count the notes nothing named (QualCoder's journal, project notes)."""
        unnamed = len(set(self.project.notes) - self.used)
        if unnamed:
            self.project.skipped["notes on nothing in the archive (a project journal)"] += unnamed
