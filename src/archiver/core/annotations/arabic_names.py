"""Where an Arabic name after a title ends (no database): see ``titles`` for the rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core.annotations.title_data import MARKS_RE, TitleData, fold_word, looks_like_a_name
from archiver.core.annotations.title_text import TitleText, office_at
from archiver.core.text import arabic, scripts

_TANWEEN = ("\u064b", "\u064c", "\u064d")
_MAX_UNITS = 3  # سلمان بن عبد العزيز آل سعود
_MIN_FIRST = 3  # letters of a name's first word: not حل البرلمان
# Folded words that are no names: a conjunction or article cluster in front (وزوجته, للحزب,
# بالتعاون), a pronoun or ta marbuta at the end (خطابه, زيارتها, مجموعة).
_NOT_A_NAME_RE = re.compile(r"^(?:و|لل|(?:بال|كال|فال)(?=\w{3}))|(?:ه|هما|هم|ها)$")  # not فالس


def arabic_units(
    words: TitleText, j: int, data: TitleData, *, feminine: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """The word ranges of the Arabic name that starts at word ``j`` (none: the office alone),
    and whether they are a one-word name that only its title makes one (see ``_one_word``),
    not the text's repeat. After a ``feminine`` title a verb agreeing with it ends the name
    (الملكة إليزابيث توفيت)."""
    while j < len(words) and words.joined(j) and _adjective(words, j, data):
        j += 1  # الرئيس الأمريكي السابق باراك أوباما, الرئيس الغامبي يحيى جامع
    units: list[tuple[int, int]] = []
    verb = False  # the name ended at a verb agreeing with a feminine title
    while j < len(words) and len(units) < _MAX_UNITS and words.joined(j):
        k = j
        while k + 1 < len(words) and words.folded[k] in data.connectors and words.joined(k + 1):
            k += 1
        if not _arabic_name_word(words, k, data, at=len(units), connected=k > j):
            break
        if k == j and not _article_allowed(words, k, len(units), data):
            break
        if feminine and units and k == j and _shaped(words, k, data.feminine_alone_shapes):
            verb = True
            break
        units.append((j, k + 1))
        j = k + 1
    if units and not _first_unit(words, units, data):
        return [], False
    kept = _arabic_name_length(words, units, data)
    if kept or not ((verb and len(units) == 1) or _one_word(words, units, data)):
        return kept, False
    return units[:1], True


def _first_unit(words: TitleText, units: Sequence[tuple[int, int]], data: TitleData) -> bool:
    """True when a name may start with its first unit: a connector's unit or a given name; else
    a word of three letters or more (not حل), has no verbal noun's shape of ``name_first``
    (تطبيق) and is no preposition's ل or ب on a verbal or common noun before a word with the
    article (لاتخاذ الإجراءات, بإيقاف البلاد, لشؤون الدفاع; not لويس السادس)."""
    first = units[0]
    folded = words.folded[first[0]]
    if first[1] - first[0] > 1 or folded in data.given_names:
        return True
    if len(folded) < _MIN_FIRST or _shaped(words, first[0], data.first_not_name_shapes):
        return False
    rest = folded[1:]  # after a preposition's ل or ب: a verbal noun, or a common noun
    verbal = rest[:1] == "ا" or rest in data.common_nouns or _shaped_word(rest, data)
    clitic = folded[0] in "لب" and len(units) > 1 and has_article(words, units[1][0], data)
    return not (clitic and verbal)  # لاتخاذ الإجراءات, لشؤون الدفاع; not لويس السادس


def _shaped_word(folded: str, data: TitleData) -> bool:
    shapes = data.first_not_name_shapes
    return shapes is not None and shapes.fullmatch(folded) is not None


def _article_allowed(words: TitleText, k: int, at: int, data: TitleData) -> bool:
    """A word with the article is a name's second unit (بشار الأسد), or a later one when it
    is a nisba (محمد شياع السوداني); never the first."""
    return not has_article(words, k, data) or at == 1 or (at > 1 and _nisba(words.folded[k], data))


def has_article(words: TitleText, k: int, data: TitleData) -> bool:
    """True when word ``k`` starts with the article: a bare alef and lam, not the hamza's
    alef that folding makes one with it (ألكساندر, ألبانيزي), nor a given name (الكسندر)."""
    folded = words.folded[k]
    return (
        folded.startswith("ال")
        and MARKS_RE.sub("", words.words[k][0]).startswith("ال")
        and folded not in data.given_names
    )


def _one_word(words: TitleText, units: Sequence[tuple[int, int]], data: TitleData) -> bool:
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
        and not has_article(words, after[0], data)
        and (_shaped(words, after[0], data.not_name_shapes))
    )


def _clear_end(words: TitleText, k: int, data: TitleData) -> bool:
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
        or office_at(words, k, data)[0] is not None
    )


def looks_alone(words: TitleText, k: int, data: TitleData, *, feminine: bool, named: bool) -> bool:
    """A word that may be a name by itself: it has no shape of ``name_alone`` (يريد, أشاد,
    احتجاجا; after a feminine title تثير too); unless ``named`` (the text repeats it: it is
    named alone elsewhere), it also looks like a name without the accusative's alef (not
    حظرا) and is no mere given name (محمد alone names no one). An imperfect verb of
    ``resources/common_words_ar.json`` never is (الرئيس تريد)."""
    folded = words.folded[k]
    if folded in data.imperfect_verbs and folded not in data.given_names:
        return False
    bare = folded[:-1] if folded.endswith("ا") and len(folded) > 3 else folded
    surface = MARKS_RE.sub("", words.words[k][0])
    shapes = [data.not_alone_shapes, *([data.feminine_alone_shapes] if feminine else [])]
    return (named or (looks_like_a_name(bare) and folded not in data.given_names)) and not any(
        p is not None and (p.fullmatch(surface) or p.fullmatch(surface[: len(bare)]))
        for p in shapes
    )


def _shaped(words: TitleText, k: int, shapes: re.Pattern[str] | None) -> bool:
    """True when word ``k`` has one of the shapes (of ``name_continuation`` or
    ``name_alone``)."""
    return shapes is not None and shapes.fullmatch(MARKS_RE.sub("", words.words[k][0])) is not None


def _adjective(words: TitleText, k: int, data: TitleData) -> bool:
    """True when word ``k``, after a title, is its adjective and no name: a modifier (السابق)
    or a nisba of a state the gazetteer does not name so (الغامبي; not a given name such as
    الهادي)."""
    folded = words.folded[k]
    return folded in data.modifiers or (
        _nisba(folded, data)
        and words.start(k) not in words.named_at
        and folded not in data.given_names
    )


def _arabic_name_word(
    words: TitleText, k: int, data: TitleData, *, at: int, connected: bool = False
) -> bool:
    """True when word ``k`` may be part of a name's unit number ``at`` (0: its first);
    ``connected``: a connector is before it (بن سلطان: the father's name, no office)."""
    surface, folded = words.words[k][0], words.folded[k]
    if not scripts.has_letter(surface) or any(mark in surface for mark in _TANWEEN):
        return False
    if folded in arabic.stop_words() or folded in data.not_names:
        return False
    if folded not in data.given_names and not _affixes_allowed(words, k, data, at == 0):
        return False
    if at == 0 and folded in data.imperfect_verbs and folded not in data.given_names:
        return False  # the verb after its subject: الرئيس يريد الاتفاق, الرئيس تريد
    # a state's name ends a name ("سيزور روما"), not a family's (السوداني), nor is it one
    # when a surname follows it (جورجيا ميلوني)
    named = words.named_at.get(words.start(k))
    if (
        named is not None
        and not (at >= 2 and _nisba(folded, data))
        and not (at == 0 and (named.indefinite or _given_name_at_a_place(words, k, data)))
    ):
        return False  # an indefinite nisba after a definite title is a name: الأمير تركي
    return connected or office_at(words, k, data)[0] is None


def _given_name_at_a_place(words: TitleText, k: int, data: TitleData) -> bool:
    """True when word ``k``, a place's name written as such, is the given name of the name
    that starts with it: a word follows it that looks like a surname (no article, no place,
    no shape of a verb or verbal noun: جورجيا ميلوني, not جورجيا الأسبوع or جورجيا يلتقي)."""
    place = words.named_at[words.start(k)]
    nxt = k + 1
    if not place.bare or place.end != words.end(k) or nxt >= len(words) or not words.joined(nxt):
        return False
    if words.start(nxt) in words.named_at or has_article(words, nxt, data):
        return False
    folded = words.folded[nxt]
    return (
        looks_like_a_name(folded)
        and not _shaped(words, nxt, data.not_name_shapes)
        and _arabic_name_word(words, nxt, data, at=1)
    )


def _affixes_allowed(words: TitleText, k: int, data: TitleData, first: bool) -> bool:
    """False when word ``k`` starts or ends as a common word with a clitic does (a given
    name such as برهم is not asked)."""
    folded = words.folded[k]
    if first and _taa_marbuta_name(words.words[k][0], folded, data):
        return True  # أسامة, فاطمة: a given name's ة, not a noun's (مجموعة) nor a pronoun
    if _NOT_A_NAME_RE.search(folded) and not folded.endswith("الله"):
        return False  # وزوجته, للحزب, بالتعاون, خطابه, مجموعة
    if folded[:1] == "ف" and (folded[1:] in arabic.stop_words() or folded[1:] in data.not_names):
        return False  # ففي, فلماذا: the conjunction's ف (فيصل, فتحي are names)
    if not first or folded[0] not in "لب" or _connector_next(words, k, data):
        return True
    # لحزب, ببحث (لويس, لافروف, باراك are names; so is a word a connector follows: بندر بن);
    # nor is لترامب when the text writes ترامب too: a preposition (قال الرئيس المكسيكي لترامب)
    return looks_like_a_name(folded[1:]) and not words.written(folded[1:])


def _taa_marbuta_name(surface: str, folded: str, data: TitleData) -> bool:
    """True when a first word ending in ة has a given name's shape: a long alef inside it
    (أسامة, فاطمة; not مجموعة, حكومة) and is no common noun."""
    return (
        MARKS_RE.sub("", surface).endswith("ة")
        and len(folded) >= 4
        and "ا" in folded[1:-1]
        and folded[:1] not in "وفبلك"
        and folded not in data.common_nouns
    )


def _arabic_name_length(
    words: TitleText, units: Sequence[tuple[int, int]], data: TitleData
) -> list[tuple[int, int]]:
    """The units kept: up to the last one after the first that the text names again and that
    looks like a name (a surname: أوباما, not استمرار), then the connector's units and nisbas
    after it; else the first alone when it is so; else the first two if both look like
    names. Units past the second count only as far as they continue the name."""

    def surname(n: int) -> bool:
        word = words.words[units[n - 1][1] - 1][0]
        return words.repeated(word) and looks_like_a_name(fold_word(word))

    longest = min(2, len(units))
    while longest < len(units) and _continues(words, units, longest, data, strong=False):
        longest += 1
    repeated = [n for n in range(2, longest + 1) if surname(n)]
    if repeated:
        n = repeated[-1]
        while 1 < n < len(units) and _continues(words, units, n, data, strong=True):
            n += 1
        return list(units[:n])
    if units and surname(1) and words.start(units[0][0]) not in words.named_at:
        return list(units[:1])
    looks = [u for u in units[:2] if u[1] - u[0] > 1 or _name_like(words.folded[u[0]], data)]
    return list(units[:longest]) if len(looks) == 2 else []


def _continues(
    words: TitleText, units: Sequence[tuple[int, int]], n: int, data: TitleData, *, strong: bool
) -> bool:
    """True when unit ``n``, after a name's first two, is still the name: a connector's (بن
    سلمان, آل سعود), a nisba (السوداني); unless ``strong``, also a word that looks like a name,
    has no shape of ``name_continuation`` (أردوغان, not يدعم, استمرار, لموظفي, ارتدى) and is
    no common word (``_common``: not دور, توقيع)."""
    unit = units[n]
    folded = words.folded[unit[0]]
    if unit[1] - unit[0] > 1 or _nisba(folded, data):
        return True
    if strong or has_article(words, unit[0], data):
        return False
    bare = folded[:-1] if folded.endswith("ا") else folded  # the accusative's alef: خططا
    return (
        _name_like(bare, data)
        and not _shaped(words, unit[0], data.not_name_shapes)
        and not _common(words, unit[0], units[n - 1], data)
    )


def _common(words: TitleText, k: int, before: tuple[int, int], data: TitleData) -> bool:
    """True when word ``k`` is a common word of ``resources/common_words_ar.json`` that ends
    the name before it: an imperfect verb; or a noun, unless the name so far is made of
    given names and common words as Arabic names are (محمد جواد ظريف, نور الدين بدوي; not باراك
    أوباما دور),
    or the text names it alone as it names a person (twice alone, never with the article or
    a pronoun: وقال ظريف)."""
    folded, last = words.folded[k], words.folded[before[0]]
    if folded in data.given_names or folded not in data.common_nouns:
        return folded in data.imperfect_verbs and folded not in data.given_names
    word = last[2:] if has_article(words, before[0], data) else last  # نور الدين بدوي
    arabic_name = before[1] - before[0] == 1 and (
        last in data.given_names or word in data.common_nouns
    )
    return not (arabic_name or words.named_alone(folded))


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
    return folded in data.given_names or looks_like_a_name(folded)


def _connector_next(words: TitleText, k: int, data: TitleData) -> bool:
    """True when the word after word ``k`` is a name's connector (عبد, بن), joined to it."""
    return k + 1 < len(words) and words.joined(k + 1) and words.folded[k + 1] in data.connectors
