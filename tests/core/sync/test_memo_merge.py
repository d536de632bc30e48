"""Memos merged between copies: an edit on each side is a conflict on the memo's text (named by
it), and a memo deleted there but edited here is kept."""

from __future__ import annotations

from archiver.core.annotations.model import MemoTarget
from archiver.core.sync.conflicts import DELETED, list_conflicts, resolve
from sync_copies import imported, send


def _shared(two, texts):  # type: ignore[no-untyped-def]
    a, b = two
    doc = imported(a, texts("defence.txt"))[0]
    memo = a.memos.add(MemoTarget.on_quote(doc, 0, 9), "first")
    send(a, b)
    (there,) = b.memos.all()
    assert there.uuid == memo.uuid and there.quote == "Ministers"
    return a, b, memo, there


def test_an_edit_on_each_side_is_a_conflict_on_the_text(two, texts):  # type: ignore[no-untyped-def]
    a, b, memo, there = _shared(two, texts)
    a.memos.edit(memo.id, "mine")
    b.memos.edit(there.id, "theirs")
    (conflict,) = [c for c in send(b, a).conflicts if c.field == "body"]
    assert (conflict.local, conflict.remote) == ("mine", "theirs")
    assert a.memos.get(memo.id).text == "mine"
    resolve(a, conflict.id, "remote")
    assert a.memos.get(memo.id).text == "theirs" and list_conflicts(a) == []


def test_a_memo_deleted_there_and_edited_here_is_kept(two, texts):  # type: ignore[no-untyped-def]
    a, b, memo, there = _shared(two, texts)
    a.memos.edit(memo.id, "still needed")
    b.memos.remove(there.id)
    conflicts = send(b, a).conflicts
    # the memo, and its span (still named by the memo here)
    assert sorted((c.table, c.field, c.label) for c in conflicts) == [
        ("memo", DELETED, "still needed"), ("span", DELETED, "Ministers")]  # fmt: skip
    assert a.memos.get(memo.id).text == "still needed"
    send(a, b)  # the edit alone travels back: b's delete stands there
    assert b.memos.all() == []
