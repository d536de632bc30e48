"""Thread lanes: one serial lane for every archive write, a small parallel lane for reads."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

QUEUED = Qt.ConnectionType.QueuedConnection


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit through it, callbacks run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.release: Callable[[], None] = lambda: None
        self.done.connect(self._deliver_done, QUEUED)
        self.failed.connect(self._deliver_error, QUEUED)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.release()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        self.release()
        if self._on_error is not None:
            assert isinstance(exc, BaseException)
            self._on_error(exc)


class Task(QRunnable):
    """Runs ``func()`` on a pool thread and hands the result or the exception to the GUI thread."""

    def __init__(self, func: Callable[[], Any], relay: _Relay, lane: Lane) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.func, self.relay, self.lane = func, relay, lane

    def run(self) -> None:
        """Called by the pool thread."""
        try:
            result = self.func()
        except BaseException as exc:
            exc.add_note(traceback.format_exc())  # the worker's stack, for a bug report
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Lane:
    """A QThreadPool of a fixed width that keeps its tasks alive until they end."""

    def __init__(self, name: str, width: int) -> None:
        self.name = name
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(width)
        self._running: set[Task] = set()

    def submit(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Queue ``func``; on_done/on_error are called on the GUI thread afterwards."""
        task = Task(func, _Relay(on_done, on_error), self)
        task.relay.release = lambda: self.forget(task)
        self._running.add(task)
        self.pool.start(task)
        return task

    def forget(self, task: Task) -> None:
        """Drop a finished task, on the GUI thread once its result was delivered."""
        self._running.discard(task)

    @property
    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._running)

    def drain(self, timeout_ms: int = 30000) -> bool:
        """Wait for every queued task; True if they all ended in time."""
        return self.pool.waitForDone(timeout_ms)


class Lanes:
    """The app's two lanes: ``serial`` for writes (Whoosh allows one writer), ``reads``."""

    def __init__(self) -> None:
        self.serial = Lane("serial", 1)
        self.reads = Lane("reads", 2)
        # Searches keep a read-only archive per pool thread: threads that never expire keep
        # two archives open, not a new one after every idle pause.
        self.reads.pool.setExpiryTimeout(-1)

    def drain(self, timeout_ms: int = 30000) -> bool:
        """Wait for both lanes."""
        return self.serial.drain(timeout_ms) and self.reads.drain(timeout_ms)


class Throttle:
    """Lets a call through at most every ``interval`` seconds, and always the last one."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self._last = 0.0

    def ready(self, final: bool = False) -> bool:
        """True when enough time has passed since the last call let through (or ``final``)."""
        now = time.monotonic()
        if final or now - self._last >= self.interval:
            self._last = now
            return True
        return False
