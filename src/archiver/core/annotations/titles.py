"""Titles and offices in a text: the office, its state and the name it introduces (no database).

The offices, the forms that name a state beyond the gazetteer's, the words inside names and the
words that end them are data (``resources/titles.json``). A title is an office form ("الرئيس", "رئيس
الوزراء", "Foreign Minister"; a proclitic و ف ب ل ك allowed on its first Arabic word), then or
before it the state (any alias of a state or organisation the caller found: the nisba "الفرنسي",
"French", "US", "Ukraine's", "of France", the construct "رئيس وزراء بريطانيا", "الأمين العام للأمم
المتحدة"), then the name. An indefinite Arabic form (رئيس وزراء) introduces a name only after a
state's name, and an office whose word has another common meaning (المستشار, "adviser") only with a
state.

Where a name ends: English names are the capitalised words after the title. Arabic has no capitals,
so a name is at most three units (a word, or a connector and its word: عبد الفتاح, بن سلمان), never
a stop word, a word of ``not_names``, a word with tanween, an office, a state's alias ("سيزور روما")
or a break; a word with the article is a name's second unit, or a later one when it is a nisba (بشار
الأسد, محمد شياع السوداني). Of the units found, the name ends at the last one that the text repeats
elsewhere (the surname named alone), and goes on over the connector's units and nisbas after it
(سلمان بن عبد العزيز آل سعود); with no such repeat, the first two must look like names (a long vowel
after the first letter: ماكرون, كير; not لبحث سبل; or a common given name the vowel rule misses, of
``given_names``: محمد مرسي, and a given name is never taken for a word with a clitic: برهم, بدر),
and the name goes on over the units after them that continue it (``name_continuation``: a
connector's unit, a nisba, or a word that looks like a name and has none of the shapes of a verb, a
verbal noun or a word with a clitic: رجب طيب أردوغان, not دونالد ترامب يدعم or باراك أوباما
استمرار). A first word starting with ب or ل as a clitic does is a name when a connector follows it
(بندر بن سلطان); one with a hamza on its alef has no article (ألكساندر); a state's name is a given
name when a surname follows it (جورجيا ميلوني). A single word (``Title.alone``) is a name when the
text repeats it, or when the name clearly ends after it and it can be a name alone (the shapes of
``name_alone``: الرئيس ماكرون إن, not الرئيس يريد); the caller also takes it for an archive's person
of that surname. A title with no name is the office alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from archiver.core.annotations.title_data import (
    MARKS_RE,
    Office,
    TitleData,
    fold_word,
    load_titles,
)
from archiver.core.text import arabic, scripts

_BREAK_RE = re.compile(r"[.!?;:،؛؟()\[\]\n\"“”«»,/|]")
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_PROCLITICS = "وفبلك"
_MAX_UNITS = 3  # سلمان بن عبد العزيز آل سعود
# Folded words that are no names: a conjunction or article cluster in front (وزوجته, للحزب,
# بالتعاون), a pronoun or ta marbuta at the end (خطابه, زيارتها, مجموعة).
_NOT_A_NAME_RE = re.compile(r"^(?:و|لل|بال|كال|فال)|(?:ه|هما|هم|ها)$")
_MAX_EN_WORDS = 4


@dataclass(frozen=True, slots=True)
class Named:
    """A participant the caller found at [start, end) of the text (a state, an organisation)."""

    participant_id: int
    start: int
    end: int
    place: bool = False  # a capital named as a place: it ends a name, names no title's state
    bare: bool = False  # the text writes one word, the alias itself (جورجيا, not لجورجيا)


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in a text, with the name it introduces ('' for the office alone)."""

    office: str  # the office's key
    role: str
    state_id: int | None  # the participant the title names as its state
    start: int  # the title's span (the office and its state)
    end: int
    name: str = ""
    name_start: int = 0
    name_end: int = 0
    surname: str = ""  # the name's last unit (connector included): its alias when alone
    # a one-word name (الرئيس ماكرون, President Macron): the caller looks for an archive's
    # person of that surname, and keeps the word for a new person when it ``looks`` like a
    # name (a word the text repeats or an English capitalised word always does)
    alone: bool = False
    looks: bool = True


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[str, ...]:
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


