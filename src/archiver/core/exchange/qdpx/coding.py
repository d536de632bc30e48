"""A project's coding stored in one journaled step, once its sources are documents.

Codes under our Participants root are participants (matched by UUID, then by name, else
created with their kind and parent); codes under Commitments → Category / Status are the
commitment vocabulary; every other codable code is a free tag named by its path
("Themes/Security"). A selection coded with one category, one status and at least one
participant is a commitment (its actors and fields from the Description lines); a selection
coded with participants is their mentions; tags on a selection code its span (``span_tag``);
a coding of a whole source is a document tag, or a participant of the whole document.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.core.annotations.checks import check_date
from archiver.core.annotations.model import ACTIONS, CATEGORIES, DEFAULT_ACTION, KINDS, STATUSES
from archiver.core.annotations.setup import alias_row
from archiver.core.errors import Invalid
from archiver.core.exchange.qdpx import vocabulary as v
from archiver.core.exchange.qdpx.about import attach, collect_into, read_about, store_about
from archiver.core.exchange.qdpx.notes import NoteStore, target
from archiver.core.exchange.qdpx.offsets import Placement
from archiver.core.exchange.qdpx.project import Code, Note, Project, Selection, Source
from archiver.core.store import commitments as commitment_rows
from archiver.core.store import documents as document_rows
from archiver.core.store import mentions as mention_rows
from archiver.core.store import participants as participant_rows
from archiver.core.store import portable, span_tags
from archiver.core.store import tags as tag_rows
from archiver.core.sync.people import match_people

if TYPE_CHECKING:
    from archiver.core.annotations.facade import Annotations
    from archiver.core.annotations.journal import Step

CONTEXT = 30  # characters of context kept with a span (as the annotations keep)


@dataclass
class Codebook:
    """What each code of the project stands for here."""

    participants: dict[str, int] = field(default_factory=dict)  # code GUID -> participant id
    categories: dict[str, str] = field(default_factory=dict)  # code GUID -> category
    statuses: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # code GUID -> tag name (its path)


def _root_of(project: Project, code: Code) -> Code:
    while code.parent is not None and code.parent in project.codes:
        code = project.codes[code.parent]
    return code


def _ours(project: Project, code: Code, root: str) -> bool:
    top = _root_of(project, code)
    return top.guid == v.ROOTS[root] or (top.name == root and v.marked(top.description, root))


def tag_name(code: Code) -> str:
    """A code's tag: its path from the top, a "/" or "," inside a name read as a space."""
    return "/".join(" ".join(p.replace("/", " ").replace(",", " ").split()) for p in code.path)


def read_codebook(project: Project) -> dict[str, str]:
    """Code GUID -> what it is ("participant", "category", "status", "tag", "" for a level)."""
    found: dict[str, str] = {}
    for code in project.codes.values():
        parent = project.codes.get(code.parent or "")
        if _ours(project, code, v.PARTICIPANTS) and code.parent is not None:
            found[code.guid] = "participant"
        elif _ours(project, code, v.COMMITMENTS) and parent is not None and parent.name in (
            v.CATEGORY, v.STATUS) and code.name in (CATEGORIES if parent.name == v.CATEGORY
                                                    else STATUSES):  # fmt: skip
            found[code.guid] = "category" if parent.name == v.CATEGORY else "status"
        elif (_ours(project, code, v.TAGS) and code.parent is not None and code.codable) or (
            code.codable and not any(_ours(project, code, r) for r in v.ROOTS if r != v.TAGS)
        ):
            found[code.guid] = "tag"
        else:
            found[code.guid] = ""
    return found


