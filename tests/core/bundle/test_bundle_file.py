"""The bundle file: written whole or not at all, read back entry by entry, hostile ones refused."""

from __future__ import annotations

import json
import os
import stat
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from bundle_zips import (
    TEXTS,
    entries_of,
    good_bundle,
    hand_bundle,
    header,
    manifest_for,
    patch_directory,
    payload_for,
    sha,
    simple_entries,
    write_zip,
)

from archiver.core.bundle.manifest import MANIFEST, PAYLOAD, Limits
from archiver.core.bundle.reader import read_bundle
from archiver.core.bundle.writer import Original, write_bundle
from archiver.core.errors import BadBundle, Invalid, NotFound


def accept(data: Any) -> Any:
    """The payload check of these tests: any JSON object."""
    if not isinstance(data, dict):
        raise Invalid("the payload is not an object")
    return data


def refusal(path: Path, limits: Limits | None = None) -> BadBundle:
    """The BadBundle that reading ``path`` raises."""
    with pytest.raises(BadBundle) as caught:
        read_bundle(path, accept, limits=limits)
    return caught.value


# -- written whole, read back ------------------------------------------------------------------


def test_a_bundle_round_trips_its_payload_and_originals(tmp_path: Path) -> None:
    path = good_bundle(tmp_path)
    staging = tmp_path / "staging"
    staging.mkdir()
    seen: list[tuple[int, int, str]] = []
    opened = read_bundle(path, accept, staging=staging, progress=lambda *a: seen.append(a))
    assert opened.payload == payload_for(TEXTS)
    assert {s: p.read_bytes() for s, p in opened.originals.items()} == {
        sha(d): d for d in TEXTS.values()
    }
    assert opened.info.manifest.author == "tester"
    assert opened.info.to_json()["entries"] == 4
    assert seen[-1][0] == seen[-1][1] == 3
    names = set(entries_of(path))
    assert names == {MANIFEST, PAYLOAD, *(f"originals/{sha(d)}" for d in TEXTS.values())}
    with zipfile.ZipFile(path) as zf:
        assert all(stat.S_ISREG(i.external_attr >> 16) for i in zf.infolist())


def test_inspecting_writes_nothing(tmp_path: Path) -> None:
    path = good_bundle(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    opened = read_bundle(path, accept)
    assert opened.originals == {}
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_changed_original_stops_the_export_and_leaves_no_file(tmp_path: Path) -> None:
    (tmp_path / "old.zip").write_bytes(b"the previous bundle")
    source = tmp_path / "a.txt"
    source.write_bytes(b"changed after import")
    originals = [Original(sha(b"as imported"), source, "document #1")]
    with pytest.raises(Invalid, match=r"document #1.*changed since it was imported"):
        write_bundle(tmp_path / "old.zip", payload_for({}), originals, header())
    assert (tmp_path / "old.zip").read_bytes() == b"the previous bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "old.zip"]


def test_a_missing_original_stops_the_export(tmp_path: Path) -> None:
    originals = [Original(sha(b"x"), tmp_path / "gone.txt", "document #4")]
    with pytest.raises(Invalid, match=r"document #4.*cannot be read"):
        write_bundle(tmp_path / "b.zip", payload_for({}), originals, header())
    assert list(tmp_path.iterdir()) == []


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no bundle file"):
        read_bundle(tmp_path / "nothing.zip", accept)


def test_reading_a_large_original_keeps_memory_bounded(tmp_path: Path) -> None:
    big = os.urandom(1 << 20) * 24  # 24 MB that do not compress much: stored as a .pdf
    path = good_bundle(tmp_path, {"big.pdf": big})
    staging = tmp_path / "staging"
    staging.mkdir()
    tracemalloc.start()
    try:
        opened = read_bundle(path, accept, staging=staging)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert opened.originals[sha(big)].stat().st_size == len(big)
    assert peak < 6 << 20, f"peak {peak:,} bytes for a 24 MB original"


# -- refused -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../escape.txt", "climbs out"),
        ("originals/../../etc/passwd", "climbs out"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.dll", "names a drive"),
        ("originals\\..\\evil", "backslash"),
        ("originals/" + "a" * 64 + "\x00.txt", "NUL"),  # zipfile would cut it: written raw
        ("originals/" + "a" * 64 + "\x01", "control characters"),
        ("notes.txt", "not a part of a bundle"),
        ("originals/ABC", "not a part of a bundle"),
        ("originals/", "not a part of a bundle"),
    ],
)
def test_hostile_entry_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    entries = simple_entries()
    stored = name.replace("\x00", "@")
    path = write_zip(tmp_path / "b.zip", [*entries.items(), (MANIFEST, manifest_for(entries)),
                                          (stored, b"x")])  # fmt: skip
    path.write_bytes(path.read_bytes().replace(stored.encode(), name.encode()))
    error = refusal(path)
    assert reason in error.reason
    assert error.entry == name
    assert "nothing was written" in str(error)


