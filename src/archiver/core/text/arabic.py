"""Arabic-aware text analysis: one chain for documents, queries and participant aliases.

The chain is tokenize -> lowercase -> digits to ASCII -> stop words -> normalise -> light stem.
Folding happens token by token, so every token keeps its start and end in the original
text and highlights land on the right letters, harakat and tatweel included.

Facts used here come from Lucene's ArabicNormalizer/ArabicStemmer (Apache-2.0) and Jacques
Savoy's stop-word work; the code is ours, and it departs from Lucene where Lucene is known to
miss (see docs/search.md).
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from archiver.core.resources import resource_lines
from archiver.core.text import scripts

ANALYSIS_VERSION = 8  # bump whenever the output of `analyze` changes for some input

# Presentation forms (pasted from a PDF viewer, or in a PDF's text) are Arabic words too:
# each token keeps its span in the text, and its forms are folded by NFKC (``fold``).
_LETTERS = scripts.LETTERS + scripts.PRESENTATION_LETTERS
_WORD_CHARS = scripts.WORD_CHARS + scripts.PRESENTATION_LETTERS
_NOT_LATIN = _LETTERS + scripts.PRESENTATION_FORMS
_TOKEN_RE = re.compile(
    rf"(?P<ar>[{_LETTERS}][{_WORD_CHARS}]*)"
    r"|(?P<num>\d+)"
    r"|(?P<lat>[^\W\d_" + _NOT_LATIN + r"](?:[^\W_" + _NOT_LATIN + r"]|['’](?=[a-zA-Z]))*)"
)
_PRESENTATION_RE = re.compile(f"[{scripts.PRESENTATION_FORMS}]")
_HARAKAT_RE = re.compile(f"[{scripts.MARKS}{scripts.TATWEEL}{scripts.JOINER_CONTROLS}]")
_FOLD = str.maketrans(
    {
        "آ": "ا",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",  # alef wasla
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ي": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",  # Persian keheh
        "ہ": "ه",
        "ۀ": "ه",
        "ە": "ه",
    }
)
_TANWEEN_ALEF = re.compile("(?:\u064b\u0627|\u0627\u064b)$")  # fathatan on or before a final alef

# Article and conjunction clusters stripped whole (longest first); the remainder keeps >= 2 letters.
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "وال", "بال", "كال", "فال", "ولل", "فلل", "لل", "ال")
_SINGLE_PROCLITICS = "وفبلك"
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_LONG_SUFFIXES = {"ان", "ون", "ين"}  # need 3 letters left: ضمان must stay ضمان, not ضم

_EN_SUFFIX_RULES = (("ies", "y", 4), ("sses", "ss", 5), ("es", "e", 5), ("s", "", 4))


@dataclass(frozen=True, slots=True)
class Token:
    """One analysed word: its index term(s) and its span in the original text."""

    term: str  # the stemmed, folded form searched in the body field
    exact: str  # the folded but unstemmed form, for prefix and =exact queries
    start: int
    end: int
    alts: tuple[str, ...] = ()  # extra terms at the same position (clitic readings)


Analysis = tuple[str, str, tuple[str, ...]]  # (term, exact, alts) of one word


def fold(word: str) -> str:
    """Orthographic folding of one Arabic word: presentation forms, harakat, tatweel, hamza
    seats, alef maqsura, ta marbuta."""
    if _PRESENTATION_RE.search(word):
        word = unicodedata.normalize("NFKC", word).replace(" ", "")  # isolated harakat: " ً"
    word = _TANWEEN_ALEF.sub("", word) if len(word) > 3 else word
    return _HARAKAT_RE.sub("", word).translate(_FOLD)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Arabic and English stop words, folded like index terms."""
    words = resource_lines("stopwords_ar.txt") + resource_lines("stopwords_en.txt")
    return frozenset(fold(w.lower()) for w in words)


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    return frozenset(strip_article(fold(w)) for w in resource_lines("protected_words.txt"))


def listed_names() -> frozenset[str]:
    """The names the program protects (``protected_words.txt``), without an archive's own."""
    return _listed_names()