class _Text:
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
        return i > 0 and not _BREAK_RE.search(self.text, self.end(i - 1), self.start(i))

    def word_at(self, pos: int, after: int) -> int:
        """The index of the first word starting at or after ``pos`` (from index ``after``)."""
        i = after
        while i < len(self) and self.start(i) < pos:
            i += 1
        return i

    def repeated(self, word: str) -> bool:
        """True when the text has this word (as analysed) more than once."""
        tokens = arabic.analyze(word)
        return bool(tokens) and self.counts[tokens[0].term] >= 2


def find_titles(
    text: str, named: Iterable[Named], tokens: list[arabic.Token] | None = None
) -> list[Title]:
    """Every title in ``text`` with the name it introduces, in text order (``tokens``: the
    text's ``arabic.analyze``, when the caller has it)."""
    data = load_titles()
    words = _Text(text, named, tokens)
    found: list[Title] = []
    i = 0
    while i < len(words):
        office, after = _office_at(words, i, data)
        if office is None:
            i += 1
            continue
        title = _title_from(words, i, after, office, data)
        if title is not None:
            found.append(title)
            i = words.word_at(max(title.end, title.name_end), i + 1)
        else:
            i = after
    return found


def office_in(text: str) -> str | None:
    """The first office form in ``text`` ("ورئيس الوزراء البريطاني": prime_minister), a
    proclitic allowed on its first Arabic word as in ``find_titles``; None when there is none."""
    data, words = load_titles(), _Text(text, (), [])
    found = (_office_at(words, i, data)[0] for i in range(len(words)))
    return next((office.key for office in found if office is not None), None)


def _office_at(
    words: _Text, i: int, data: TitleData, *, clitics: bool = True
) -> tuple[Office | None, int]:
    """The longest office form starting at word ``i`` and the index after it."""
    readings = _readings(words.folded[i]) if clitics else (words.folded[i],)
    for reading in readings:
        for office in data.by_first.get(reading, ()):
            n = len(office.words)
            if i + n <= len(words) and all(
                words.folded[i + k] == office.words[k] and words.joined(i + k) for k in range(1, n)
            ):
                return office, i + n
    return None, i + 1


def _title_from(words: _Text, i: int, after: int, office: Office, data: TitleData) -> Title | None:
    """The title whose office spans words [i, after): its state, then its name."""
    english = not scripts.has_letter(words.words[i][0])
    start, end = words.start(i), words.end(after - 1)
    state = _state_before(words, i) if english else None
    if state is not None:
        start = state.start
    j = after
    if state is None:
        state, j = _state_after(words, after, english)
        if state is not None:
            end = state.end
    if state is None and (office.needs_state or not office.definite):
        return None
    if j < len(words) and words.joined(j):
        second, past = _office_at(words, j, data, clitics=False)  # العاهل الأردني الملك عبد الله
        if second is not None and second.definite:
            j = past
    units, given = _name_units(words, j, english, data)
    base = Title(office.key, office.role, state.participant_id if state else None, start, end)
    if not units:
        return base
    alone = len(units) == 1 and units[0][1] - units[0][0] == 1
    feminine = office.words[0].endswith("ه")  # رئيسة, وزيرة (folded): a verb after it is تـ
    looks = not alone or english or _looks_alone(words, units[0][0], data, feminine=feminine,
                                                  named=not given)  # fmt: skip
    first, last = units[0][0], units[-1][1]
    name = words.text[words.start(first) : words.end(last - 1)]
    surname = words.text[words.start(units[-1][0]) : words.end(last - 1)]
    if english:
        name, surname = (_without_possessive(x) for x in (name, surname))
    return Title(base.office, base.role, base.state_id, start, end, name,
                 words.start(first), words.start(first) + len(name), surname,
                 alone, looks)  # fmt: skip


