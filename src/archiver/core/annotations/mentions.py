"""Mentions of participants in documents: suggestions, confirm, reject, untag, tag a span.

Suggestions are computed on the fly from the alias matcher and never stored; a decision
(confirmed, tagged by hand, rejected) is a mention row, one journaled step each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core import store
from archiver.core.annotations.gazetteer import AliasEntry, Matcher
from archiver.core.annotations.model import DocParticipant, Span, Suggestion
from archiver.core.annotations.setup import alias_row
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import BadSpan, Invalid
from archiver.core.store import documents as document_rows
from archiver.core.store import mentions as rows
from archiver.core.store import participants as participant_rows

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal, Step
    from archiver.core.annotations.participants import Participants
    from archiver.core.annotations.setup import Setup

CONTEXT_CHARS = 30  # prefix/suffix kept with a span so it can be re-anchored
_TRIM = " \t\n.,;:!?،؛؟\"'()«»“”"


class Mentions:
    """Where participants are mentioned in the documents of one archive."""

    def __init__(self, journal: Journal, setup: Setup, participants: Participants) -> None:
        self.journal = journal
        self.db = journal.db
        self._setup = setup
        self.participants = participants
        self._matcher: Matcher | None = None
        self._matcher_stamp: str | None = None

    # -- matching --------------------------------------------------------------------------

    def matcher(self) -> Matcher:
        """The alias matcher, rebuilt when any alias changed (also in another process)."""
        self._setup.ensure_ready()
        stamp = participant_rows.alias_generation(self.db)
        if self._matcher is None or stamp != self._matcher_stamp:
            self._matcher = Matcher(
                AliasEntry(r[0], r[1], r[2], tuple(r[3].split()), r[4], bool(r[5]))
                for r in participant_rows.matcher_rows(self.db)
            )
            self._matcher_stamp = stamp
        return self._matcher

    def find_in_text(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Participant id -> spans where its aliases occur in ``text``."""
        matcher = self.matcher()
        return {pid: f.spans for pid, f in matcher.group(matcher.find(text)).items()}

    # -- reads -----------------------------------------------------------------------------

    def suggestions(self, doc_id: int, *, include_decided: bool = False) -> list[Suggestion]:
        """Participants whose aliases occur in the document, in order of first occurrence.

        Confirmed and rejected participants are left out unless ``include_decided``.
        """
        matcher = self.matcher()
        found = matcher.group(matcher.find(document_rows.text_of(self.db, doc_id)))
        decided = self._decisions(doc_id)
        wanted = [pid for pid in found if include_decided or pid not in decided]
        people = self.participants.by_ids(wanted)
        return [
            Suggestion(pid, people[pid].name, people[pid].name_ar, people[pid].kind,
                       found[pid].spans, found[pid].aliases, decided.get(pid, "suggested"))
            for pid in wanted
        ]  # fmt: skip

    def _decisions(self, doc_id: int) -> dict[int, str]:
        out: dict[int, str] = {}
        for pid, method in rows.decisions(self.db, doc_id):
            if method != "suggested" and out.get(pid) != "confirmed":
                out[pid] = "confirmed" if method in ("manual", "confirmed") else "rejected"
        return out

    def participants_in(self, doc_id: int) -> list[DocParticipant]:
        """Participants confirmed or tagged in a document, with their spans."""
        out: dict[int, DocParticipant] = {}
        for mid, pid, method, start, end, name, name_ar, kind in rows.confirmed_rows(
            self.db, doc_id
        ):
            item = out.setdefault(pid, DocParticipant(pid, name, name_ar, kind, method))
            if method == "manual":
                item.method = "manual"
            item.mention_ids.append(mid)
            if start is not None:
                item.spans.append((start, end))
        return list(out.values())

    def span(self, span_id: int) -> Span:
        """One stored span."""
        found = rows.span_row(self.db, span_id)
        if found is None:
            raise BadSpan(f"no span {span_id}")
        return Span(*found)

    # -- changes ---------------------------------------------------------------------------

    def confirm(self, doc_id: int, pid: int) -> Change:
        """Record a suggested participant's spans as confirmed mentions (``count``: how many).

        With no occurrence in the text, the participant is recorded for the whole document.
        """
        person = self.participants.get(pid)
        spans = self.find_in_text(document_rows.text_of(self.db, doc_id)).get(pid, [])
        with self.journal.change(ChangeKind.CONFIRM, participants=[pid], documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            step.count = self._confirm(step, doc_id, pid, spans)
        return step.result

    def confirm_all(self, doc_id: int) -> Change:
        """Confirm every pending suggestion of a document (one undo step); ``count``: mentions."""
        pending = self.suggestions(doc_id)
        with self.journal.change(ChangeKind.CONFIRM_ALL, documents=[doc_id],
                                 participants=[s.participant_id for s in pending]) as step:  # fmt: skip
            step.count = sum(self._confirm(step, doc_id, s.participant_id, s.spans)
                             for s in pending)  # fmt: skip
        return step.result

    def confirm_in(self, step: Step, doc_id: int, pids: Iterable[int]) -> int:
        """Within a step, confirm these participants of a document unless they already are
        (a commitment's actors take part in its document); returns mentions added."""
        missing = [p for p in dict.fromkeys(pids) if not rows.has_confirmed(self.db, doc_id, p)]
        if not missing:
            return 0
        found = self.find_in_text(document_rows.text_of(self.db, doc_id))
        return sum(self._confirm(step, doc_id, pid, found.get(pid, [])) for pid in missing)

    def _confirm(self, step: Step, doc_id: int, pid: int, spans: list[tuple[int, int]]) -> int:
        step.documents.add(doc_id)
        step.delete("mention", {"document_id": doc_id, "participant_id": pid,
                                "method": "rejected"})  # fmt: skip
        have = rows.spans_of(self.db, doc_id, pid)
        added = 0
        for start, end in spans:
            if (start, end) not in have:
                span_id = self.make_span(step, doc_id, start, end)
                self._mention(step, doc_id, pid, span_id, "confirmed")
                added += 1
        if not spans and not rows.has_confirmed(self.db, doc_id, pid):
            self._mention(step, doc_id, pid, None, "manual")
            added += 1
        return added

    def _mention(self, step: Step, doc_id: int, pid: int, span_id: int | None, method: str) -> int:
        step.documents.add(doc_id)
        return step.insert("mention", {
            "document_id": doc_id, "participant_id": pid, "span_id": span_id, "method": method,
            "created_at": store.now(),
        })  # fmt: skip

    def make_span(self, step: Step, doc_id: int, start: int, end: int) -> int:
        """Within a step, store a span of a document (checked against its text); its id."""
        text = document_rows.text_of(self.db, doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        step.documents.add(doc_id)
        return step.insert("span", {
            "document_id": doc_id, "start": start, "end": end, "quote": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS):start],
            "suffix": text[end:end + CONTEXT_CHARS], "created_at": store.now(),
        })  # fmt: skip

    def reject(self, doc_id: int, pid: int) -> Change:
        """Not this participant in this document: drop its mentions, stop suggesting it here."""
        person = self.participants.get(pid)
        document_rows.text_of(self.db, doc_id)
        with self.journal.change(ChangeKind.REJECT, participants=[pid], documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            self._drop(step, doc_id, pid)
            self._mention(step, doc_id, pid, None, "rejected")
        return step.result

    def untag(self, doc_id: int, pid: int) -> Change:
        """Forget every decision about a participant in a document (it may be suggested again)."""
        with self.journal.change(ChangeKind.UNTAG, participants=[pid],
                                 documents=[doc_id]) as step:  # fmt: skip
            self._drop(step, doc_id, pid)
        return step.result

    def remove(self, mention_id: int) -> Change:
        """Remove one mention (and its span)."""
        place = rows.mention_place(self.db, mention_id)
        if place is None:
            raise Invalid(f"no mention {mention_id}")
        doc_id, span_id = place
        with self.journal.change(ChangeKind.REMOVE_MENTION, documents=[doc_id]) as step:
            step.extra = {"mention": mention_id}
            step.delete("mention", {"id": mention_id})
            if span_id is not None:
                step.delete("span", {"id": span_id})
        return step.result

    def _drop(self, step: Step, doc_id: int, pid: int) -> None:
        spans = rows.span_ids(self.db, pid, doc_id)
        step.delete("mention", {"document_id": doc_id, "participant_id": pid})
        for span_id in spans:
            step.delete("span", {"id": span_id})

    def tag_span(
        self, doc_id: int, start: int, end: int, pid: int, *, add_alias: bool = True
    ) -> Change:
        """Tag a selection as a participant (a manual mention, in ``extra["mention"]``).

        With ``add_alias`` the selected words become an alias of the participant, unless
        its aliases already match them.
        """
        person = self.participants.get(pid)
        text = document_rows.text_of(self.db, doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        selected = text[start:end].strip(_TRIM)
        with self.journal.change(ChangeKind.TAG_SPAN, participants=[pid], documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            step.delete("mention", {"document_id": doc_id, "participant_id": pid,
                                    "method": "rejected"})  # fmt: skip
            span_id = self.make_span(step, doc_id, start, end)
            step.extra = {"mention": self._mention(step, doc_id, pid, span_id, "manual")}
            if add_alias and selected and pid not in self.find_in_text(selected):
                row = alias_row(pid, selected, "name")
                if row[2] or row[5]:
                    self.participants.insert_alias(step, row)
                    step.extra["alias"] = selected
        return step.result
