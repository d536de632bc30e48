"""A name's consonant skeleton, the same in Arabic and Latin letters (ماكرون and Macron: MKRN).

Newspapers write a foreign name in Arabic by its sounds, and an Arabic name in Latin letters
the same way, with vowels left to the reader and spelled many ways. The consonants mostly
survive: each letter is mapped to a class of consonants that the two scripts write for the
same sound (ك ق and k c q; ف and f v ph; س ز ص and s z, with تس for a German z), vowels, long vowels, hamza and the sounds one
script has and the other drops (ع ح ه, h) are left out, and doubled classes count once.
A Latin letter that stands for other sounds in other languages has each of its readings, so a
name has a few skeletons: c is k, or ج in Turkish (Recep, رجب), or before e, i, y the s of
French and English (Cecile) or the تش of Italian; ç (Turkish, تش or چ) is ch and ş is sh; j
is ج or, in German, Dutch and Slavic names, a y (Jens, ينس); v is ف or the و of Turkish and
Persian names (Javad, جواد); dj is ج (Djamel); a t ending a word, or before Turkish oğlu, is
also the د that Turkish spelling hardens (Ahmet Davutoğlu, أحمد داود أوغلو). A Turkish ğ is the غ the Arabic press writes
for it (Erdoğan, أردوغان; read silent it would make Erdoğan's skeleton Jordan's, أردن).
Two names with the same skeleton may be the same name; callers ask for more (the same
office of the same state) before they say the same person.
"""

from __future__ import annotations

import re
import unicodedata

# Latin digraphs first (read before their letters): sh as in Shoigu, kh as in Khamenei
_LATIN_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "K"), ("gh", "G"),
                   ("ph", "F"), ("th", "T"), ("dh", "D"), ("ck", "K"), ("ts", "S"),
                   ("tz", "S"), ("dj", "G"))  # fmt: skip
_LATIN = {"b": "B", "p": "B", "t": "T", "d": "D", "s": "S", "z": "S", "k": "K", "q": "K",
          "x": "KS", "g": "G", "f": "F", "l": "L", "m": "M", "n": "N", "r": "R"}  # fmt: skip
# the letters read more than one way (see the module's docstring); the first is the common one
_LATIN_READINGS = {"j": ("G", ""), "v": ("F", "")}
_HARD_C, _SOFT_C = ("K", "G"), ("S", "G")  # c, and c before e, i, y
_FINAL_T = ("T", "D")  # Turkish writes an Arabic name's final d as t: Ahmet, Mevlüt, Davutoğlu
_TURKISH = str.maketrans({"ç": "ch", "ş": "sh", "ğ": "g"})  # before their marks are dropped
_MAX_READINGS = 64  # a name's skeletons: past that, further letters take their first reading
# a skeleton of other readings needs this many classes: short ones are other names' too
# (Canada read with a Turkish c is GND, Ghana's غانا)
_MIN_OTHER = 4
# vowels, w and y (long vowels in Arabic), h (often silent or part of a sound above): none
_ARABIC = {"ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "ة": "T", "د": "D", "ض": "D",
           "ذ": "D", "س": "S", "ص": "S", "ش": "S", "ز": "S", "ظ": "S", "ك": "K", "ق": "K",
           "خ": "K", "غ": "G", "ج": "G", "گ": "G", "ف": "F", "ڤ": "F", "ل": "L", "م": "M",
           "ن": "N", "ر": "R", "چ": "S"}  # fmt: skip
# ا و ي ى أ إ آ ؤ ئ ء ع ح ه: vowels, hamza and sounds Latin letters do not write
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul)[-\s]+", re.IGNORECASE)
_LETTERS_ONLY = re.compile(r"[^\w\s-]")


def skeletons(name: str) -> set[str]:
    """The name's skeletons: as written, and with an Arabic article (ال, al-, el-) left off
    each word, since one script writes it where the other does not (الأسد, Assad)."""
    words = _LETTERS_ONLY.sub(" ", _plain(name)).split()
    out: set[str] = set()
    for text in (" ".join(words), " ".join(_without_article(w) for w in words)):
        first, *others = _skeletons(text)
        out |= {s for s in [first] if len(s) >= 2} | {s for s in others if len(s) >= _MIN_OTHER}
    return out


def _plain(name: str) -> str:
    """Lower case, accents and Arabic marks taken off (é is e, مُحَمَّد is محمد)."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_TURKISH))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _without_article(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return _LATIN_ARTICLE.sub("", word) if "-" in word else word


def _readings(text: str) -> list[tuple[str, ...]]:
    """Each letter's (or digraph's) consonant classes, one or more ('' for none)."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        for digraph, cls in _LATIN_DIGRAPHS:
            if text.startswith(digraph, i):
                out.append((cls,))
                i += len(digraph)
                break
        else:
            ch = text[i]
            after = text[i + 1 : i + 2]
            if ch == "c":
                out.append(_SOFT_C if after in ("e", "i", "y") else _HARD_C)
            elif ch == "t" and (not after.isalpha() or text.startswith("oglu", i + 1)):
                out.append(_FINAL_T)
            else:
                out.append(_LATIN_READINGS.get(ch) or (_LATIN.get(ch) or _ARABIC.get(ch, ""),))
            i += 1
    return out


def _skeletons(text: str) -> list[str]:
    """The text's skeletons, the one of every letter's first reading first."""
    spelled = [""]
    for choice in _readings(text):
        if len(spelled) * len(choice) > _MAX_READINGS:
            choice = choice[:1]
        spelled = [s + cls for s in spelled for cls in choice]
    # a German z is the تس of its Arabic spelling (Scholz, شولتس); s and z are one class;
    # doubled letters, and a shadda's, count once
    return list(dict.fromkeys(re.sub(r"(.)\1+", r"\1", s.replace("TS", "S")) for s in spelled))


def same_skeleton(first: str, second: str) -> bool:
    """True when two names, in either script, share a consonant skeleton."""
    return bool(skeletons(first) & skeletons(second))
