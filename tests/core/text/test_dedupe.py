"""Near-duplicate signatures: the same text through extraction damage is one text; an
extended, quoting or templated article is another."""

import random

import pytest

from archiver.core.text import dedupe
from dedupe_texts import (
    HARBOUR_AR,
    LIBRARY_EN,
    OTHER_AR,
    drop_letters,
    extraction_noise,
    move_line,
    split_and_merge,
    swap_words,
)

ARTICLES = {"ar": HARBOUR_AR, "en": LIBRARY_EN}
NOISES = {
    "swap_words": swap_words,
    "split_and_merge": split_and_merge,
    "drop_letters": drop_letters,
    "move_line": move_line,
}


def similarity(new: str, stored: str) -> float | None:
    return dedupe.likely_same(dedupe.signature_of(new), dedupe.signature_of(stored))


def test_a_signature_is_the_same_for_the_same_words() -> None:
    first = dedupe.signature_of(HARBOUR_AR)
    again = dedupe.signature_of(HARBOUR_AR.replace(" ", "  ").replace("أ", "ا"))
    assert first == again and first.bands() == again.bands()
    assert len(first.minhash) == 2 * dedupe.BINS
    assert similarity(HARBOUR_AR, HARBOUR_AR) == 1.0


@pytest.mark.parametrize("language", ARTICLES)
@pytest.mark.parametrize("noise", NOISES)
def test_each_kind_of_extraction_damage_keeps_a_likely_duplicate(language, noise) -> None:
    article = ARTICLES[language]
    for seed in range(20):
        damaged = NOISES[noise](article, random.Random(seed))
        assert damaged != article
        score = similarity(damaged, article)
        assert score is not None and score >= 0.9, (seed, score)


@pytest.mark.parametrize("language", ARTICLES)
def test_all_the_damage_at_once_keeps_a_likely_duplicate(language) -> None:
    article = ARTICLES[language]
    scores = [similarity(extraction_noise(article, seed), article) for seed in range(20)]
    assert all(s is not None for s in scores), scores
    # either way round: the stored copy may be the damaged one
    assert similarity(article, extraction_noise(article, 99)) is not None


def test_an_article_extended_by_a_quarter_is_not_a_duplicate() -> None:
    extended = HARBOUR_AR + OTHER_AR.split("\n", 2)[2]  # about a quarter more text
    assert 1.2 < len(extended.split()) / len(HARBOUR_AR.split()) < 1.35
    assert similarity(extended, HARBOUR_AR) is None
    assert similarity(HARBOUR_AR, extended) is None


def test_articles_sharing_a_paragraph_are_not_duplicates() -> None:
    shared = HARBOUR_AR.split("\n")[3]
    quoting = OTHER_AR + shared + "\n"
    assert similarity(quoting, HARBOUR_AR) is None
    assert dedupe.containment(dedupe.signature_of(quoting), dedupe.signature_of(HARBOUR_AR)) < 0.5


def test_the_same_notice_for_another_day_is_not_a_duplicate() -> None:
    notice = "انقطاع الماء في {0}\n\n" + (
        "تعلم الشركة الوطنية لاستغلال وتوزيع المياه حرفاءها بأنه سيتم قطع التزود بالماء "
        "الصالح للشرب يوم {1} من الساعة {2} إلى الساعة {3} بمعتمديات ساقية الزيت وساقية "
        "الدائر والعين وطينة، وذلك لإنجاز أشغال صيانة على القناة الرئيسية. وسيعود التزود "
        "تدريجيا بعد انتهاء الأشغال، وتدعو الشركة الحرفاء إلى اتخاذ الاحتياطات اللازمة."
    )
    monday = notice.format("صفاقس", "الاثنين 12 ماي 2025", "8", "14")
    thursday = notice.format("صفاقس", "الخميس 29 جوان 2025", "9", "17")
    assert dedupe.containment(dedupe.signature_of(monday), dedupe.signature_of(thursday)) > 0.85
    assert similarity(thursday, monday) is None
    assert similarity(monday.replace("ماي", "مايو"), monday) is not None


def test_short_texts_are_left_to_the_exact_fingerprint() -> None:
    assert similarity("اجتماع الحكومة اليوم", "اجتماع الحكومة أمس") is None
    assert dedupe.signature_of("اجتماع الحكومة اليوم").bands() == []
    assert dedupe.signature_of("").grams == 0
