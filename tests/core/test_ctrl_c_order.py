"""Ctrl-C in the main process, whenever it comes, is one KeyboardInterrupt at a safe point:
never lost while a worker process starts, never raised in the middle of a worker's message.
Real signals sent to this process, real worker processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.core.imports import Prepared
from archiver.core.imports.pool import ImportPool
from archiver.core.workers import run_alone, sigint_held
from samples import distinct_text

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")


@pytest.fixture
def interruptible() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt here, as in the `archiver` command (a harness may have
    started the tests with it ignored)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    signal.signal(signal.SIGINT, previous)


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def _sigint_state() -> tuple[bool, bool]:
    """In a worker: (Ctrl-C ignored, Ctrl-C blocked)."""
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN, blocked


def test_a_ctrl_c_while_a_worker_starts_is_not_lost(interruptible: None) -> None:
    # Raised when the block ends, or by another thread's taking the signal inside it; while
    # the old code ignored Ctrl-C here it was lost and an import went on to its end.
    with pytest.raises(KeyboardInterrupt), sigint_held():
        _ctrl_c()


def test_a_worker_started_then_ignores_ctrl_c_and_does_not_block_it(interruptible: None) -> None:
    assert run_alone(_sigint_state) == (True, False)


def test_a_ctrl_c_between_two_files_comes_out_of_the_pool_at_the_next_file(
    tmp_path: Path, interruptible: None
) -> None:
    files = []
    for n in range(40):
        path = tmp_path / f"{n:03d}.txt"
        path.write_text(distinct_text(n, words=12), encoding="utf-8")
        files.append(str(path))
    pool = ImportPool(2, None, None)
    results = pool.prepared(files, None)
    try:
        assert isinstance(next(results), Prepared)
        try:  # the main process at work (storing a file): noted, not raised in its middle
            _ctrl_c()
            raised_in_the_work = False
        except KeyboardInterrupt:  # (where it could as well have been a worker's message)
            raised_in_the_work = True
        assert not raised_in_the_work
        with pytest.raises(KeyboardInterrupt):
            next(results)
    finally:
        pool.cancel()  # stops every worker and puts the previous handler back
    assert multiprocessing.active_children() == []