_archive_names: frozenset[str] = frozenset()  # folded, article stripped
_archive_words: frozenset[str] = frozenset()  # as given to set_archive_names
_protected: frozenset[str] | None = None  # the union below, kept: it is asked once per new word
_generation = 0  # counts the changes of the names: a key of the analysis cache
_names_writer: str | None = None  # the database whose writer set the names, if one did
# The names are process-wide, and the app's threads analyse while its writer protects a new
# name: a stale union or cache entry written back after a change would keep a name cut
# (رجي read as رج) until the next change, so a change and the first union take this lock.
_names_lock = threading.Lock()


def protected_words() -> frozenset[str]:
    """Proper names the stemmer must keep whole (ماكرون must not become ماكر)."""
    global _protected
    found = _protected
    if found is None:
        with _names_lock:
            if _protected is None:
                _protected = _listed_names() | _archive_names
            found = _protected
    return found


def archive_names() -> frozenset[str]:
    """The words last given to ``set_archive_names`` (to hand on to worker processes)."""
    return _archive_words


def set_archive_names(
    words: Iterable[str], *, database: str | None = None, writer: bool = False
) -> bool:
    """Protect an archive's own names (its participants' aliases) too; True if that changed.

    The analysis then differs for documents containing them, so the index format (which
    hashes ``protected_words()``) changes and the index is rebuilt on the next open.
    Once the ``writer`` of a ``database`` set them, a reader of the same database in this
    process leaves them: it may have read the names before the writer's newest commit.
    """
    global _archive_names, _archive_words, _protected, _generation, _names_writer
    given = frozenset(words)
    names = frozenset(strip_article(fold(w.lower())) for w in given) - _listed_names()
    with _names_lock:
        if not writer and database is not None and database == _names_writer:
            return False
        _names_writer = database if writer else None
        _archive_words = given
        if names == _archive_names:
            return False
        # in this order: a reader that sees the new generation sees the new names
        _archive_names, _protected = names, _listed_names() | names
        _generation += 1
        _cached_analysis.cache_clear()
        _pieces.clear()
    return True


def release_archive_names(database: str) -> None:
    """The writer of ``database`` closed: its readers may set the names again."""
    global _names_writer
    with _names_lock:
        if _names_writer == database:
            _names_writer = None


def strip_article(word: str) -> str:
    """The word without one article or conjunction cluster (ال وال بال لل ...)."""
    if not word.startswith(_ARTICLE_PREFIXES):  # most words: one call in C
        return word
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def without_proclitic(word: str) -> str:
    """The word with its article but without the conjunction or preposition in front of it
    (والبيت, للرئاسة, بالأمم: البيت, الرئاسة, الأمم), when three letters or more follow the
    article (والتر, Walter, stays). Other words are returned as they are: a lone و ب ل ك ف
    may be a name's first letter (وليد, بوريس, كير)."""
    for prefix in _ARTICLE_PREFIXES[:-1]:  # every cluster but the article alone
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3:
            return "ال" + rest
    return word


def _strip_suffix(word: str) -> str:
    if not word.endswith(_SUFFIXES):
        return word
    for suffix in _SUFFIXES:
        keep = 3 if suffix in _LONG_SUFFIXES else 2
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)]
    return word


def stem_arabic(word: str, *, waw: bool = True) -> str:
    """Light stem of a folded Arabic word: one article/conjunction prefix, then one suffix."""
    stripped = strip_article(word)
    if waw and stripped == word and word[0] == "و" and len(word) >= 4:
        stripped = word[1:]
    if stripped in protected_words():
        return stripped
    return _strip_suffix(stripped)


def _clitic_readings(word: str) -> tuple[str, ...]:
    """Other stems of a word that may or may not carry a one-letter proclitic.

    لأوكرانيا is also read as اوكرانيا, and ولايات (whose و Lucene strips) also as ولاي.
    """
    readings = []
    if word[0] == "و" and strip_article(word) == word and len(word) >= 4:
        whole = word if word in protected_words() else _strip_suffix(word)
        readings.append(whole)
    base = word[1:] if word[0] in "وف" and len(word) >= 5 else word
    if base[0] in "بلك" and len(base) - 1 >= 4:
        readings.append(stem_arabic(base[1:], waw=False))  # و never follows ب ل ك
    return tuple(readings)


_NISBA_PLURALS = ("يين", "يون")  # a nisba adjective's plural (and dual): السوريين, المصريون


