"""One drawn line of glyphs, left to right as on the page, back into logical (reading) order.

A reduced inverse of the Unicode bidi algorithm, enough for news text: in a right-to-left
line everything is reversed except runs of Latin letters and digits (with the spaces and
separators between them), which keep their own order.  LibreOffice and Chromium map a
mirrored bracket to the character typed, so brackets are not mirrored back; a line whose
pair reads closing-first (a producer that maps the glyph drawn) is swapped.  A sentence
end an Arabic line shows on its right (its paragraph set left to right) goes back to the
line's end.  In a left-to-right line only the Arabic runs are reversed.  The unit is a
glyph's text, so a lam-alef ligature (one glyph, "لا" in logical order) is never split.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from archiver.core.text import scripts

# Arabic letters and marks, and the signs of the Arabic blocks: drawn right to left.
_RTL_CHAR = re.compile(f"[{scripts.WORD_CHARS}\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_SEPARATORS = set(".,:/٫٬")  # join the digits on either side into one number
_NUMBER_SIGNS = set("%٪‰+-−$€£#°")  # stay on a number only inside Latin text
_PAIRS = ("()", "[]", "{}", "«»")


def kind(text: str) -> str:
    """'R' Arabic, 'L' Latin letter, 'D' digit, 'S' space, 'N' other, from a unit's first char."""
    ch = text[:1]
    if not ch or ch.isspace():
        return "S"
    if ch.isdigit():  # Arabic-Indic digits too: numbers are drawn left to right
        return "D"
    if _RTL_CHAR.match(ch):
        return "R"
    if ch.isalpha():
        return "L"
    if unicodedata.category(ch) == "Mn":
        return "R"  # a mark left on its own belongs to the Arabic around it
    return "N"


def is_rtl(units: list[str], default: bool = False) -> bool:
    """True when Arabic outweighs Latin in the units; ``default`` when neither is there."""
    kinds = [kind(u) for u in units]
    rtl, ltr = kinds.count("R"), kinds.count("L")
    return default if rtl == ltr == 0 else rtl >= ltr


def _glue_separators(units: list[str], kinds: list[str]) -> list[str]:
    """Separators between digits (4.5, 3/6, 12,500) count as digits."""
    out = list(kinds)
    for i in range(1, len(units) - 1):
        if kinds[i] == "N" and units[i] in _SEPARATORS and kinds[i - 1] == kinds[i + 1] == "D":
            out[i] = "D"
    return out


