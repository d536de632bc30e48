"""The files an import is given: folders walked, and files that must not be read refused.

A sub-folder the walk does not go into is noted with why (the named folders' own files only
were asked for, or it is a link out of the folder), so that the report can say so: hidden
folders and the resources a browser saves beside a page are left without a word.

A FIFO would block the reader forever, a device never ends, a socket cannot be read; a
symlink out of an imported folder could carry a private file in (a key, a password store);
a huge file costs several times its size in memory. Each is refused here with a reason,
before a worker opens it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports.base import not_regular, special_kind
from archiver.core.imports.kinds import SUPPORTED
from archiver.core.model import FailedFile, FolderNotEntered, NotEnteredReason

DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024
# files a folder holds that are no one's document: not worth a line in the report
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})


def expand(
    paths: Iterable[str | Path],
    recursive: bool,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    skipped: Counter[str] | None = None,
    not_entered: list[FolderNotEntered] | None = None,
) -> tuple[list[str], list[FailedFile]]:
    """Files to read (named files as given, folders' supported files) and files refused;
    ``skipped`` counts, by extension, the files folders hold of types that are not imported,
    ``not_entered`` gets the sub-folders not walked."""
    found: list[str] = []
    refused: list[FailedFile] = []
    left: Counter[str] = Counter() if skipped is None else skipped
    passed: list[FolderNotEntered] = [] if not_entered is None else not_entered
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            root = path.resolve()
            for name in _walk(path, recursive, left, passed):
                why = _outside(Path(name), root) or not_readable(Path(name), max_file_bytes)
                (refused.append(FailedFile.of(name, why)) if why else found.append(name))
        else:
            why = not_readable(path, max_file_bytes)
            (refused.append(FailedFile.of(str(path), why)) if why else found.append(str(path)))
    return list(dict.fromkeys(found)), refused


def _walk(
    folder: Path, recursive: bool, skipped: Counter[str], not_entered: list[FolderNotEntered]
) -> Iterator[str]:
    top = os.path.realpath(folder)
    for root, dirs, files in os.walk(folder):  # symlinked folders are not entered
        saved_pages = {Path(name).stem for name in files if Path(name).suffix.lower() in _PAGES}
        visible = sorted(
            d for d in dirs if not d.startswith(".") and not _page_resources(d, saved_pages)
        )
        dirs[:] = [
            d for d in visible if _enters(os.path.join(root, d), top, recursive, not_entered)
        ]
        for name in sorted(files):
            if name.startswith(".") or name.lower() in _SYSTEM_FILES:
                continue
            suffix = Path(name).suffix.lower()
            if suffix in SUPPORTED:
                yield os.path.join(root, name)
            else:
                skipped[suffix] += 1


def _enters(path: str, top: str, recursive: bool, not_entered: list[FolderNotEntered]) -> bool:
    """Whether the walk goes into the sub-folder ``path``; one it does not is noted, but a
    link to a folder inside ``top``, whose files the walk reaches where they are."""
    # Windows: os.walk enters junctions (they are not symlinks): not one leading out.
    if not _within(os.path.realpath(path), top):
        not_entered.append(FolderNotEntered(path, NotEnteredReason.LINK_OUTSIDE))
        return False
    if os.path.islink(path):
        return False
    if not recursive:
        files = sum(1 for _ in _walk(Path(path), True, Counter(), []))
        not_entered.append(FolderNotEntered(path, NotEnteredReason.TOP_ONLY, files))
        return False
    return True


def _within(path: str, top: str) -> bool:
    return os.path.normcase(path) == os.path.normcase(top) or os.path.normcase(path).startswith(
        os.path.normcase(os.path.join(top, ""))
    )


_PAGES = (".html", ".htm", ".xhtml")
_RESOURCE_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", ".files")


def _page_resources(name: str, saved_pages: set[str]) -> bool:
    """True for the folder a browser saves beside a page ("article_files" beside
    "article.html"): its frames, adverts and scripts are not documents."""
    return any(name.endswith(s) and name[: -len(s)] in saved_pages for s in _RESOURCE_SUFFIXES)


def _outside(path: Path, root: Path) -> ImportFailure | None:
    """Why a symlink found in ``root`` is not followed: its target lies outside."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    if target == root or root in target.parents:
        return None
    return ImportFailure(
        FailureCode.OUTSIDE_LINK,
        "a symbolic link to a file outside the imported folder (not followed)",
    )


def not_readable(path: Path, max_file_bytes: int) -> ImportFailure | None:
    """Why ``path`` must not be read: not a regular file, or over the size limit; else None."""
    try:
        info = path.stat()
    except OSError:
        return None  # missing or unreadable: the reader reports it in its own words
    kind = special_kind(info.st_mode)
    if kind:
        return not_regular(kind)
    if info.st_size > max_file_bytes:
        return ImportFailure(
            FailureCode.TOO_LARGE,
            f"too large: {size_text(info.st_size)} (limit {size_text(max_file_bytes)}; "
            "raise it with --max-size or in the settings)",
            size_bytes=info.st_size,
            limit_bytes=max_file_bytes,
        )
    return None


def size_text(size: int) -> str:
    """1.5 MB, 8 KB, 200 MB: a size for a message."""
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    if size < 1024**3:
        mb = size / (1024 * 1024)
        return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"
    return f"{size / 1024**3:.1f} GB"
