"""The query language: user text -> an engine-neutral tree (no Whoosh here).

Words are ANDed; OR, NOT / -word, "phrases", prefix*, =exact, field:value, date:A..B and
parentheses. A malformed query (unbalanced quote or parenthesis) is read as well as it can be;
a query beyond the limits below (length, words, nesting, a prefix too short to mean anything)
raises ``QueryRefused`` with its code and reason, so no query can make unbounded work; so does a date that
cannot be (month 13, February 30) or a date range that ends before it starts.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from archiver.core.errors import QueryRefused, RefusalCode
from archiver.core.text import arabic

ANNOTATION_FIELDS = ("participant", "tag", "status", "category", "collection")  # annotations
CODE_FIELDS = ("lang", "kind")  # matched as written (lower case): a language or file kind
MEMO_FIELD = "memo"  # the words of the memos on a document, its quotes and its commitments
TEXT_FIELD_NAMES = ("title", "source", MEMO_FIELD)  # words searched in one text field
CHANGED_BY_ANNOTATIONS = (*ANNOTATION_FIELDS, MEMO_FIELD)  # results change with annotations
FIELDS = ("title", "source", "date", *CODE_FIELDS, *ANNOTATION_FIELDS, MEMO_FIELD)
_FIELD_RE = re.compile(rf"^({'|'.join(FIELDS)}):(.*)$", re.IGNORECASE)
MAX_QUERY_CHARS = 1000
MAX_QUERY_WORDS = 64  # Whoosh intersects the words' matchers in a chain: cost grows with each
MAX_NESTING = 32  # parentheses and NOTs inside each other
PREFIX_MIN_LETTERS = 2  # after folding, not counting the article ال
_LEX_RE = re.compile(
    r'"(?P<q>[^"]*)(?P<qend>"?)|(?P<lp>\()|(?P<rp>\))|(?P<w>[^\s()"]+(?:"[^"]*"?)?)'
)


@dataclass(frozen=True)
class Words:
    """Free text for one typed word (it may analyse to several tokens, or none)."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    """Words that must appear next to each other, in this order."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Exact:
    """=word: the word as written (hamza and harakat still folded), not stemmed."""

    text: str


@dataclass(frozen=True)
class Prefix:
    """word*: any word starting with these letters."""

    text: str
    field: str | None = None


@dataclass(frozen=True)
class Filter:
    """field:value on a keyword field (lang, kind, participant, tag, status, category,
    collection)."""

    field: str
    value: str


@dataclass(frozen=True)
class DateRange:
    """date:A..B, either end open; bounds are inclusive days."""

    start: date | None
    end: date | None


@dataclass(frozen=True)
class And:
    """All children must match."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any child may match."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """The child must not match."""

    child: Node


@dataclass(frozen=True)
class Empty:
    """Nothing searchable was typed."""


Node = Words | Phrase | Exact | Prefix | Filter | DateRange | And | Or | Not | Empty


@dataclass
class _Lexer:
    tokens: list[tuple[str, str]] = field(default_factory=list)
    pos: int = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        self.pos += 1
        return self.tokens[self.pos - 1]


def token_places(text: str) -> list[re.Match[str]]:
    """The query's tokens as the lexer cuts them (a word, a phrase, a parenthesis), with their
    places in ``text``."""
    return list(_LEX_RE.finditer(text))


def _lex(text: str) -> list[tuple[str, str]]:
    tokens = []
    for m in _LEX_RE.finditer(text):
        if m.group("q") is not None:
            tokens.append(("phrase", m.group("q")))
        elif m.group("lp"):
            tokens.append(("(", "("))
        elif m.group("rp"):
            tokens.append((")", ")"))
        else:
            tokens.extend(_word_tokens(m.group("w")))
    return tokens


def _word_tokens(word: str) -> list[tuple[str, str]]:
    """A bare word; a leading '-' before '(' or a quote negates what follows."""
    if word == "-":
        return [("not", "-")]
    if word.startswith('-"'):
        return [("not", "-"), ("phrase", word[2:].rstrip('"'))]
    return [({"OR": "or", "|": "or", "NOT": "not", "AND": "and"}.get(word, "word"), word)]


def parse(text: str) -> Node:
    """Parse a user query; QueryRefused (a code, the reason) when it is beyond the limits."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(
            RefusalCode.TOO_LONG,
            f"the query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})",
            length=len(text), limit=MAX_QUERY_CHARS,
        )  # fmt: skip
    tokens = _lex(text)
    _check_nesting(tokens)
    lexer = _Lexer(tokens)
    node = _parse_or(lexer)
    while lexer.peek() is not None:  # stray ')' or leftovers: read on
        lexer.take()
        rest = _parse_or(lexer)
        node = _and(node, rest)
    words = _word_count(node)
    if words > MAX_QUERY_WORDS:
        raise QueryRefused(
            RefusalCode.TOO_MANY_WORDS,
            f"the query has too many words ({words}; at most {MAX_QUERY_WORDS})",
            words=words, limit=MAX_QUERY_WORDS,
        )  # fmt: skip
    return node


