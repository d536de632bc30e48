"""A document's original bytes: the file under ``originals/``, or regenerated from the store.

A plain-text file whose bytes are exactly its stored text written back (the recorded
encoding, its line ends, a BOM, what ``canonical`` trimmed at its ends) keeps no file: its
row holds a *recipe* (``original_recipe``, JSON) instead, checked at import against the
file's SHA-256. A text that cannot be told that way (trailing spaces, text not in NFC …)
keeps its decoded text whole in ``raw_text``, which the recipe then names; a file that does
not round-trip byte for byte keeps its file, as every PDF, Word file or image does. Every
reader of an original's bytes calls ``read`` (or ``regenerate`` with the row's texts): the
bytes are the same whichever way they are kept.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from archiver.core.errors import NotFound, StoreError
from archiver.core.store import documents

FOLDER = "originals"
RECIPE = "original_recipe"  # how this copy keeps a document's bytes: never sent to another
_EDGES = 256  # characters outside the canonical text a recipe may carry (BOM, newlines)
_BOM_UTF16 = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_NAMED = {"utf-8": ("utf-8",), "utf-16": ("utf-16-le", "utf-16-be"), "windows-1256": ("cp1256",)}


class Regenerable(NamedTuple):
    """How a text file's bytes come back from the store: the recipe, and the decoded text to
    keep in ``raw_text`` ("" when the recipe rebuilds them from the canonical text)."""

    recipe: str
    raw_text: str


def regenerate(recipe: str, raw_text: str, text: str) -> bytes:
    """The original bytes a recipe describes, from the row's raw text or canonical text
    (StoreError when the recipe is damaged)."""
    try:
        how = json.loads(recipe)
        body = raw_text if how["raw"] else text.replace("\n", how["newline"])
        return str(how["lead"] + body + how["tail"]).encode(how["codec"])
    except (ValueError, KeyError, TypeError, LookupError) as exc:  # UnicodeError is a ValueError
        raise StoreError(f"the recipe of a regenerated original is damaged ({exc})") from exc


def recipe_for(data: bytes, encoding: str | None, text: str) -> Regenerable | None:
    """How these bytes (a text file decoded by ``encoding`` into ``text``) come back from the
    store, checked by SHA-256; None when they do not round-trip byte for byte."""
    sha = hashlib.sha256(data).hexdigest()
    for codec in _codecs(encoding or "", data):
        try:
            raw = data.decode(codec)  # a BOM stays in: it is part of the lead
        except (UnicodeDecodeError, LookupError):
            continue
        for found in (_fitted(codec, raw, text), _whole(codec, raw)):
            if found is not None and _same(found, text, sha):
                return found
    return None


def _codecs(encoding: str, data: bytes) -> tuple[str, ...]:
    """The codecs that may write the file back, from the encoding the import recorded."""
    if "replaced" in encoding:  # bad bytes were replaced: they cannot come back
        return ()
    name = encoding.removesuffix(" (BOM)")
    if name == "utf-16" and encoding.endswith("(BOM)"):
        return (_BOM_UTF16.get(data[:2], "utf-16-le"),)
    if name in _NAMED:
        return _NAMED[name]
    try:
        return (codecs.lookup(name).name,) if name else ()
    except LookupError:
        return ()


def _recipe(codec: str, lead: str, newline: str, tail: str, raw: bool) -> str:
    return json.dumps({"codec": codec, "lead": lead, "newline": newline, "tail": tail,
                       "raw": raw}, ensure_ascii=False)  # fmt: skip


def _fitted(codec: str, raw: str, text: str) -> Regenerable | None:
    """The canonical text with the file's line end, inside what was trimmed at its ends."""
    newline = "\r\n" if "\r\n" in raw else "\r" if "\r" in raw else "\n"
    body = text.replace("\n", newline)
    start = raw.find(body)
    if start < 0 or len(raw) - len(body) > _EDGES:
        return None
    tail = raw[start + len(body) :]
    return Regenerable(_recipe(codec, raw[:start], newline, tail, False), "")


def _whole(codec: str, raw: str) -> Regenerable:
    """The decoded text kept whole beside the canonical one."""
    return Regenerable(_recipe(codec, "", "\n", "", True), raw)


def _same(found: Regenerable, text: str, sha: str) -> bool:
    try:
        data = regenerate(found.recipe, found.raw_text, text)
    except StoreError:  # a character the codec cannot write
        return False
    return hashlib.sha256(data).hexdigest() == sha


def read(root: Path, db: sqlite3.Connection, original: documents.Original) -> bytes:
    """A document's original bytes, from its file or regenerated (OSError when its file
    cannot be read, StoreError when its stored text is damaged)."""
    if original.recipe is None:
        return (root / FOLDER / original.stored_name).read_bytes()
    raw_text, text = documents.texts_of(db, original.id)
    return regenerate(original.recipe, raw_text, text)


def read_by_sha(root: Path, db: sqlite3.Connection, sha256: str) -> bytes:
    """The original bytes of the document whose original has this SHA-256 (errors as
    ``read``; NotFound when there is none)."""
    doc_id = documents.id_of_file(db, sha256)
    if doc_id is None:
        raise NotFound(f"no document's original has the SHA-256 {sha256}")
    return read(root, db, documents.original_of(db, doc_id))


def received(data: bytes, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The columns that keep a document another copy sent without a file (its recipe, its
    decoded text if needed), when its original round-trips; else none (a file is kept)."""
    if doc.get("kind") != "text":
        return {}
    found = recipe_for(data, doc.get("encoding"), str(doc["text"]))
    return {} if found is None else {RECIPE: found.recipe, "raw_text": found.raw_text}


def digest(root: Path, db: sqlite3.Connection, original: documents.Original) -> str:
    """The SHA-256 of a document's original as it is kept (its file read in blocks), to
    compare with the one recorded at import; errors as ``read``."""
    if original.recipe is None:
        with (root / FOLDER / original.stored_name).open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    return hashlib.sha256(read(root, db, original)).hexdigest()


def in_file(original: documents.Original) -> bool:
    """True when the original is a file under ``originals/`` (not regenerated)."""
    return original.recipe is None


def _viewer_copy(stored_name: str) -> Path:
    """Where ``openable`` writes a regenerated original for a viewer."""
    return Path(tempfile.gettempdir()) / "archiver-originals" / stored_name


def openable(root: Path, db: sqlite3.Connection, doc_id: int) -> Path:
    """A file holding the document's original for a viewer: its own, or one written
    beside the other temporary files (a regenerated original has no file of its own)."""
    original = documents.original_of(db, doc_id)
    if original.recipe is None:
        return root / FOLDER / original.stored_name
    target = _viewer_copy(original.stored_name)
    data = read(root, db, original)
    if not target.is_file() or target.read_bytes() != data:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return target


def forget(root: Path, stored_name: str, *, in_file: bool) -> None:
    """Delete a deleted document's original for good: its file, or the copy ``openable``
    wrote of a regenerated one for a viewer. A file held open (Windows: a viewer has it)
    stays: under ``originals/``, a stray that ``check --repair`` moves."""
    path = root / FOLDER / stored_name if in_file else _viewer_copy(stored_name)
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