def _without_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _state_before(words: _Text, i: int) -> Named | None:
    """English: the state written just before the office ("French", "US", "Ukraine's")."""
    pos = words.start(i)
    while pos > 0 and words.text[pos - 1] in " \t":
        pos -= 1
    state = words.named_end.get(pos)
    return None if state is None or state.place else state


def _state_after(words: _Text, j: int, english: bool) -> tuple[Named | None, int]:
    """The state right after the office ("الفرنسي", "of France") and the word after it."""
    k = j
    if english and k < len(words) and words.folded[k] == "of":
        k += 1
        if k < len(words) and words.folded[k] == "the":
            k += 1
    if k >= len(words) or not words.joined(k):
        return None, j
    state = words.named_at.get(words.start(k))
    if state is None or state.place:
        return None, j
    return state, words.word_at(state.end, k + 1)


def _name_units(
    words: _Text, j: int, english: bool, data: TitleData
) -> tuple[list[tuple[int, int]], bool]:
    """The word ranges of the name that starts at word ``j`` (none: the office alone), and
    whether they are a one-word name that only its title makes one (see ``_one_word``), not
    the text's repeat."""
    if english:
        return _english_units(words, j, data), False
    while j < len(words) and words.joined(j) and words.folded[j] in data.modifiers:
        j += 1  # الرئيس الأمريكي السابق باراك أوباما
    units: list[tuple[int, int]] = []
    while j < len(words) and len(units) < _MAX_UNITS and words.joined(j):
        k = j
        while k + 1 < len(words) and words.folded[k] in data.connectors and words.joined(k + 1):
            k += 1
        if not _arabic_name_word(words, k, data, at=len(units)):
            break
        if k == j and not _article_allowed(words, k, len(units), data):
            break
        units.append((j, k + 1))
        j = k + 1
    kept = _arabic_name_length(words, units, data)
    if kept or not _one_word(words, units, data):
        return kept, False
    return units[:1], True


def _article_allowed(words: _Text, k: int, at: int, data: TitleData) -> bool:
    """A word with the article is a name's second unit (بشار الأسد), or a later one when it
    is a nisba (محمد شياع السوداني); never the first."""
    return not _article(words, k, data) or at == 1 or (at > 1 and _nisba(words.folded[k], data))


def _article(words: _Text, k: int, data: TitleData) -> bool:
    """True when word ``k`` starts with the article: a bare alef and lam, not the hamza's
    alef that folding makes one with it (ألكساندر, ألبانيزي), nor a given name (الكسندر)."""
    folded = words.folded[k]
    return (
        folded.startswith("ال")
        and MARKS_RE.sub("", words.words[k][0]).startswith("ال")
        and folded not in data.given_names
    )


def _one_word(words: _Text, units: Sequence[tuple[int, int]], data: TitleData) -> bool:
    """True when the name after a title is its first word alone: a word (no connector's
    unit, no place's name) that the name ends after, at a word that is no name or at a
    verb's or verbal noun's shape (الرئيس ماكرون إن, الرئيس ماكرون يدعم)."""
    if not units or units[0][1] - units[0][0] != 1 or words.start(units[0][0]) in words.named_at:
        return False
    if len(units) == 1:
        return _clear_end(words, units[0][1], data)
    after = units[1]
    return (
        after[1] - after[0] == 1
        and not _article(words, after[0], data)
        and (_shaped(words, after[0], data.not_name_shapes))
    )


def _clear_end(words: _Text, k: int, data: TitleData) -> bool:
    """True when nothing of a name can be at word ``k``: the text's end or a break, a word
    that is no name (إن, قال), an office, a conjunction's و or tanween. Not a word the rules
    only turn down for its letters (بوتفليقة ends as مجموعة does, فالتر starts as فالرئيس),
    nor a place's name, which may be a surname as well (ديفيد كاميرون)."""
    if k >= len(words) or not words.joined(k):
        return True
    surface, folded = words.words[k][0], words.folded[k]
    if words.start(k) in words.named_at:
        return False
    return (
        folded in arabic.stop_words()
        or folded in data.not_names
        or folded.startswith("و")
        or any(mark in surface for mark in _TANWEEN)
        or _office_at(words, k, data)[0] is not None
    )


