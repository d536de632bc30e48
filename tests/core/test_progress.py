"""Cancel tokens tell work in other processes: the callbacks an import registers."""

from __future__ import annotations

import multiprocessing

from archiver.core.imports.ocr import watch
from archiver.core.progress import CancelToken


def test_cancel_calls_back_and_a_late_registration_is_called_at_once() -> None:
    token = CancelToken()
    stop = multiprocessing.get_context("spawn").Event()
    token.when_cancelled(stop.set)
    assert not stop.is_set()
    token.cancel()
    assert stop.is_set() and token.cancelled
    late: list[str] = []
    token.when_cancelled(lambda: late.append("told"))
    assert late == ["told"]


def test_an_ocr_watch_holds_only_for_its_block() -> None:
    reports: list[tuple[str, int, int]] = []
    with watch.watching(
        lambda: True, lambda path, done, total: reports.append((path, done, total))
    ):
        assert watch.stopped()
        watch.report("scan.pdf", 1, 3)
    assert not watch.stopped()
    watch.report("scan.pdf", 2, 3)  # nobody listens any more
    assert reports == [("scan.pdf", 1, 3)]
