"""A redo cancelled while it re-indexes: the rest is indexed in the background in the same
session, the status bar says how many documents searches may miss meanwhile, Stop and
"Index now" pause and resume it, and once it ends every document is found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from waiting import import_and_wait, search, settle

from archiver.core.check import check
from archiver.gui.mainwindow import MainWindow

COUNT = 20  # analysed on the lane's thread itself (fewer than workers.IN_PROCESS_BELOW)


def _word(number: int) -> str:
    return "qz" + "".join("bcdfghjklm"[int(d)] for d in str(number)) + "x"


def _notes(folder: Path) -> Path:
    folder.mkdir()
    for number in range(COUNT):
        body = " ".join(["ministers", "وزراء", "الحدود"] * (number + 3))
        text = f"Note {_word(number)}\n\n{body} {_word(number)}\n"
        (folder / f"note-{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def _redo_cancelled(qtbot, window: MainWindow, tmp_path: Path) -> list[int]:  # type: ignore[no-untyped-def]
    """An import of COUNT notes made in the window, undone, then redone with its re-indexing
    cancelled at its first report: the catch-up starts, a few documents a batch."""
    session, history = window.session, window.undo_history
    assert session is not None and session.writer is not None
    import_and_wait(qtbot, window, [_notes(tmp_path / "notes")])
    ids = sorted(session.document_ids())  # in the order of the files, by name
    assert len(ids) == COUNT
    session.writer.indexer.memory_bytes = 20_000  # a commit every few documents
    session.catch_up.batch = 4
    with qtbot.waitSignal(history.undone, timeout=15000):
        history.undo()
    search(qtbot, window, "ministers")
    assert window.model.total == 0

    def cancel_midway(done: int, total: int) -> None:
        if total and done < total:
            history.ops.cancel_indexing()

    history.ops.indexing.connect(cancel_midway, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(history.redone, timeout=15000):
        history.redo()
    history.ops.indexing.disconnect(cancel_midway)
    assert session.reader.count() == COUNT  # the redo is made
    return ids


def _all_found(qtbot, window: MainWindow, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None and session.writer is not None
    assert session.writer.index.count() == COUNT and check(session.writer).consistent
    assert window.model.total == COUNT  # the list searched again once caught up
    assert "incomplete" not in window.status_hits.text()
    for number, doc_id in enumerate(ids):
        search(qtbot, window, _word(number))
        assert [window.model.doc_id(r) for r in range(window.model.rowCount())] == [doc_id]


def test_a_cancelled_redo_is_indexed_in_the_background_saying_so(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    status = window.undo_history.index_status
    seen: list[tuple[bool, str, str, str]] = []

    def shown(_behind: int, _running: bool) -> None:  # after the status bar's own slot
        seen.append((status.isVisible(), status.label.text(), window.status_hits.text(),
                     status.button.text()))  # fmt: skip

    window.session.catch_up.changed.connect(shown)
    with qtbot.waitSignal(window.session.catch_up.finished, timeout=30000):
        ids = _redo_cancelled(qtbot, window, tmp_path)
    settle(qtbot, window)
    running = [s for s in seen if s[0] and "Indexing" in s[1]]
    assert running, seen
    assert all("may be incomplete" in label and button == "Stop" for _v, label, _h, button
               in running)  # fmt: skip
    assert any("may be incomplete" in hits for _v, _l, hits, _b in running)
    counts = [int(label.split()[1]) for _v, label, _h, _b in running]
    assert max(counts) < COUNT and counts[-1] <= 4  # fewer a batch, down to the last
    assert not status.isVisible()
    _all_found(qtbot, window, ids)


def test_stop_pauses_the_catch_up_and_index_now_resumes_it(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    status, catch_up = window.undo_history.index_status, window.session.catch_up
    catch_up.batch = 4
    stopped: list[int] = []

    def stop_once(behind: int, running: bool) -> None:
        if running and behind and not stopped and status.button.isEnabled():
            stopped.append(behind)
            status.button.click()  # Stop
        elif not running and stopped and len(stopped) == 1:
            stopped.append(behind)

    catch_up.changed.connect(stop_once)
    ids = _redo_cancelled(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: len(stopped) == 2, timeout=30000)
    catch_up.changed.disconnect(stop_once)
    behind = stopped[1]
    assert 0 < behind < COUNT and not catch_up.running
    assert status.isVisible() and status.button.text() == "Index now"
    assert status.label.text().startswith(f"{behind} document")
    assert "not in the search index yet" in status.label.text()
    assert window.session.writer.index.count() == COUNT - behind  # exact, once stopped
    search(qtbot, window, "ministers")
    assert window.model.total == COUNT - behind
    assert "may be incomplete" in window.status_hits.text()
    with qtbot.waitSignal(catch_up.finished, timeout=30000):
        status.button.click()  # Index now
    settle(qtbot, window)
    assert not status.isVisible()
    _all_found(qtbot, window, ids)