def _nisba_singular(word: str) -> str | None:
    """The stem the singular of a plural nisba adjective gets (السوريين, السوريون: سور, as
    السوري is read; one suffix alone left سوري), when three letters remain (تعيين is not one)
    and they do not end in ا (ملايين is not ملا + يين: a nisba drops a name's alef, كندي)."""
    bare = strip_article(word)
    if bare.endswith(_NISBA_PLURALS) and len(bare) >= 6 and bare[-4] != "ا":
        return bare[:-3]
    return None


def prefix_form(text: str) -> str:
    """The folded form of a typed prefix (Arabic-Indic digits to ASCII, hamza/harakat folded)."""
    digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text.lower())
    return fold(digits)


def is_arabic(word: str) -> bool:
    """True when the word starts with an Arabic letter."""
    return scripts.starts_with_letter(word)


def stem_english(word: str) -> str:
    """A light English stemmer: possessives and regular plurals (S-stemmer)."""
    word = word.removesuffix("'s").removesuffix("’s")
    for suffix, replacement, min_len in _EN_SUFFIX_RULES:
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith(("ss", "us", "is")):
            return word[: -len(suffix)] + replacement
    return word


@lru_cache(maxsize=200_000)
def _cached_analysis(surface: str, script: str, generation: int) -> Analysis | None:
    """``_analyse_word`` kept by the names' generation: an answer worked out with names
    since changed is never found again, even if stored after the cache was cleared."""
    return _analyse_word(surface, script)


def _analyse_word(surface: str, script: str) -> Analysis | None:
    """(term, exact, alts) for one surface form, or None for a stop word."""
    if script == "num":
        digits = "".join(str(unicodedata.digit(ch, 0)) for ch in surface if ch.isdigit())
        return (digits, digits, ()) if digits else None
    lowered = surface.lower()
    if script == "lat":
        if lowered in stop_words():
            return None
        return stem_english(lowered), lowered, ()
    exact = fold(lowered)
    if not exact or exact in stop_words():
        return None
    term = stem_arabic(exact)
    if strip_article(exact) in protected_words():
        return term, exact, ()  # a name is read whole: كوستيلون is not ك + وستيلون
    readings = _clitic_readings(exact)
    nisba = _nisba_singular(exact)
    if nisba:
        readings += (nisba,)
    if exact.endswith("ا") and len(exact) >= 5:
        # اجتماعا is اجتماعاً written without its tanween: read it as اجتماع too.
        readings += (stem_arabic(exact[:-1]),)
    alts = tuple(dict.fromkeys(a for a in readings if a != term))
    return term, exact, alts


def analysed_spans(text: str) -> list[tuple[int, int, Analysis]]:
    """(start, end, (term, exact, alts)) of every index token of ``text``, stop words left out."""
    found = []
    for match in _TOKEN_RE.finditer(text):
        analysed = _cached_analysis(match.group(), match.lastgroup or "lat", _generation)
        if analysed is not None:
            found.append((match.start(), match.end(), analysed))
    return found


def analyze(text: str) -> list[Token]:
    """All index tokens of ``text`` with their spans in ``text``."""
    return [
        Token(term, exact, start, end, alts)
        for start, end, (term, exact, alts) in analysed_spans(text)
    ]


