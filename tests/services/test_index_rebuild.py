"""Opening an archive whose index is gone: the GUI session rebuilds it on the serial lane."""

from __future__ import annotations

import shutil

from archiver.core.archive import Archive
from archiver.core.check import check
from archiver.services.operations import ArchiveSession
from archiver.services.tasks import Lanes


def test_session_rebuilds_a_missing_index_in_the_background(qtbot, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("اجتماع لدعم أوكرانيا\n\nتستضيف بريطانيا اجتماعا لدعم أوكرانيا.", "utf-8")
    with Archive.open(tmp_path / "arch") as archive:
        archive.import_paths([article])
    shutil.rmtree(tmp_path / "arch" / "index")

    lanes = Lanes()
    session = ArchiveSession(tmp_path / "arch", lanes, import_workers=1)
    busy: list[str] = []
    # The lane reports through the GUI event loop, which has not run yet: nothing is missed.
    session.events.busy_changed.connect(busy.append)
    try:
        assert session.indexing
        assert session.search("اوكرانيا", limit=10).total == 0  # not yet: being rebuilt
        with qtbot.waitSignal(session.events.index_rebuilt, timeout=20000):
            pass
        assert not session.indexing
        assert session.search("اوكرانيا", limit=10).total == 1
        assert any("index" in label for label in busy)
        assert check(session.reader).consistent
    finally:
        session.close()
        lanes.drain()


def test_a_search_that_trips_on_a_damaged_index_starts_a_rebuild(qtbot, tmp_path):
    from archiver.core.errors import IndexDamaged
    from disks import articles

    with Archive.open(tmp_path / "arch") as archive:
        archive.import_paths(articles(tmp_path / "src", 4))
    segment = max((tmp_path / "arch" / "index").glob("MAIN_*"), key=lambda p: p.stat().st_size)
    with segment.open("r+b") as handle:  # the damage a bad sector or a sync conflict leaves
        for offset in range(64, segment.stat().st_size - 32, 400):
            handle.seek(offset)
            handle.write(b"\xa5" * 16)
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "arch", lanes, import_workers=1)
    try:
        try:
            session.search("تقرير", limit=10)
        except IndexDamaged as exc:  # the reader tripped before the lane found the damage
            assert exc.rebuilding
        with qtbot.waitSignal(session.events.index_rebuilt, timeout=20000):
            pass
        lanes.drain()
        assert session.search("تقرير", limit=10).total == 4
        assert check(session.reader).consistent
    finally:
        session.close()
        lanes.drain()
