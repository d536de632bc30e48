"""Python's cycle collector, run only on the GUI thread.

A collection can start in whichever thread allocates; if it frees a Qt widget caught in a
reference cycle from a worker thread, Qt crashes. So automatic collection is off and a timer
on the GUI thread collects instead (Anki does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 5000


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects every few seconds from the event loop."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self.ticks = 0
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect now: young objects every tick, older ones seldom (a full pass can take
        tens of milliseconds on a large heap, a visible stall in the event loop)."""
        self.ticks += 1
        if self.ticks == 1:
            gc.freeze()  # what start-up built (modules, Qt wrappers) lives for the whole run
        found = gc.collect(0)
        if self.ticks % 6 == 0:
            found += gc.collect(1)
        if self.ticks % 60 == 0:
            found += gc.collect(2)
        return found