def word_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """Every word of ``text`` (stop words included), its start and its end, found in C: no
    call per word (a page of results is thousands of them)."""
    parts = _WORD_SPLIT.split(text)  # between-words, word, between-words, ..., between-words
    ends = list(itertools.accumulate(map(len, parts)))
    return parts[1::2], ends[0::2][: len(parts) // 2], ends[1::2]


def spans_of_words(
    found: tuple[list[str], list[int], list[int]], wanted: set[str] | frozenset[str]
) -> list[tuple[int, int]]:
    """The spans, in order, of the words of ``word_spans``' result that are in ``wanted``."""
    words, starts, ends = found
    if not wanted:
        return []
    keep = list(map(wanted.__contains__, words))
    return list(zip(itertools.compress(starts, keep), itertools.compress(ends, keep), strict=True))


def generation() -> int:
    """How many times the archive's names changed: a key for what analysis results decide."""
    return _generation


def analysis_of(word: str, *, cached: bool = True) -> Analysis | None:
    """One word's (term, exact, alts), as ``analyze`` reads it in a text; None: a stop word.

    ``cached=False`` skips the analysis cache (for a caller that keeps the result itself).
    """
    match = _TOKEN_RE.match(word)
    if match is None:
        return None
    script = match.lastgroup or "lat"
    return _cached_analysis(word, script, _generation) if cached else _analyse_word(word, script)


def words(text: str) -> list[tuple[str, int, int]]:
    """Every word of ``text`` (stop words included) with its span; used for exact matching."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def streams(tokens: list[Token]) -> tuple[str, str]:
    """The body and exact streams handed to the index: space-separated, alternatives joined by '|'."""
    body = [("|".join((t.term, *t.alts)) if t.alts else t.term) for t in tokens]
    return " ".join(body), " ".join(t.exact for t in tokens)


def index_terms(text: str) -> tuple[str, str]:
    """streams() of the analysed ``text`` (worked out as ``document_streams`` does)."""
    body, exact, _ = document_streams(text)
    return body, exact


def document_streams(text: str) -> tuple[str, str, list[str]]:
    """(body stream, exact stream, exact forms) of ``text``: index_terms() without Token objects.

    The importer's hot path: the words are found and looked up in C (findall, map), and only
    words not seen before run through the analysis.
    """
    words = _WORD_RE.findall(text)
    kept = [piece for piece in _pieces.of(words) if piece]
    if not kept:
        return "", "", []
    body, exacts = zip(*kept, strict=True)
    return " ".join(body), " ".join(exacts), list(exacts)


_WORD_RE = re.compile(
    _TOKEN_RE.pattern.replace("(?P<ar>", "(?:")
    .replace("(?P<num>", "(?:")
    .replace("(?P<lat>", "(?:")
)
_WORD_SPLIT = re.compile(f"({_WORD_RE.pattern})")  # split keeps the words
Piece = tuple[str, str] | tuple[()]  # a word's (body piece, exact); () for a stop word
PIECES_KEPT = 100_000  # words per generation of the cache below


class _RecentPieces:
    """The pieces of the words seen lately, in two generations of at most PIECES_KEPT
    words: when the newer fills it becomes the older, whose words are dropped unless seen
    again. Frequent words stay, and memory is bounded (an import worker held 75 MB of
    analysed words at 100,000 articles when every word was kept in two caches)."""

    def __init__(self) -> None:
        self.newer: dict[str, Piece] = {}
        self.older: dict[str, Piece] = {}

    def of(self, words: list[str]) -> list[Piece | None]:
        """Each word's piece (looked up in C; only a word not seen lately is analysed)."""
        # the dicts as they are now: pieces worked out while the names change go into the
        # dicts that the change dropped, not into the new ones
        newer, older = self.newer, self.older
        pieces = list(map(newer.get, words))
        if None in pieces:
            for i, piece in enumerate(pieces):
                if piece is None:
                    word = words[i]
                    found = older.get(word)
                    pieces[i] = newer[word] = _stream_piece(word) if found is None else found
            if len(newer) > PIECES_KEPT and self.newer is newer:
                self.older, self.newer = newer, {}
        return pieces

    def clear(self) -> None:
        """Forget every word (the protected names changed)."""
        self.newer, self.older = {}, {}


_pieces = _RecentPieces()


def _stream_piece(word: str) -> Piece:
    # the analysis itself, not its cache: the piece is kept here, and a word held in both
    # would cost an import worker twice the memory (some 40 MB more at 100,000 articles)
    analysed = analysis_of(word, cached=False)
    if analysed is None:
        return ()
    term, exact, alts = analysed
    body = "|".join((term, *alts)) if alts else term
    # equal strings held once: the word is the key of the cache that keeps its piece
    return (word if body == word else body), (word if exact == word else exact)


def script_of(text: str) -> str:
    """'ar', 'en' or 'mixed' from the letters of ``text`` (empty text counts as 'en')."""
    arabic = latin = 0
    for match in _TOKEN_RE.finditer(text[:20000]):
        if match.lastgroup == "ar":
            arabic += 1
        elif match.lastgroup == "lat":
            latin += 1
    total = arabic + latin
    if total == 0 or latin / total > 0.8:
        return "en" if latin or not arabic else "ar"
    return "ar" if arabic / total > 0.8 else "mixed"
