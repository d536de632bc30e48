"""A folder imported again: the files whose bytes are held are reported, not read again."""

from __future__ import annotations

from pathlib import Path

from archiver.core import originals
from archiver.core.archive import Archive
from archiver.core.store import documents, import_log
from kept_originals import with_a_stray_byte

NEWS = {
    "a.txt": "قال وزير الخارجية إن لبنان سيتلقى دعماً من دول الخليج قبل نهاية السنة.",
    "b.txt": "The union called a general strike in Tunis for Thursday over the budget.",
}


def _folder(root: Path) -> Path:
    root.mkdir()
    for name, text in NEWS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_held_files_are_not_prepared_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    with Archive.open(tmp_path / "arch") as archive:
        first = archive.import_paths([folder])
        assert len(first.imported) == 2
        (folder / "c.txt").write_text("مؤتمر صحفي في بيروت عن الكهرباء والطاقة.", "utf-8")
        seen: list[tuple[int, int, str]] = []
        again = archive.import_paths(
            [folder], progress=lambda d, t, label: seen.append((d, t, label))
        )
        assert [f.title for f in again.imported] == ["مؤتمر صحفي في بيروت عن الكهرباء والطاقة."]
        assert sorted(d.id for d in again.duplicates) == [d.id for d in first.imported]
        assert again.files == 3 and seen[-1][:2] == (3, 3)  # the held ones count as done
        assert not any("a.txt" in label or "b.txt" in label for _, _, label in seen)
        logged = sorted((Path(e.path).name, e.outcome) for e in import_log.entries(archive.db)[-3:])
        assert logged == [("a.txt", "duplicate"), ("b.txt", "duplicate"), ("c.txt", "imported")]


def test_a_held_file_puts_back_a_lost_original(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    kept = folder / "a.txt"  # a file the store cannot regenerate: it keeps its copy
    kept.write_bytes(with_a_stray_byte(kept.read_bytes()))
    with Archive.open(tmp_path / "arch") as archive:
        doc = archive.import_paths([kept]).imported[0].id
        assert originals.in_file(documents.original_of(archive.db, doc))
        archive.original_file(doc).unlink()
        again = archive.import_paths([folder / "a.txt"])
        assert [(d.id, d.original_restored) for d in again.duplicates] == [(doc, True)]
        assert archive.original_file(doc).read_bytes() == (folder / "a.txt").read_bytes()
