"""Whom an OCR run reports its pages to, and when it must stop: set by the import around it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

PageReport = Callable[[str, int, int], None]  # (file path, pages done, pages in all)


def _never() -> bool:
    return False


def _nobody(path: str, done: int, total: int) -> None:
    return None


_state: dict[str, Callable] = {"report": _nobody, "stopped": _never}


def install(stopped: Callable[[], bool], report: PageReport | None = None) -> None:
    """For this process: ``stopped()`` true asks a running OCR to stop; pages go to ``report``."""
    _state["stopped"] = stopped
    _state["report"] = report or _nobody


@contextlib.contextmanager
def watching(stopped: Callable[[], bool], report: PageReport | None = None) -> Iterator[None]:
    """install() for the duration of a block (an import batch in this process)."""
    before = dict(_state)
    install(stopped, report)
    try:
        yield
    finally:
        _state.update(before)


def stopped() -> bool:
    """True when the import running this OCR was cancelled."""
    return bool(_state["stopped"]())


def report(path: str, done: int, total: int) -> None:
    """Tell the import that ``done`` of ``total`` pages of ``path`` are read."""
    _state["report"](path, done, total)
