"""The app's undo of a many-document change re-indexes on the serial lane, never the GUI
thread, with a progress dialog whose Cancel leaves the change made; the rest of the index is
caught up in the background (``test_index_catch_up``), or by the next start."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.gui.app import build_window
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes

COUNT = 20  # analysed on the lane's thread itself (fewer than workers.IN_PROCESS_BELOW)


def _word(number: int) -> str:
    return "qz" + "".join("bcdfghjklm"[int(d)] for d in str(number)) + "x"


def _archive(root: Path, tmp_path: Path) -> list[int]:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(COUNT):
        body = " ".join(["ministers", "وزراء", "الحدود"] * (number + 3))
        text = f"Note {_word(number)}\n\n{body} {_word(number)}\n"
        (folder / f"note-{number:02d}.txt").write_text(text, encoding="utf-8")
    with Archive.open(root) as archive:
        return [f.id for f in archive.import_paths([folder]).imported]


@pytest.fixture()
def window(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    ids = _archive(root, tmp_path)
    lanes = Lanes()
    session = ArchiveSession(root, lanes, import_workers=1)
    made, _controller = build_window(settings, session)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.model.rowCount() == COUNT, timeout=15000)
    assert session.writer is not None
    session.writer.indexer.memory_bytes = 20_000  # a commit every few documents
    try:
        yield made, session, ids, root
    finally:
        made.close()
        lanes.drain()


def _deleted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Every document moved to the trash, as this window's change (Ctrl+Z takes it back)."""
    made, session, ids, _root = window
    session.delete_documents(ids)
    qtbot.waitUntil(lambda: session.reader.count() == 0, timeout=15000)
    qtbot.waitUntil(lambda: made.undo_history.ops.undo_target() is not None, timeout=15000)


def test_undo_reindexes_on_the_lane_with_progress(qtbot, window):  # type: ignore[no-untyped-def]
    made, session, _ids, _root = window
    history = made.undo_history
    _deleted(qtbot, window)
    threads: list[int] = []
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        threads.append(threading.get_ident())
        seen.append((done, total))

    history.ops.indexing.connect(report, Qt.ConnectionType.DirectConnection)  # in its thread
    with qtbot.waitSignal(history.undone, timeout=15000), qtbot.waitSignal(history.ops.stored):
        history.undo()
    assert session.reader.count() == COUNT
    assert seen[-1] == (0, 0) and (COUNT, COUNT) in seen
    reindexing = [t for t, (_d, total) in zip(threads, seen, strict=True) if total]
    assert reindexing and threading.get_ident() not in reindexing  # never the GUI thread
    assert history.indexing is None  # the progress dialog went with the work
    assert session.writer is not None and session.writer.index.count() == COUNT


def test_cancel_leaves_the_undo_made_and_the_next_start_indexes_the_rest(qtbot, window):  # type: ignore[no-untyped-def]
    made, session, ids, root = window
    history = made.undo_history
    _deleted(qtbot, window)

    def cancel_midway(done: int, total: int) -> None:
        if total and done < total:  # its first report (they are throttled)
            history.ops.cancel_indexing()

    history.ops.indexing.connect(cancel_midway, Qt.ConnectionType.DirectConnection)
    # the app closed before its catch-up indexed anything (test_index_catch_up: the rest)
    session.catch_up.changed.connect(lambda _behind, _running: session.catch_up.cancel())
    with qtbot.waitSignal(history.undone, timeout=15000):
        history.undo()
    qtbot.waitUntil(lambda: not session.catch_up.running, timeout=15000)
    assert session.reader.count() == COUNT  # the documents are back: the undo is made
    assert session.writer is not None and 0 < session.writer.index.count() < COUNT
    made.close()
    session.lanes.drain()
    session.close()
    with Archive.open(root) as archive:  # the next start indexes the rest
        assert archive.index.count() == COUNT
        for number, doc_id in enumerate(ids):
            assert [h.id for h in archive.search(_word(number)).hits] == [doc_id]
        assert check(archive).consistent
