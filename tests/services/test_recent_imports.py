"""Recent imports: each batch counts its documents out of the trash by its own ids; a bundle
merge that brought documents in is one entry named for the bundle, beside the import batches;
a merge of changes alone, or undone, is not listed."""

from __future__ import annotations

import random
from pathlib import Path

from archiver.core.annotations.names import Script, in_order
from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from archiver.core.idsets import IdRanges
from archiver.services.library_nodes import NodeKind, Section
from archiver.services.library_ops import recent_imports, sidebar_nodes

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _batch(folder: Path, tag: str, count: int) -> Path:
    rng = random.Random(tag)  # words of their own: no two notes are near duplicates
    folder.mkdir()
    for number in range(count):
        words = " ".join("".join(rng.choices(LETTERS, k=6)) for _ in range(40))
        (folder / f"{tag}{number}.txt").write_text(f"{tag} {number}\n\n{words}\n", encoding="utf-8")
    return folder


def test_each_batch_counts_its_documents_out_of_the_trash(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "a")
    try:
        archive.import_paths([_batch(tmp_path / "one", "first", 3)])
        archive.import_paths([_batch(tmp_path / "two", "second", 4)])
        archive.import_paths([_batch(tmp_path / "three", "third", 2)])
        archive.trash.delete([4, 5])  # two of the second batch
        archive.trash.delete([8, 9])  # the whole third batch: it is not listed
        newest, oldest = recent_imports(archive)
        assert (newest.documents, newest.live) == (IdRanges(range(4, 8)), 2)
        assert (oldest.documents, oldest.live) == (IdRanges(range(1, 4)), 3)
        assert archive.live_ids_in(newest.documents) == [6, 7]
    finally:
        archive.close()


def test_a_bundle_merge_is_one_recent_import_named_for_the_bundle(tmp_path: Path) -> None:
    def write(name: str, text: str) -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    with Archive.open(tmp_path / "a") as a, Archive.open(tmp_path / "b") as b:
        sent = [f.id for f in a.import_paths([write("one.txt", "وعدت بريطانيا بإرسال مدربين."),
                                              write("two.txt", "Ministers met in London.")]).imported]  # fmt: skip
        own = b.import_paths([write("three.txt", "افتتح مهرجان السينما في تونس.")]).imported
        export(a, tmp_path / "week 12.zip")
        report = import_bundle(b, tmp_path / "week 12.zip")
        (merged, imported) = recent_imports(b)
        assert merged.merged and merged.bundle == "week 12.zip"
        assert sorted(merged.documents) == sorted(report.documents_added) and len(sent) == 2
        assert not imported.merged and imported.documents == (own[0].id,)
        section = next(n for n in sidebar_nodes(b) if n.key == Section.IMPORTS)
        assert [(n.kind, n.count, n.detail) for n in section.children] == [
            (NodeKind.MERGE, 2, "week 12.zip"), (NodeKind.IMPORT, 1, "")]  # fmt: skip
        a.annotations.tags.add(sent[0], "urgent")  # a later bundle brings changes alone
        export(a, tmp_path / "later.zip")
        import_bundle(b, tmp_path / "later.zip")
        assert [x.bundle for x in recent_imports(b)] == ["week 12.zip", ""]
        b.annotations.journal.undo_last()  # the tag's merge
        b.annotations.journal.undo_last()  # the documents' merge: they go to the trash
        assert [x.merged for x in recent_imports(b)] == [False]


def test_the_sidebar_has_a_persons_name_in_both_scripts(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("قال وزير الخارجية يوسف رجي إن لبنان سيتلقى الدعم.", encoding="utf-8")
    with Archive.open(tmp_path / "a") as archive:
        doc = archive.import_paths([path]).imported[0].id
        people = archive.annotations.participants
        pid = people.add("يوسف رجي", "person", name_ar="يوسف رجي",
                         name_en="Youssef Rajji").id  # fmt: skip
        archive.annotations.mentions.confirm(doc, pid)
        section = next(n for n in sidebar_nodes(archive) if n.key == Section.PARTICIPANTS)
        node = next(n for n in section.children if n.key == pid)
        # the English form kept beside the Arabic one: an English window shows it first
        assert in_order(Script.LATIN, node.label, node.detail) == ("Youssef Rajji", "يوسف رجي")
        assert in_order(Script.ARABIC, node.label, node.detail) == ("يوسف رجي", "Youssef Rajji")