def test_a_symbolic_link_entry_is_refused(tmp_path: Path) -> None:
    entries = simple_entries()
    name = next(n for n in entries if n.startswith("originals/"))
    link = zipfile.ZipInfo(name)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = write_zip(tmp_path / "b.zip", [(PAYLOAD, entries[PAYLOAD]), (link, entries[name]),
                                          (MANIFEST, manifest_for(entries))])  # fmt: skip
    assert refusal(path).reason == "it is a symbolic link"


def test_unknown_format_versions_are_refused(tmp_path: Path) -> None:
    path = hand_bundle(tmp_path / "b.zip", simple_entries(), format=2)
    error = refusal(path)
    assert error.entry == MANIFEST and "format version 2" in error.reason


def test_entries_must_be_exactly_those_the_manifest_lists(tmp_path: Path) -> None:
    entries = simple_entries()
    listed = manifest_for({**entries, "originals/" + "b" * 64: b"other"})
    path = write_zip(tmp_path / "b.zip", [*entries.items(), (MANIFEST, listed)])
    assert "does not hold it" in refusal(path).reason
    unlisted = manifest_for({PAYLOAD: entries[PAYLOAD]})
    path = write_zip(tmp_path / "c.zip", [*entries.items(), (MANIFEST, unlisted)])
    error = refusal(path)
    assert error.entry.startswith("originals/") and "does not list it" in error.reason


def test_a_hash_or_size_mismatch_is_refused(tmp_path: Path) -> None:
    entries = simple_entries()
    tampered = {**entries, PAYLOAD: entries[PAYLOAD].replace(b"1", b"2")}
    path = write_zip(tmp_path / "b.zip", [*tampered.items(), (MANIFEST, manifest_for(entries))])
    error = refusal(path)
    assert error.entry == PAYLOAD and "SHA-256 does not match" in error.reason
    longer = {**entries, PAYLOAD: entries[PAYLOAD] + b" "}
    path = write_zip(tmp_path / "c.zip", [*longer.items(), (MANIFEST, manifest_for(entries))])
    assert "zip header says" in refusal(path).reason


def test_an_original_must_be_what_its_name_says(tmp_path: Path) -> None:
    data = b"the real bytes"
    wrong = "originals/" + sha(b"another file")
    path = hand_bundle(tmp_path / "b.zip", {PAYLOAD: b"{}", wrong: data})
    error = refusal(path)
    assert error.entry == wrong and "is not its name" in error.reason


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    entries = simple_entries()
    path = write_zip(tmp_path / "b.zip", [*entries.items(), (PAYLOAD, entries[PAYLOAD]),
                                          (MANIFEST, manifest_for(entries))])  # fmt: skip
    error = refusal(path)
    assert error.entry == PAYLOAD and "two entries" in error.reason


