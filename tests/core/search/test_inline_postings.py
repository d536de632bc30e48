"""Short posting lists in the term table's compact form read back as they were written."""

from __future__ import annotations

import struct
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_index_segments import _build, _documents, _fast, _stock
from whoosh import index
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.util.numeric import byte_to_length

from archiver.core.search.index import inline
from archiver.core.search.index.codec import inline_info
from archiver.core.search.index.rawread import field_chunks, inline_postings, merged_inline
from archiver.core.search.index.terms import TermInfo

_COUNT = struct.Struct("!I")


def _whoosh_entry(ids: list[int], weights: list[float], values: list[bytes], low: int,
                  high: int) -> bytes:  # fmt: skip
    """The entry stock Whoosh writes for these postings (its header and pickle)."""
    info = W3TermInfo(weight=sum(weights), df=len(ids), minlength=byte_to_length(low),
                      maxlength=byte_to_length(high), maxweight=max(weights), minid=ids[0],
                      maxid=ids[-1])  # fmt: skip
    info.set_inlined(ids, weights, values)
    return info.to_bytes()


def _positions(count: int, rest: bytes) -> bytes:
    return _COUNT.pack(count) + rest


CASES = [
    # (ids, weights, values): a frequency field's (the value is the count), a boosted
    # title's, positions after the count, a value-less field's whole weights, large ids
    ([7], [1.0], [_COUNT.pack(1)]),
    ([3, 300, 70000], [2.0, 1.0, 5.0], [_COUNT.pack(2), _COUNT.pack(1), _COUNT.pack(5)]),
    ([3, 4], [5.0, 2.5], [_positions(2, b"](K\x01K\x04e"), _positions(1, b"]K\x07a")]),
    ([0, 9], [0.5, 1.5], [_positions(1, b"]M\x10\x27a"), _positions(3, b"x" * 300)]),
    ([5, 6, 8], [1.0, 1.0, 3.0], [b"", b"", b""]),
    ([2**31 - 1], [1.0], [_COUNT.pack(1)]),
]


@pytest.mark.parametrize(("ids", "weights", "values"), CASES)
def test_a_compact_entry_reads_back_as_written(
    ids: list[int], weights: list[float], values: list[bytes]
) -> None:
    entry = inline.encode(ids, weights, values, 17, 90)
    assert entry is not None and entry[0] == inline.FLAG
    back_ids, back_weights, back_values, low, high = inline.decode(entry)
    assert (list(back_ids), list(back_weights), list(back_values)) == (ids, weights, values)
    assert (low, high) == (17, 90) and inline.count_of(entry) == len(ids)
    shifted = inline.decode(inline.shifted(entry, 1000))
    assert list(shifted[0]) == [n + 1000 for n in ids] and shifted[1:] == (
        back_weights,
        back_values,
        17,
        90,
    )
    stock = _whoosh_entry(ids, weights, values, 17, 90)
    assert len(entry) <= len(stock) - 23  # Whoosh's statistics, all derived from postings


def test_the_term_info_of_a_compact_entry_holds_whoosh_s_statistics() -> None:
    ids, weights = [4, 10, 11], [2.5, 7.5, 2.5]  # a title boosted 2.5: counts 1, 3, 1
    values = [
        _positions(1, b"]K\x00a"),
        _positions(3, b"](K\x00K\x01K\x01e"),
        _positions(1, b"]K\x02a"),
    ]
    ours = TermInfo.from_bytes(inline_info(ids, weights, values, 5, 200))
    theirs = TermInfo.from_bytes(_whoosh_entry(ids, weights, values, 5, 200))
    stats = (
        "weight",
        "doc_frequency",
        "min_length",
        "max_length",
        "max_weight",
        "min_id",
        "max_id",
    )
    assert [getattr(ours, s)() for s in stats] == [getattr(theirs, s)() for s in stats]
    assert ours.inlined_postings() == (tuple(ids), tuple(weights), tuple(values))


