"""Office files and e-books are ZIP archives: opened here, refusing what is not one, what is
encrypted, and what would unpack to far more than a document holds (a ZIP bomb)."""

from __future__ import annotations

import io
import zipfile
import zlib

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import damaged, not_readable_as

UNPACKED_LIMIT = 256 * 1024 * 1024  # more than any real document's text and parts
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected Office file is OLE


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """The archive of a ``what`` ("Word document", "EPUB book"), or ImportFailure saying why not."""
    if data.startswith(_OLE_MAGIC):
        raise ImportFailure(
            FailureCode.OLD_OR_PROTECTED,
            f"not a readable {what}: it is password-protected or in the old binary format "
            "(open it and save it again without a password)",
            what=what,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise not_readable_as(what, "damaged, or not a ZIP archive") from exc
    if any(info.flag_bits & 0x1 for info in members):
        raise ImportFailure(FailureCode.ENCRYPTED, f"encrypted {what}: not imported", what=what)
    if sum(info.file_size for info in members) > UNPACKED_LIMIT:
        raise ImportFailure(
            FailureCode.UNPACKS_TOO_LARGE,
            f"{what} unpacks to more than {UNPACKED_LIMIT >> 20} MB: not imported",
            what=what,
            limit_bytes=UNPACKED_LIMIT,
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    """One member's bytes, or ImportFailure naming the missing or damaged part."""
    try:
        return archive.read(name)
    except KeyError as exc:
        raise damaged(what, f"no {name}") from exc
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        ValueError,
        OSError,
        EOFError,
    ) as exc:
        raise damaged(what, f"{name} cannot be unpacked") from exc


def require(archive: zipfile.ZipFile, name: str, what: str) -> None:
    """ImportFailure naming the part when ``name`` is not in the archive."""
    if name not in archive.NameToInfo:
        raise not_readable_as(what, f"no {name} inside")
