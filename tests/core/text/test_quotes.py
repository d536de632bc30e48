"""Finding a quoted passage in a document's text, as typed or as the index folds it."""

from __future__ import annotations

import pytest

from archiver.core.errors import Ambiguous, BadSpan
from archiver.core.text.quotes import find_quote

TEXT = (
    "قال الوزير في عمّان إن الحكومة الأردنيةَ ستدعم\u200f  وتعهّدتِ السعوديةُ بتقديم\n"
    "٥ ملايين دولار لإعادة الإعمار، وقالت مصر إنها ستشارك. Reuters said so."
)


def quoted(quote: str) -> str:
    start, end = find_quote(TEXT, quote)
    return TEXT[start:end]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("عمان", "عمّان"),  # the shadda left out
        ("الحكومة الاردنية", "الحكومة الأردنيةَ"),  # hamza seat, and the last letter's mark kept
        ("الأردنية", "الأردنيةَ"),  # typed exactly: its mark is not cut off either
        ("وتعهدت السعودية بتقديم ٥", "وتعهّدتِ السعوديةُ بتقديم\n٥"),  # a line break, a space
        ("ستدعم وتعهدت", "ستدعم\u200f  وتعهّدتِ"),  # a direction mark and two spaces
        ("reuters SAID", "Reuters said"),
        ("لاعادة الاعمار", "لإعادة الإعمار"),
    ],
)
def test_a_quote_is_found_however_its_marks_are_typed(quote: str, expected: str) -> None:
    assert quoted(quote) == expected


def test_a_quote_found_nowhere_or_twice_is_refused() -> None:
    with pytest.raises(BadSpan, match="does not occur"):
        find_quote(TEXT, "وزير الخارجية")
    with pytest.raises(Ambiguous, match="occurs in 2 places") as raised:
        find_quote("قالت مصرُ ثم قالت مصر", "مصر")
    assert raised.value.candidates == [(5, 9), (18, 21)]
    with pytest.raises(BadSpan, match="empty"):
        find_quote(TEXT, "  ")
