"""Free tags, hierarchical by name: many documents in one change, tag:parent finds children,
rename and delete with the tags under them, the tree with its counts."""

from __future__ import annotations

import pytest

from archiver.core.annotations.tags import tag_name
from archiver.core.archive import Archive
from archiver.core.changes import ChangeKind
from archiver.core.errors import Invalid, NotFound, UnknownDocument

TEXTS = {"a.txt": "Ministers met in London to discuss a ceasefire.",
         "b.txt": "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف.",
         "c.txt": "Talks in Cairo about the Gaza crossing."}  # fmt: skip


@pytest.fixture
def docs(archive: Archive, write) -> list[int]:  # type: ignore[no-untyped-def]
    report = archive.import_paths([write(name, text) for name, text in TEXTS.items()])
    return [f.id for f in report.imported]


def _hits(archive: Archive, query: str) -> list[int]:
    return sorted(h.id for h in archive.search(query, limit=50).hits)


def test_names_are_paths_with_their_spaces_folded() -> None:
    assert tag_name(" Region /  Levant / ") == "Region/Levant"
    assert tag_name("a,b") == "a b"
    assert tag_name(" / ") == ""


def test_many_documents_and_tags_in_one_undoable_change(archive: Archive, docs: list[int]) -> None:
    tags = archive.annotations.tags
    change = tags.add_many(docs, ["region/levant", "war"])
    assert change.kind is ChangeKind.ADD_TAG and change.id
    assert change.documents == tuple(docs) and change.names == ("region/levant", "war")
    assert [(t.name, t.documents) for t in tags.all()] == [("region/levant", 3), ("war", 3)]
    assert _hits(archive, "tag:war") == docs
    again = tags.add_many(docs, ["war"])  # nothing new: nothing journaled
    assert again.id == 0 and archive.annotations.journal.history(1)[0].change.id == change.id
    archive.annotations.journal.undo_last()
    assert all(tags.of(d) == [] for d in docs) and _hits(archive, "tag:war") == []


def test_a_parent_tag_finds_the_documents_of_its_children(
    archive: Archive, docs: list[int]
) -> None:
    tags = archive.annotations.tags
    tags.add(docs[0], "region/levant")
    tags.add(docs[1], "Region/Gulf")
    tags.add(docs[2], "region")
    tags.add(docs[2], "regional")  # a name that only starts the same is not a child
    assert _hits(archive, "tag:region") == docs
    assert _hits(archive, "tag:region/levant") == [docs[0]]
    assert _hits(archive, "tag:REGION/gulf") == [docs[1]]
    assert _hits(archive, "tag:levant") == [docs[0]]  # no tag "levant": the leaf finds it
    assert _hits(archive, "tag:regional") == [docs[2]]
    assert sorted(tags.documents("region") or []) == docs
    assert tags.documents("region", children=False) == [docs[2]]
    assert tags.documents("nothing") is None


def test_tag_names_with_like_wildcards_match_only_themselves(
    archive: Archive, docs: list[int]
) -> None:
    tags = archive.annotations.tags
    tags.add(docs[0], "a_b/c")
    tags.add(docs[1], "axb/c")
    tags.add(docs[2], "100%/x")
    assert tags.names_under("a_b") == ["a_b/c"]
    assert tags.names_under("100%") == ["100%/x"]


def test_a_leaf_name_finds_every_tag_it_ends_unless_a_tag_has_that_path(
    archive: Archive, docs: list[int]
) -> None:
    tags = archive.annotations.tags
    tags.add(docs[0], "lebanon/elections")
    tags.add(docs[1], "Iraq/Elections/local")
    tags.add(docs[2], "elections-watch")  # only starts the same: not that leaf
    assert _hits(archive, "tag:elections") == docs[:2]  # both tags of that leaf, and under them
    assert _hits(archive, "tag:ELECTIONS/local") == [docs[1]]  # the last parts of a path
    assert _hits(archive, "tag:lebanon/elections") == [docs[0]]  # the full path always
    assert archive.annotations.keywords.knows("tag", "elections")
    tags.add(docs[2], "elections")  # a tag of that very path is the one meant
    assert _hits(archive, "tag:elections") == [docs[2]]


def test_the_tree_counts_each_document_once(archive: Archive, docs: list[int]) -> None:
    tags = archive.annotations.tags
    tags.add_many(docs[:2], ["region/levant"])
    tags.add_many(docs[1:], ["region/gulf"])
    tags.add(docs[0], "war")
    tree = tags.tree()
    assert [(n.path, n.count, n.total) for n in tree] == [("region", 0, 3), ("war", 1, 1)]
    assert [(n.name, n.path, n.count, n.total) for n in tree[0].children] == [
        ("gulf", "region/gulf", 2, 2), ("levant", "region/levant", 2, 2)]  # fmt: skip
    archive.trash.delete([docs[2]])
    assert tags.tree()[0].total == 2


def test_rename_takes_the_children_along_and_merges_into_an_existing_tag(
    archive: Archive, docs: list[int]
) -> None:
    tags = archive.annotations.tags
    tags.add(docs[0], "region/levant")
    tags.add(docs[1], "region")
    tags.add(docs[1], "area/levant")
    change = tags.rename("Region", "area")
    assert change.kind is ChangeKind.RENAME_TAG and change.names == ("Region", "area")
    assert [(t.name, t.documents) for t in tags.all()] == [("area", 1), ("area/levant", 2)]
    assert _hits(archive, "tag:area/levant") == docs[:2] and _hits(archive, "tag:region") == []
    archive.annotations.journal.undo_last()
    assert [(t.name, t.documents) for t in tags.all()] == [
        ("area/levant", 1), ("region", 1), ("region/levant", 1)]  # fmt: skip
    assert _hits(archive, "tag:region") == docs[:2]
    with pytest.raises(Invalid, match="under itself"):
        tags.rename("region", "region/sub")
    with pytest.raises(NotFound):
        tags.rename("nothing", "else")


def test_delete_takes_the_tag_and_its_children_off_every_document(
    archive: Archive, docs: list[int]
) -> None:
    tags = archive.annotations.tags
    tags.add_many(docs, ["region/levant"])
    tags.add(docs[0], "region")
    tags.add(docs[0], "kept")
    change = tags.delete("region")
    assert change.kind is ChangeKind.DELETE_TAG and change.count == 2
    assert [t.name for t in tags.all()] == ["kept"] and _hits(archive, "tag:region") == []
    assert archive.count() == 3
    archive.annotations.journal.undo_last()
    assert _hits(archive, "tag:region") == docs


def test_bad_input_stores_nothing(archive: Archive, docs: list[int]) -> None:
    tags = archive.annotations.tags
    with pytest.raises(UnknownDocument):
        tags.add_many([docs[0], 999], ["war"])
    with pytest.raises(Invalid, match="empty"):
        tags.add_many(docs, ["war", " / "])
    with pytest.raises(Invalid, match="at most"):
        tags.add(docs[0], "x" * 201)
    assert tags.all() == [] and archive.annotations.journal.history(5)[0].change.kind is (
        ChangeKind.IMPORT)  # fmt: skip