def test_bad_payload_json_is_refused(tmp_path: Path) -> None:
    path = hand_bundle(tmp_path / "b.zip", {PAYLOAD: b'{"documents": ['})
    assert "not valid JSON" in refusal(path).reason
    path = hand_bundle(tmp_path / "c.zip", {PAYLOAD: b"[" * 100_000 + b"]" * 100_000})
    assert "not valid JSON" in refusal(path).reason
    path = hand_bundle(tmp_path / "d.zip", {PAYLOAD: b"[1, 2]"})
    assert refusal(path).reason == "the payload is not an object"


def test_a_manifest_that_is_not_one_is_refused(tmp_path: Path) -> None:
    for number, manifest in enumerate([b"", b"[]", b'{"kind": "zip"}', b"\xff\xfe"]):
        path = write_zip(tmp_path / f"{number}.zip", [(PAYLOAD, b"{}"), (MANIFEST, manifest)])
        assert refusal(path).entry == MANIFEST
    path = write_zip(tmp_path / "none.zip", [(PAYLOAD, b"{}")])
    assert refusal(path).reason == "the bundle has no manifest"


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    zeros = bytes(64 << 20)  # 64 MB of zeros deflate to about 64 KB
    name = "originals/" + sha(zeros)
    path = hand_bundle(tmp_path / "b.zip", {PAYLOAD: b"{}", name: zeros})
    assert path.stat().st_size < 1 << 20
    error = refusal(path)
    assert error.entry == name and "zip bomb" in error.reason


def test_a_bundle_past_the_size_limits_is_refused(tmp_path: Path) -> None:
    path = good_bundle(tmp_path)
    small = Limits(max_total_bytes=100)
    assert "claim" in refusal(path, small).reason
    assert "entries" in refusal(path, Limits(max_entries=2)).reason
    assert "claims" in refusal(path, Limits(max_entry_bytes=10)).reason
    assert refusal(path, Limits(max_payload_bytes=10)).entry == PAYLOAD


def test_a_header_that_understates_the_size_is_not_trusted(tmp_path: Path) -> None:
    entries = simple_entries()
    name = next(n for n in entries if n.startswith("originals/"))
    path = hand_bundle(tmp_path / "b.zip", entries)
    patch_directory(path, name, 24, "<L", 5)  # uncompressed size: 5 bytes
    error = refusal(path)
    assert error.entry == name  # the manifest's size disagrees before a byte is unpacked


def test_overlapping_entries_are_refused(tmp_path: Path) -> None:
    entries = simple_entries()
    name = next(n for n in entries if n.startswith("originals/"))
    path = hand_bundle(tmp_path / "b.zip", entries)
    patch_directory(path, name, 42, "<L", 0)  # its data is said to start where payload.json's does
    error = refusal(path)
    assert "overlaps" in error.reason


def test_encrypted_entries_are_refused(tmp_path: Path) -> None:
    path = hand_bundle(tmp_path / "b.zip", simple_entries())
    patch_directory(path, PAYLOAD, 8, "<H", 0x1)
    assert refusal(path).reason == "it is encrypted"


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x05\x06" + bytes(10)])
def test_files_that_are_not_zips_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(content)
    error = refusal(path)
    assert error.entry == "" and "zip" in error.reason


def test_a_truncated_bundle_is_refused(tmp_path: Path) -> None:
    path = good_bundle(tmp_path)
    path.write_bytes(path.read_bytes()[:-30])
    refusal(path)


def test_a_damaged_entry_is_refused(tmp_path: Path) -> None:
    data = b"a text long enough to be deflated into something " * 40
    path = hand_bundle(tmp_path / "b.zip", {PAYLOAD: json.dumps({"t": data.decode()}).encode()})
    raw = bytearray(path.read_bytes())
    raw[60:70] = bytes(10)  # inside payload.json's deflated data
    path.write_bytes(bytes(raw))
    error = refusal(path)
    assert error.entry == PAYLOAD


def test_a_zip64_directory_is_counted_before_the_zip_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for number in range(0x10000):  # one more than a plain end record can count
            zf.writestr(f"e{number}", b"")
    error = refusal(path, Limits(max_entries=1000))
    assert error.entry == "" and "65,536 entries" in error.reason
