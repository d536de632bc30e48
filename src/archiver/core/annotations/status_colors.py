"""The colours of commitment statuses: one table for the app, the timeline and its exports.

Mid-lightness hues, so that one colour stays visible on a white and on a near-black base.
Keyed by status name; a status without an entry is drawn in ``UNKNOWN_STATUS_COLOR``.
"""

from __future__ import annotations

STATUS_COLORS = {
    "considering": "#c026d3",
    "offered": "#3b82f6",
    "pledged": "#8b5cf6",
    "conditional": "#d97706",
    "partly_delivered": "#65a30d",
    "delivered": "#16a34a",
    "refused": "#dc2626",
    "suspended": "#ea580c",
    "withdrawn": "#78716c",
    "unclear": "#0891b2",
}
UNKNOWN_STATUS_COLOR = "#78716c"


def status_hex(status: str) -> str:
    """The colour of a status as #rrggbb (grey when unknown)."""
    return STATUS_COLORS.get(status, UNKNOWN_STATUS_COLOR)
