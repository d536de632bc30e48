"""Making bundle files for the tests: good ones through the writer, hostile ones by hand."""

from __future__ import annotations

import hashlib
import json
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

from archiver.core.bundle.manifest import FORMAT, KIND, MANIFEST, PAYLOAD, Manifest
from archiver.core.bundle.writer import Original, write_bundle

TEXTS = {
    "ar.txt": "اجتماع تحالف الراغبين لدعم أوكرانيا\n\nتستضيف بريطانيا اجتماعاً.".encode(),
    "en.txt": b"Coalition meeting in London\n\nLeaders met to discuss guarantees.",
}


def sha(data: bytes) -> str:
    """SHA-256 in hex."""
    return hashlib.sha256(data).hexdigest()


def header() -> Manifest:
    """A manifest without entries (the writer fills them)."""
    return Manifest(FORMAT, "test", "replica-1", "2026-01-01T00:00:00", "tester", {}, {})


def payload_for(files: dict[str, bytes]) -> dict[str, Any]:
    """A payload-shaped object naming these originals (the container does not read it)."""
    return {
        "format": 1,
        "documents": [{"file_sha256": sha(d), "title": n} for n, d in files.items()],
    }


def good_bundle(folder: Path, files: dict[str, bytes] | None = None, name: str = "b.zip") -> Path:
    """A bundle written by the writer, carrying ``files`` (TEXTS by default)."""
    files = TEXTS if files is None else files
    source = folder / "src"
    source.mkdir(exist_ok=True)
    originals = []
    for file_name, data in files.items():
        (source / file_name).write_bytes(data)
        originals.append(Original(sha(data), source / file_name, file_name))
    target = folder / name
    write_bundle(target, payload_for(files), originals, header())
    return target


def entries_of(path: Path) -> dict[str, bytes]:
    """Every entry of a zip, by name."""
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def manifest_for(entries: dict[str, bytes], **changes: Any) -> bytes:
    """A manifest listing ``entries`` truthfully, with ``changes`` applied to its fields."""
    data: dict[str, Any] = {"kind": KIND, "format": FORMAT, "app_version": "t", "replica": "r",
                            "created": "c", "author": "a", "counts": {}, "filters": {},
                            "entries": {n: {"sha256": sha(d), "size": len(d)}
                                        for n, d in entries.items() if n != MANIFEST}}  # fmt: skip
    data.update(changes)
    return json.dumps(data).encode()


def write_zip(
    path: Path,
    entries: list[tuple[str | zipfile.ZipInfo, bytes]],
    method: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A zip holding exactly these entries, in this order (duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: we mean them
        with zipfile.ZipFile(path, "w", method) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def hand_bundle(path: Path, entries: dict[str, bytes], **manifest: Any) -> Path:
    """A bundle made by hand: these entries and a manifest listing them (``manifest`` overrides)."""
    items: list[tuple[str | zipfile.ZipInfo, bytes]] = list(entries.items())
    items.append((MANIFEST, manifest_for(entries, **manifest)))
    return write_zip(path, items)


def simple_entries() -> dict[str, bytes]:
    """A payload and one original, as a hand-made bundle holds them."""
    data = TEXTS["en.txt"]
    return {PAYLOAD: json.dumps(payload_for({"en.txt": data})).encode(),
            f"originals/{sha(data)}": data}  # fmt: skip


def patch_directory(path: Path, name: str, offset: int, fmt: str, value: int) -> None:
    """Overwrite a field of ``name``'s central directory record (offset from its signature)."""
    data = bytearray(path.read_bytes())
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into(fmt, data, at + offset, value)
            path.write_bytes(bytes(data))
            return
        at += 4


def write_raw_zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    """A zip whose entry names are stored byte for byte (NUL, empty, anything zipfile refuses)."""
    placeholders = [("#" * len(name.encode()), data) for name, data in entries]
    write_zip(path, [(p or "#", d) for p, d in placeholders])  # an empty name is patched below
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    directory = [m for m in range(len(raw) - 3) if raw[m : m + 4] == b"PK\x01\x02"]
    for (name, _), info, record in zip(entries, infos, directory, strict=True):
        if not name:  # only this entry's placeholder is one byte longer: leave it as "#"
            continue
        encoded = name.encode()
        local = info.header_offset
        raw[local + 30 : local + 30 + len(encoded)] = encoded
        raw[record + 46 : record + 46 + len(encoded)] = encoded
        struct.pack_into("<H", raw, local + 6, struct.unpack_from("<H", raw, local + 6)[0] | 0x800)
        struct.pack_into(
            "<H", raw, record + 8, struct.unpack_from("<H", raw, record + 8)[0] | 0x800
        )
    path.write_bytes(bytes(raw))
    return path


def directory_records(raw: bytes) -> list[int]:
    """Where each central directory record starts, walked from the end record."""
    end = raw.rindex(b"PK\x05\x06")
    count, _size, offset = struct.unpack_from("<HLL", raw, end + 10)
    records = []
    for _ in range(count):
        records.append(offset)
        name, extra, comment = struct.unpack_from("<3H", raw, offset + 28)
        offset += 46 + name + extra + comment
    return records


def patch_records(path: Path, patches: list[tuple[int, int, str, int]]) -> None:
    """Overwrite fields of central directory records: (record number, offset, format, value)."""
    raw = bytearray(path.read_bytes())
    records = directory_records(bytes(raw))
    for number, offset, fmt, value in patches:
        struct.pack_into(fmt, raw, records[number % len(records)] + offset, value)
    path.write_bytes(bytes(raw))
