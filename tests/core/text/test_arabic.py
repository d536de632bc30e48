"""The analysis chain: folding, stop words, stemming, clitics, digits, offsets."""

import pytest

from archiver.core.text import arabic
from samples import ARTICLE_AR, ARTICLE_EN, MIXED


def terms(text: str) -> list[str]:
    return [t.term for t in arabic.analyze(text)]


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("أُوكْرَانِيَا", "اوكرانيا"),  # harakat and hamza
        ("أوكـــرانيا", "اوكرانيا"),  # tatweel
        ("إيران", "ايران"),
        ("آمال", "امال"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("ٱلسلام", "السلام"),  # alef wasla
        ("پاکستان", "پاكستان"),  # Persian keheh folds to kaf
        ("کندا", "كندا"),
        ("یوم", "يوم"),  # Persian yeh
    ],
)
def test_variants_analyse_alike(variant: str, plain: str) -> None:
    assert terms(variant) == terms(plain)


def test_lucene_chain_examples() -> None:
    assert terms("الضمانات الأمنية") == ["ضمان", "امن"]
    assert terms("والدفاع الجوي") == ["دفاع", "جو"]
    assert terms("تَحالُف") == terms("تحالــف") == ["تحالف"]


def test_light_stem_keeps_three_letters_before_an_suffix() -> None:
    # Lucene cuts ضمان to ضم and so misses ضمانات; we keep it whole.
    assert terms("ضمان") == terms("ضمانات") == terms("الضمانات") == ["ضمان"]


def test_tanween_alef() -> None:
    assert terms("اتصالاً") == terms("اتصال")
    # Without its mark the alef stays, and the word gets the bare reading as well.
    (bare,) = arabic.analyze("اجتماعا")
    assert "اجتماع" in (bare.term, *bare.alts)
    assert all("روم" not in (t.term, *t.alts) for t in arabic.analyze("روما"))


def test_a_plural_nisba_is_also_read_as_its_singular() -> None:
    for plural, singular in [("السوريين", "السوري"), ("المصريون", "المصري"),
                             ("اللاجئين", "اللاجئ"), ("والأوروبيين", "الأوروبي")]:  # fmt: skip
        (token,) = arabic.analyze(plural)
        assert terms(singular)[0] in token.alts, plural
    # a root ي (تعيين), a name's alef (ملايين), too short (النبيين): no such reading
    for word in ("تعيين", "ملايين", "النبيين", "عيون"):
        (token,) = arabic.analyze(word)
        assert token.alts == (), word


def test_single_letter_proclitic_gives_a_second_reading() -> None:
    (token,) = arabic.analyze("لأوكرانيا")
    assert "اوكرانيا" in (token.term, *token.alts)
    (token,) = arabic.analyze("بأوكرانيا")
    assert "اوكرانيا" in (token.term, *token.alts)


def test_short_words_keep_their_first_letter() -> None:
    # كندا must not be read as ك + ندا, nor كييف as ك + ييف.
    assert all("ندا" not in (t.term, *t.alts) for t in arabic.analyze("كندا"))
    assert all("ييف" not in (t.term, *t.alts) for t in arabic.analyze("كييف"))


def test_protected_names_are_not_stemmed() -> None:
    assert terms("ماكرون") != terms("ماكر")
    assert terms("اليابان") == ["يابان"]


def test_arabic_indic_digits_become_ascii() -> None:
    assert terms("٣٠") == ["30"]
    assert terms("۳۰") == ["30"]
    assert terms("300") != terms("30")


def test_stop_words_are_dropped() -> None:
    assert terms("في من على") == []
    assert terms("the of and") == []


def test_english_light_stemming() -> None:
    assert terms("missiles deliveries Ukraine's") == ["missile", "delivery", "ukraine"]


def test_digits_and_latin_glued_to_arabic_are_split() -> None:
    assert terms("السلام30") == ["سلام", "30"]
    assert terms("دعمNATO") == ["دعم", "nato"]


def test_offsets_point_into_the_original_text() -> None:
    text = "🙂 زار أُوكْرَانِيَا وفد، ثم أوكـــرانيا"
    for token in arabic.analyze(text):
        surface = text[token.start : token.end]
        assert arabic.fold(surface) == token.exact
    spans = [text[t.start : t.end] for t in arabic.analyze(text) if t.term == "اوكرانيا"]
    assert spans == ["أُوكْرَانِيَا", "أوكـــرانيا"]


def test_script_detection() -> None:
    assert arabic.script_of("هذا نص عربي كامل") == "ar"
    assert arabic.script_of("This is English text only") == "en"
    assert arabic.script_of("نص عربي قصير with an English sentence here too") == "mixed"


@pytest.mark.parametrize(
    "text", [ARTICLE_AR, ARTICLE_EN, MIXED, "", "و في من", "اجتماعا ٢٠٢٥ Macron's"]
)
def test_document_streams_match_the_token_path(text: str) -> None:
    body, exact, exacts = arabic.document_streams(text)
    assert (body, exact) == arabic.index_terms(text)
    assert exacts == [t.exact for t in arabic.analyze(text)]


def test_archive_names_handed_to_a_worker_give_the_same_analysis() -> None:
    try:
        arabic.set_archive_names(["الألفي"])  # its article-stripped form starts with ال again
        here = arabic.index_terms("قال الألفي إن")
        arabic.set_archive_names(arabic.archive_names())  # what a worker process is given
        assert arabic.index_terms("قال الألفي إن") == here
    finally:
        arabic.set_archive_names([])


def test_the_words_kept_for_streams_are_bounded_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(arabic, "PIECES_KEPT", 50)
    arabic._pieces.clear()
    letters = "ابتثجحخدرسشصطعفقلمنهوي"
    n = len(letters)
    texts = [
        " ".join(letters[i % n] + letters[(i * 7 + k) % n] + "ات" + "ال" * (k % 2) for k in range(40))
        + " " + ARTICLE_AR[: 60 + i]
        for i in range(60)
    ]  # fmt: skip
    for text in texts * 2:  # the second round finds some words in the older generation
        body, exact, exacts = arabic.document_streams(text)
        assert (body, exact) == arabic.index_terms(text)
        assert exacts == [t.exact for t in arabic.analyze(text)]
        held = len(arabic._pieces.newer) + len(arabic._pieces.older)
        assert held <= 2 * (50 + len(text.split()))
    arabic._pieces.clear()
