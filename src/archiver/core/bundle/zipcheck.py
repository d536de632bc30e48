"""The zip's own structure, checked before a byte of it is unpacked.

Python's zipfile reads the whole central directory into memory as it opens a file, so its
size and entry count are read from the end record first (a directory of millions of entries
is refused unread). Then every entry's header: names (``manifest.name_refusal``), duplicates,
symbolic links and other special files (the Unix mode in the external attributes),
encryption, compression methods, claimed sizes, and entries whose data overlap (the trick of
the non-recursive zip bombs, where many entries unpack the same compressed bytes).
"""

from __future__ import annotations

import itertools
import stat
import struct
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from archiver.core.bundle.manifest import Limits, name_refusal, shown


class Refusal(Exception):
    """A refused entry (``entry`` "" for the file as a whole) and the reason."""

    def __init__(self, entry: str, reason: str) -> None:
        super().__init__(reason)
        self.entry, self.reason = entry, reason


_END = b"PK\x05\x06"
_END64 = b"PK\x06\x06"
_LOCATOR64 = b"PK\x06\x07"
_END_SIZE = 22
_LOCAL_HEADER = 30  # fixed part of a local file header; its name and extra field follow
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


def check_directory_size(handle: BinaryIO, limits: Limits) -> None:
    """Refuse a zip whose central directory claims more entries or bytes than the limits."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_start = max(0, size - (_END_SIZE + 0xFFFF))
    handle.seek(tail_start)
    tail = handle.read()
    at = tail.rfind(_END)
    if at < 0 or len(tail) - at < _END_SIZE:
        raise Refusal("", "it is not a zip file (no end of central directory)")
    fields = struct.unpack("<4s4H2LH", tail[at : at + _END_SIZE])
    entries, directory = fields[4], fields[5]
    if entries == 0xFFFF or directory == 0xFFFFFFFF or fields[6] == 0xFFFFFFFF:
        entries, directory = _zip64_directory(handle, tail_start + at)
    if entries > limits.max_entries:
        raise Refusal("", f"it holds {entries:,} entries (the limit is {limits.max_entries:,})")
    if directory > limits.max_directory_bytes:
        raise Refusal("", f"its zip directory is {directory:,} bytes (the limit is "
                      f"{limits.max_directory_bytes:,})")  # fmt: skip


def _zip64_directory(handle: BinaryIO, end_at: int) -> tuple[int, int]:
    if end_at < 20:
        raise Refusal("", "its zip64 directory record is missing")
    handle.seek(end_at - 20)
    signature, _disk, offset, _disks = struct.unpack("<4sLQL", handle.read(20))
    if signature != _LOCATOR64:
        raise Refusal("", "its zip64 directory record is missing")
    handle.seek(offset)
    record = handle.read(56)
    if len(record) < 56 or record[:4] != _END64:
        raise Refusal("", "its zip64 directory record is damaged")
    _sig, _size, _made, _need, _d, _dcd, _here, entries, directory, _offset = struct.unpack(
        "<4sQ2H2L4Q", record
    )
    return int(entries), int(directory)


def check_entries(
    infos: list[zipfile.ZipInfo],
    limits: Limits,
    refuse_name: Callable[[str], str | None] = name_refusal,
    *,
    folders: bool = False,
) -> None:
    """Refuse the first entry whose header a bundle may not hold, and overlapping entries.

    Another zip format (a REFI-QDA project) passes its own ``refuse_name``; ``folders`` lets
    empty folder entries (``sources/``) through, which zip tools add."""
    seen: set[str] = set()
    claimed = 0
    for info in infos:
        name = info.orig_filename  # zipfile cuts ``filename`` at a NUL: judge the name as stored
        folder = folders and name.endswith("/") and info.file_size == 0
        header = None if folder and not stat.S_ISLNK(info.external_attr >> 16) else (
            _header_refusal(info, limits))  # fmt: skip
        reason = refuse_name(name) or header
        if name in seen:
            reason = "the bundle holds two entries of this name"
        if reason:
            raise Refusal(name, reason)
        seen.add(name)
        claimed += info.file_size
    if claimed > limits.max_total_bytes:
        raise Refusal("", f"its entries claim {claimed:,} bytes unpacked (the limit is "
                      f"{limits.max_total_bytes:,})")  # fmt: skip
    _check_overlaps(infos)


def _header_refusal(info: zipfile.ZipInfo, limits: Limits) -> str | None:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "it is a symbolic link"
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return "it is not a regular file (a folder, device or pipe)"
    if info.flag_bits & 0x1:
        return "it is encrypted"
    if info.compress_type not in _METHODS:
        return f"it uses compression method {info.compress_type} (only stored or deflated)"
    if info.file_size > limits.max_entry_bytes:
        return f"it claims {info.file_size:,} bytes (the limit is {limits.max_entry_bytes:,})"
    return None


def _check_overlaps(infos: list[zipfile.ZipInfo]) -> None:
    """Each entry's data must end before the next entry's header begins."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for this, following in itertools.pairwise(ordered):
        encoding = "utf-8" if this.flag_bits & 0x800 else "cp437"
        name_bytes = len(this.orig_filename.encode(encoding, "replace"))
        end = this.header_offset + _LOCAL_HEADER + name_bytes
        if end + this.compress_size > following.header_offset:
            raise Refusal(following.filename, f"its data overlaps entry {shown(this.filename)} "
                          "(a zip bomb's trick)")  # fmt: skip
