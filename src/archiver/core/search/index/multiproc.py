"""Whoosh's multi-process writer made safe: spawned sub-writers fed through a queue,
whose deaths raise instead of hanging the commit."""

from __future__ import annotations

import contextlib
import queue
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import IndexingError, SegmentWriter

from archiver.core.search.index.segments import FastSegmentWriter, commit_segments
from archiver.core.workers import ORPHANED, guard_worker, next_job, sigint_held, spawn_context

_SPAWN = spawn_context()


_CANCEL = "cancel"  # a job telling a sub-writer to drop its segment and stop


class _SpawnTask(SubWriterTask):
    """Whoosh's sub-writer process, started with spawn (fork is unsafe in a threaded GUI),
    taking documents straight from its queue and writing them with FastSegmentWriter."""

    _Popen = staticmethod(_SPAWN.Process._Popen)

    def run(self) -> None:
        guard_worker()
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = FastSegmentWriter(ix, _lk=False, **self.kwargs)
        while True:
            job = next_job(self.jobqueue)
            if job is ORPHANED:
                writer._close_segment()
                return
            if job is None:
                break
            if job == _CANCEL:  # the parent removes the shared temporary folder
                writer._close_segment()
                return
            for fields in job:
                writer.add_document(**fields)
        fieldnames = writer.pool.fieldnames
        segment = writer._finalize_segment()
        self.resultqueue.put((None, fieldnames, segment), timeout=5)


class SpawnMpWriter(MpWriter):
    """Whoosh's multi-process writer (one segment per process) with spawn-context queues.

    Documents go to the sub-writers through the queue, not through temporary files.
    """

    docbuffer: list[dict[str, Any]]

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, multisegment=True, **kwargs)
        self.jobqueue = _SPAWN.Queue(self.procs * 4)
        self.resultqueue = _SPAWN.Queue()

    def add_document(self, **fields: Any) -> None:
        self.docbuffer.append(fields)
        if len(self.docbuffer) >= self.batchsize:
            self._enqueue()
        self._added_sub = True

    def _enqueue(self) -> None:
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put(self.docbuffer)
        self.docbuffer = []

    def _put(self, job: Any) -> None:
        """Queue a job; a sub-writer that died would otherwise leave this waiting forever."""
        while True:
            try:
                self.jobqueue.put(job, timeout=0.5)
                return
            except queue.Full:
                self._check_tasks()

    def _check_tasks(self) -> None:
        for task in self.tasks:
            if task.exitcode not in (None, 0):
                raise IndexingError(f"an index sub-process stopped (exit code {task.exitcode})")

    def _new_task(self) -> SubWriterTask:
        task = _SpawnTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                          self.subargs, self.multisegment)  # fmt: skip
        self.tasks.append(task)
        with sigint_held():
            task.start()
        return task

    def _commit(self, mergetype: Any, optimize: Any, merge: Any) -> None:
        # Whoosh joins its sub-processes before reading their results, which can wait forever
        # (a sub-process cannot exit while its result sits unread in the pipe), and commits
        # without the segment of one that died. Here results are read first, deaths raise.
        try:
            if self.docbuffer:
                self._enqueue()
            for _ in self.tasks:
                self._put(None)
            final = self._merge_segments(mergetype, optimize, merge)
            results: list[Any] = []
            while len(results) < len(self.tasks):
                try:
                    results.append(self.resultqueue.get(timeout=0.5))
                except queue.Empty:
                    self._check_tasks()
            for task in self.tasks:
                task.join()
        except BaseException:
            self.cancel()
            raise
        commit_segments(self, final + [segment for _, _, segment in results])

    def cancel(self) -> None:
        """Stop the sub-writers (their segments are dropped) and release the index."""
        try:
            for _ in self.tasks:
                with contextlib.suppress(queue.Full):
                    self.jobqueue.put(_CANCEL, timeout=1)
            for task in self.tasks:
                task.join(timeout=30)
                if task.is_alive():
                    task.terminate()
            self.jobqueue.cancel_join_thread()
        finally:
            SegmentWriter.cancel(self)
