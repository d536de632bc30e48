"""Saved searches: kept under a unique name, changed and removed by undoable steps, run live."""

from __future__ import annotations

import pytest

from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import Invalid, NotFound


def test_saved_searches_run_live_and_every_change_is_undoable(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    archive.import_paths([write("a.txt", "A ceasefire in Gaza was discussed.")])
    saved = archive.annotations.saved
    change = saved.add(" Gaza  talks ", "Gaza ceasefire")
    assert change.kind is ChangeKind.ADD_SAVED_SEARCH and change.names == ("Gaza talks",)
    sid = change.extra["saved_search"]
    assert [(s.name, s.query) for s in saved.all()] == [("Gaza talks", "Gaza ceasefire")]
    assert saved.get(sid).uuid and saved.find("gaza TALKS").id == sid
    assert archive.run_saved_search("Gaza talks").total == 1
    archive.import_paths([write("b.txt", "Another ceasefire proposal for Gaza.")])
    assert archive.run_saved_search(sid).total == 2  # the query runs again: the new one found
    saved.rename(sid, "Gaza")
    saved.update(sid, "Gaza proposal")
    assert archive.run_saved_search("Gaza").total == 1
    assert saved.remove(sid).kind is ChangeKind.REMOVE_SAVED_SEARCH and saved.all() == []
    for _ in range(3):
        archive.annotations.journal.undo_last()
    assert [(s.name, s.query) for s in saved.all()] == [("Gaza talks", "Gaza ceasefire")]


def test_names_are_unique_and_queries_must_be_queries(archive: Archive) -> None:
    saved = archive.annotations.saved
    sid = saved.add("one", "Gaza").extra["saved_search"]
    with pytest.raises(Invalid, match="already"):
        saved.add("ONE", "Cairo")
    with pytest.raises(Invalid, match="nothing to search"):
        saved.add("two", "   ")
    with pytest.raises(Invalid, match="too short"):
        saved.add("two", "a*")
    with pytest.raises(Invalid, match="needs a name"):
        saved.add(" ", "Gaza")
    saved.add("two", "Cairo")
    with pytest.raises(Invalid, match="already"):
        saved.rename(sid, "Two")
    with pytest.raises(NotFound):
        archive.run_saved_search("three")
    assert [s.name for s in saved.all()] == ["one", "two"]
