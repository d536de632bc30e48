"""The filter of the commitments table and the timeline: one object, the same keys for both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CommitmentFilter:
    """Participants, statuses, categories, a date range and a text; empty parts filter nothing.

    Values within one part are ORed, the parts ANDed (as ``list_commitments`` takes them).
    """

    actors: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    text: str = ""

    def query(self) -> dict[str, Any]:
        """The keyword arguments of ``list_commitments`` and ``count`` for this filter."""
        found: dict[str, Any] = {
            "actor": list(self.actors), "status": list(self.statuses),
            "category": list(self.categories), "date_from": self.date_from,
            "date_to": self.date_to, "text": self.text.strip(),
        }  # fmt: skip
        return {k: v for k, v in found.items() if v not in (None, "", [])}

    @property
    def empty(self) -> bool:
        """True when it lets every commitment through."""
        return not self.query()
