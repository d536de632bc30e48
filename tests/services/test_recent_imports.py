"""Recent imports list a bundle merge that brought documents in as one entry named for the
bundle, beside the import batches; a merge of changes alone, or undone, is not listed."""

from __future__ import annotations

from pathlib import Path

from archiver.core.annotations.names import Script, in_order
from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle
from archiver.services.library_nodes import NodeKind, Section
from archiver.services.library_ops import recent_imports, sidebar_nodes


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