def _check_nesting(tokens: list[tuple[str, str]]) -> None:
    """Refuse parentheses or NOTs nested deeper than MAX_NESTING (the parser recurses)."""
    depth = nots = deepest = 0
    for kind, _value in tokens:
        if kind == "(":
            depth += 1
        elif kind == ")":
            depth = max(0, depth - 1)
        nots = nots + 1 if kind == "not" else 0
        deepest = max(deepest, depth + nots)
    if deepest > MAX_NESTING:
        raise QueryRefused(
            RefusalCode.TOO_DEEP,
            f"the query is too deeply nested ({deepest} levels; at most {MAX_NESTING})",
            levels=deepest, limit=MAX_NESTING,
        )  # fmt: skip


def _word_count(node: Node) -> int:
    if isinstance(node, And | Or):
        return sum(_word_count(kid) for kid in node.children)
    if isinstance(node, Not):
        return _word_count(node.child)
    if isinstance(node, Words | Phrase | Exact | Prefix):
        return max(1, len(arabic.words(node.text)))
    return 0 if isinstance(node, Empty) else 1


def _and(*nodes: Node) -> Node:
    # A repeated word adds nothing but another matcher to intersect: keep each once.
    kids = tuple(dict.fromkeys(n for n in nodes if not isinstance(n, Empty)))
    return Empty() if not kids else kids[0] if len(kids) == 1 else And(kids)


def _parse_or(lexer: _Lexer) -> Node:
    branches = [_parse_and(lexer)]
    while (tok := lexer.peek()) is not None and tok[0] == "or":
        lexer.take()
        branches.append(_parse_and(lexer))
    kids = tuple(dict.fromkeys(b for b in branches if not isinstance(b, Empty)))
    return Empty() if not kids else kids[0] if len(kids) == 1 else Or(kids)


def _parse_and(lexer: _Lexer) -> Node:
    items: list[Node] = []
    while (tok := lexer.peek()) is not None and tok[0] not in ("or", ")"):
        if tok[0] == "and":
            lexer.take()
            continue
        items.append(_parse_unary(lexer))
    return _and(*items)


def _parse_unary(lexer: _Lexer) -> Node:
    kind, value = lexer.take()
    if kind == "not":
        if lexer.peek() is None:
            return Empty()
        inner = _parse_unary(lexer)
        return Empty() if isinstance(inner, Empty) else Not(inner)
    if kind == "(":
        inner = _parse_or(lexer)
        if (tok := lexer.peek()) is not None and tok[0] == ")":
            lexer.take()
        return inner
    if kind == "phrase":
        return Phrase(value) if value.strip() else Empty()
    if value.startswith("-") and len(value) > 1:
        return Not(_word(value[1:]))
    return _word(value)


