"""How the ``document`` table keeps three columns short when they hold the usual value.

Issue #14 (disk): most rows repeat what another column already says. From schema 23 a row
stores, in place of

- ``file_name``: "" when it is the last part of ``original_path`` (after its last / or \\);
- ``stored_name``: what follows ``<sha[:2]>/<sha>`` (the extension, "" without one), when
  the name is that of ``file_sha256`` (a name under ``originals/`` always holds a "/");
- ``original_recipe``: "" for the usual recipe (UTF-8, the canonical text, one newline at
  its end); NULL still means "kept as a file".

A value is shortened only when expanding it gives back exactly the value given; a value the
short forms cannot tell apart (an empty file name or recipe, a name without a "/") is
refused. Rows written before hold full values, which read unchanged: no migration rewrites
them. ``documents`` (the table's owner) shortens what it writes and expands what it reads,
so that everything that leaves it (a ``Document``, sync and bundle rows, exports) holds the
full values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from archiver.core.errors import Invalid

TABLES: tuple[str, ...] = ()  # no table of its own: the encoding of three of ``document``'s

USUAL_RECIPE = json.dumps(
    {"codec": "utf-8", "lead": "", "newline": "\n", "tail": "\n", "raw": False}
)
"""The recipe of almost every regenerated original (``core.originals``), stored as ""."""
NEEDS = {"file_name": "original_path", "stored_name": "file_sha256", "original_recipe": None}
"""Each short column -> the column its full value is derived from (None: none)."""


def base_name(path: str) -> str:
    """The last part of a path as the import recorded it (after its last / or \\)."""
    return path[max(path.rfind("/"), path.rfind("\\")) + 1 :]


def file_name(stored: Any, original_path: Any) -> Any:
    """A row's full file name from its stored value."""
    if stored == "" and isinstance(original_path, str):
        return base_name(original_path)
    return stored


def stored_name(stored: Any, file_sha256: Any) -> Any:
    """A row's full name under ``originals/`` from its stored value (a damaged row's
    non-text value as it is)."""
    if isinstance(stored, str) and "/" not in stored and isinstance(file_sha256, str):
        return _named(file_sha256) + stored
    return stored


def recipe(stored: Any) -> Any:
    """A row's full recipe from its stored value (None: its original is a file)."""
    return USUAL_RECIPE if stored == "" else stored


def _named(sha: str) -> str:
    return f"{sha[:2]}/{sha}"


def expanded(row: Any) -> dict[str, Any]:
    """A row (a mapping, or (column, value) pairs; some of its columns, with those each
    short one is derived from) with the full values."""
    found = dict(row)
    for name, needs in NEEDS.items():
        if name in found and needs is not None and needs not in found:
            raise KeyError(f"document.{name} is read without {needs}")
    if "file_name" in found:
        found["file_name"] = file_name(found["file_name"], found["original_path"])
    if "stored_name" in found:
        found["stored_name"] = stored_name(found["stored_name"], found["file_sha256"])
    if "original_recipe" in found:
        found["original_recipe"] = recipe(found["original_recipe"])
    return found


def shortened(values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns to write, each usual value in its short form; Invalid, naming the column,
    for a value the short forms could not give back."""
    found = dict(values)
    if isinstance(found.get("file_name"), str):
        found["file_name"] = _short_name(found["file_name"], found.get("original_path"))
    if isinstance(found.get("stored_name"), str):
        found["stored_name"] = _short_stored(found["stored_name"], found.get("file_sha256"))
    if found.get("original_recipe") == USUAL_RECIPE:
        found["original_recipe"] = ""
    elif found.get("original_recipe") == "":
        raise Invalid("document original_recipe is empty (it must describe the bytes)")
    return found


def _short_name(name: str, original_path: Any) -> str:
    if isinstance(original_path, str) and name == base_name(original_path):
        return ""
    if name == "":
        raise Invalid("document file_name is empty (a file has a name)")
    return name


def _short_stored(name: str, sha: Any) -> str:
    if isinstance(sha, str) and name.startswith(_named(sha)):
        rest = name[len(_named(sha)) :]
        if "/" not in rest:
            return rest
    if "/" not in name:
        raise Invalid(f"document stored_name {name[:80]!r} is not a name under originals/")
    return name
