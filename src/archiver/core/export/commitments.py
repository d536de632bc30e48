"""The commitments exports: one row per commitment, or one per commitment and actor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.core.export.writers import to_csv, to_json

if TYPE_CHECKING:
    from archiver.core.annotations.model import Commitment
    from archiver.core.archive import Archive

COMMITMENT_COLUMNS = (
    "id", "document_id", "document_title", "published", "statement_date", "sources",
    "sources_ar", "sources_en", "recipients", "beneficiaries", "targets", "action", "category", "status",
    "what", "condition", "future", "hypothetical", "negated", "quantity", "unit", "target_date",
    "updates_id", "fulfils_id", "quote", "quote_start", "quote_end", "file_name", "notes",
)  # fmt: skip
LONG_COLUMNS = ("commitment_id", "document_id", "actor_id", "actor", "actor_ar", "actor_en", "role",
                *COMMITMENT_COLUMNS[2:])  # fmt: skip


def commitment_row(c: Commitment) -> dict[str, Any]:
    """One flat row of the commitments CSV (actors joined with '; ', a column per role)."""
    return {
        "id": c.id, "document_id": c.document_id, "document_title": c.document_title,
        "published": c.published, "statement_date": c.statement_date,
        "sources": c.actor_names("source"),
        "sources_ar": "; ".join(a.name_ar or a.name for a in c.sources),
        "sources_en": "; ".join(a.name_en or a.name for a in c.sources),
        "recipients": c.actor_names("recipient"), "beneficiaries": c.actor_names("beneficiary"),
        "targets": c.actor_names("target"),
        "action": c.action, "category": c.category, "status": c.status, "what": c.what,
        "condition": c.condition, "future": int(c.future), "hypothetical": int(c.hypothetical),
        "negated": int(c.negated), "quantity": c.quantity, "unit": c.unit,
        "target_date": c.target_date, "updates_id": c.updates_id, "fulfils_id": c.fulfils_id,
        "quote": c.quote,
        "quote_start": c.start, "quote_end": c.end, "file_name": c.file_name, "notes": c.notes,
    }  # fmt: skip


def long_rows(c: Commitment) -> list[dict[str, Any]]:
    """Rows of the long CSV: one per commitment and actor."""
    base = commitment_row(c)
    return [
        {**base, "commitment_id": c.id, "actor_id": a.participant_id, "actor": a.name,
         "actor_ar": a.name_ar, "actor_en": a.name_en or a.name, "role": a.role}
        for a in c.actors
    ]  # fmt: skip


def export_commitments(archive: Archive, fmt: str) -> bytes:
    """Every commitment, oldest first, as csv or nested json."""
    items = archive.commitments.list_commitments(role=None, order="oldest")
    if fmt == "csv":
        return to_csv([commitment_row(c) for c in items], COMMITMENT_COLUMNS)
    return to_json({"commitments": [c.to_json() for c in items]})


def export_long(archive: Archive, fmt: str) -> bytes:
    """Every commitment and actor, one row each, as csv or json."""
    items = archive.commitments.list_commitments(role=None, order="oldest")
    found = [row for c in items for row in long_rows(c)]
    return to_csv(found, LONG_COLUMNS) if fmt == "csv" else to_json({"rows": found})
