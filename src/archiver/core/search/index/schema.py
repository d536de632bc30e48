"""The index's schema: its fields, the tokenizer of prepared term streams, its format stamp."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from whoosh import analysis, fields

from archiver.core.search import query as q
from archiver.core.text import arabic

SCHEMA_VERSION = 9  # 8: collection; 9: the memo field
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


def build_schema() -> fields.Schema:
    """The Whoosh schema of a new index."""
    pre = PreAnalyzedTokenizer()
    exact = fields.TEXT(analyzer=pre, phrase=False)
    exact.scorable = False  # used to select and prefix-match, never to rank: keep no lengths
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=pre, phrase=True, field_boost=2.5),
        body=fields.TEXT(analyzer=pre, phrase=True),
        layout=fields.TEXT(analyzer=pre, phrase=True, field_boost=0.5),
        exact=exact,
        source=fields.TEXT(analyzer=pre, phrase=True),
        memo=fields.TEXT(analyzer=pre, phrase=True),  # the term streams of its memos
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
    protected = "\n".join(sorted(arabic.protected_words() | arabic.stop_words()))
    digest = hashlib.sha1(protected.encode("utf-8")).hexdigest()[:10]
    return f"s{SCHEMA_VERSION}.a{arabic.ANALYSIS_VERSION}.{digest}"
