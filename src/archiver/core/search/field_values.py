"""Field values of several words typed without quotes (``status:قيد الدراسة``).

The query language reads ``field:value`` up to the first space, so the words after it were
searched as free words and the filter named a value nothing holds: no hits, and no word of
why. Here, before the query is parsed, a filter whose value the archive does not know is
read with the words after it when that makes a value it knows (a status's Arabic label, a
participant's full name, a tag, a collection); otherwise the result carries a hint with the
quoted form.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archiver.core.model import FieldHint
from archiver.core.search import query as q

Known = Callable[[str, str], bool]  # (field, value) -> the archive knows this value
MAX_JOINED_WORDS = 4  # words after the field's own that may belong to its value
_FILTER_RE = re.compile(rf"^({'|'.join(q.ANNOTATION_FIELDS)}):([^\"]+)$", re.IGNORECASE)
_BARE_RE = re.compile(r"[^\s()\"*=:|-][^\s()\":*|]*")
_OPERATORS = frozenset({"OR", "AND", "NOT"})


def read_whole(text: str, known: Known) -> tuple[str, FieldHint | None]:
    """The query to search (values of several words joined and quoted where the archive knows
    them) and a hint for the first unknown value followed by words, if any."""
    tokens = [(m.group(0), m.start(), m.end()) for m in q.token_places(text)]
    pieces, cursor, hint, i = [], 0, None, 0
    while i < len(tokens):
        typed, start, _end = tokens[i]
        fm = _FILTER_RE.match(typed)
        after = _bare_words_after(tokens, i) if fm else []
        if fm is None or not after or known(fm.group(1).lower(), fm.group(2)):
            i += 1
            continue
        name, value = fm.group(1), fm.group(2)
        for n in range(len(after), 0, -1):
            joined = " ".join([value, *after[:n]])
            if known(name.lower(), joined):
                pieces += [text[cursor:start], f'{name}:"{joined}"']
                cursor = tokens[i + n][2]
                i += n
                break
        else:
            if hint is None:
                quoted = f'{name}:"{value} {after[0]}"'
                suggested = text[:start] + quoted + text[tokens[i + 1][2] :]
                hint = FieldHint(name.lower(), value, after[0], suggested)
        i += 1
    return "".join([*pieces, text[cursor:]]), hint


def _bare_words_after(tokens: list[tuple[str, int, int]], i: int) -> list[str]:
    """The plain words right after token ``i`` (no operator, field, prefix, exact or NOT)."""
    words = []
    for typed, _start, _end in tokens[i + 1 : i + 1 + MAX_JOINED_WORDS]:
        if typed in _OPERATORS or not _BARE_RE.fullmatch(typed):
            break
        words.append(typed)
    return words