def _word(value: str) -> Node:
    fm = _FIELD_RE.match(value)
    if fm:
        return _field(fm.group(1).lower(), fm.group(2).strip('"'), value.endswith('"'))
    if value.startswith("=") and len(value) > 1:
        return Exact(value[1:])
    if value.endswith("*") and value.rstrip("*"):
        return _prefix(value.rstrip("*"), None)
    value = value.strip("*")
    return Words(value) if value else Empty()


def _prefix(text: str, name: str | None) -> Node:
    """word*; QueryRefused when too few letters remain to bound the words it stands for."""
    words = arabic.words(text)
    if not words:
        return Empty()
    folded = arabic.prefix_form(words[0][0])
    if len(folded.removeprefix("ال")) < PREFIX_MIN_LETTERS:
        raise QueryRefused(
            RefusalCode.PREFIX_TOO_SHORT,
            f"the prefix «{text}*» is too short: type at least two letters before * "
            "(not counting the article ال)",
            prefix=f"{text}*",
        )
    return Prefix(text, name)


def _field(name: str, value: str, quoted: bool) -> Node:
    if not value:
        return Empty()
    if name == "date":
        return parse_date_range(value)
    if name in TEXT_FIELD_NAMES:
        if value.endswith("*"):
            return _prefix(value.rstrip("*"), name)
        return Phrase(value, name) if quoted or " " in value else Words(value, name)
    return Filter(name, value)


_DAY_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")  # any script's digits
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _not_a_date(code: RefusalCode, typed: str, reason: str, **details: int) -> QueryRefused:
    return QueryRefused(code, f'date: "{typed}" is not a date ({reason})', typed=typed, **details)


def _parse_day(text: str, *, end: bool) -> date:
    """The first (``end``: the last) day of YYYY, YYYY-MM or YYYY-MM-DD; QueryRefused saying why not."""
    typed = text.strip()
    m = _DAY_RE.fullmatch(typed)
    if not m:
        raise _not_a_date(RefusalCode.DATE_FORMAT, typed, "write YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    if year < date.min.year:
        raise _not_a_date(RefusalCode.DATE_YEAR, typed, f"year {year}", year=year)
    month = int(m.group(2) or (12 if end else 1))
    if not 1 <= month <= 12:
        raise _not_a_date(RefusalCode.DATE_MONTH, typed, f"month {month}", month=month)
    last_day = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else (last_day if end else 1)
    if not 1 <= day <= 31:
        raise _not_a_date(RefusalCode.DATE_DAY, typed, f"day {day}", day=day)
    if day > last_day:
        raise _not_a_date(
            RefusalCode.DATE_PAST_MONTH_END, typed, f"{_MONTHS[month - 1]} {year} has {last_day} days",
            calendar_month=month, year=year, days=last_day,
        )  # fmt: skip
    return date(year, month, day)


def parse_date_range(value: str) -> DateRange:
    """date:2025, date:2025-01..2025-06, date:..2024-12-31; QueryRefused naming an impossible date
    (month 13, February 30) or a range that ends before it starts."""
    if ".." not in value:
        return DateRange(_parse_day(value, end=False), _parse_day(value, end=True))
    left, right = value.split("..", 1)
    start = _parse_day(left, end=False) if left.strip() else None
    end = _parse_day(right, end=True) if right.strip() else None
    if start and end and start > end:
        raise QueryRefused(
            RefusalCode.DATE_RANGE_BACKWARDS,
            f"date: the range {left.strip()}..{right.strip()} ends before it starts",
            start=left.strip(), end=right.strip(),
        )  # fmt: skip
    return DateRange(start, end)


def positive_words(node: Node) -> list[Node]:
    """The leaves that should be highlighted (everything not under a NOT)."""
    if isinstance(node, And | Or):
        return [leaf for kid in node.children for leaf in positive_words(kid)]
    if isinstance(node, Not | Empty | Filter | DateRange):
        return []
    return [node]
