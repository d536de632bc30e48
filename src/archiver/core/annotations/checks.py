"""Checks of commitment fields: vocabulary words, dates, quantities (Invalid when wrong)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from archiver.core.errors import Invalid

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(value: str, allowed: Sequence[str], what: str) -> str:
    """``value`` lowercased when it is one of ``allowed``."""
    value = (value or "").strip().lower()
    if value not in allowed:
        raise Invalid(f"unknown {what} {value!r}; one of: {', '.join(allowed)}")
    return value


def check_date(value: str | None, what: str) -> str | None:
    """A date as YYYY, YYYY-MM or YYYY-MM-DD that exists, or None when empty."""
    if value is None or value == "":
        return None
    if not _DATE_RE.match(value) or not _real_date(value):
        raise Invalid(f"{what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def _real_date(value: str) -> bool:
    """True when the month and day exist (2025-02-30 does not)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def check_quantity(value: float | None) -> float | None:
    """A finite number, or None."""
    if value is not None and not math.isfinite(value):
        raise Invalid(f"quantity must be a number, not {value!r}")
    return value


def as_list(value: Any) -> list[Any]:
    """One value or several as a list (None: none)."""
    if value is None:
        return []
    if isinstance(value, (str, int)):
        return [value]
    return list(value)
