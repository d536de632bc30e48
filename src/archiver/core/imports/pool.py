"""Worker processes that prepare files and, in large batches, index the ones the main process keeps.

Each worker reads, extracts and analyses its share of the files and sends the results to the
main process, which decides in file order what is stored (a duplicate is not) and gives each
stored file its id. In a large batch the term streams stay in the worker: the decision goes
back to the worker holding that file's streams, which adds the document to an index segment
of its own, and once the store has committed the main process commits the workers' segments.

A watchdog in the main process holds every file to its budget (time, and the worker's memory
where the system reports it): a worker over budget is killed, its file fails with the reason,
a new worker takes over the files the old one had not sent back, and the batch goes on. A
worker that dies on its own (out of memory, a crash in a library) is replaced the same way.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Generator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import Prepared, pack_texts, prepare_safely
from archiver.core.imports.budget import FileBudget, IndexPacing, resident_bytes
from archiver.core.imports.ocr import watch as ocr_watch
from archiver.core.model import FailedFile
from archiver.core.progress import CancelToken
from archiver.core.text import arabic
from archiver.core.workers import (
    ORPHANED,
    DeferredInterrupt,
    guard_worker,
    next_job,
    sigint_held,
    spawn_context,
)

if TYPE_CHECKING:
    from archiver.core.search.index.writing import IndexDoc

Result = Prepared | FailedFile
Decision = tuple[int, "IndexDoc | None"]  # (file number, document to index or None to drop)
CHUNK = 8  # files per message
AHEAD = 64  # files sent to a worker and not yet taken by the main process: busy, yet small
WATCH_EVERY = 0.25  # seconds between two looks at the workers' clocks and memory
MAX_SILENT_DEATHS = 3  # new workers dying before they say a word: something else is wrong
_SPAWN = spawn_context()


class WorkerLost(Exception):
    """A worker failed (e.g. writing its index segment): the error as the message."""


class _WorkerIndex:
    """A worker's side of the index: the term streams of the files it prepared, and the
    segment it builds of those the main process keeps."""

    def __init__(self, folder: str, memory: int) -> None:
        from archiver.core.search.index.writing import SegmentBuilder  # Whoosh: indexers only

        self.builder = SegmentBuilder(Path(folder))
        self.memory = memory
        self.held: dict[int, tuple[tuple[str, str], ...]] = {}

    def hold(self, seq: int, result: Prepared) -> None:
        """Keep a prepared file's streams here; its result travels without them."""
        self.held[seq] = (result.title_terms, result.body_terms, result.layout_terms)
        result.title_terms = result.body_terms = result.layout_terms = ("", "")

    def settle(self, decisions: list[Decision], send: Callable[..., None]) -> None:
        """Index the kept files, forget the others; a segment past the memory is written
        out (and committed by the main process with the next)."""
        for seq, doc in decisions:
            streams = self.held.pop(seq, None)
            if doc is not None and streams is not None:
                doc.title, doc.body, doc.layout = streams
                self.builder.add(doc)
                if self.builder.held_bytes() > self.memory:
                    send("part", self.builder.finish())


def _serve(inbox: Any, outbox: Connection, stopping: Any, password: str | None,
           names: list[str], index_folder: str | None, index_memory: int) -> None:  # fmt: skip
    """A worker's loop: prepare files, index the kept ones, write out a segment when it holds
    ``index_memory`` bytes of postings or when the main process commits, finish or drop it."""
    guard_worker()
    arabic.set_archive_names(names)
    lock = threading.Lock()  # OCR reports pages from a thread of its own

    def send(*message: Any) -> None:
        with lock:
            outbox.send(message)

    working: list[int] = []  # the file it reads; an OCR page read restarts its clock

    def page(path: str, done: int, total: int) -> None:
        send("page", (*working, path, done, total))

    ocr_watch.install(lambda: bool(stopping.value), page)
    index = _WorkerIndex(index_folder, index_memory) if index_folder else None
    try:
        while True:
            job = next_job(inbox)
            if job is ORPHANED or job[0] == "cancel":
                break
            kind, *payload = job
            if index is not None:
                index.settle(payload[0], send)
            if kind in ("flush", "finish"):  # the main process commits the index, or ends
                send("flushed" if kind == "flush" else "segment",
                     index.builder.finish() if index is not None else None)  # fmt: skip
                if kind == "finish":
                    return
                continue
            results = []
            for seq, path in payload[1]:
                if stopping.value:  # cancelled: the main process wants no more files
                    break
                working[:] = [seq]
                send("start", seq)  # the watchdog's clock for this file starts
                result = prepare_safely(path, password)
                if isinstance(result, Prepared):
                    pack_texts(result)  # in the worker: the main process stores them as they come
                    if index is not None:
                        index.hold(seq, result)
                results.append((seq, result))
            send("prepared", results)
    except (BrokenPipeError, ConnectionError, EOFError):  # the main process is gone
        pass
    except Exception as exc:  # e.g. the disk filled up while writing the segment
        with contextlib.suppress(OSError):
            send("error", f"{type(exc).__name__}: {exc}")
    if index is not None:
        index.builder.cancel()


