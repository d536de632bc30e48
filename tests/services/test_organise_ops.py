"""The GUI's organising operations: reads on the reader, changes on the serial lane, reported
through the annotation half's ``changed`` with their Change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archiver.core.changes import ChangeKind
from archiver.core.errors import Invalid
from archiver.services.annotation_ops import AnnotationOps
from archiver.services.operation import Operation
from archiver.services.operations import ArchiveSession
from archiver.services.organise_ops import OrganiseOps
from archiver.services.tasks import Lanes


def test_tags_collections_and_saved_searches_through_the_write_lane(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", "A ceasefire in Gaza."), ("b.txt", "Talks in Cairo.")):
        (folder / name).write_text(text, encoding="utf-8")
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "arch", lanes, import_workers=1)
    try:
        reports: list[Any] = []
        session.write(Operation.IMPORT, lambda a: a.import_paths([folder]), reports.append)
        qtbot.waitUntil(lambda: bool(reports), timeout=20000)
        docs = [f.id for f in reports[0].imported]
        annotation_ops = AnnotationOps(session)
        organise = OrganiseOps(annotation_ops)
        changes: list[Any] = []
        annotation_ops.changed.connect(
            lambda touched, change: change is not None and changes.append((touched, change))
        )
        done: list[Any] = []
        errors: list[BaseException] = []
        organise.tag(docs, ["region/levant"])
        organise.add_collection("Gaza", on_done=done.append)
        qtbot.waitUntil(lambda: len(changes) == 2, timeout=10000)
        assert changes[0][0] == docs and changes[0][1].kind is ChangeKind.ADD_TAG
        cid = done[0].extra["collection"]
        organise.collect(cid, docs[:1])
        organise.add_saved("levant", "tag:region")
        organise.add_saved("levant", "Gaza", on_error=errors.append)
        qtbot.waitUntil(lambda: len(changes) == 4 and bool(errors), timeout=10000)
        assert isinstance(errors[0], Invalid)
        assert [(n.path, n.total) for n in organise.tag_tree()] == [("region", 2)]
        assert [(c.path, c.count) for c in organise.collections()] == [("Gaza", 1)]
        assert [c.path for c in organise.collections_of(docs[0])] == ["Gaza"]
        assert organise.collection_documents(cid) == docs[:1]
        assert [s.name for s in organise.saved_searches()] == ["levant"]
        assert organise.tags_of(docs[1]) == ["region/levant"]
    finally:
        session.close()
        lanes.drain()
