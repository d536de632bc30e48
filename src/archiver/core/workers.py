"""A pool of worker processes for extraction and analysis, with in-process fallback for small jobs."""

from __future__ import annotations

import enum
import functools
import multiprocessing
import os
import queue
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from archiver.core.progress import CancelToken

T = TypeVar("T")
R = TypeVar("R")
IN_PROCESS_BELOW = 24  # fewer items than this are not worth starting processes for


def default_workers() -> int:
    """One worker per core; the main process writes while they read."""
    return max(1, os.cpu_count() or 1)


def run_all(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    count: int,
    workers: int | None = None,
    cancel: CancelToken | None = None,
    window: int = 16,
    chunk: int = 8,
    initializer: Callable[..., object] | None = None,
    initargs: tuple = (),
) -> Generator[R, None, None]:
    """Yield func(item) for every item, in order, computed in worker processes when worth it.

    Items travel in chunks (fewer round trips), at most ``window`` chunks in flight so
    memory stays flat on large batches; a cancelled token stops the feed and the
    already-running chunks are dropped. ``initializer(*initargs)`` runs
    once in every worker process, to give it state the parent set up (spawn copies none).
    """
    workers = workers or default_workers()
    if count < IN_PROCESS_BELOW or workers <= 1:
        for item in items:
            if cancel is not None and cancel.cancelled:
                return
            yield func(item)
        return
    ctx = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded (Qt) process
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=initializer, initargs=initargs
    ) as pool:
        pending: list[Future[list[R]]] = []
        source = _chunks(items, chunk)
        task = functools.partial(_map, func)
        try:
            for results in _drain(pool, task, source, pending, window, cancel):
                yield from results
        finally:  # the consumer stopped early: chunks not started are not run
            for future in pending:
                future.cancel()


def _drain(
    pool: ProcessPoolExecutor,
    func: Callable[[T], R],
    source: Iterator[T],
    pending: list[Future[R]],
    window: int,
    cancel: CancelToken | None,
) -> Iterator[R]:
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            item = next(source, _End.END)
            if item is _End.END:
                exhausted = True
            else:
                pending.append(pool.submit(func, item))
        if cancel is not None and cancel.cancelled:
            return
        if pending:
            yield pending.pop(0).result()


class _End(enum.Enum):
    """The end of the items: a sentinel with a type of its own, so ``is`` narrows it away."""

    END = enum.auto()


def _map(func: Callable[[T], R], items: list[T]) -> list[R]:
    """func over a chunk of items (runs in a worker)."""
    return [func(item) for item in items]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


ORPHANED = object()  # what next_job returns once the process that started this one is gone


def next_job(jobs: Any, poll: float = 1.0) -> Any:
    """The next item of a multiprocessing queue, in a worker process; ORPHANED when the parent
    process died (killed mid-batch), so the worker stops instead of waiting forever."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            return jobs.get(timeout=poll)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return ORPHANED
