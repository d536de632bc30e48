"""Arabic read backwards (a visual-order PDF, a misread scan) is warned of, not stored silently."""

from __future__ import annotations

from pathlib import Path

from archiver.core.imports import LOW_QUALITY_BELOW, prepare_safely
from archiver.core.imports.backwards import reading

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pdf"
# Our own sentence, shaped like a news report's.
SENTENCE = ("وعدت الحكومة بتقديم منحة للمدارس في الشمال، وقال الوزير إن المبلغ يصل خلال شهرين"
            " إلى المحافظات كلها.")  # fmt: skip


def backwards(text: str) -> str:
    return " ".join(word[::-1] for word in text.split())


def test_a_sentence_reads_forwards_and_its_reversal_backwards() -> None:
    ahead = reading(SENTENCE)
    assert not ahead.reversed and ahead.forwards > 0.4 and ahead.backwards < 0.2
    back = reading(backwards(SENTENCE))
    assert back.reversed and back.forwards < 0.2 and back.backwards > 0.4
    assert back.example[::-1] in SENTENCE  # a word of the text, as it was read


def test_a_few_words_or_a_text_without_arabic_are_never_called_backwards() -> None:
    assert not reading(backwards("وعدت الحكومة بتقديم منحة")).reversed  # under eight words
    assert not reading("The minister promised a grant to the schools of the north.").reversed
    # names and rare words read neither way: not a reason to warn
    names = "ستارمر ماكرون زيلينسكي ميرتس فريدريكسن أوربان ميلوني سانشيز روته توسك"
    assert not reading(names).reversed


def test_a_pdf_whose_arabic_reads_backwards_is_warned_of_and_kept_as_drawn() -> None:
    prepared = prepare_safely(str(FIXTURES / "lo_backwards.pdf"), None)
    extracted = prepared.extracted  # type: ignore[union-attr]
    [warning] = [w for w in extracted.warnings if w.startswith("Arabic read backwards")]
    assert "check the text against the original" in warning
    assert extracted.quality < LOW_QUALITY_BELOW
    source = (FIXTURES / "lo_backwards.txt").read_text(encoding="utf-8")
    assert extracted.text.split() == source.split()  # the text the page gave, unchanged


def test_a_pdf_read_forwards_has_no_such_warning() -> None:
    prepared = prepare_safely(str(FIXTURES / "lo_amiri.pdf"), None)
    warnings = prepared.extracted.warnings  # type: ignore[union-attr]
    assert not [w for w in warnings if w.startswith("Arabic read backwards")]
