"""Progress callbacks and cancel tokens passed into long core operations."""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, label) from the thread doing the work."""


class Cancelled(Exception):
    """Raised inside an operation when its token was cancelled."""


class CancelToken:
    """A flag the caller sets to ask a running operation to stop at the next file."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list[Callable[[], object]] = []

    def cancel(self) -> None:
        """Ask the operation to stop (and tell whoever asked to be told, e.g. worker processes)."""
        self._event.set()
        for callback in list(self._callbacks):
            callback()

    def when_cancelled(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` on cancel (at once if already cancelled): for work in other
        processes, which cannot see this token."""
        self._callbacks.append(callback)
        if self.cancelled:
            callback()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled once cancel() was called (between steps that each finish whole)."""
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callback that ignores everything."""
