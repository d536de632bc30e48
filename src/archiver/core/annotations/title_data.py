"""The title lists of ``resources/titles.json``, read and made ready for matching (no text).

``titles.py`` finds the titles in a text with them; ``people.py`` reads the offices' roles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from archiver.core.resources import resource_path
from archiver.core.text import arabic, scripts
from archiver.core.text.common_words import common_words


@dataclass(frozen=True, slots=True)
class Office:
    """One written form of an office."""

    key: str
    role: str
    words: tuple[str, ...]  # folded (see ``fold_word``)
    definite: bool  # an Arabic form with the article, or English: may precede a name alone
    needs_state: bool
    complement: str = ""  # what follows it before the name: "place" (والي سوسة), "body"


@dataclass(frozen=True)
class TitleData:
    """``resources/titles.json``, ready for matching."""

    by_first: dict[str, list[Office]]  # first folded word -> forms, longest first
    state_forms: tuple[tuple[str, re.Pattern[str]], ...]  # gazetteer key, its surface form
    connectors: frozenset[str]
    not_names: frozenset[str]
    modifiers: frozenset[str]  # words between a title and its name: السابق, المنتخب
    roles: dict[str, str]  # office key -> role
    arabic_roles: dict[str, str]  # role -> the office's first Arabic form ("الرئيس")
    given_names: frozenset[str] = frozenset()  # folded: محمد, بدر (the vowel rule misses them)
    not_name_shapes: re.Pattern[str] | None = None  # a verb's or verbal noun's (see ``_shapes``)
    not_alone_shapes: re.Pattern[str] | None = None  # of the words no one-word name (name_alone)
    feminine_alone_shapes: re.Pattern[str] | None = None  # those after a feminine title
    first_not_name_shapes: re.Pattern[str] | None = None  # no name's first word (name_first)
    common_nouns: frozenset[str] = frozenset()  # folded, of resources/common_words_ar.json
    imperfect_verbs: frozenset[str] = frozenset()  # likewise


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """A word as the title lists compare it: folded, lowercased."""
    return arabic.fold(word.lower())


@lru_cache(maxsize=1)
def load_titles() -> TitleData:
    """The title lists (resources/titles.json)."""
    data = json.loads(resource_path("titles.json").read_text(encoding="utf-8"))
    by_first: dict[str, list[Office]] = {}
    for entry in data["offices"]:
        for form in [*entry.get("ar", []), *entry.get("en", [])]:
            words = tuple(fold_word(w) for w in form.split())
            arabic_form = scripts.has_letter(form)
            definite = not arabic_form or any(w.startswith("ال") for w in words)
            office = Office(entry["key"], entry["role"], words, definite,
                            bool(entry.get("needs_state")), entry.get("complement", ""))  # fmt: skip
            by_first.setdefault(words[0], []).append(office)
    for group in by_first.values():
        group.sort(key=lambda o: -len(o.words))
    forms = tuple(
        (item["key"], re.compile(rf"(?<!\w){re.escape(form)}(?!\w)"))
        for item in data.get("state_forms", [])
        for form in [*item.get("ar", []), *item.get("en", [])]
    )
    connectors = data["name_connectors"]
    not_names = data["not_names"]
    return TitleData(
        by_first,
        forms,
        frozenset(fold_word(w) for w in connectors["ar"] + connectors["en"]),
        frozenset(fold_word(w) for w in not_names["ar"] + not_names["en"]),
        frozenset(fold_word(w) for w in data.get("modifiers", [])),
        {entry["key"]: entry["role"] for entry in data["offices"]},
        {entry["role"]: entry["ar"][0] for entry in data["offices"] if entry.get("ar")},
        frozenset(fold_word(w) for w in data.get("given_names", {}).get("ar", [])),
        _shapes(data.get("name_continuation", {}).get("not_name_shapes", [])),
        _shapes(data.get("name_alone", {}).get("not_name_shapes", [])),
        _shapes(data.get("name_alone", {}).get("after_feminine_shapes", [])),
        _shapes(data.get("name_first", {}).get("not_name_shapes", [])),
        *_common_words(),
    )


def _common_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns and the imperfect verbs of ``resources/common_words_ar.json``, folded."""
    nouns, verbs = (frozenset(fold_word(w) for w in listed) for listed in common_words())
    return nouns, verbs


def looks_like_a_name(word: str) -> bool:
    """A name written in Arabic letters (ماكرون, زيلينسكي, كير) has a long vowel after its
    first letter; the common words that follow titles (لبحث سبل) mostly have none."""
    return len(word) >= 3 and any(ch in "اويى" for ch in arabic.strip_article(word)[1:])


_LONG_VOWELS = "اآويى"
MARKS_RE = re.compile(f"[{scripts.MARKS}{scripts.TATWEEL}]")


def _shapes(shapes: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for the shapes of ``name_continuation`` or ``name_alone``: C is a letter that is no long vowel
    (a hamza is one: أ in تأكيد), * any letters, ا any alef, ي also ى; others as written."""
    if not shapes:
        return None
    parts = []
    for shape in shapes:
        out = ""
        for ch in shape:
            if ch == "C":
                out += f"[^{_LONG_VOWELS}\\W\\d_]"
            elif ch == "*":
                out += "\\w*"
            else:
                out += {"ا": "[اأإآ]", "ي": "[يى]"}.get(ch, re.escape(ch))
        parts.append(out)
    return re.compile("(?:" + "|".join(parts) + ")")


def role_in_arabic(role: str) -> str:
    """An office stored as a role ("President") in Arabic ("الرئيس"); other roles unchanged."""
    return load_titles().arabic_roles.get(role, role)


def state_form_spans(text: str) -> list[tuple[str, int, int]]:
    """(gazetteer key, start, end) of the resource's extra state forms ("U.S.") in ``text``."""
    return [(key, m.start(), m.end()) for key, pattern in load_titles().state_forms
            for m in pattern.finditer(text)]  # fmt: skip
