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

    def cancel(self) -> None:
        """Ask the operation to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callback that ignores everything."""