def _looks_alone(words: _Text, k: int, data: TitleData, *, feminine: bool, named: bool) -> bool:
    """A word that may be a name by itself: it has no shape of ``name_alone`` (يريد, أشاد,
    احتجاجا; after a feminine title تثير too); unless ``named`` (the text repeats it: it is
    named alone elsewhere), it also looks like a name without the accusative's alef (not
    حظرا) and is no mere given name (محمد alone names no one)."""
    folded = words.folded[k]
    bare = folded[:-1] if folded.endswith("ا") and len(folded) > 3 else folded
    surface = MARKS_RE.sub("", words.words[k][0])
    shapes = [data.not_alone_shapes, *([data.feminine_alone_shapes] if feminine else [])]
    return (named or (_looks_like_a_name(bare) and folded not in data.given_names)) and not any(
        p is not None and (p.fullmatch(surface) or p.fullmatch(surface[: len(bare)]))
        for p in shapes
    )


def _shaped(words: _Text, k: int, shapes: re.Pattern[str] | None) -> bool:
    """True when word ``k`` has one of the shapes (of ``name_continuation`` or
    ``name_alone``)."""
    return shapes is not None and shapes.fullmatch(MARKS_RE.sub("", words.words[k][0])) is not None


def _arabic_name_word(words: _Text, k: int, data: TitleData, *, at: int) -> bool:
    """True when word ``k`` may be part of a name's unit number ``at`` (0: its first)."""
    surface, folded = words.words[k][0], words.folded[k]
    if not scripts.has_letter(surface) or any(mark in surface for mark in _TANWEEN):
        return False
    if folded in arabic.stop_words() or folded in data.not_names:
        return False
    if folded not in data.given_names and not _affixes_allowed(words, k, data, at == 0):
        return False
    # a state's name ends a name ("سيزور روما"), not a family's (السوداني), nor is it one
    # when a surname follows it (جورجيا ميلوني)
    if (
        words.start(k) in words.named_at
        and not (at >= 2 and _nisba(folded, data))
        and not (at == 0 and _given_name_at_a_place(words, k, data))
    ):
        return False
    return _office_at(words, k, data)[0] is None


def _given_name_at_a_place(words: _Text, k: int, data: TitleData) -> bool:
    """True when word ``k``, a place's name written as such, is the given name of the name
    that starts with it: a word follows it that looks like a surname (no article, no place,
    no shape of a verb or verbal noun: جورجيا ميلوني, not جورجيا الأسبوع or جورجيا يلتقي)."""
    place = words.named_at[words.start(k)]
    nxt = k + 1
    if not place.bare or place.end != words.end(k) or nxt >= len(words) or not words.joined(nxt):
        return False
    if words.start(nxt) in words.named_at or _article(words, nxt, data):
        return False
    folded = words.folded[nxt]
    return (
        _looks_like_a_name(folded)
        and not _shaped(words, nxt, data.not_name_shapes)
        and _arabic_name_word(words, nxt, data, at=1)
    )


def _affixes_allowed(words: _Text, k: int, data: TitleData, first: bool) -> bool:
    """False when word ``k`` starts or ends as a common word with a clitic does (a given
    name such as برهم is not asked)."""
    folded = words.folded[k]
    if _NOT_A_NAME_RE.search(folded) and not folded.endswith("الله"):
        return False  # وزوجته, للحزب, بالتعاون, خطابه, مجموعة
    # لحزب, ببحث (لويس, لافروف, باراك are names; so is a word a connector follows: بندر بن)
    return not (
        first
        and folded[0] in "لب"
        and not _looks_like_a_name(folded[1:])
        and not _connector_next(words, k, data)
    )


