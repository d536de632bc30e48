"""Mentions of participants in documents: suggestions, confirm, reject, untag, tag a span.

Suggestions are computed on the fly from the alias matcher and the titles of the text
(``people.read_people``: persons named after their titles) and never stored; a decision
(confirmed, tagged by hand, rejected) is a mention row, one journaled step each. Confirming a
person not in the archive creates them (kind person, the title's state as parent, its office
as role) in the same step. A suggestion turned down for good ("never Italy from روما") is a
``suggestion_block`` row (see ``blocks.py``), which the reading here obeys.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from archiver.core.annotations.alias_forms import KNOWN, NOT_A_NAME, alias_form
from archiver.core.annotations.gazetteer import AliasEntry, Match, Matcher
from archiver.core.annotations.model import DocParticipant, Participant, Span, Suggestion
from archiver.core.annotations.names import by_script
from archiver.core.annotations.people import PeopleRead, PersonFound, person_words, read_people
from archiver.core.annotations.setup import alias_row
from archiver.core.changes import Change, ChangeKind
from archiver.core.errors import BadSpan, Invalid, UnknownParticipant
from archiver.core.store import documents as document_rows
from archiver.core.store import mentions as rows
from archiver.core.store import participants as participant_rows
from archiver.core.store import suggestion_blocks as block_rows
from archiver.core.text import arabic
from archiver.core.text.scripts import trim_selection

if TYPE_CHECKING:
    from archiver.core.annotations.journal import Journal, Step
    from archiver.core.annotations.participants import Participants
    from archiver.core.annotations.setup import Setup

CONTEXT_CHARS = 30  # prefix/suffix kept with a span so it can be re-anchored


class Reading:
    """What a document's text says about participants, its blocks obeyed."""

    def __init__(self, matches: list[Match], people: dict[int, Participant],
                 read: PeopleRead, blocked_words: set[str]) -> None:  # fmt: skip
        self.people = people  # the participants matched, by id
        self.read = read
        self.spans: dict[int, list[tuple[int, int]]] = {}
        self.aliases: dict[int, list[str]] = {}
        self.alias_ids: dict[int, list[int]] = {}
        for m in matches:
            self.spans.setdefault(m.participant_id, []).append((m.start, m.end))
            if m.alias not in self.aliases.setdefault(m.participant_id, []):
                self.aliases[m.participant_id].append(m.alias)
                self.alias_ids.setdefault(m.participant_id, []).append(m.alias_id)
        self.new_people: list[PersonFound] = []
        for person in read.people:
            if person.participant_id is None:
                self.new_people.append(person)
            else:  # the office alone, counted for its holder
                have = self.spans.setdefault(person.participant_id, [])
                have += [s for s in person.spans if s not in have]
                have.sort()
        self.blocked_words = blocked_words

    def person(self, name: str) -> PersonFound:
        """The new person of this document called ``name`` (full name or surname)."""
        wanted = person_words(name)
        for person in self.new_people:
            if wanted in {person_words(a) for a in person.aliases}:
                return person
        raise UnknownParticipant(f"no participant or suggested person called {name!r}")


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

    def reading(self, doc_id: int) -> Reading:
        """Who a document's text names: alias matches less the blocked ones, and the people
        its titles name (a state's alias inside a person's name is not the state)."""
        text = document_rows.text_of(self.db, doc_id)
        blocks = block_rows.for_document(self.db, doc_id)
        aliases = {b["blocked_alias_id"] for b in blocks if b["blocked_alias_id"] is not None}
        whole = {b["participant_id"] for b in blocks
                 if b["participant_id"] is not None and b["blocked_alias_id"] is None}  # fmt: skip
        tokens = arabic.analyze(text)
        every = self.matcher().find(text, tokens, places=True)
        people = self.participants.by_ids({m.participant_id for m in every})
        keys = participant_rows.ids_by_gazetteer_key(self.db)
        read = read_people(text, every, people, keys, tokens, self.participants.office_holders)
        other = {f.participant_id for f in read.people if f.other_script}  # not matched here
        people.update(self.participants.by_ids(i for i in other if i is not None))
        namesakes = set(read.namesakes)  # another person's name: إريك ترامب is not Donald
        matches = [m for m in every if not m.place and m.alias_id not in aliases
                   and m.participant_id not in whole and (m.start, m.end) not in namesakes
                   and (people[m.participant_id].kind == "person"
                        or not any(a <= m.start and m.end <= b for a, b in read.names))]  # fmt: skip
        return Reading(matches, people, read, {b["words"] for b in blocks if b["words"]})

    # -- reads -----------------------------------------------------------------------------

    def suggestions(self, doc_id: int, *, include_decided: bool = False) -> list[Suggestion]:
        """Participants the document names, in order of first occurrence: those whose aliases
        occur, and the persons named after their titles (new ones with no participant id).

        Confirmed and rejected participants are left out unless ``include_decided``.
        """
        doc = self.reading(doc_id)
        decided = self._decisions(doc_id)
        wanted = [pid for pid in doc.spans if include_decided or pid not in decided]
        found = [self._suggestion(doc, pid, decided.get(pid, "suggested")) for pid in wanted]
        for person in doc.new_people:
            state = "rejected" if person_words(person.name) in doc.blocked_words else "suggested"
            if include_decided or state == "suggested":
                found.append(self._new_person(person, state))
        parents = self.participants.by_ids({s.parent_id for s in found if s.parent_id})
        for s in found:
            if (parent := parents.get(s.parent_id or 0)) is not None:
                s.parent, s.parent_ar, s.parent_en = parent.name, parent.name_ar, parent.name_en
        return sorted(found, key=lambda s: s.spans[0] if s.spans else (0, 0))

    def _suggestion(self, doc: Reading, pid: int, state: str) -> Suggestion:
        p = doc.people[pid]
        titled = next((f for f in doc.read.people if f.participant_id == pid), None)
        return Suggestion(
            pid,
            p.name,
            p.name_ar,
            p.kind,
            doc.spans[pid],
            doc.aliases.get(pid, []),
            state,
            parent_id=p.parent_id or (titled.state_id if titled else None),
            role=p.role or (titled.role if titled else ""),
            offices=doc.read.offices.get(pid, []),
            name_en=p.name_en,
        )

    @staticmethod
    def _new_person(person: PersonFound, state: str) -> Suggestion:
        arabic_name, latin_name = by_script(person.name)
        return Suggestion(None, person.name, arabic_name, "person", person.spans,
                          person.aliases, state, person.state_id, role=person.role,
                          name_en=latin_name)  # fmt: skip

    def _decisions(self, doc_id: int) -> dict[int, str]:
        out: dict[int, str] = {}
        for pid, method in rows.decisions(self.db, doc_id):
            if method != "suggested" and out.get(pid) != "confirmed":
                out[pid] = "confirmed" if method in ("manual", "confirmed") else "rejected"
        return out

    def participants_in(self, doc_id: int) -> list[DocParticipant]:
        """Participants confirmed or tagged in a document, with their spans."""
        out: dict[int, DocParticipant] = {}
        for mid, pid, method, start, end, name, name_ar, kind, name_en in rows.confirmed_rows(
            self.db, doc_id
        ):
            item = out.setdefault(
                pid, DocParticipant(pid, name, name_ar, kind, method, name_en=name_en)
            )
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
        doc = self.reading(doc_id)
        with self.journal.change(ChangeKind.CONFIRM, participants=[pid], documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            step.count = self._confirm(step, doc_id, pid, doc.spans.get(pid, []))
            self._adopt_name(step, doc, pid)
        return step.result

    def _adopt_name(self, step: Step, doc: Reading, pid: int) -> None:
        """Keep the name a person was found by in their other script as one of their aliases
        (confirming "Emmanuel Macron" for إيمانويل ماكرون matches him in English from then on)."""
        for found in doc.read.people:
            if found.participant_id == pid and found.other_script:
                for alias in _names_only(found.aliases):
                    self.participants.insert_alias(step, alias_row(pid, alias, "name"))

    def confirm_person(self, doc_id: int, name: str) -> Change:
        """Confirm a person the document names after a title who is not in the archive yet:
        the participant is created (kind person, the title's state as parent, its office as
        role, the name as written in an Arabic text as its Arabic name) in the same step."""
        person = self.reading(doc_id).person(name)
        with self.journal.change(ChangeKind.CONFIRM, documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            step.count = self._confirm_new(step, doc_id, person)
        return step.result

    def confirm_suggestion(self, doc_id: int, key: str) -> Change:
        """Confirm the suggestion ``key`` names: "p12", or a new person's name."""
        if key.startswith("p") and key[1:].isdigit():
            return self.confirm(doc_id, int(key[1:]))
        return self.confirm_person(doc_id, key)

    def _confirm_new(self, step: Step, doc_id: int, person: PersonFound) -> int:
        return self._create_found(step, doc_id, person)[1]

    def create_person(self, step: Step, doc_id: int, name: str) -> int:
        """Within a step, create and confirm the new person the document names after a title
        (as ``confirm_person`` does; a commitment's actor still suggested); their id."""
        return self._create_found(step, doc_id, self.reading(doc_id).person(name))[0]

    def _create_found(self, step: Step, doc_id: int, person: PersonFound) -> tuple[int, int]:
        """(the new person's id, mentions added)."""
        pid = self.participants.create(step, person.name, "person", parent=person.state_id,
                                       aliases=_names_only(person.aliases), role=person.role,
                                       written=[person.name])  # fmt: skip
        step.name(participant=pid)
        return pid, self._confirm(step, doc_id, pid, person.spans)

    def confirm_all(self, doc_id: int) -> Change:
        """Confirm every pending suggestion of a document, creating the new persons (one undo
        step); ``count``: mentions."""
        pending = self.suggestions(doc_id)
        doc = self.reading(doc_id)
        with self.journal.change(ChangeKind.CONFIRM_ALL, documents=[doc_id],
                                 participants=[s.participant_id for s in pending
                                               if s.participant_id is not None]) as step:  # fmt: skip
            for s in pending:
                if s.participant_id is None:
                    step.count += self._confirm_new(step, doc_id, doc.person(s.name))
                else:
                    step.count += self._confirm(step, doc_id, s.participant_id, s.spans)
                    self._adopt_name(step, doc, s.participant_id)
        return step.result

    def confirm_in(self, step: Step, doc_id: int, pids: Iterable[int]) -> int:
        """Within a step, confirm these participants of a document unless they already are
        (a commitment's actors take part in its document); returns mentions added."""
        missing = [p for p in dict.fromkeys(pids) if not rows.has_confirmed(self.db, doc_id, p)]
        if not missing:
            return 0
        found = self.reading(doc_id).spans
        return sum(self._confirm(step, doc_id, pid, found.get(pid, [])) for pid in missing)

    def _confirm(self, step: Step, doc_id: int, pid: int, spans: list[tuple[int, int]]) -> int:
        step.documents.add(doc_id)
        rows.delete_mentions(step.log, pid, doc_id, method="rejected")
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
        return rows.add_mention(step.log, doc_id, pid, span_id, method)

    def make_span(self, step: Step, doc_id: int, start: int, end: int) -> int:
        """Within a step, store a span of a document (checked against its text); its id."""
        text = document_rows.text_of(self.db, doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        step.documents.add(doc_id)
        return rows.add_span(step.log, doc_id, start, end, text[start:end],
                             text[max(0, start - CONTEXT_CHARS):start],
                             text[end:end + CONTEXT_CHARS])  # fmt: skip

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
            rows.delete_mention(step.log, mention_id)
            if span_id is not None:
                rows.delete_span(step.log, span_id)
        return step.result

    def _drop(self, step: Step, doc_id: int, pid: int) -> None:
        spans = rows.span_ids(self.db, pid, doc_id)
        rows.delete_mentions(step.log, pid, doc_id)
        for span_id in spans:
            rows.delete_span(step.log, span_id)

    def tag_span(
        self, doc_id: int, start: int, end: int, pid: int, *, add_alias: bool = True,
        alias_anyway: bool = False,
    ) -> Change:  # fmt: skip
        """Tag a selection as a participant (a manual mention, in ``extra["mention"]``).

        With ``add_alias`` the selected words become an alias of the participant (in their
        ``alias_forms`` form), unless its aliases already match them or they are a title or
        no name (``extra["alias_refused"]`` says which) and ``alias_anyway`` is not given.
        Words tagged as the participant already get no second mention (``extra
        ["already_tagged"]``): with no alias added either, nothing is journaled (``id`` 0).
        """
        person = self.participants.get(pid)
        selected = self._selected(doc_id, start, end)
        with self.journal.change(ChangeKind.TAG_SPAN, participants=[pid], documents=[doc_id],
                                 names=[person.name]) as step:  # fmt: skip
            self._tag(step, doc_id, (start, end), pid, selected if add_alias else "",
                      anyway=alias_anyway)  # fmt: skip
        return step.result

    def tag_new(
        self,
        doc_id: int,
        start: int,
        end: int,
        name: str,
        kind: str = "person",
        *,
        name_ar: str = "",
        name_en: str = "",
        add_alias: bool = True,
        alias_anyway: bool = False,
    ) -> Change:
        """Create a participant and tag a selection as it, in one step (TAG_NEW): one undo
        takes back both; its names become aliases, and the selected words with ``add_alias``
        (as ``tag_span`` takes them; that form is then also its Arabic or English name, the
        one of its script, when that is not given and the name is in the other script)."""
        selected = self._selected(doc_id, start, end)
        form = alias_form(selected) if add_alias else None
        named = form.text if form is not None and (form.refusal is None or alias_anyway) else ""
        with self.journal.change(ChangeKind.TAG_NEW, documents=[doc_id],
                                 names=[name.strip()]) as step:  # fmt: skip
            pid = self.participants.create(step, name, kind, name_ar=name_ar, name_en=name_en,
                                           written=[name, named])  # fmt: skip
            self._tag(step, doc_id, (start, end), pid, selected if add_alias else "", new=True,
                      anyway=alias_anyway)  # fmt: skip
            made = self.participants.get(pid)
            if named and named != made.name and named in (made.name_ar, made.name_en):
                step.extra["alias"] = named  # a name in its script, and so an alias
        return step.result

    def _selected(self, doc_id: int, start: int, end: int) -> str:
        """The words a span of a document selects (checked against its text), trimmed."""
        text = document_rows.text_of(self.db, doc_id)
        if not (0 <= start < end <= len(text)):
            raise BadSpan(f"span {start}:{end} is outside document #{doc_id} (0:{len(text)})")
        return text[slice(*trim_selection(text, start, end))]

    def _tag(self, step: Step, doc_id: int, span: tuple[int, int], pid: int, selected: str,
             *, new: bool = False, anyway: bool = False) -> None:  # fmt: skip
        """Within a step, a manual mention of ``pid`` at ``span``; ``selected`` (the words, or
        '') becomes an alias unless the participant's aliases match it already, or (without
        ``anyway``) it is a title or no name."""
        rows.delete_mentions(step.log, pid, doc_id, method="rejected")
        held = None if new else self.tagged_at(doc_id, pid, *span)
        if held is None:
            span_id = self.make_span(step, doc_id, *span)
            step.extra = {"mention": self._mention(step, doc_id, pid, span_id, "manual")}
        else:  # the same words tagged as the same participant: no second mention
            step.extra = {"mention": held, "already_tagged": True}
        self._tag_alias(step, pid, selected, new=new, anyway=anyway)
        if not step.log.ops:
            step.reindex = False  # nothing written: nothing to index

    def _tag_alias(self, step: Step, pid: int, selected: str, *, new: bool, anyway: bool) -> None:
        """The selected words as an alias of ``pid``, or why not in ``extra["alias_refused"]``."""
        form = alias_form(selected) if selected else None
        if form is None or not form.text:
            return
        if form.refusal and not anyway:
            step.extra["alias_refused"] = form.refusal
            return
        if self._matches(pid, form.text, new=new):
            step.extra["alias_refused"] = KNOWN
            return
        row = alias_row(pid, form.text, "name")
        if row[2] or row[5]:
            self.participants.insert_alias(step, row)
            step.extra["alias"] = form.text
        else:
            step.extra["alias_refused"] = NOT_A_NAME

    def tagged_at(self, doc_id: int, pid: int, start: int, end: int) -> int | None:
        """The mention tagging or confirming ``pid`` on these words of a document (the same
        words once spaces and punctuation at the ends are trimmed), or None."""
        text = document_rows.text_of(self.db, doc_id)
        wanted = trim_selection(text, start, end)
        for mention_id, s, e in rows.spans_with_ids(self.db, doc_id, pid):
            if (s, e) == (start, end) or trim_selection(text, s, e) == wanted:
                return mention_id
        return None

    def _matches(self, pid: int, words: str, *, new: bool) -> bool:
        """Whether one of the participant's aliases matches the whole of ``words`` (one inside
        them, الأردنية in الحكومة الأردنية, leaves them a new alias): a participant created in
        the step being written is not in the matcher yet, so its own aliases are read."""
        if not new:
            found = self.matcher().find(words)
        else:
            found = Matcher(AliasEntry(r[0], r[1], r[2], tuple(r[3].split()), r[4], bool(r[5]))
                            for r in participant_rows.matcher_rows(self.db, pid)).find(words)  # fmt: skip
        start, end = trim_selection(words, 0, len(words))
        return any(m.participant_id == pid and m.start <= start and m.end >= end for m in found)


def _names_only(aliases: Iterable[str]) -> list[str]:
    """The names among a found person's aliases, in their alias form (no title, no clitic)."""
    forms = (alias_form(a) for a in aliases)
    return list(dict.fromkeys(f.text for f in forms if f.text and f.refusal is None))
