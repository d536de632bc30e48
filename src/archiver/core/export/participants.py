"""The participants export: those in use (or every one) with their parent and aliases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.core.export.writers import to_csv, to_json
from archiver.core.store import participants as participant_rows

if TYPE_CHECKING:
    from archiver.core.annotations.model import Alias, Participant
    from archiver.core.archive import Archive

PARTICIPANT_COLUMNS = (
    "id", "name", "name_ar", "name_en", "kind", "iso", "parent_id", "parent", "role",
    "gazetteer_key",
    "aliases_ar", "aliases_en", "notes",
)  # fmt: skip


def participant_row(p: Participant, names: dict[int, str], aliases: list[Alias]) -> dict[str, Any]:
    """One flat row of the participants CSV (aliases joined with '; ', by script)."""
    return {
        **p.to_json(), "parent": names.get(p.parent_id or 0, ""),
        "aliases_ar": "; ".join(a.alias for a in aliases if a.lang == "ar"),
        "aliases_en": "; ".join(a.alias for a in aliases if a.lang != "ar"),
    }  # fmt: skip


def export_participants(archive: Archive, fmt: str, *, everyone: bool = False) -> bytes:
    """The participants in use (confirmed or tagged in a document, an actor of a commitment,
    or the parent of one), or ``everyone``, by name, as csv or json."""
    known = archive.annotations.participants.all()
    names = {p.id: p.name for p in known}
    used = None if everyone else participant_rows.in_use_ids(archive.db)
    people = [p for p in known if used is None or p.id in used]
    aliases: dict[int, list[Alias]] = {}
    for alias in archive.annotations.participants.aliases():
        aliases.setdefault(alias.participant_id, []).append(alias)
    if fmt == "csv":
        return to_csv([participant_row(p, names, aliases.get(p.id, [])) for p in people],
                      PARTICIPANT_COLUMNS)  # fmt: skip
    return to_json({"participants": [
        {**p.to_json(), "parent": names.get(p.parent_id or 0),
         "aliases": [a.to_json() for a in aliases.get(p.id, [])]} for p in people]})  # fmt: skip