class CodingStep:
    """The project's codes, quotes and mentions written within one journaled step."""

    def __init__(self, annotations: Annotations, step: Step, project: Project) -> None:
        self.ann = annotations
        self.db = annotations.db
        self.step = step
        self.project = project
        self.book = Codebook()
        self.counts: Counter[str] = Counter()
        self.notes = NoteStore(step, project, self.counts, annotations.journal.author())
        self.same: dict[str, int] = {}  # participant code GUID -> one of ours by its names
        self.apart: set[str] = set()  # participant codes that could be more than one of ours
        self.attached: dict[int, str] = {}  # new document -> the source it came attached to

    # -- the code book --------------------------------------------------------------------

    def codebook(self) -> None:
        """Resolve or create what each code stands for (parents before children)."""
        kinds = read_codebook(self.project)
        self.same = self._same_people(kinds)
        for code in self.project.codes.values():
            kind = kinds[code.guid]
            if kind != "participant" and code.notes:
                self.project.skipped["notes on codes"] += len(code.notes)
            if kind == "participant":
                pid = self.book.participants[code.guid] = self._participant(code)
                self.notes.on(code.notes, target(participant_id=pid))
            elif kind == "category":
                self.book.categories[code.guid] = code.name
            elif kind == "status":
                self.book.statuses[code.guid] = code.name
            elif kind == "tag":
                path = code.path[1:] if _ours(self.project, code, v.TAGS) else code.path
                self.book.tags[code.guid] = tag_name(Code(code.guid, code.name, True, path=path))

    def _same_people(self, kinds: dict[str, str]) -> dict[str, int]:
        """Participant codes not held by UUID that are one of ours by their names and aliases,
        in either script (``sync.people``, as a bundle's are): code GUID -> participant; those
        that could be more than one of ours are created apart and counted."""
        rows: list[dict[str, Any]] = []
        aliases: list[dict[str, Any]] = []
        for code in self.project.codes.values():
            if kinds[code.guid] != "participant" or portable.id_of(
                    self.db, "participant", code.guid) is not None:  # fmt: skip
                continue
            about = v.read_participant(code.description)
            rows.append({**about.fields, "uuid": code.guid, "name": code.name,
                         "kind": about.kind if about.kind in KINDS else "other",
                         "parent": code.parent if kinds.get(code.parent or "") == "participant"
                         else None})  # fmt: skip
            aliases += [{"participant": code.guid, "alias": text, "kind": kind}
                        for text, kind, _ in about.aliases]  # fmt: skip
        found = match_people(self.db, rows, aliases, lambda uuid: uuid,
                             lambda text: alias_row(0, text, "name")[2], set())  # fmt: skip
        self.apart = {str(a["uuid"]) for a in found.ambiguous}
        if self.apart:
            self.counts["participants that could be more than one here (kept apart)"] += len(
                self.apart)  # fmt: skip
        return {guid: pid for guid, (pid, _by) in found.matched.items()}

    def _participant(self, code: Code) -> int:
        """The participant a code stands for: by UUID, else by its names (``_same_people``, then
        the one named so when the code says no kind), else a new one with the
        kind, names, role and aliases its Description gives (``vocabulary.read_participant``);
        one matched takes the aliases and names it lacks."""
        about = v.read_participant(code.description)
        pid = portable.id_of(self.db, "participant", code.guid) or self.same.get(code.guid)
        if pid is None and code.guid not in self.apart:
            named = participant_rows.by_name(self.db, code.name)
            pid = int(named[0]["id"]) if len(named) == 1 else None
        if pid is not None:
            self.counts["participants matched"] += 1
            self._adopt(pid, about)
            return pid
        kind = about.kind if about.kind in KINDS else "other"
        fields = about.fields
        pid = participant_rows.add(self.step.log, {
            "uuid": code.guid, "name": code.name, "name_ar": fields.get("name_ar", ""),
            "name_en": fields.get("name_en", ""), "kind": kind, "iso": fields.get("iso"),
            "parent_id": self.book.participants.get(code.parent or ""),
            "color": code.color if len(code.color) in (4, 7) else "",
            "notes": fields.get("notes", ""), "role": fields.get("role", ""),
        })  # fmt: skip
        names = [(t, "name", None) for t in (code.name, fields.get("name_ar"), fields.get("name_en"))
                 if t]  # fmt: skip
        for text, alias_kind, case in [*names, *about.aliases]:
            self.ann.participants.insert_alias(self.step, alias_row(pid, text, alias_kind,
                                                                    case_sensitive=case))  # fmt: skip
        self.step.name(participant=pid)
        self.counts["participants created"] += 1
        return pid

    def _adopt(self, pid: int, about: v.About) -> None:
        """A participant held here takes the Arabic and English names and the role it has
        not, and the aliases it lacks, from the project's code."""
        row = participant_rows.row(self.db, pid)
        if row is None:
            return
        empty = {c: val for c, val in about.fields.items()
                 if c in ("name_ar", "name_en", "role") and not row[c]}  # fmt: skip
        if empty:
            participant_rows.update(self.step.log, pid, empty)
        for text, alias_kind, case in about.aliases:
            if participant_rows.alias_id(self.db, pid, text) is None:
                self.ann.participants.insert_alias(self.step, alias_row(pid, text, alias_kind,
                                                                        case_sensitive=case))  # fmt: skip
                self.counts["aliases added"] += 1

    def _tag(self, name: str) -> int:
        found = tag_rows.tag_id(self.db, name)
        if found is None:
            found = tag_rows.add_tag(self.step.log, name)
            self.counts["tags created"] += 1
        return found

    # -- one source -----------------------------------------------------------------------

    def source(self, source: Source, doc_id: int, new: bool) -> None:
        """Store the coding of one source, now the document ``doc_id``."""
        text = document_rows.text_of(self.db, doc_id)
        place = Placement(source.text, text)
        self.step.documents.add(doc_id)
        if new:
            about = read_about(source, self.project.origin.startswith("Archiver"))
            store_about(self.step.log, doc_id, about)
            if about.attached_to:
                self.attached[doc_id] = about.attached_to
            self.counts["collections created"] += collect_into(self.step.log, doc_id,
                                                               about.collections)  # fmt: skip
        self._whole(source, doc_id)
        commitments = []
        for selection in source.selections:
            if portable.id_of(self.db, "span", selection.guid) is not None:
                self.counts["selections already here"] += 1
                continue
            chars = place.span(selection.start, selection.end)
            if chars is None or not (selection.codings or selection.notes
                                     or selection.description.strip()):  # fmt: skip
                self.counts["selections without codes, notes or text"] += 1
                continue
            if self._is_commitment(selection):
                commitments.append((selection, chars))
                continue
            if selection.codings:
                self._coded(selection, doc_id, text, chars)
            self._quote_memos(selection, doc_id, text, chars)
        for selection, chars in commitments:  # after the mentions: actors are found in them
            cid = self._commitment(selection, doc_id, text, chars)
            self.notes.on(selection.notes, target(commitment_id=cid, document_id=doc_id))
        self.notes.on_source(source.notes, doc_id, place,
                             lambda chars: self._span(doc_id, text, chars, None))  # fmt: skip

    def _quote_memos(self, selection: Selection, doc_id: int, text: str,
                     chars: tuple[int, int]) -> None:  # fmt: skip
        """A selection's Description (a coding memo) and its notes: memos on its quote."""

        def quote() -> dict[str, int | None]:
            return {"document_id": doc_id, "span_id": self._span(doc_id, text, chars, None)}

        if selection.description.strip():  # as a note by the selection's coder, then
            memo = Note(v.derived_guid(selection.guid, "memo"), "", selection.description,
                        user=selection.user, created=selection.created)  # fmt: skip
            self.notes.memo(memo.guid, memo.text, quote, memo)
        self.notes.on(selection.notes, quote)

    def attachments(self, docs: dict[str, tuple[int, bool]]) -> None:
        """Link each new document to the one it came attached to, once all are stored."""
        for doc_id, guid in self.attached.items():
            if attach(self.step.log, doc_id, guid, docs):
                self.counts["attachments linked"] += 1

    def _whole(self, source: Source, doc_id: int) -> None:
        for coding_guid, code in source.codings:
            if code in self.book.participants:
                pid = self.book.participants[code]
                if not mention_rows.has_confirmed(self.db, doc_id, pid):
                    mention_rows.add_mention(self.step.log, doc_id, pid, None, "manual",
                                             self._fresh("mention", coding_guid))  # fmt: skip
                    self.counts["mentions"] += 1
            elif code in self.book.tags:
                tag = self._tag(self.book.tags[code])
                if not tag_rows.carries(self.db, doc_id, tag):
                    tag_rows.tag_document(self.step.log, doc_id, tag)
                    self.counts["document tags"] += 1

    def _fresh(self, kind: str, guid: str) -> str | None:
        """The GUID as the new record's UUID, unless a record here has it (then a new one)."""
        if not guid or portable.id_of(self.db, kind, guid) is not None:
            return None
        return guid

    def _span(self, doc_id: int, text: str, chars: tuple[int, int], guid: str | None) -> int:
        start, end = chars
        return mention_rows.add_span(self.step.log, doc_id, start, end, text[start:end],
                                     text[max(0, start - CONTEXT):start], text[end:end + CONTEXT],
                                     self._fresh("span", guid or ""))  # fmt: skip

    def _is_commitment(self, selection: Selection) -> bool:
        codes = [code for _, code in selection.codings]
        return (sum(c in self.book.categories for c in codes) == 1
                and sum(c in self.book.statuses for c in codes) == 1
                and any(c in self.book.participants for c in codes))  # fmt: skip

    def _coded(self, selection: Selection, doc_id: int, text: str, chars: tuple[int, int]) -> None:
        """Mentions of the participants, the span coded with the tags (other codes: tags too)."""
        tags = [self.book.tags[c] for _, c in selection.codings if c in self.book.tags]
        people = [(g, self.book.participants[c]) for g, c in selection.codings
                  if c in self.book.participants]  # fmt: skip
        guid: str | None = selection.guid
        if tags:
            span = self._span(doc_id, text, chars, guid)
            guid = None
            for name in dict.fromkeys(tags):
                span_tags.code_span(self.step.log, span, self._tag(name))
            self.counts["coded quotes"] += 1
        for coding_guid, pid in people:
            if chars in mention_rows.spans_of(self.db, doc_id, pid):
                continue
            span = self._span(doc_id, text, chars, guid)
            guid = None
            mention_rows.delete_mentions(self.step.log, pid, doc_id, method="rejected")
            mention_rows.add_mention(self.step.log, doc_id, pid, span, "manual",
                                     self._fresh("mention", coding_guid))  # fmt: skip
            self.counts["mentions"] += 1

    def _commitment(self, selection: Selection, doc_id: int, text: str,
                    chars: tuple[int, int]) -> int:  # fmt: skip
        codes = dict(selection.codings)
        by_code = {code: guid for guid, code in selection.codings}
        category = next(self.book.categories[c] for c in by_code if c in self.book.categories)
        status = next(self.book.statuses[c] for c in by_code if c in self.book.statuses)
        fields, roles = v.read_lines(selection.description)
        pairs = self._actors([self.book.participants[c] for c in by_code
                              if c in self.book.participants], roles)  # fmt: skip
        values = _commitment_values(fields, category, status)
        values.update(document_id=doc_id, span_id=self._span(doc_id, text, chars, selection.guid),
                      statement_date=values["statement_date"]
                      or _published(document_rows.published_of(self.db, doc_id)))  # fmt: skip
        category_coding = next(g for g, c in codes.items() if c in self.book.categories)
        uuid = self._fresh("commitment", category_coding)
        if uuid is not None:
            values["uuid"] = uuid
        cid = commitment_rows.add(self.step.log, values)
        commitment_rows.add_actors(self.step.log, cid, pairs)
        self.ann.mentions.confirm_in(self.step, doc_id, [pid for pid, _ in pairs])
        for name in dict.fromkeys(self.book.tags[c] for c in by_code if c in self.book.tags):
            span_tags.code_span(self.step.log, values["span_id"], self._tag(name))
        self.step.name(commitment=cid)
        self.counts["commitments"] += 1
        return cid

    def _actors(self, pids: list[int], roles: dict[str, list[str]]) -> list[tuple[int, str]]:
        """Each participant with the role its Description line gives (source by default)."""
        named = {}
        for role, names in roles.items():
            for name in names:
                named[name.casefold()] = role
        people = self.ann.participants.by_ids(pids)
        pairs = []
        for pid in dict.fromkeys(pids):
            person = people[pid]
            role = named.get(person.name.casefold()) or named.get(
                person.name_ar.casefold(), "source"
            )
            pairs.append((pid, role))
        return pairs


def _published(published: str | None) -> str | None:
    return str(published)[:10] if published else None


def _commitment_values(fields: dict[str, str], category: str, status: str) -> dict[str, Any]:
    """A commitment's columns from its Description lines (a value that is not valid: left out)."""
    action = fields.get("action", "").lower()
    flags = {f.strip().lower() for f in fields.get("flags", "").split(",")}
    return {
        "action": action if action in ACTIONS else DEFAULT_ACTION[status],
        "category": category, "status": status, "what": fields.get("what", ""),
        "condition": fields.get("condition", ""),
        **{name: int(name in flags) for name in v.FLAG_NAMES},
        "quantity": _number(fields.get("quantity")), "unit": fields.get("unit", ""),
        "statement_date": _date(fields.get("statement date")),
        "target_date": _date(fields.get("target date")), "updates_id": None,
        "notes": fields.get("notes", ""),
    }  # fmt: skip


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _date(text: str | None) -> str | None:
    try:
        return check_date(text, "date")
    except Invalid:
        return None
