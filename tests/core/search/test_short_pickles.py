"""The hand-written pickles of inline postings read back as what pickle.dumps would give."""

from __future__ import annotations

import pickle
from array import array

import pytest

from archiver.core.search.index.pickles import inline_postings, pickled_int

CASES = [
    ([7], [1.0], [b"\x00\x00\x00\x01]K{a"]),
    ([3, 300], [2.0, 2.5], [b"", b""]),  # a boosted field's weight is not a whole number
    ([0, 1, 70000], [1.0, 69.0, 0.5], [b"a", b"b" * 300, b"c"]),  # BINBYTES past 255 bytes
    (list(range(5, 28)), [float(n) for n in range(23)], [bytes([n]) for n in range(23)]),
    ([2**31 - 1], [3.4e38], [b"x"]),  # the largest id and a float32 weight
]


@pytest.mark.parametrize(("ids", "weights", "values"), CASES)
def test_inline_postings_read_back_as_the_stock_pickle(
    ids: list[int], weights: list[float], values: list[bytes]
) -> None:
    stored = array("f", weights)  # what the codec holds weights as
    stock = pickle.dumps((tuple(ids), tuple(stored), tuple(values)), 3)
    ours = inline_postings(ids, stored, values)
    back = pickle.loads(ours)
    assert back == pickle.loads(stock)  # 1 == 1.0: a whole weight comes back as an int
    assert all(isinstance(w, int | float) for w in back[1])
    assert ours.startswith(b"\x80\x03") and len(ours) < len(stock)


def test_one_posting_takes_about_half_the_bytes() -> None:
    ours = inline_postings([9955], array("f", [1.0]), [b"\x00\x00\x00\x01]K{a"])
    stock = pickle.dumps(((9955,), (1.0,), (b"\x00\x00\x00\x01]K{a",)), 3)
    assert (len(ours), len(stock)) == (22, 39)


@pytest.mark.parametrize("n", [0, 255, 256, 65535, 65536, 2**31 - 1])
def test_ints_take_their_shortest_opcode(n: int) -> None:
    assert pickle.loads(pickled_int(n) + b".") == n
    assert len(pickled_int(n)) == (2 if n < 256 else 3 if n < 65536 else 5)
