"""Switching archives with views open (F20): every view lets go of the old session before it
closes and shows the new archive's records; nothing reads the closed database."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from annotation_helpers import controller_of, idle
from shiboken6 import isValid

from archiver.core.annotations.model import MemoTarget
from archiver.gui.memos.flow import MemoFlow
from archiver.services.operation import Operation


def _flow(window) -> MemoFlow:  # type: ignore[no-untyped-def]
    found = window.findChild(MemoFlow)
    assert found is not None
    return found


def _texts(browser) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in browser.model.rows]


def test_the_memo_browser_follows_the_archive_switched_to(qtbot, annotating, tmp_path: Path,
                                                         caplog, capfd):  # fmt: skip
    window, doc = annotating
    flow = _flow(window)
    assert flow.ops is not None
    flow.ops.ops.write(Operation.ADD_MEMO, lambda a: a.memos.add(
        MemoTarget.on_document(doc), "مذكرة في الأرشيف الأول", author="Salma"))  # fmt: skip
    idle(qtbot, window)
    browser = flow.show_browser()
    qtbot.waitUntil(lambda: _texts(browser) == ["مذكرة في الأرشيف الأول"], timeout=3000)
    assert browser.author.findData("Salma") >= 0
    listed = controller_of(window).show_participants()  # a non-modal view on the old archive
    assert listed is not None and listed.isVisible()
    first = str(window.session.root)
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _t, exc, _tb: errors.append(exc)
    try:
        with caplog.at_level(logging.WARNING):
            window.switch_archive(str(tmp_path / "second"))  # File → New archive
            idle(qtbot, window)
            assert browser.isVisible() and _texts(browser) == []
            assert controller_of(window).participants_list is None and not isValid(listed)  # closed
            assert browser.author.findData("Salma") < 0  # the authors are the new archive's
            japan = window.session.reader.annotations.participants.resolve("Japan").id
            flow.ops.add(MemoTarget.on_participant(japan), "ملاحظة في الأرشيف الثاني")
            idle(qtbot, window)
            qtbot.waitUntil(lambda: _texts(browser) == ["ملاحظة في الأرشيف الثاني"], timeout=3000)
            window.switch_archive(first)  # File → Open archive, back to the first
            idle(qtbot, window)
            qtbot.waitUntil(lambda: _texts(browser) == ["مذكرة في الأرشيف الأول"], timeout=3000)
            assert browser.author.findData("Salma") >= 0
    finally:
        sys.excepthook = hook
    assert errors == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert "closed database" not in capfd.readouterr().err
    assert (
        controller_of(window).ops is not None
        and controller_of(window).ops.session is window.session
    )