class _Worker:
    """One worker process, its inbox (a queue: its feeder thread never blocks the main
    process) and its outbox (a pipe of its own: a worker killed mid-message breaks only it)."""

    def __init__(self, args: tuple[Any, ...]) -> None:
        self.inbox: Any = _SPAWN.Queue()
        self.outbox, writer = _SPAWN.Pipe(duplex=False)
        self.proc = _SPAWN.Process(target=_serve, args=(self.inbox, writer, *args), daemon=True)
        with sigint_held():
            self.proc.start()
        writer.close()
        self.waiting: set[int] = set()  # files sent to it whose results have not come back
        self.decisions: list[Decision] = []  # for files it holds, not sent to it yet
        self.current: tuple[int, float] | None = None  # the file it works on, since when
        self.heard = False  # it sent a message: it started up
        self.running = True  # False once it sent its segment (or was replaced)
        self.parts: list[object] = []  # segments it wrote out, not committed yet
        self.flushing = False  # asked to write out its segment, not answered yet

    def take_decisions(self) -> list[Decision]:
        decisions, self.decisions = self.decisions, []
        return decisions

    def stop(self) -> None:
        """End the process (killed if it does not end by itself) and release its pipes."""
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.inbox.cancel_join_thread()
        self.inbox.close()
        self.outbox.close()
        self.running = False


