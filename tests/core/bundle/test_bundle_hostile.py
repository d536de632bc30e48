"""Property-based: hostile entry names and sizes are refused as BadBundle, never anything else."""

from __future__ import annotations

import shutil
import struct
import tempfile
import zipfile
from pathlib import Path

from bundle_zips import (
    entries_of,
    good_bundle,
    hand_bundle,
    manifest_for,
    patch_records,
    sha,
    write_raw_zip,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.core.bundle.manifest import MANIFEST, PAYLOAD, Limits, name_refusal
from archiver.core.bundle.reader import read_bundle
from archiver.core.errors import BadBundle

HOSTILE_PARTS = st.sampled_from(["..", ".", "", "/", "\\", "C:", "originals", "payload.json",
                                 "manifest.json", "\x00", "\x7f", "~", "a" * 64, "ب", "%2e%2e"])  # fmt: skip
NAMES = st.one_of(
    st.text(max_size=80),
    st.lists(HOSTILE_PARTS, min_size=1, max_size=6).map("/".join),
    st.lists(HOSTILE_PARTS, min_size=1, max_size=6).map("".join),
)


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, listed=st.booleans())
def test_any_extra_entry_name_is_refused_and_nothing_is_written(name: str, listed: bool) -> None:
    work = Path(tempfile.mkdtemp())
    try:
        entries = entries_of(good_bundle(work))
        entries.pop(MANIFEST)
        extra = b"whatever the entry holds"
        manifest = manifest_for({**entries, name: extra} if listed else entries)
        path = write_raw_zip(work / "hostile.zip", [*entries.items(), (MANIFEST, manifest),
                                                    (name, extra)])  # fmt: skip
        staging = work / "staging"
        staging.mkdir()
        before = _listing(work)
        try:
            read_bundle(path, dict, staging=staging)
        except BadBundle as error:
            assert error.reason
        else:
            raise AssertionError(f"accepted an entry named {name!r}")
        after = [p for p in _listing(work) if not p.startswith("staging/")]
        assert after == before
        assert all(len(p.name) == 64 for p in staging.iterdir())  # only originals, by hash
    finally:
        shutil.rmtree(work)


@st.composite
def contents(draw: st.DrawFn) -> bytes:
    """Bytes from incompressible to nothing but one repeated byte."""
    size = draw(st.integers(0, 300_000))
    seed = draw(st.binary(min_size=1, max_size=64))
    repeat = draw(st.sampled_from([1, 16, 4096]))
    unit = (seed * (repeat // len(seed) + 1))[:repeat] if repeat > 1 else seed[:1]
    return (unit * (size // len(unit) + 1))[:size] if size else b""


SCALE = st.floats(0.5, 1.6)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(contents(), min_size=1, max_size=4), total=SCALE, entry=SCALE,
       ratio=SCALE, floor=st.integers(0, 50_000))  # fmt: skip
def test_size_limits_refuse_exactly_what_passes_them(
    files: list[bytes], total: float, entry: float, ratio: float, floor: int
) -> None:
    """Limits drawn around the bundle's own sizes and ratios: refused exactly past them."""
    work = Path(tempfile.mkdtemp())
    try:
        entries = {PAYLOAD: b"{}", **{f"originals/{sha(d)}": d for d in files}}
        path = hand_bundle(work / "b.zip", entries)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
        sizes = [i.file_size for i in infos]
        ratios = [i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > floor]
        limits = Limits(max_total_bytes=int(sum(sizes) * total),
                        max_entry_bytes=int(max(sizes) * entry),
                        max_ratio=max(1, int(max(ratios, default=1) * ratio)), ratio_floor=floor)  # fmt: skip
        fits = (
            sum(sizes) <= limits.max_total_bytes
            and max(sizes) <= limits.max_entry_bytes
            and all(i.file_size <= floor or i.file_size <= limits.max_ratio * max(i.compress_size, 1)
                    for i in infos)
        )  # fmt: skip
        try:
            read_bundle(path, dict, limits=limits)
        except BadBundle as error:
            assert not fits, f"refused within the limits: {error}"
        else:
            assert fits, "accepted past a limit"
    finally:
        shutil.rmtree(work)


def test_the_name_rule_accepts_only_bundle_parts() -> None:
    assert name_refusal(MANIFEST) is None
    assert name_refusal(PAYLOAD) is None
    assert name_refusal("originals/" + "0" * 64) is None
    assert name_refusal("originals/" + "0" * 63) is not None
    assert name_refusal("./payload.json") is not None


# Fields of a central directory record (offset from its signature, struct format) a hostile
# zip may set to anything: flags, method, CRC, packed and unpacked sizes, name length,
# external attributes, local header offset.
FIELDS = st.sampled_from([(8, "<H"), (10, "<H"), (16, "<L"), (20, "<L"), (24, "<L"),
                          (28, "<H"), (38, "<L"), (42, "<L")])  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patches=st.lists(st.tuples(st.integers(0, 3), FIELDS, st.integers(0, 2**32 - 1)),
                        min_size=1, max_size=3))  # fmt: skip
def test_lying_zip_headers_are_refused_as_bad_bundles(
    patches: list[tuple[int, tuple[int, str], int]],
) -> None:
    work = Path(tempfile.mkdtemp())
    try:
        path = good_bundle(work)
        patch_records(path, [(n, offset, fmt, value % (1 << (8 * struct.calcsize(fmt))))
                             for n, (offset, fmt), value in patches])  # fmt: skip
        staging = work / "staging"
        staging.mkdir()
        try:
            opened = read_bundle(path, dict, staging=staging)
        except BadBundle as error:
            assert error.reason
        else:  # a patch that changed nothing that matters: what was read is what was written
            assert all(sha(p.read_bytes()) == s for s, p in opened.originals.items())
    finally:
        shutil.rmtree(work)
