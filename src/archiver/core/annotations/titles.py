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
استمرار, and is no common word of ``resources/common_words_ar.json``: not باراك أوباما دور, but
محمد جواد ظريف, a name of common words). The first word is never an imperfect verb of that file
(الرئيس يريد الاتفاق). A first word starting with ب or ل as a clitic does is a name when a
connector follows it (بندر بن سلطان), and not when the text writes it without them too (لترامب); one with a hamza on its alef has no article (ألكساندر); a state's name is a given
name when a surname follows it (جورجيا ميلوني). A single word (``Title.alone``) is a name when the
text repeats it, or when the name clearly ends after it and it can be a name alone (the shapes of
``name_alone``: الرئيس ماكرون إن, not الرئيس يريد); the caller also takes it for an archive's person
of that surname. A title with no name is the office alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from archiver.core.annotations.arabic_names import arabic_units, has_article, looks_alone
from archiver.core.annotations.title_data import Office, TitleData, load_titles
from archiver.core.annotations.title_text import TitleText, office_at
from archiver.core.text import arabic, scripts

_MAX_EN_WORDS = 4
_MAX_COMPLEMENT = 6  # words of a body: باسم وزارة الدفاع الوطني


@dataclass(frozen=True, slots=True)
class Named:
    """A participant the caller found at [start, end) of the text (a state, an organisation)."""

    participant_id: int
    start: int
    end: int
    place: bool = False  # a capital named as a place: it ends a name, names no title's state
    bare: bool = False  # the text writes one word, the alias itself (جورجيا, not لجورجيا)
    # a nisba written without the article its alias has (تركي for التركي): no adjective of a
    # definite title (الأمير تركي is Prince Turki), only of an indefinite one
    indefinite: bool = False


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


def find_titles(
    text: str, named: Iterable[Named], tokens: list[arabic.Token] | None = None
) -> list[Title]:
    """Every title in ``text`` with the name it introduces, in text order (``tokens``: the
    text's ``arabic.analyze``, when the caller has it)."""
    data = load_titles()
    words = TitleText(text, named, tokens)
    found: list[Title] = []
    i = 0
    while i < len(words):
        office, after = office_at(words, i, data)
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
    data, words = load_titles(), TitleText(text, (), [])
    found = (office_at(words, i, data)[0] for i in range(len(words)))
    return next((office.key for office in found if office is not None), None)


def _title_from(
    words: TitleText, i: int, after: int, office: Office, data: TitleData
) -> Title | None:
    """The title whose office spans words [i, after): its state, then its name."""
    english = not scripts.has_letter(words.words[i][0])
    start, end = words.start(i), words.end(after - 1)
    state = _state_before(words, i) if english else None
    if state is not None:
        start = state.start
    j = after
    if state is None:
        state, j = _state_after(words, after, english)
        if state is not None and state.indefinite and office.definite:
            state, j = None, after  # الأمير تركي الفيصل: a name, not "the Turkish prince"
        if state is not None:
            end = state.end
    if state is None and office.complement and not english:  # والي سوسة, باسم وزارة الداخلية
        state, past = _complement(words, j, office.complement, data)
        if past == j:
            return (
                None
                if office.needs_state or not office.definite
                else _office_only(office, start, end)
            )
        end, j = words.end(past - 1), past
    elif state is None and (office.needs_state or not office.definite):
        return None
    if j < len(words) and words.joined(j):
        second, past = office_at(words, j, data, clitics=False)  # العاهل الأردني الملك عبد الله
        if second is not None and second.definite:
            j = past
    feminine = office.words[0].endswith("ه")  # رئيسة, وزيرة (folded): a verb after it is تـ
    units, given = (
        (_english_units(words, j, data), False)
        if english
        else arabic_units(words, j, data, feminine=feminine)
    )
    base = Title(office.key, office.role, state.participant_id if state else None, start, end)
    if not units:
        return base
    alone = len(units) == 1 and units[0][1] - units[0][0] == 1
    looks = not alone or english or looks_alone(words, units[0][0], data, feminine=feminine,
                                                  named=not given)  # fmt: skip
    first, last = units[0][0], units[-1][1]
    name = words.text[words.start(first) : words.end(last - 1)]
    surname = words.text[words.start(units[-1][0]) : words.end(last - 1)]
    if english:
        name, surname = (_without_possessive(x) for x in (name, surname))
    return Title(base.office, base.role, base.state_id, start, end, name,
                 words.start(first), words.start(first) + len(name), surname,
                 alone, looks)  # fmt: skip


def _office_only(office: Office, start: int, end: int) -> Title:
    return Title(office.key, office.role, None, start, end)


def _complement(words: TitleText, j: int, kind: str, data: TitleData) -> tuple[Named | None, int]:
    """The place or body an office is of, from word ``j`` (a state named in a body is the
    title's state), and the word after it; ``j`` itself when there is none."""
    k, definite = j, False
    while k < len(words) and k - j < _MAX_COMPLEMENT and words.joined(k):
        named = words.named_at.get(words.start(k))
        if named is not None and not named.place:
            return named, words.word_at(named.end, k + 1)  # باسم الخارجية الروسية
        if not _complement_word(words, k, data):
            break
        article = has_article(words, k, data)
        if kind == "place":
            return None, k + 1  # والي سوسة, رئيس بلدية صفاقس
        if definite and not article:
            break  # the body ends at its last word with the article: باسم الحكومة إياد
        definite = definite or article
        k += 1
    return None, (k if definite else j)


def _complement_word(words: TitleText, k: int, data: TitleData) -> bool:
    folded = words.folded[k]
    return (
        scripts.has_letter(words.words[k][0])
        and folded not in arabic.stop_words()
        and folded not in data.not_names
        and office_at(words, k, data)[0] is None
    )


def _without_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _state_before(words: TitleText, i: int) -> Named | None:
    """English: the state written just before the office ("French", "US", "Ukraine's")."""
    pos = words.start(i)
    while pos > 0 and words.text[pos - 1] in " \t":
        pos -= 1
    state = words.named_end.get(pos)
    return None if state is None or state.place else state


def _state_after(words: TitleText, j: int, english: bool) -> tuple[Named | None, int]:
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


def _english_units(words: TitleText, j: int, data: TitleData) -> list[tuple[int, int]]:
    units: list[tuple[int, int]] = []
    while j < len(words) and len(units) < _MAX_EN_WORDS and words.joined(j):
        if not (_english_name_word(words, j, data) or _inner_connector(words, j, data, units)):
            break
        if office_at(words, j, data)[0] is not None or words.start(j) in words.named_at:
            break
        units.append((j, j + 1))
        j += 1
    while units and words.folded[units[-1][0]] in data.connectors:
        units.pop()
    return units


def _english_name_word(words: TitleText, j: int, data: TitleData) -> bool:
    word = words.words[j][0]
    return (not scripts.has_letter(word) and word[:1].isupper()
            and words.folded[j] not in data.not_names)  # fmt: skip


def _inner_connector(
    words: TitleText, j: int, data: TitleData, units: list[tuple[int, int]]
) -> bool:
    """von in "Ursula von der Leyen": a connector inside a name, before a capitalised word."""
    return (
        bool(units)
        and words.folded[j] in data.connectors
        and j + 1 < len(words)
        and (words.words[j + 1][0][:1].isupper() or words.folded[j + 1] in data.connectors)
    )