class ImportPool:
    """Worker processes preparing one batch of files (and indexing the kept ones)."""

    def __init__(self, workers: int, index_folder: Path | None, password: str | None,
                 budget: FileBudget | None = None,
                 pacing: IndexPacing | None = None) -> None:  # fmt: skip
        """``index_folder``: the workers index what is kept there; None: the results carry
        their term streams and the main process indexes them. ``pacing``: the memory the
        workers' segments may hold together."""
        self._stopping = _SPAWN.RawValue("b", 0)  # no lock: a killed worker cannot hold one
        folder = str(index_folder) if index_folder is not None else None
        memory = (pacing or IndexPacing()).memory_bytes // workers
        self._args = (self._stopping, password, sorted(arabic.archive_names()), folder, memory)
        self.indexes = index_folder is not None
        self.budget = budget or FileBudget()
        # Ctrl-C is raised between two files (``prepared``), never inside a message.
        self._interrupt = DeferredInterrupt()
        try:
            self._workers = [_Worker(self._args) for _ in range(workers)]
        except BaseException:
            self._interrupt.restore()
            raise
        self._files: list[str] = []
        self._owner: dict[int, int] = {}
        self._in_flight = [0] * workers
        self._ready: dict[int, Result] = {}
        self._segments: list[object] = []
        self._flushed: list[object] = []  # segments written out for the commit under way
        self._ended = False
        self._watched = 0.0
        self._silent_deaths = 0
        self.lost = False  # a worker was replaced: documents it held were stored, not indexed

    @property
    def _running(self) -> list[int]:
        return [k for k, w in enumerate(self._workers) if w.running]

    def prepared(
        self, files: list[str], cancel: CancelToken | None
    ) -> Generator[Result, None, None]:
        """Each file's result, in file order; the caller keeps or drops each as it goes."""
        self._files = files
        if cancel is not None:  # at once, for an OCR run in a worker too
            cancel.when_cancelled(self._stop_work)
        chunks = ([(seq, files[seq]) for seq in range(start, min(start + CHUNK, len(files)))]
                  for start in range(0, len(files), CHUNK))  # fmt: skip
        pending = True
        for seq in range(len(files)):
            while True:
                # Top the workers up before every file, not only while waiting for one: the
                # main process storing a run of ready results must not leave them idle.
                while pending and min(self._in_flight[k] for k in self._running) < AHEAD:
                    chunk = next(chunks, None)
                    if chunk is None:
                        pending = False
                        break
                    self._dispatch(chunk)
                self._interrupt.check()
                if cancel is not None and cancel.cancelled:
                    self._stop_work()
                    if self._settle_cancelled(seq):  # stopped while being read: say why
                        yield self._ready.pop(seq)
                    return
                if seq in self._ready:
                    if seq % CHUNK == 0:  # take what has arrived: no worker waits on a full pipe
                        self._collect(0)
                    break
                self._collect(1.0)
            self._in_flight[self._owner[seq]] -= 1  # counted until taken, not until it arrives
            yield self._ready.pop(seq)

    def _stop_work(self) -> None:
        self._stopping.value = 1

    def _settle_cancelled(self, seq: int) -> bool:
        """After a cancel, wait (a few seconds at most) for file ``seq`` if its worker is
        reading it: an OCR run stops at once and says so. True if it failed so (a file read
        to its end is not stored: the batch was cancelled)."""
        worker = self._workers[self._owner[seq]] if seq in self._owner else None
        deadline = time.monotonic() + 5
        while (worker is not None and worker.running and worker.current is not None
               and seq not in self._ready and time.monotonic() < deadline):  # fmt: skip
            self._collect(0.1)
        result = self._ready.get(seq)
        return result is not None and not isinstance(result, Prepared)

    def _dispatch(self, chunk: list[tuple[int, str]], to: int | None = None) -> None:
        k = min(self._running, key=self._in_flight.__getitem__) if to is None else to
        worker = self._workers[k]
        for seq, _ in chunk:
            self._owner[seq] = k
            worker.waiting.add(seq)
        worker.inbox.put(("files", worker.take_decisions(), chunk))
        self._in_flight[k] += len(chunk)

    def keep(self, seq: int, doc: IndexDoc) -> None:
        """Index file ``seq`` as ``doc`` (its text fields come from the worker)."""
        self._workers[self._owner.pop(seq)].decisions.append((seq, doc))

    def drop(self, seq: int) -> None:
        """File ``seq`` is not stored: its worker forgets its streams."""
        if seq in self._owner:  # (decided: its owner is not needed any more)
            self._workers[self._owner.pop(seq)].decisions.append((seq, None))

    def _collect(self, timeout: float) -> None:
        """Take every message that has arrived (waiting up to ``timeout`` for one), then
        hold the workers to the budget. Raises WorkerLost when a worker failed."""
        running = {k: self._workers[k] for k in self._running}
        pipes = {w.outbox: k for k, w in running.items()}
        ends = {w.proc.sentinel: k for k, w in running.items()}
        ready = wait([*pipes, *ends], timeout=min(timeout, WATCH_EVERY))
        dead = set()
        for conn in [c for c in pipes if c in ready]:
            k = pipes[conn]
            try:
                while running[k].running and conn.poll():
                    self._take(k, *conn.recv())
            except (EOFError, OSError):  # its end of the pipe closed: it died (maybe mid-message)
                dead.add(k)
        for k in sorted(dead):
            if running[k].running:
                self._replace(k, ImportFailure(FailureCode.WORKER_DIED, "a worker process "
                              "stopped while reading it (out of memory, or a crash in a library); "
                              "try it alone"))  # fmt: skip
        if time.monotonic() - self._watched >= WATCH_EVERY:
            self._watch()

    def _take(self, k: int, kind: str, payload: Any) -> None:
        worker = self._workers[k]
        worker.heard = True
        if kind == "start":
            worker.current = (payload, time.monotonic())
        elif kind == "page":  # an OCR page: its clock restarts, the import shows the page
            seq, *page = payload
            worker.current = (seq, time.monotonic())
            ocr_watch.report(*page)
        elif kind == "prepared":
            self._ready.update(payload)
            worker.waiting.difference_update(seq for seq, _ in payload)
            worker.current = None
        elif kind == "part":
            worker.parts.append(payload)
        elif kind == "flushed":
            self._flushed += worker.parts + ([payload] if payload is not None else [])
            worker.parts, worker.flushing = [], False
        elif kind == "segment":
            worker.running = False
            self._segments += worker.parts + ([payload] if payload is not None else [])
            worker.parts = []
        else:
            worker.running = False
            self.lost = True
            raise WorkerLost(payload)

    def _watch(self) -> None:
        """Stop a worker that spent too long on one file or holds too much memory."""
        self._watched = time.monotonic()
        for k in self._running:
            worker = self._workers[k]
            if worker.current is None:
                continue
            if self._watched - worker.current[1] > self.budget.seconds:
                self._replace(k, self.budget.over_time())
            elif (resident_bytes(worker.proc.pid or 0) or 0) > self.budget.memory_bytes:
                self._replace(k, self.budget.over_memory())

    def _replace(self, k: int, failure: ImportFailure) -> None:
        """Kill worker ``k``: the file it was on fails with ``failure``; a new worker prepares
        the files it had not sent back. What it held for the index is re-indexed at the end."""
        old = self._workers[k]
        old.stop()
        self.lost = True
        self._silent_deaths = 0 if old.heard else self._silent_deaths + 1
        if self._silent_deaths >= MAX_SILENT_DEATHS:  # not the files: workers cannot start
            raise WorkerLost("worker processes stop as soon as they start")
        if self._ended:  # finishing: no more files to prepare, only its segment is lost
            return
        waiting = sorted(old.waiting)
        if old.current is not None and old.current[0] in old.waiting:
            stuck = old.current[0]
            waiting.remove(stuck)
            self._ready[stuck] = FailedFile.of(self._files[stuck], failure)
        self._workers[k] = _Worker(self._args)
        self._in_flight[k] -= len(waiting)  # sent again below; the rest are still to be taken
        for start in range(0, len(waiting), CHUNK):
            self._dispatch([(seq, self._files[seq]) for seq in waiting[start : start + CHUNK]], k)

    def flush(self) -> list[object]:
        """Segments holding every document kept so far (each worker writes out its own; files
        go on arriving meanwhile), for the main process to commit."""
        for k in self._running:
            worker = self._workers[k]
            worker.flushing = True
            worker.inbox.put(("flush", worker.take_decisions()))
        while any(self._workers[k].flushing for k in self._running):
            self._collect(1.0)
        segments, self._flushed = self._flushed, []
        return segments

    def end(self) -> None:
        """Tell every worker its last decisions: they write their segments out now."""
        self._stopping.value = 1  # files still queued are not wanted any more
        if not self._ended:
            for k in self._running:
                worker = self._workers[k]
                worker.inbox.put(("finish", worker.take_decisions()))
        self._ended = True

    def finish(self) -> list[object]:
        """The segments the workers wrote (ending the batch first if needed)."""
        self.end()
        while self._running:
            with contextlib.suppress(WorkerLost):
                self._collect(1.0)
        self._stop()
        return self._segments

    def cancel(self) -> None:
        """Stop the workers; their segments are dropped. (The batch is ending on an error or
        a Ctrl-C already: a Ctrl-C meanwhile changes nothing.)"""
        self._stopping.value = 1
        for k in self._running:
            self._workers[k].inbox.put(("cancel",))
        self._stop(deliver=False)

    def _stop(self, deliver: bool = True) -> None:
        """Wait for the workers to end (30 s at most, then kill them); Ctrl-C is raised at
        once again, and one that came meanwhile (``deliver``) now."""
        deadline = time.monotonic() + 30
        procs = [w.proc for w in self._workers]
        while any(proc.is_alive() for proc in procs) and time.monotonic() < deadline:
            for worker in self._workers:  # a worker blocked on sending results cannot exit
                with contextlib.suppress(EOFError, OSError):
                    while worker.outbox.poll(0.01):
                        worker.outbox.recv()
        for worker in self._workers:
            worker.stop()
        self._interrupt.restore(deliver)
