"""Property-based: any text parses to a query tree or is refused with Invalid, in bounded time."""

from __future__ import annotations

import contextlib

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the dev extra")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from archiver.core.errors import Invalid  # noqa: E402
from archiver.core.search import query as q  # noqa: E402
from archiver.core.search.index.translate import to_whoosh  # noqa: E402

# The query language's own characters and words, Arabic letters and marks, and anything else.
PIECES = st.sampled_from(
    ["(", ")", '"', "-", "*", "=", ":", "..", " ", "OR", "NOT", "AND", "|", "title:", "date:",
     "lang:", "participant:", "ال", "تونس", "أوكرانيا", "\u064b", "\u0640", "x", "2025", "\n"]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(max_size=3000),
    st.lists(PIECES, max_size=1500).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=400).map("".join),
)


@settings(max_examples=300, deadline=1000)
@given(QUERIES)
def test_any_text_parses_or_is_refused(text: str) -> None:
    try:
        node = q.parse(text)
    except Invalid as exc:
        assert str(exc)  # a reason for the user
        return
    to_whoosh(node)  # and the tree translates without recursing out of the stack
    q.positive_words(node)


@settings(max_examples=100, deadline=1000)
@given(st.integers(1, 5000), st.sampled_from(["(", "NOT ", "-", '"', "تونس ", "ال* "]))
def test_repetition_never_exhausts_the_stack(count: int, piece: str) -> None:
    with contextlib.suppress(Invalid):
        q.parse(piece * count + "تونس")