@pytest.mark.parametrize(
    ("weights", "values"),
    [
        ([1.0, 2.0], [_COUNT.pack(1), _COUNT.pack(1)]),  # weights not a count times one boost
        ([1.5], [b""]),  # a value-less posting of a fractional weight
        ([1.0], [b"\x01"]),  # a value too short to begin with a count
        ([1.0], [_COUNT.pack(0)]),
    ],
)
def test_postings_the_compact_form_cannot_hold_keep_whoosh_s_form(
    weights: list[float], values: list[bytes]
) -> None:
    ids = list(range(len(weights)))
    assert inline.encode(ids, weights, values, 0, 0) is None
    entry = inline_info(ids, weights, values, 0, 0)
    assert entry[0] == 1  # Whoosh's pickle
    assert inline_postings(entry) == (ids, tuple(weights), tuple(values))


@given(
    st.lists(
        st.tuples(st.integers(1, 5000), st.integers(1, 300), st.binary(max_size=40)),
        min_size=1,
        max_size=23,
    ),
    st.sampled_from([1.0, 2.5, 0.5]),
    st.integers(0, 255),
)
def test_any_short_list_round_trips(
    postings: list[tuple[int, int, bytes]], boost: float, low: int
) -> None:
    ids = list(accumulated(gap for gap, _, _ in postings))
    counts = [count for _, count, _ in postings]
    weights = list(array("f", [c * boost for c in counts]))
    values = [_positions(c, rest) for _, c, rest in postings]
    entry = inline.encode(ids, weights, values, low, 255)
    assert entry is not None
    assert inline.decode(entry) == (tuple(ids), tuple(weights), tuple(values), low, 255)


@given(
    st.integers(0, 2**33),
    st.one_of(st.integers(0, 70000).map(float), st.floats(-2.0, 9e4, allow_nan=False)),
    st.one_of(st.just(b""), st.binary(max_size=3), st.binary(min_size=4, max_size=300)),
    st.integers(0, 255),
)
def test_one_posting_is_written_as_the_general_form_writes_it(
    docid: int, weight: float, value: bytes, low: int
) -> None:
    # the shortcut for a list of one (most terms) must not change a byte of what is written
    general = inline._encode_many([docid], [weight], [value], low, 200)
    assert inline.encode([docid], [weight], [value], low, 200) == general


def accumulated(gaps: object) -> list[int]:
    total, out = -1, []
    for gap in gaps:  # type: ignore[attr-defined]
        total += gap
        out.append(total)
    return out


def test_parts_of_compact_entries_merge_into_one(tmp_path: Path) -> None:
    a = inline.encode([1, 4], [1.0, 2.0], [_COUNT.pack(1), _COUNT.pack(2)], 3, 9)
    b = inline.encode([0], [3.0], [_COUNT.pack(3)], 2, 5)
    assert a is not None and b is not None
    merged = merged_inline([(a, 0), (b, 10)])
    assert merged is not None
    assert inline.decode(merged) == (
        (1, 4, 10),
        (1, 2, 3),
        tuple(map(_COUNT.pack, (1, 2, 3))),
        2,
        9,
    )


def test_both_writers_keep_short_lists_compact(tmp_path: Path) -> None:
    # ours and Whoosh's own segment writer (given our codec), and half Whoosh's pickled size
    docs = _documents(200)
    _build(tmp_path / "stock", docs, _stock)
    _build(tmp_path / "fast", docs, _fast)
    for name in ("stock", "fast"):
        ix = index.open_dir(str(tmp_path / name))
        with ix.reader() as reader:
            compact = [
                info
                for field in ("body", "exact", "title", "lang", "participant")
                for chunk in field_chunks(reader._terms, field)
                for _, info in chunk
                if info[0] == inline.FLAG
            ]
            assert len(compact) > 50
            whoosh_size = sum(
                len(_whoosh_entry(*map(list, inline.decode(e)[:3]), 0, 0)) for e in compact
            )
            assert sum(map(len, compact)) < whoosh_size / 2
            for field, btext in reader.all_terms():  # the reader's shortcuts agree with the info
                info = reader.term_info(field, btext)
                assert reader.doc_frequency(field, btext) == info.doc_frequency()
                assert reader.frequency(field, btext) == info.weight()
        ix.close()
