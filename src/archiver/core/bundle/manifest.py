"""What a bundle file is: its entry names, its manifest, the limits a reader holds it to.

A bundle is a zip of ``manifest.json`` (the bundle's format version, who made it and when,
counts, and the SHA-256 and size of every other entry), ``payload.json`` (the records and
their change log, ``archiver.core.sync.payload``) and ``originals/<sha256>`` (each document's
original file, named by its content hash). Nothing else may be in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FORMAT = 1
"""The bundle format this Archiver writes and reads; a reader refuses any other."""
KIND = "archiver-bundle"
MANIFEST = "manifest.json"
PAYLOAD = "payload.json"
ORIGINALS = "originals/"
_ORIGINAL = re.compile(r"originals/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """What a reader accepts; anything beyond is refused before it is unpacked further.

    Sizes are counted while unpacking (the sizes a zip's headers claim are never trusted).
    """

    max_entries: int = 200_000
    max_directory_bytes: int = 64 << 20  # the zip's central directory, read whole by zipfile
    max_total_bytes: int = 64 << 30  # everything unpacked together
    max_entry_bytes: int = 8 << 30  # one original
    max_payload_bytes: int = 256 << 20  # payload.json is parsed in memory
    max_manifest_bytes: int = 64 << 20
    max_ratio: int = 200  # unpacked / packed, for entries past ratio_floor
    ratio_floor: int = 1 << 20


@dataclass(frozen=True)
class Entry:
    """One entry as the manifest lists it."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """The manifest of a bundle."""

    format: int
    app_version: str
    replica: str
    created: str
    author: str
    counts: dict[str, int]
    filters: dict[str, Any]
    entries: dict[str, Entry] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The manifest as written in ``manifest.json``."""
        return {"kind": KIND, "format": self.format, "app_version": self.app_version,
                "replica": self.replica, "created": self.created, "author": self.author,
                "counts": self.counts, "filters": self.filters,
                "entries": {name: {"sha256": e.sha256, "size": e.size}
                            for name, e in sorted(self.entries.items())}}  # fmt: skip


class ManifestError(ValueError):
    """A manifest that is not one: the reason is for the user."""


def parse_manifest(data: Any) -> Manifest:
    """The manifest from ``manifest.json``'s JSON; ManifestError names the field and the reason."""
    if not isinstance(data, dict):
        raise ManifestError("is not a JSON object")
    if data.get("kind") != KIND:
        raise ManifestError(f"is not an Archiver bundle's manifest (kind {data.get('kind')!r})")
    version = data.get("format")
    if version != FORMAT:
        raise ManifestError(f"format version {version!r} is not one this Archiver reads (it reads "
                            f"{FORMAT}); a newer Archiver may have made it")  # fmt: skip
    texts = {key: data.get(key) for key in ("app_version", "replica", "created", "author")}
    for key, value in texts.items():
        if not isinstance(value, str):
            raise ManifestError(f"field {key!r} is not a text")
    counts = data.get("counts", {})
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and type(v) is int for k, v in counts.items()
    ):
        raise ManifestError("field 'counts' is not an object of whole numbers")
    filters = data.get("filters", {})
    if not isinstance(filters, dict):
        raise ManifestError("field 'filters' is not an object")
    return Manifest(FORMAT, str(texts["app_version"]), str(texts["replica"]),
                    str(texts["created"]), str(texts["author"]), counts, filters,
                    _entries(data.get("entries")))  # fmt: skip


def _entries(data: Any) -> dict[str, Entry]:
    if not isinstance(data, dict):
        raise ManifestError("field 'entries' is not an object")
    entries = {}
    for name, value in data.items():
        if name == MANIFEST:
            raise ManifestError("lists itself among its entries")
        sha = value.get("sha256") if isinstance(value, dict) else None
        size = value.get("size") if isinstance(value, dict) else None
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            raise ManifestError(f"entry {shown(name)}: 'sha256' is not a SHA-256 in hex")
        if type(size) is not int or size < 0:
            raise ManifestError(f"entry {shown(name)}: 'size' is not a whole number of bytes")
        entries[name] = Entry(sha, size)
    return entries


def name_refusal(name: str) -> str | None:
    """Why a zip entry name is refused (None: a name a bundle may hold)."""
    if "\x00" in name:
        return "its name holds a NUL character"
    if "\\" in name:
        return "its name holds a backslash (a Windows path)"
    if name.startswith("/"):
        return "its path is absolute"
    if _DRIVE.match(name):
        return "its path names a drive"
    if ".." in name.split("/"):
        return "its path climbs out of the bundle (..)"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "its name holds control characters"
    if name in (MANIFEST, PAYLOAD) or _ORIGINAL.fullmatch(name):
        return None
    return f"it is not a part of a bundle ({MANIFEST}, {PAYLOAD}, {ORIGINALS}<sha256>)"


def original_name(sha256: str) -> str:
    """The entry name of the original with this SHA-256."""
    return f"{ORIGINALS}{sha256}"


def original_hash(name: str) -> str | None:
    """The SHA-256 an ``originals/`` entry is named by (None for the other entries)."""
    found = _ORIGINAL.fullmatch(name)
    return found.group(1) if found else None


def shown(name: str, limit: int = 120) -> str:
    """An entry name as a message can show it: control characters escaped, long names cut."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)
    return repr(text if len(text) <= limit else text[:limit] + "…")
