"""A participant created to tag a selection: one journaled step, one undo, one redo, one
history line, and the same in another copy the step travels to."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.archive import Archive
from archiver.core.change_words import describe
from archiver.core.changes import ChangeKind
from archiver.core.errors import BadSpan, HasDependents, UnknownParticipant
from sync_copies import send, two

__all__ = ["two"]  # the fixture of two copies

TEXT = "دعا المجتمع الدولي إلى وقف إطلاق النار، وقال إن للمجتمع الدولي دوراً في مراقبته."
NAME = "المجتمع الدولي"


def _doc(archive: Archive, tmp_path: Path, name: str = "2025-07-09-a.txt") -> int:
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    return archive.import_paths([path], keep_duplicates=True).imported[0].id


def _tagged(archive: Archive, doc: int) -> list[tuple[str, str, list[tuple[int, int]]]]:
    return [(p.name, p.method, p.spans) for p in archive.annotations.mentions.participants_in(doc)]


def _named(archive: Archive) -> list[str]:
    return [p.name for p in archive.annotations.participants.all() if p.name == NAME]


def test_creating_to_tag_is_one_step_that_one_undo_and_one_redo_take(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    start = TEXT.index(NAME)
    entries = len(ann.journal.history())
    change = ann.mentions.tag_new(doc, start, start + len(NAME), NAME, "organisation")
    assert change.kind is ChangeKind.TAG_NEW and change.documents == (doc,)
    created = ann.participants.resolve(NAME)
    assert change.participants == (created.id,) and created.kind == "organisation"
    assert _tagged(archive, doc) == [(NAME, "manual", [(start, start + len(NAME))])]
    history = ann.journal.history()
    assert len(history) == entries + 1 and history[0].change == change
    assert describe(change, {created.id: NAME}) == f"tag {NAME} in #{doc} (new participant)"
    assert ann.journal.last_change() == change

    assert ann.journal.undo_last() == change  # both: the tag and the participant
    assert _named(archive) == [] and _tagged(archive, doc) == []
    assert [s.name for s in ann.mentions.suggestions(doc)] == []  # not left as a suggestion
    with pytest.raises(UnknownParticipant):
        ann.participants.get(created.id)
    assert ann.journal.last_change() != change  # nothing of it is left to undo
    assert ann.journal.next_redo() == change

    assert ann.journal.redo_last() == change  # both again, the same ids
    assert ann.participants.get(created.id).name == NAME
    assert _tagged(archive, doc) == [(NAME, "manual", [(start, start + len(NAME))])]
    assert ann.journal.next_redo() is None
    assert len(ann.journal.history()) == entries + 1


def test_the_selection_becomes_an_alias_only_when_the_new_names_do_not_match_it(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    start = TEXT.index("للمجتمع الدولي")
    end = start + len("للمجتمع الدولي")
    ann.mentions.tag_new(doc, start, end, NAME, "organisation")  # the name matches it (لـ)
    created = ann.participants.resolve(NAME)
    assert [a.alias for a in ann.participants.aliases(created.id)] == [NAME]
    ann.journal.undo_last()
    change = ann.mentions.tag_new(doc, start, end, "International community", "organisation")
    created = ann.participants.resolve("International community")
    aliases = {a.alias for a in ann.participants.aliases(created.id)}
    assert aliases == {"International community", "المجتمع الدولي"}  # without its لـ
    assert change.extra["alias"] == "المجتمع الدولي"
    ann.journal.undo_last()
    ann.mentions.tag_new(doc, start, end, "UN", "organisation", add_alias=False)
    assert [a.alias for a in ann.participants.aliases(ann.participants.resolve("UN").id)] == ["UN"]


def test_a_later_change_naming_the_new_participant_holds_the_undo_of_both(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path)
    ann = archive.annotations
    start = TEXT.index(NAME)
    change = ann.mentions.tag_new(doc, start, start + len(NAME), NAME, "organisation")
    pid = change.participants[0]
    archive.commitments.add(doc, [pid], category="monitoring", status="offered")
    with pytest.raises(HasDependents):
        ann.journal.undo(change.id)
    assert ann.participants.get(pid).name == NAME


def test_a_bad_span_creates_nobody(archive: Archive, tmp_path: Path) -> None:
    doc = _doc(archive, tmp_path)
    entries = len(archive.annotations.journal.history())
    with pytest.raises(BadSpan):
        archive.annotations.mentions.tag_new(doc, 5, 5000, NAME, "organisation")
    assert _named(archive) == [] and len(archive.annotations.journal.history()) == entries


def test_the_one_step_travels_and_so_do_its_undo_and_redo(
    two: tuple[Archive, Archive], tmp_path: Path
) -> None:
    a, b = two
    doc = _doc(a, tmp_path)
    start = TEXT.index(NAME)
    a.annotations.mentions.tag_new(doc, start, start + len(NAME), NAME, "organisation")
    send(a, b)
    (theirs,) = b.document_ids()
    assert _named(b) == [NAME]
    assert _tagged(b, theirs) == _tagged(a, doc)
    merged = [e for e in b.annotations.journal.history() if e.merged_from]
    assert [e.change.kind for e in merged].count(ChangeKind.TAG_NEW) == 1
    assert not [e for e in merged if e.change.kind is ChangeKind.ADD_PARTICIPANT]

    a.annotations.journal.undo_last()
    send(a, b)
    assert _named(b) == [] and _tagged(b, theirs) == []
    a.annotations.journal.redo_last()
    send(a, b)
    assert _named(b) == [NAME] and _tagged(b, theirs) == _tagged(a, doc)
