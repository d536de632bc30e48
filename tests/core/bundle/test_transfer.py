"""Export and import through bundle files: the parts must agree, a refusal writes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from bundle_zips import entries_of, write_zip

from archiver.core.archive import Archive
from archiver.core.bundle import export, import_bundle, inspect
from archiver.core.bundle.manifest import MANIFEST, PAYLOAD
from archiver.core.errors import BadBundle, Invalid, NotFound

TEXTS = {"one.txt": "Ministers met in London to discuss a ceasefire.",
         "two.txt": "وعدت بريطانيا بإرسال مدربين عسكريين إلى كييف."}  # fmt: skip


@pytest.fixture
def bundle(archive: Archive, write) -> Path:  # type: ignore[no-untyped-def]
    """A bundle of an archive holding the two TEXTS."""
    archive.import_paths([write(name, text) for name, text in TEXTS.items()])
    path = archive.root.parent / "b.zip"
    export(archive, path)
    return path


def _state(root: Path) -> dict[str, str]:
    files = [root / "archive.sqlite3", *sorted((root / "originals").rglob("*"))]
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in files if p.is_file()}  # fmt: skip


def _rewrite(source: Path, target: Path, **changed: bytes | None) -> Path:
    """The bundle's entries with some replaced (None drops one), the manifest left as it was
    unless given."""
    entries = entries_of(source)
    for name, data in changed.items():
        name = name.replace("__", "/").replace("_json", ".json")
        if data is None:
            entries.pop(name)
        else:
            entries[name] = data
    return write_zip(target, list(entries.items()))


def _manifest(source: Path, edit) -> bytes:  # type: ignore[no-untyped-def]
    data = json.loads(entries_of(source)[MANIFEST])
    edit(data)
    return json.dumps(data).encode()


def test_export_then_import_into_an_empty_archive(bundle: Path, tmp_path: Path) -> None:
    info = inspect(bundle)
    assert info.manifest.counts["documents"] == 2
    with Archive.open(tmp_path / "other") as other:
        report = import_bundle(other, bundle)
        assert sorted(other.document(i).text for i in report.documents_added) == sorted(
            TEXTS.values()
        )
        assert [p.name for p in other.root.iterdir() if p.name.startswith(".bundle")] == []


def test_a_staging_folder_left_by_a_killed_import_is_cleared(bundle: Path, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "other") as other:
        stale = other.root / ".bundle-import-killed"
        (stale / "x").mkdir(parents=True)
        import_bundle(other, bundle)
        assert not stale.exists()


def _refused(archive_root: Path, bundle: Path) -> BadBundle:
    Archive.open(archive_root).close()  # created (an empty archive) before the snapshot
    before = _state(archive_root)
    with Archive.open(archive_root) as target, pytest.raises(BadBundle) as caught:
        import_bundle(target, bundle)
    assert _state(archive_root) == before
    return caught.value


def test_a_document_without_its_original_is_refused(bundle: Path, tmp_path: Path) -> None:
    names = [n for n in entries_of(bundle) if n.startswith("originals/")]
    dropped = _manifest(bundle, lambda m: m["entries"].pop(names[0]))
    bad = _rewrite(
        bundle, tmp_path / "bad.zip", manifest_json=dropped, **{names[0].replace("/", "__"): None}
    )
    error = _refused(tmp_path / "other", bad)
    assert error.entry == PAYLOAD and "has no original" in error.reason


def test_an_original_no_document_names_is_refused(bundle: Path, tmp_path: Path) -> None:
    extra = b"a file nobody imported"
    name = "originals/" + hashlib.sha256(extra).hexdigest()
    listed = _manifest(bundle, lambda m: m["entries"].update(
        {name: {"sha256": name[10:], "size": len(extra)}}))  # fmt: skip
    bad = _rewrite(
        bundle, tmp_path / "bad.zip", manifest_json=listed, **{name.replace("/", "__"): extra}
    )
    error = _refused(tmp_path / "other", bad)
    assert error.entry == name and "no document" in error.reason


def test_counts_that_disagree_with_the_payload_are_refused(bundle: Path, tmp_path: Path) -> None:
    edited = _manifest(bundle, lambda m: m["counts"].update(documents=7))
    error = _refused(
        tmp_path / "other", _rewrite(bundle, tmp_path / "bad.zip", manifest_json=edited)
    )
    assert error.entry == MANIFEST and "counts" in error.reason


def test_a_payload_of_the_wrong_shape_is_refused_naming_the_field(
    bundle: Path, tmp_path: Path
) -> None:
    payload = json.loads(entries_of(bundle)[PAYLOAD])
    payload["documents"][0]["file_sha256"] = "not a hash"
    data = json.dumps(payload).encode()
    listed = _manifest(bundle, lambda m: m["entries"].update(
        {PAYLOAD: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}}))  # fmt: skip
    bad = _rewrite(bundle, tmp_path / "bad.zip", manifest_json=listed, payload_json=data)
    error = _refused(tmp_path / "other", bad)
    assert error.entry == PAYLOAD and "documents[0].file_sha256" in error.reason


def test_a_refused_bundle_leaves_a_filled_archive_as_it_was(
    bundle: Path, archive: Archive, tmp_path: Path
) -> None:
    root = archive.root
    archive.close()
    bad = _rewrite(bundle, tmp_path / "bad.zip", payload_json=b"{}")
    error = _refused(root, bad)
    assert error.entry == PAYLOAD and "the manifest" in error.reason


def test_export_names_a_folder_it_cannot_write_to(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(Invalid, match="cannot write a bundle"):
        export(archive, tmp_path / "no" / "such" / "folder" / "b.zip")


def test_export_by_an_unknown_tag_is_refused(archive: Archive, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no tag named 'ghost'"):
        export(archive, tmp_path / "b.zip", tags=["ghost"])
    assert not (tmp_path / "b.zip").exists()
