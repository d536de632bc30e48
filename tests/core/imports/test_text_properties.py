"""Property-based: any bytes in a .txt import with a warning or are refused with a reason."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the dev extra")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from archiver.core.archive import Archive  # noqa: E402
from archiver.core.check import check  # noqa: E402
from archiver.core.errors import ImportFailure  # noqa: E402
from archiver.core.imports import Prepared, prepare  # noqa: E402
from archiver.core.store import import_log  # noqa: E402
from kept_originals import assert_kept_once  # noqa: E402
from samples import ARTICLE_AR, ARTICLE_EN  # noqa: E402

REAL = [ARTICLE_AR.encode("utf-8"), ARTICLE_EN.encode("utf-8"), ARTICLE_AR.encode("cp1256"),
        ARTICLE_AR.encode("utf-16")]  # fmt: skip


@st.composite
def damaged_article(draw: st.DrawFn) -> bytes:
    """A real article with a few bytes overwritten, inserted or cut."""
    data = bytearray(draw(st.sampled_from(REAL)))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(data)))
        junk = draw(st.binary(min_size=1, max_size=4))
        action = draw(st.sampled_from(["insert", "overwrite", "cut"]))
        if action == "insert":
            data[at:at] = junk
        elif action == "overwrite":
            data[at : at + len(junk)] = junk
        else:
            del data[at : at + len(junk)]
    return bytes(data)


ANY_BYTES = st.one_of(
    st.binary(max_size=6000),
    damaged_article(),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(["\ufffd", "\x00", "\x07", "\ue000", "كلمة", " ", "\n", "word"]),
             max_size=800).map(lambda parts: "".join(parts).encode("utf-8")),
)  # fmt: skip


def read(data: bytes, folder: Path) -> Prepared | str:
    path = folder / "f.txt"
    path.write_bytes(data)
    try:
        return prepare(path)
    except ImportFailure as exc:
        return exc.reason


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_BYTES)
def test_any_bytes_import_or_are_refused_with_a_reason(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outcome = read(data, Path(tmp))
    if isinstance(outcome, str):
        assert outcome.strip()  # a reason for the user
        return
    text = outcome.extracted.text
    assert text.strip()
    assert "\x00" not in text and not any(ord(c) < 32 and c not in "\n\t" for c in text)
    mended = outcome.extracted.encoding and "replaced" in outcome.extracted.encoding
    removed = data.count(b"\x00") and (outcome.extracted.encoding or "").startswith("utf-8")
    if mended or removed:
        assert outcome.extracted.warnings  # the damage is said, not hidden
    assert 0.0 <= outcome.extracted.quality <= 1.0


def test_any_bytes_leave_the_archive_consistent(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:

        @settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
        @given(ANY_BYTES)
        def one(data: bytes) -> None:
            # Hypothesis seeds `random` alike for every example; Whoosh names its segments
            # with it, so a repeated name would collide: reseed from the OS.
            random.seed(os.urandom(16))
            logged = len(import_log.entries(archive.db))
            (tmp_path / "in").mkdir(exist_ok=True)
            path = tmp_path / "in" / "f.txt"
            path.write_bytes(data)
            report = archive.import_paths([path])
            assert len(report.imported) + len(report.duplicates) + len(report.failed) == 1
            assert all(f.reason for f in report.failed)
            assert len(import_log.entries(archive.db)) == logged + 1
            assert_kept_once(archive.root, archive.db)  # nothing half-stored

        one()
        assert check(archive).consistent
