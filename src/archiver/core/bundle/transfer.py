"""Export and import: an archive's payload (``core.sync``) and originals through a bundle file.

Importing reads the whole bundle first — every entry checked, every original unpacked into a
staging folder inside the archive folder (the same disk as ``originals/``, removed at the end)
— and only then merges, in one transaction. A refused bundle leaves the archive as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import __version__
from archiver.core.bundle.manifest import FORMAT, PAYLOAD, Limits, Manifest, original_name
from archiver.core.bundle.reader import BundleInfo, Opened, read_bundle
from archiver.core.bundle.writer import Original, write_bundle
from archiver.core.errors import BadBundle, NotFound
from archiver.core.originals import FOLDER, in_file, read
from archiver.core.progress import CancelToken, Progress
from archiver.core.store import documents as rows
from archiver.core.sync.collect import collect
from archiver.core.sync.merge import MergeReport, merge
from archiver.core.sync.payload import Payload

if TYPE_CHECKING:
    from archiver.core.archive import Archive

STAGING_PREFIX = ".bundle-import-"


def export(
    archive: Archive,
    path: Path | str,
    *,
    since: str | None = None,
    documents: Iterable[int] | None = None,
    tags: Sequence[str] = (),
    collections: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleInfo:
    """Write a bundle of the archive (or of these documents, the documents tagged ``tags``
    or in ``collections`` (names or paths, with the collections under them), what changed
    ``since``) at ``path``, whole or not at all."""
    chosen = _chosen(archive, documents, tags, collections)
    payload = collect(archive, documents=chosen, since=since)
    kept = {o.file_sha256: o for o in rows.originals(archive.db)}
    originals = [_carried(archive, kept[d["file_sha256"]], d) for d in payload.documents]
    filters: dict[str, Any] = {"since": since, "tags": list(tags)}
    if collections:
        filters["collections"] = list(collections)
    if documents is not None:
        filters["documents"] = len(chosen or [])
    header = Manifest(FORMAT, __version__, payload.replica, payload.created, payload.author,
                      payload.counts(), filters)  # fmt: skip
    return write_bundle(Path(path), payload.to_json(), originals, header, progress=progress,
                        cancel=cancel)  # fmt: skip


def _carried(archive: Archive, kept: rows.Original, doc: dict[str, Any]) -> Original:
    """What the bundle carries for one document: its original's bytes, however kept."""
    label = f"document “{doc['title']}” ({doc['file_name']})"
    path = archive.root / FOLDER / kept.stored_name
    if in_file(kept):
        return Original(kept.file_sha256, path, label)
    return Original(kept.file_sha256, path, label, lambda: read(archive.root, archive.db, kept))


def _chosen(
    archive: Archive,
    documents: Iterable[int] | None,
    tags: Sequence[str],
    collections: Sequence[str] = (),
) -> list[int] | None:
    """The documents asked for: these ids, those carrying any of the tags (or a tag under
    one), those in any of the collections (or one under it); None: all."""
    chosen = None if documents is None else set(documents)
    if tags or collections:
        picked: set[int] = set()
        for name in tags:
            found = archive.annotations.tags.documents(name)
            if found is None:
                raise NotFound(f"no tag named {name!r}")
            picked.update(found)
        for name in collections:
            collection = archive.annotations.collections.find(name)
            picked.update(archive.annotations.collections.documents(collection.id))
        chosen = picked if chosen is None else chosen & picked
    return None if chosen is None else sorted(chosen)


def inspect(
    path: Path | str,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleInfo:
    """Check every part of a bundle and describe it; nothing is written anywhere."""
    opened = read_bundle(Path(path), Payload.from_json, limits=limits, progress=progress,
                         cancel=cancel)  # fmt: skip
    _check_agreement(opened)
    return opened.info


def import_bundle(
    archive: Archive,
    path: Path | str,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> MergeReport:
    """Check the bundle whole, then merge it (one undoable change); BadBundle writes nothing."""
    archive.require_writable()
    # A staging folder a killed import left: no other import runs while we hold the lock.
    for stale in archive.root.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=archive.root) as staging:
        opened = read_bundle(Path(path), Payload.from_json, limits=limits,
                             staging=Path(staging), progress=progress, cancel=cancel)  # fmt: skip
        _check_agreement(opened)
        return merge(archive, opened.payload, lambda sha: opened.originals[sha],
                     source=Path(path).name)  # fmt: skip


def _check_agreement(opened: Opened[Payload]) -> None:
    """The manifest's counts are the payload's; every document has its original, and only those."""
    path, payload, manifest = opened.info.path, opened.payload, opened.info.manifest
    if manifest.counts != payload.counts():
        raise BadBundle(path, "manifest.json", "its counts are not those of payload.json")
    named = {d["file_sha256"]: d for d in payload.documents}
    carried = {n.removeprefix("originals/") for n in manifest.entries if n != PAYLOAD}
    for sha, doc in sorted(named.items()):
        if sha not in carried:
            raise BadBundle(path, PAYLOAD, f"document “{doc['title']}” ({doc['uuid']}) has no "
                            "original in the bundle")  # fmt: skip
    unnamed = sorted(carried - set(named))
    if unnamed:
        raise BadBundle(path, original_name(unnamed[0]), "no document of the payload names it")
