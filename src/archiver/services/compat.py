"""Work around PySide6 6.12.0 on CPython 3.11: its void methods drop a reference to None.

Those wheels return ``None`` without a new reference (harmless from 3.12, where None, True and
False are immortal). On 3.11 every call to a setter takes one reference from None (and some
from True/False) until the interpreter aborts with "none_dealloc". The cure is Python >= 3.12
or another PySide6; until then this gives the three singletons the immortality 3.12 has.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # about a trillion calls


def void_calls_leak_none() -> bool:
    """True when a PySide6 void method call takes a reference from None (the 6.12.0 bug)."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(8):
        point.setX(1)
    return sys.getrefcount(None) < before


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal when the bug is present; True if applied."""
    if sys.version_info >= (3, 12) or not void_calls_leak_none():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    return True
