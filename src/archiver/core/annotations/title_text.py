"""The words of a text as the title rules read them, and the offices written there (no database)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from archiver.core.annotations.title_data import Office, TitleData, fold_word
from archiver.core.text import arabic

if TYPE_CHECKING:
    from archiver.core.annotations.titles import Named

# What a common noun takes and a name does not: the article (after a proclitic), an attached
# pronoun (the folded ta marbuta ends an adjective's feminine too: ظريفة)
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
_SUFFIXES = ("هما", "هم", "ها", "ه")
BREAK_RE = re.compile(r"[.!?;:،؛؟()\[\]\n\"“”«»,/|]")


@lru_cache(maxsize=100_000)
def readings(word: str) -> tuple[str, ...]:
    """A folded word and its readings without a one-letter proclitic (للرئيس is الرئيس)."""
    out = [word]
    base = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if base is not word:
        out.append(base)
    if base.startswith("لل") and len(base) > 4:
        out.append("ال" + base[2:])
    elif base[:1] in "بلك" and len(base) > 3:
        out.append(base[1:])
    return tuple(out)


class TitleText:
    """The words of a text (stop words included) with what the title rules ask of them."""

    def __init__(
        self, text: str, named: Iterable[Named], tokens: list[arabic.Token] | None
    ) -> None:
        self.text = text
        self.words = arabic.words(text)
        self.folded = [fold_word(w) for w, _, _ in self.words]
        self.named_at = {n.start: n for n in named}
        self.named_end = {n.end: n for n in self.named_at.values()}
        tokens = arabic.analyze(text) if tokens is None else tokens
        self.counts = Counter(term for t in tokens for term in (t.term, *t.alts))

    def __len__(self) -> int:
        return len(self.words)

    def start(self, i: int) -> int:
        return self.words[i][1]

    def end(self, i: int) -> int:
        return self.words[i][2]

    def joined(self, i: int) -> bool:
        """True when word ``i`` follows word ``i - 1`` with no break between them."""
        return i > 0 and not BREAK_RE.search(self.text, self.end(i - 1), self.start(i))

    def word_at(self, pos: int, after: int) -> int:
        """The index of the first word starting at or after ``pos`` (from index ``after``)."""
        i = after
        while i < len(self) and self.start(i) < pos:
            i += 1
        return i

    @cached_property
    def _bare_counts(self) -> Counter[str]:
        return Counter(self.folded)

    @cached_property
    def _marked(self) -> frozenset[str]:
        """The folded words the text also writes with the article or an attached pronoun."""
        out: set[str] = set()
        for word in self.folded:
            out.update(
                word[len(a) :] for a in _ARTICLES if word.startswith(a) and len(word) > len(a) + 1
            )
            out.update(
                word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) > len(s) + 1
            )
        return frozenset(out)

    def written(self, folded: str) -> bool:
        """True when the text has this folded word as it is (no clitic added)."""
        return folded in self._bare_counts

    def named_alone(self, folded: str) -> bool:
        """True when the text writes this folded word alone more than once and never with the
        article or an attached pronoun, as it writes a name (ظريف; not دور beside الدور)."""
        return self._bare_counts[folded] >= 2 and folded not in self._marked

    def repeated(self, word: str) -> bool:
        """True when the text has this word (as analysed) more than once."""
        tokens = arabic.analyze(word)
        return bool(tokens) and self.counts[tokens[0].term] >= 2


def office_at(
    words: TitleText, i: int, data: TitleData, *, clitics: bool = True
) -> tuple[Office | None, int]:
    """The longest office form starting at word ``i`` and the index after it."""
    forms = readings(words.folded[i]) if clitics else (words.folded[i],)
    for reading in forms:
        for office in data.by_first.get(reading, ()):
            n = len(office.words)
            if i + n <= len(words) and all(
                words.folded[i + k] == office.words[k] and words.joined(i + k) for k in range(1, n)
            ):
                return office, i + n
    return None, i + 1
