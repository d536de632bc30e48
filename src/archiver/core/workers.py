"""A pool of worker processes for extraction and analysis, with in-process fallback for small jobs."""

from __future__ import annotations

import contextlib
import ctypes
import enum
import functools
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import SpawnContext
from typing import Any, TypeVar

from archiver.core.errors import WorkerFailed
from archiver.core.progress import CancelToken

T = TypeVar("T")
R = TypeVar("R")
IN_PROCESS_BELOW = 24  # fewer items than this are not worth starting processes for
ORPHAN_EXIT = 70  # a worker's exit code when it stopped because its parent was gone
# The resource tracker removes the semaphores a killed main process left behind, and says so
# on the terminal; the -W option reaches it (and the workers) through their command lines.
_QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def spawn_context() -> SpawnContext:
    """The context every worker process starts from: spawn (fork is unsafe in a threaded Qt
    process); the resource tracker it starts cleans up after a kill without a warning."""
    if _QUIET_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(_QUIET_TRACKER)
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def sigint_held() -> Iterator[None]:
    """Around starting worker processes: Ctrl-C is blocked in this thread, so a child begins
    with it blocked (a Ctrl-C while it starts up prints no traceback: it ignores the signal
    before unblocking it, ``guard_worker``) and one that comes meanwhile is not lost: it
    reaches this process when the block ends, or through another of its threads. Ignoring it
    here instead lost it: an import went on to its end. Where signals cannot be blocked
    (Windows) it is ignored, in the main thread only."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        return
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class DeferredInterrupt:
    """Ctrl-C noted, not raised, while the main thread talks to worker processes: a
    KeyboardInterrupt in the middle of reading a message or of a queue's put leaves the pipe
    or the queue unusable to the clean-up that stops the workers (it read the rest of a
    message as a new one and failed with an UnpicklingError: exit 1 and a traceback, not
    130). ``check`` raises it where no message is half read. Outside the main thread, or
    with Ctrl-C ignored, it does nothing."""

    def __init__(self) -> None:
        self.pending = False
        self._previous: Any = None
        if threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGINT) in (signal.SIG_IGN, None):
            return
        self._previous = signal.signal(signal.SIGINT, self._note)

    def _note(self, _signum: int, _frame: object) -> None:
        self.pending = True

    def check(self) -> None:
        """Raise the Ctrl-C that came (KeyboardInterrupt), if one did."""
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def restore(self, deliver: bool = True) -> None:
        """Put the previous handler back (once); ``deliver``: and hand it a Ctrl-C that came."""
        previous, self._previous = self._previous, None
        if previous is None:
            return
        signal.signal(signal.SIGINT, previous)
        if deliver and self.pending:
            self.pending = False
            signal.raise_signal(signal.SIGINT)


def guard_worker() -> None:
    """First thing in every worker process: exit as soon as the parent is gone, and leave
    Ctrl-C to the parent (the terminal sends it to every process of the group; the parent
    stops its workers, which would otherwise each print a KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C held back at its start is dropped
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    parent = multiprocessing.parent_process()
    if parent is None or parent.pid is None:
        return
    _die_with_parent(parent.pid)
    # The portable guard: the parent's sentinel (a pipe on POSIX, a process handle on
    # Windows) is ready once the parent is gone, whatever this process's main thread is
    # blocked on (a full pipe, a queue's lock).
    threading.Thread(
        target=_exit_when_ready, args=(parent.sentinel,), name="parent-watch", daemon=True
    ).start()


def _exit_when_ready(sentinel: Any) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(ORPHAN_EXIT)  # no clean-up to run: the next open of the archive finishes up


def _die_with_parent(parent_pid: int) -> None:
    """On Linux the kernel also kills this process when its parent dies, even while a C call
    holds the GIL (the watching thread could not run then). The signal follows the parent
    *thread* that started this process; ours stay alive until they have joined their workers."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc to call: the watching thread remains
        return
    if os.getppid() != parent_pid:  # the parent died before the prctl took effect
        os._exit(ORPHAN_EXIT)


def _start_worker(initializer: Callable[..., object] | None, initargs: tuple) -> None:
    guard_worker()
    if initializer is not None:
        initializer(*initargs)


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
    start = functools.partial(_start_worker, initializer, initargs)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=spawn_context(), initializer=start
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
                with sigint_held():  # submit starts the worker processes
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


def run_alone(func: Callable[..., R], *args: Any, cancel: CancelToken | None = None,
              poll: float = 0.1) -> R | None:  # fmt: skip
    """``func(*args)`` in a worker process of its own; None when ``cancel`` stopped it (the
    process is killed). Its exception is raised here; WorkerFailed if it died silently."""
    receiver, sender = spawn_context().Pipe(duplex=False)
    proc = spawn_context().Process(target=_answer, args=(sender, func, args), daemon=True)
    with sigint_held():
        proc.start()
    sender.close()
    try:
        while not receiver.poll(poll):
            if cancel is not None and cancel.cancelled:
                return None
            if not proc.is_alive() and not receiver.poll():
                raise WorkerFailed(f"the worker process ended (exit code {proc.exitcode})")
        try:
            ok, value = receiver.recv()
        except EOFError as exc:
            raise WorkerFailed(f"the worker process ended (exit code {proc.exitcode})") from exc
        if not ok:
            raise value
        return value
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        receiver.close()


def _answer(sender: Any, func: Callable[..., object], args: tuple) -> None:
    """In the worker process of ``run_alone``: send back (True, result) or (False, error)."""
    guard_worker()
    try:
        answer: tuple[bool, object] = (True, func(*args))
    except Exception as exc:  # handed to the caller, which raises it
        answer = (False, exc)
    sender.send(answer)
    sender.close()


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