def _forward_runs(units: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """Spans [i, j) that read left to right inside a right-to-left line.

    Latin words join across any neutrals ("IRIS-T", "Emmanuel Macron"); digits join Latin
    words across spaces only ("Patriot 3"), since a bracket between them means two runs
    ("12 (Keir Starmer)").  A number sign next to the digits of a Latin run goes with it
    ("Patriot 20%"); after Arabic the bidi algorithm draws it on the other side.
    """
    spans = []
    i, n = 0, len(kinds)
    while i < n:
        if kinds[i] not in "LD":
            i += 1
            continue
        start = end = i
        while True:
            while end < n and kinds[end] in "LD":
                end += 1
            gap = end
            while gap < n and kinds[gap] in "SN":
                gap += 1
            if (
                gap < n
                and kinds[gap] in "LD"
                and _joins(kinds[end - 1], kinds[gap], kinds[end:gap])
            ):
                end = gap
                continue
            break
        spans.append(_with_signs(units, kinds, start, end))
        i = end
    return spans


def _joins(left: str, right: str, gap: list[str]) -> bool:
    return (left == right == "L") or all(k == "S" for k in gap)


def _with_signs(units: list[str], kinds: list[str], start: int, end: int) -> tuple[int, int]:
    """Widen a run holding Latin letters over a number sign touching its digits."""
    if "L" not in kinds[start:end]:
        return start, end
    if start > 0 and kinds[start] == "D" and units[start - 1] in _NUMBER_SIGNS:
        start -= 1
    if end < len(units) and kinds[end - 1] == "D" and units[end] in _NUMBER_SIGNS:
        end += 1
    return start, end


def _runs(kinds: list[str], members: str, inside: str) -> list[tuple[int, int]]:
    """Spans [i, j) of maximal runs that start and end with a ``members`` kind and hold
    only ``members`` and ``inside`` kinds between."""
    spans = []
    i = 0
    while i < len(kinds):
        if kinds[i] not in members:
            i += 1
            continue
        last = i
        for k in range(i, len(kinds)):
            if kinds[k] in members:
                last = k
            elif kinds[k] not in inside:
                break
        spans.append((i, last + 1))
        i = last + 1
    return spans


def _reverse_spans(units: list[str], spans: list[tuple[int, int]]) -> list[str]:
    out = list(units)
    for i, j in spans:
        out[i:j] = out[i:j][::-1]
    return out


def _balance(text: str) -> str:
    """Swap a bracket pair that reads closing-first (a producer that mapped the mirrored glyph).

    Only a line holding both brackets of a pair is judged: a pair may open on one line and
    close on the next.
    """
    for pair in _PAIRS:
        first = next((ch for ch in text if ch in pair), None)
        if first == pair[1] and pair[0] in text:
            text = text.translate(str.maketrans(pair, pair[::-1]))
    return text


def _reversed_text(units: list[str]) -> str:
    units = units[::-1]
    kinds = _glue_separators(units, [kind(u) for u in units])
    return "".join(_reverse_spans(units, _forward_runs(units, kinds)))


def rtl_logical(units: list[str]) -> str:
    """A right-to-left line: reverse it, then put Latin/digit runs back in their own order."""
    return _balance(_ending_to_end(_reversed_text(units)))


def ends_on_the_right(units: list[str]) -> bool:
    """True when a right-to-left reading of the line would start with a sentence end: an
    Arabic line of a paragraph set left to right, its final full stop drawn on its right."""
    text = _reversed_text(units)
    return _ending_to_end(text) != text


def arabic_set_ltr_logical(units: list[str]) -> str:
    """An Arabic line of a paragraph set left to right: its pieces in the order drawn, each
    Arabic run (with the numbers and neutrals it holds, and those at the line's ends) reversed.

    A Latin name inside such a line is drawn where it is read, between the runs before and
    after it; reading the line right to left would swap those runs.
    """
    lead = _list_marker(units)
    if lead:  # drawn at its left, where a left-to-right paragraph starts: it stays first
        return "".join(units[:lead]) + arabic_set_ltr_logical(units[lead:])
    kinds = _glue_separators(units, [kind(u) for u in units])
    out: list[str] = []
    done = 0
    for start, end in _runs(kinds, "R", "SND"):
        start = 0 if "L" not in kinds[:start] else start  # neutrals and digits at the ends
        end = len(units) if "L" not in kinds[end:] else end  # read with the Arabic
        out += ["".join(units[done:start]), _ending_to_end(_reversed_text(units[start:end]))]
        done = end
    out.append("".join(units[done:]))
    return _balance("".join(out))


_MARKERS = set("-–—•*·▪●")  # a list item's sign, before its text


def _list_marker(units: list[str]) -> int:
    """How many units a list item's sign and the spaces after it take at the line's left
    before Arabic (0 when there is none): in a paragraph set left to right that is its start."""
    if len(units) < 3 or units[0] not in _MARKERS or kind(units[1]) != "S":
        return 0
    first = next((i for i, u in enumerate(units[1:], 1) if kind(u) != "S"), len(units))
    return first if first < len(units) and kind(units[first]) == "R" else 0


_ENDING = set(".,;:!?،؛؟")  # never starts a line: it ends a sentence or a clause
_CLOSING = set(")]}»")
_QUOTES = set('"')


def _ending_to_end(text: str) -> str:
    """Move the sentence end an Arabic line drawn in a left-to-right paragraph shows on its
    right back to the line's logical end.

    A paragraph set left to right (LibreOffice's default for a .txt, a Word file whose
    direction was never set) draws an Arabic line reversed but keeps its final full stop,
    after the Arabic, on the right, where reading the line right to left puts it first.
    Punctuation that ends a sentence or a clause never starts a line, so a line reading
    ``."نص ...`` is such a line: its right-hand punctuation up to the last ending mark is
    its end; a quote beside it goes last too (a paragraph's quote closes before it ends),
    unless putting it first pairs the line's quotes better.
    """
    cluster = len(text) - len(text.lstrip("".join(_ENDING | _CLOSING | _QUOTES) + " "))
    head = text[:cluster]
    marks = [i for i, ch in enumerate(head) if ch in _ENDING or ch in _CLOSING]
    ellipsis = head.count(".") > 1 and set(head.strip()) <= {"."}  # may start a line
    if ellipsis or not any(ch in _ENDING for ch in head):
        return text
    candidates = [
        text[p:].strip() + "".join(head[:p][::-1].split()) for p in range(cluster, marks[-1], -1)
    ]
    return min(candidates, key=_unpaired_quotes)  # of equals, the one moving most


def _unpaired_quotes(text: str) -> int:
    """How many quotes open (or close) right after another that did the same."""
    sides = []
    for i, ch in enumerate(text):
        if ch in _QUOTES:
            before = text[i - 1] if i else " "
            sides.append(before.isspace() or before in "([{«")
    return sum(a == b for a, b in itertools.pairwise(sides))


def ltr_logical(units: list[str]) -> str:
    """A left-to-right line: reverse each Arabic run, keeping the numbers inside it forward."""
    kinds = _glue_separators(units, [kind(u) for u in units])
    out = list(units)
    for i, j in _runs(kinds, "R", "SND"):
        piece, piece_kinds = out[i:j][::-1], kinds[i:j][::-1]
        out[i:j] = _reverse_spans(piece, _runs(piece_kinds, "D", ""))
    return "".join(out)


def logical(units: list[str], rtl: bool) -> str:
    """The logical text of a line drawn as ``units`` (left to right)."""
    return rtl_logical(units) if rtl else ltr_logical(units)
