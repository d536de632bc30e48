"""The index's schema: its fields, the tokenizer of prepared term streams, its format stamp."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator

from whoosh import analysis, columns, fields, formats
from whoosh.system import pack_uint

from archiver.core.search import query as q
from archiver.core.search.index.pickles import pickled_int
from archiver.core.text import arabic

SCHEMA_VERSION = 12  # 8: collection; 9: the memo field; 10: positions as short pickles;
# 11: the id a column of 4 bytes a document (it was a term and a stored field: 115 bytes);
# 12: short posting lists inline in a compact form (inline.py) instead of a pickle
TEXT_FIELDS = ("title", "body", "layout")
STREAM_FIELDS = frozenset(
    {*TEXT_FIELDS, "exact", "source", q.MEMO_FIELD}
)  # values are prepared term streams
KEYWORD_FIELDS = q.ANNOTATION_FIELDS


class PreAnalyzedTokenizer(analysis.Tokenizer):
    """Splits a prepared stream: terms by spaces, same-position alternatives by '|'.

    Whoosh pickles this class into the index: keep its name and module stable (an index
    whose format stamp differs is rebuilt, so an old pickle is never read).
    """

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[analysis.Token]:
        token = analysis.Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.stopped = False
        token.boost = 1.0
        for pos, group in enumerate(value.split(), start_pos):
            for term in group.split("|"):
                token.text = term
                if positions:
                    token.pos = pos
                yield token


def positions_value(poslist: list[int]) -> bytes:
    """One posting's positions as Whoosh's Positions format holds them (their count, then a
    pickle of the gaps between them), the pickle in its shortest form: no protocol header,
    memo or STOP (Whoosh adds the STOP before reading), 4 to 5 bytes for one position where
    Whoosh's own encoding takes 9."""
    gaps = [poslist[0], *(b - a for a, b in itertools.pairwise(poslist))]
    ints = b"".join(map(pickled_int, gaps))
    return pack_uint(len(gaps)) + (b"]" + ints + b"a" if len(gaps) == 1 else b"](" + ints + b"e")


class ShortPositions(formats.Positions):
    """Whoosh's Positions format, each posting's positions encoded by ``positions_value``
    (read back by Whoosh's own decoder). Pickled into the index: keep its name and module."""

    def encode(self, poslist: list[int]) -> bytes:
        return positions_value(poslist)


def _phrase_text(analyzer: analysis.Tokenizer, boost: float = 1.0) -> fields.TEXT:
    field = fields.TEXT(analyzer=analyzer, phrase=True, field_boost=boost)
    field.format = ShortPositions(field_boost=boost)
    return field


def build_schema() -> fields.Schema:
    """The Whoosh schema of a new index."""
    pre = PreAnalyzedTokenizer()
    exact = fields.TEXT(analyzer=pre, phrase=False)
    exact.scorable = False  # used to select and prefix-match, never to rank: keep no lengths
    return fields.Schema(
        id=fields.COLUMN(columns.NumericColumn("I")),  # the store's id, by document number
        title=_phrase_text(pre, 2.5),
        body=_phrase_text(pre),
        layout=_phrase_text(pre, 0.5),
        exact=exact,
        source=_phrase_text(pre),
        memo=_phrase_text(pre),  # the term streams of its memos
        lang=fields.ID,
        kind=fields.ID,
        # YYYYMMDD, 0 when undated: sorts by date and answers date ranges
        sortdate=fields.NUMERIC(int, bits=32, shift_step=8, sortable=True),
        participant=fields.KEYWORD(commas=True, lowercase=True),
        tag=fields.KEYWORD(commas=True, lowercase=True),
        status=fields.KEYWORD(commas=True, lowercase=True),
        category=fields.KEYWORD(commas=True, lowercase=True),
        collection=fields.KEYWORD(commas=True, lowercase=True),  # collection ids: "c3"
    )


def index_format() -> str:
    """A fingerprint of schema + analysis; a change means the index must be rebuilt."""
    return _fingerprint(arabic.protected_words() | arabic.stop_words())


def base_format() -> str:
    """The fingerprint without the archive's own names: what a program change alters, not a
    participant added by another process (whose index then awaits its next open)."""
    return _fingerprint(arabic.listed_names() | arabic.stop_words())


def _fingerprint(words: frozenset[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(words)).encode("utf-8")).hexdigest()[:10]
    return f"s{SCHEMA_VERSION}.a{arabic.ANALYSIS_VERSION}.{digest}"
