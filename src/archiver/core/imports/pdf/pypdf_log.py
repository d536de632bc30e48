"""What pypdf logs while it reads a file: collected for that file, never printed.

pypdf reports what it mends in a damaged file ("incorrect startxref pointer", "EOF marker not
found") through the ``pypdf`` logger. Without a handler of its own, Python's last-resort
handler writes those lines to the terminal or the app's stderr. The logger keeps to itself
here (a null handler, no propagation); a file's extraction collects what was logged from its
thread, and what was logged while opening it becomes one of the file's import warnings.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LOGGER = logging.getLogger("pypdf")
LOGGER.addHandler(logging.NullHandler())  # handled: the last-resort handler stays silent
LOGGER.propagate = False  # nor does a root handler (a test's, an embedding app's) print it
SHOWN = 3  # distinct messages named in the warning
SHORT = 100  # characters of each


class ThreadLog(logging.Handler):
    """Collects what pypdf logs from this thread (other threads may extract other files)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the message when it comes from the thread this handler collects for."""
        if record.thread == self.thread:
            self.messages.append(record.getMessage())


@contextmanager
def collected() -> Iterator[ThreadLog]:
    """Attach a handler to the ``pypdf`` logger for the duration of one step of one file."""
    handler = ThreadLog()
    old_level = LOGGER.level
    if LOGGER.getEffectiveLevel() > logging.WARNING:
        LOGGER.setLevel(logging.WARNING)
    LOGGER.addHandler(handler)
    try:
        yield handler
    finally:
        LOGGER.removeHandler(handler)
        LOGGER.setLevel(old_level)


def repair_warnings(messages: list[str]) -> list[str]:
    """The file's warning for what pypdf mended while opening it ([] when it said nothing)."""
    distinct = list(dict.fromkeys(m.strip().splitlines()[0][:SHORT] for m in messages if m.strip()))
    if not distinct:
        return []
    more = f"; +{len(distinct) - SHOWN} more" if len(distinct) > SHOWN else ""
    return [f"PDF structure damaged, mended on reading: {'; '.join(distinct[:SHOWN])}{more}"]