def _arabic_name_length(
    words: _Text, units: Sequence[tuple[int, int]], data: TitleData
) -> list[tuple[int, int]]:
    """The units kept: up to the last one after the first that the text names again and that
    looks like a name (a surname: أوباما, not استمرار), then the connector's units and nisbas
    after it; else the first alone when it is so; else the first two if both look like
    names. Units past the second count only as far as they continue the name."""

    def surname(n: int) -> bool:
        word = words.words[units[n - 1][1] - 1][0]
        return words.repeated(word) and _looks_like_a_name(fold_word(word))

    longest = min(2, len(units))
    while longest < len(units) and _continues(words, units[longest], data, strong=False):
        longest += 1
    repeated = [n for n in range(2, longest + 1) if surname(n)]
    if repeated:
        n = repeated[-1]
        while 1 < n < len(units) and _continues(words, units[n], data, strong=True):
            n += 1
        return list(units[:n])
    if units and surname(1) and words.start(units[0][0]) not in words.named_at:
        return list(units[:1])
    looks = [u for u in units[:2] if u[1] - u[0] > 1 or _name_like(words.folded[u[0]], data)]
    return list(units[:longest]) if len(looks) == 2 else []


def _continues(words: _Text, unit: tuple[int, int], data: TitleData, *, strong: bool) -> bool:
    """True when a unit after a name's first two is still the name: a connector's (بن سلمان,
    آل سعود), a nisba (السوداني); unless ``strong``, also a word that looks like a name and has
    no shape of ``name_continuation`` (أردوغان, not يدعم, استمرار, لموظفي)."""
    folded = words.folded[unit[0]]
    if unit[1] - unit[0] > 1 or _nisba(folded, data):
        return True
    if strong or _article(words, unit[0], data):
        return False
    bare = folded[:-1] if folded.endswith("ا") else folded  # the accusative's alef: خططا
    return _name_like(bare, data) and not _shaped(words, unit[0], data.not_name_shapes)


def _nisba(folded: str, data: TitleData) -> bool:
    """A name's adjective of origin with the article (السيسي, السوداني), not a modifier."""
    return (
        folded.startswith("ال")
        and folded.endswith("ي")
        and len(folded) >= 5
        and folded not in data.modifiers
    )


def _name_like(folded: str, data: TitleData) -> bool:
    """A word that looks like a name, or a common given name (محمد, بدر) that does not."""
    return folded in data.given_names or _looks_like_a_name(folded)


def _connector_next(words: _Text, k: int, data: TitleData) -> bool:
    """True when the word after word ``k`` is a name's connector (عبد, بن), joined to it."""
    return k + 1 < len(words) and words.joined(k + 1) and words.folded[k + 1] in data.connectors


def _looks_like_a_name(word: str) -> bool:
    """A name written in Arabic letters (ماكرون, زيلينسكي, كير) has a long vowel after its
    first letter; the common words that follow titles (لبحث سبل) mostly have none."""
    return len(word) >= 3 and any(ch in "اويى" for ch in arabic.strip_article(word)[1:])


def _english_units(words: _Text, j: int, data: TitleData) -> list[tuple[int, int]]:
    units: list[tuple[int, int]] = []
    while j < len(words) and len(units) < _MAX_EN_WORDS and words.joined(j):
        if not (_english_name_word(words, j, data) or _inner_connector(words, j, data, units)):
            break
        if _office_at(words, j, data)[0] is not None or words.start(j) in words.named_at:
            break
        units.append((j, j + 1))
        j += 1
    while units and words.folded[units[-1][0]] in data.connectors:
        units.pop()
    return units


def _english_name_word(words: _Text, j: int, data: TitleData) -> bool:
    word = words.words[j][0]
    return (not scripts.has_letter(word) and word[:1].isupper()
            and words.folded[j] not in data.not_names)  # fmt: skip


def _inner_connector(words: _Text, j: int, data: TitleData, units: list[tuple[int, int]]) -> bool:
    """von in "Ursula von der Leyen": a connector inside a name, before a capitalised word."""
    return (
        bool(units)
        and words.folded[j] in data.connectors
        and j + 1 < len(words)
        and (words.words[j + 1][0][:1].isupper() or words.folded[j + 1] in data.connectors)
    )
