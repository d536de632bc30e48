"""The acceptance scenario of issue #11 at the core level: two copies code apart and merge."""

from __future__ import annotations

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.core.sync.conflicts import list_conflicts
from sync_copies import imported, send, state


def _quote(archive: Archive, doc: int, words: str) -> tuple[int, int]:
    start = archive.document(doc).text.index(words)
    return start, start + len(words)


def _commitments(archive: Archive) -> list[str]:
    rows = archive.db.execute("SELECT uuid FROM commitment ORDER BY uuid").fetchall()
    return [r[0] for r in rows]


def _files(archive: Archive) -> list[str]:
    return sorted(r[0] for r in archive.db.execute("SELECT file_sha256 FROM document"))


def _texts(archive: Archive) -> list[tuple]:
    sql = "SELECT file_sha256, title, raw_text, text, published, uuid FROM document ORDER BY 1"
    return [tuple(r) for r in archive.db.execute(sql)]


def _consistent(archive: Archive) -> None:
    report = check(archive)
    assert report.problems == [], report.problems
    assert archive.index.doc_ids() == set(archive.document_ids())


def test_two_copies_code_apart_and_merge_both_ways(two, texts):
    a, b = two
    first = imported(a, texts("talks.txt", "defence.txt", "summit.txt"))
    france, sweden = (a.annotations.participants.resolve(n).id for n in ("France", "Sweden"))
    a.commitments.add(first[0], [france], category="monitoring", status="offered",
                      quote=_quote(a, first[0], "مراقبة وقف"))  # fmt: skip
    coalition = a.annotations.participants.add("Coalition of the willing", kind="coalition")
    a.annotations.tags.add(first[1], "ceasefire")

    into_b = send(a, b)  # A's payload into an empty B
    assert len(into_b.documents_added) == 3 and (into_b.conflicts, into_b.skipped) == ([], [])
    assert _files(b) == _files(a) and _commitments(b) == _commitments(a)
    assert _texts(b) == _texts(a)
    _consistent(b)

    # coding apart
    a.commitments.add(first[1], [france, sweden], category="monitoring", status="offered",
                      quote=_quote(a, first[1], "monitor a ceasefire"))  # fmt: skip
    quartet = a.annotations.participants.add("Quartet", kind="coalition")
    on_b = imported(b, texts("cinema.txt", "report.txt"))
    b_coalition = b.annotations.participants.resolve("Coalition of the willing").id
    b.commitments.add(on_b[1], [b_coalition], category="troops", status="conditional",
                      quote=_quote(b, on_b[1], "peacekeeping force"))  # fmt: skip
    a.annotations.participants.rename(coalition.id, "Coalition of the able")
    b.annotations.participants.rename(b_coalition, "Coalition of the ready")

    into_a = send(b, a)
    assert len(into_a.documents_added) == 2 and len(into_a.documents_matched) == 3
    assert into_a.skipped == [] and into_a.changes_known == 4  # A's own, back from B
    assert len(_files(a)) == 5 == len(set(_files(a)))
    assert len(_commitments(a)) == 3 == len(set(_commitments(a)))
    assert a.annotations.participants.get(quartet.id).name == "Quartet"
    assert [(c.field, c.local, c.remote, c.remote_author) for c in into_a.conflicts] == [
        ("name", "Coalition of the able", "Coalition of the ready", "bashir")
    ]
    assert [c.id for c in list_conflicts(a)] == [into_a.conflicts[0].id]
    assert a.annotations.participants.get(coalition.id).name == "Coalition of the able"
    _consistent(a)

    before = state(a)
    again = send(b, a)  # the same payload again changes nothing
    assert (again.changes_applied, again.conflicts, again.documents_added) == (0, [], [])
    assert again.records_added == {} and again.change is None
    assert state(a) == before

    into_b = send(a, b)  # and A back into B
    assert _files(b) == _files(a) and _commitments(b) == _commitments(a)
    assert b.annotations.participants.resolve("Quartet").kind == "coalition"
    assert [(c.local, c.remote, c.remote_author) for c in into_b.conflicts] == [
        ("Coalition of the ready", "Coalition of the able", "amal")
    ]
    _consistent(b)
    before = state(b)
    assert send(a, b).changes_applied == 0
    assert state(b) == before
