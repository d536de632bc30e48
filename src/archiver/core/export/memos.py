"""The memos export: each memo with its target (kind, document, quote and span, participant,
commitment), author and dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.core.export.writers import to_csv, to_json

if TYPE_CHECKING:
    from archiver.core.annotations.model import Commitment, Memo
    from archiver.core.archive import Archive

MEMO_COLUMNS = (
    "id", "uuid", "target", "document_id", "document_title", "quote", "quote_start", "quote_end",
    "participant_id", "participant", "commitment_id", "commitment", "text", "author",
    "created_at", "modified_at",
)  # fmt: skip


class _Names:
    """The titles, names and commitments the memos name, each read once."""

    def __init__(self, archive: Archive, memos: list[Memo]) -> None:
        wanted = {m.document_id for m in memos if m.document_id is not None}
        self.titles = {i: str(r["title"]) for i, r in archive.summaries(wanted).items()}
        self.people = {p.id: p.name for p in archive.annotations.participants.all()}
        cids = {m.commitment_id for m in memos if m.commitment_id is not None}
        self.commitments: dict[int, Commitment] = {c: archive.commitments.get(c) for c in cids}

    def commitment(self, cid: int | None) -> str:
        """A commitment in a few words: its sources, status and what (as in its table row)."""
        if cid is None:
            return ""
        c = self.commitments[cid]
        return " — ".join(filter(None, (c.actor_names("source"), c.status, c.what)))


def memo_row(m: Memo, names: _Names) -> dict[str, Any]:
    """One flat row of the memos CSV."""
    return {
        "id": m.id, "uuid": m.uuid, "target": m.kind, "document_id": m.document_id,
        "document_title": names.titles.get(m.document_id or 0, ""),
        "quote": m.quote, "quote_start": m.start, "quote_end": m.end,
        "participant_id": m.participant_id,
        "participant": names.people.get(m.participant_id or 0, ""),
        "commitment_id": m.commitment_id, "commitment": names.commitment(m.commitment_id),
        "text": m.text, "author": m.author, "created_at": m.created_at,
        "modified_at": m.modified_at,
    }  # fmt: skip


def memo_json(m: Memo, names: _Names) -> dict[str, Any]:
    """The nested JSON shape of one memo: its target's parts as objects (None when absent)."""
    c = names.commitments.get(m.commitment_id or 0)
    return {
        "id": m.id, "uuid": m.uuid, "target": m.kind, "text": m.text, "author": m.author,
        "created_at": m.created_at, "modified_at": m.modified_at,
        "document": None if m.document_id is None else {
            "id": m.document_id, "title": names.titles.get(m.document_id, "")},
        "quote": None if m.start is None else {"text": m.quote, "start": m.start, "end": m.end},
        "participant": None if m.participant_id is None else {
            "id": m.participant_id, "name": names.people.get(m.participant_id, "")},
        "commitment": None if c is None else {
            "id": c.id, "sources": [a.name for a in c.sources], "status": c.status,
            "category": c.category, "what": c.what},
    }  # fmt: skip


def export_memos(archive: Archive, fmt: str) -> bytes:
    """Every memo (not those of documents in the trash), by document and place, as csv or
    nested json."""
    memos = archive.memos.all()
    names = _Names(archive, memos)
    if fmt == "csv":
        return to_csv([memo_row(m, names) for m in memos], MEMO_COLUMNS)
    return to_json({"memos": [memo_json(m, names) for m in memos]})
