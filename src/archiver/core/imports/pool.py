"""Worker processes that prepare files and index the ones the main process keeps.

Large imports run here. Each worker reads, extracts and analyses its share of the files and
sends the results, without their index term streams, to the main process. The main process
decides in file order what is stored (a duplicate is not) and gives each stored file its
id; the decision goes back to the worker holding that file's streams, which adds the
document to an index segment of its own. Once the store has committed, the main process
commits the workers' segments to the index. The term streams never cross a process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Generator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from archiver.core.imports import Prepared, prepare_safely
from archiver.core.imports.ocr import watch as ocr_watch
from archiver.core.progress import CancelToken
from archiver.core.search.index.writing import IndexDoc, SegmentBuilder
from archiver.core.text import arabic
from archiver.core.workers import ORPHANED, next_job

Result = Prepared | tuple[str, str]
Decision = tuple[int, IndexDoc | None]  # (file number, document to index or None to drop)
CHUNK = 8  # files per message
AHEAD = 64  # files sent to a worker and not yet taken by the main process: busy, yet small
_SPAWN = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded (Qt) process


class WorkerLost(Exception):
    """A worker process died (out of memory, a crash in a library): no message; or failed
    (e.g. writing its index segment): the error as the message."""


def _serve(inbox: Any, outbox: Connection, stopping: Any, password: str | None,
           names: list[str], index_folder: str) -> None:  # fmt: skip
    """A worker's loop: prepare files, index the kept ones, finish or drop its segment."""
    arabic.set_archive_names(names)
    ocr_watch.install(stopping.is_set)  # a cancelled batch stops an OCR run mid-file
    builder = SegmentBuilder(Path(index_folder))
    held: dict[int, tuple[tuple[str, str], ...]] = {}

    def settle(decisions: list[Decision]) -> None:
        for seq, doc in decisions:
            streams = held.pop(seq, None)
            if doc is not None and streams is not None:
                doc.title, doc.body, doc.layout = streams
                builder.add(doc)

    try:
        while True:
            job = next_job(inbox)
            if job is ORPHANED:
                builder.cancel()
                return
            kind, *payload = job
            if kind == "files":
                settle(payload[0])
                results = []
                for seq, path in payload[1]:
                    if stopping.is_set():  # cancelled: the main process wants no more files
                        break
                    result = prepare_safely(path, password)
                    if isinstance(result, Prepared):
                        held[seq] = (result.title_terms, result.body_terms, result.layout_terms)
                        result.title_terms = result.body_terms = result.layout_terms = ("", "")
                    results.append((seq, result))
                outbox.send(("prepared", results))
            elif kind == "finish":
                settle(payload[0])
                outbox.send(("segment", builder.finish()))
                return
            else:
                builder.cancel()
                return
    except Exception as exc:  # e.g. the disk filled up while writing the segment
        builder.cancel()
        outbox.send(("error", f"{type(exc).__name__}: {exc}"))


class ImportPool:
    """Worker processes preparing one batch of files and indexing the kept ones."""

    def __init__(self, workers: int, index_folder: Path, password: str | None) -> None:
        # Work goes out through queues (their feeder threads never block this thread); results
        # come back through one pipe per worker, so a worker killed in the middle of a message
        # breaks only its own pipe, which reads as end-of-file once its process is gone.
        self._inboxes: list[Any] = [_SPAWN.Queue() for _ in range(workers)]
        self._stopping = _SPAWN.Event()
        self._outboxes: list[Connection] = []
        self._procs = []
        names = sorted(arabic.archive_names())
        for inbox in self._inboxes:
            reader, writer = _SPAWN.Pipe(duplex=False)
            proc = _SPAWN.Process(
                target=_serve,
                args=(inbox, writer, self._stopping, password, names, str(index_folder)),
                daemon=True,
            )
            proc.start()
            writer.close()
            self._outboxes.append(reader)
            self._procs.append(proc)
        self._owner: dict[int, int] = {}
        self._decisions: list[list[Decision]] = [[] for _ in range(workers)]
        self._in_flight = [0] * workers
        self._running = set(range(workers))
        self._ready: dict[int, Result] = {}
        self._segments: list[object] = []
        self._ended = False
        self.lost = False  # a worker died: documents it held were stored but not indexed

    def prepared(
        self, files: list[str], cancel: CancelToken | None
    ) -> Generator[Result, None, None]:
        """Each file's result, in file order; the caller keeps or drops each as it goes."""
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
                if cancel is not None and cancel.cancelled:
                    self._stopping.set()
                    return
                if seq in self._ready:
                    if seq % CHUNK == 0:  # take what has arrived: no worker waits on a full pipe
                        self._collect(0)
                    break
                self._collect(1.0)
            self._in_flight[self._owner[seq]] -= 1  # counted until taken, not until it arrives
            yield self._ready.pop(seq)

    def _dispatch(self, chunk: list[tuple[int, str]]) -> None:
        k = min(self._running, key=self._in_flight.__getitem__)
        for seq, _ in chunk:
            self._owner[seq] = k
        self._inboxes[k].put(("files", self._take(k), chunk))
        self._in_flight[k] += len(chunk)

    def _take(self, k: int) -> list[Decision]:
        decisions, self._decisions[k] = self._decisions[k], []
        return decisions

    def keep(self, seq: int, doc: IndexDoc) -> None:
        """Index file ``seq`` as ``doc`` (its text fields come from the worker)."""
        self._decisions[self._owner[seq]].append((seq, doc))

    def drop(self, seq: int) -> None:
        """File ``seq`` is not stored: its worker forgets its streams."""
        if seq in self._owner:
            self._decisions[self._owner[seq]].append((seq, None))

    def _collect(self, timeout: float) -> None:
        """Take every message that has arrived (waiting up to ``timeout`` for one).

        Raises WorkerLost when a worker died or failed.
        """
        pipes = {self._outboxes[k]: k for k in self._running}
        ends = {self._procs[k].sentinel: k for k in self._running}
        ready = wait([*pipes, *ends], timeout=timeout)
        for conn in [c for c in self._outboxes if c in ready]:
            k = pipes[conn]
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError):
                self._lose(k, "")
            if kind == "prepared":
                self._ready.update(payload)
            elif kind == "segment":
                self._running.discard(k)
                if payload is not None:
                    self._segments.append(payload)
            else:
                self._lose(k, payload)
        for k in [k for sentinel, k in ends.items() if sentinel in ready]:
            if k in self._running and not self._outboxes[k].poll():
                self._lose(k, "")

    def _lose(self, k: int, why: str) -> None:
        self._running.discard(k)
        self.lost = True
        raise WorkerLost(why)

    def end(self) -> None:
        """Tell every worker its last decisions: they write their segments out now."""
        self._stopping.set()  # files still queued are not wanted any more
        for k in self._running:
            if not self._ended:
                self._inboxes[k].put(("finish", self._take(k)))
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
        """Stop the workers; their segments are dropped."""
        for k in self._running:
            self._inboxes[k].put(("cancel",))
        self._stop()

    def _stop(self) -> None:
        deadline = time.monotonic() + 30
        while any(proc.is_alive() for proc in self._procs) and time.monotonic() < deadline:
            for conn in self._outboxes:  # a worker blocked on sending its results cannot exit
                with contextlib.suppress(EOFError, OSError):
                    while conn.poll(0.01):
                        conn.recv()
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        for inbox in self._inboxes:
            inbox.cancel_join_thread()
            inbox.close()
        for conn in self._outboxes:
            conn.close()
        self._running.clear()
