"""PDF import: Arabic repair, the two readings, failures and metadata (PDFs made with Qt)."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

from archiver.core.errors import ImportFailure
from archiver.core.imports.pdf import extract_pdf
from archiver.core.imports.pdf.metadata import clean_title, parse_pdf_date
from archiver.core.imports.pdf.quality import quality_score
from archiver.core.imports.pdf.repair import (
    FUNCTION_WORDS,
    REVERSED_FUNCTION_WORDS,
    direction_score,
    repair_reading,
    visual_to_logical,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import itertools

import pdf_fixtures as fx

ARABIC = [
    "عقد التحالف اجتماعا في باريس يوم الخميس لبحث مراقبة وقف إطلاق النار في أوكرانيا، "
    "وقالت فرنسا إن الدفاع الجوي هو الأولوية القصوى لهذا الشتاء.",
    "وأعلن الوزراء عن شحنات جديدة من أنظمة الدفاع الجوي خلال 30 يوما، على أن تصل الدفعة "
    "الأولى إلى كييف قبل نهاية الشهر، بينما تتولى فرنسا تنسيق النقل مع الشركاء.",
    "وأكد المتحدث باسم الحكومة أن لجنة المراقبة ستقدم تقريرها إلى مجلس الأمن الذي سيجتمع "
    "مع ممثلي الدول المشاركة، وأن المراقبين سينتشرون على طول خط التماس.",
]
RIGHT_COLUMN_WORDS = ["التحالف", "باريس", "الخميس", "الشتاء"]
LEFT_COLUMN_WORDS = ["المتحدث", "الحكومة", "سيجتمع", "التماس"]
ENGLISH = (
    "The coalition met in Paris to discuss ceasefire monitoring and the next "
    "shipments of air defence systems to Ukraine before winter."
)
MIXED_ARABIC = "قالت وزارة الدفاع إن شحنة Patriot ستصل خلال 30 يوما إلى أوكرانيا."
PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
PASSWORD = "s3cret-كلمة"


def words(text: str) -> list[str]:
    """Words for recall: NFC, split on spaces and hyphens, punctuation stripped."""
    out = []
    for token in re.split(r"[\s\-]+", unicodedata.normalize("NFC", text)):
        token = token.strip(".,،؛:!?()«»\"'")
        if token:
            out.append(token)
    return out


def recall(reference: str, got: str) -> float:
    found = set(words(got))
    ref = words(reference)
    return sum(w in found for w in ref) / len(ref)


@pytest.fixture(scope="module")
def pdfs(qapp, tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdfs")
    made = {
        "arabic": fx.make_pdf(d / "arabic.pdf", ARABIC, title="اجتماع التحالف"),
        "two_columns": fx.make_pdf(d / "two.pdf", ARABIC, columns=2),
        "mixed": fx.make_pdf(d / "mixed.pdf", [ARABIC[0], ENGLISH, MIXED_ARABIC]),
        "three": fx.make_pdf(d / "three.pdf", ARABIC, page_breaks=True),
        "scanned": fx.make_scanned_pdf(d / "scanned.pdf"),
    }
    made["encrypted"] = fx.encrypt_pdf(made["arabic"], d / "encrypted.pdf", PASSWORD)
    made["truncated"] = fx.truncate_pdf(made["arabic"], d / "truncated.pdf")
    made["corrupt"] = fx.corrupt_page(made["three"], d / "corrupt.pdf", 2)
    return made


# --- text ---------------------------------------------------------------------------------
def test_arabic_one_column(pdfs):
    result = extract_pdf(pdfs["arabic"])
    reference = " ".join(ARABIC)
    assert recall(reference, result.text) >= 0.95
    assert recall(reference, result.alt_text) >= 0.95
    assert "أوكرانيا" in result.text
    assert "الدفاع الجوي" in result.text
    assert not PRESENTATION.search(result.text)
    assert not PRESENTATION.search(result.alt_text)
    assert result.text == unicodedata.normalize("NFC", result.text)
    assert "\r" not in result.text and "\f" not in result.text
    assert result.kind == "pdf" and result.method == "pypdf-glyphs"
    assert result.pages == 1 and result.warnings == []
    assert result.quality > 0.9
    assert result.raw_text and result.raw_text != result.text


def test_arabic_sentence_order_restored(pdfs):
    text = extract_pdf(pdfs["arabic"]).text
    assert "عقد التحالف اجتماعا في باريس" in text
    assert "خلال 30 يوما" in text


def test_two_columns_words_from_both(pdfs):
    result = extract_pdf(pdfs["two_columns"])
    both = result.text + "\n" + result.alt_text
    for word in RIGHT_COLUMN_WORDS + LEFT_COLUMN_WORDS:
        assert word in words(both), word
    assert recall(" ".join(ARABIC), both) >= 0.95
    # the right-hand column is read first: its last word comes before the left one's first
    text = words(result.text)
    assert text.index(RIGHT_COLUMN_WORDS[-1]) < text.index(LEFT_COLUMN_WORDS[0])


def test_mixed_arabic_english(pdfs):
    result = extract_pdf(pdfs["mixed"])
    assert "ceasefire monitoring" in result.text  # the fi ligature is folded too
    assert "Patriot" in words(result.text)
    assert "30" in words(result.text)
    assert "أوكرانيا" in result.text
    assert recall(" ".join([ARABIC[0], ENGLISH, MIXED_ARABIC]), result.text) >= 0.95
    assert re.search(r"Patriot ستصل|شحنة Patriot", result.text)


# --- failures -----------------------------------------------------------------------------
def reason(path: Path, password: str | None = None) -> str:
    with pytest.raises(ImportFailure) as info:
        extract_pdf(path, password=password)
    return info.value.reason


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert reason(path) == "empty file"


def test_html_named_pdf(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_text("<!doctype html><html><body>Not found</body></html>", encoding="utf-8")
    assert reason(path) == "not a PDF"


def test_garbage_after_header_is_damaged_not_a_crash(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert reason(path).startswith("damaged PDF")


def test_truncated(pdfs):
    assert reason(pdfs["truncated"]) == "damaged PDF (truncated)"


def test_encrypted_without_password(pdfs):
    assert reason(pdfs["encrypted"]) == "encrypted; password needed"


def test_wrong_password(pdfs):
    assert reason(pdfs["encrypted"], password="nope") == "wrong password"


def test_correct_password(pdfs):
    result = extract_pdf(pdfs["encrypted"], password=PASSWORD)
    assert "أوكرانيا" in result.text
    assert recall(" ".join(ARABIC), result.text) >= 0.95


def test_password_for_a_plain_pdf_is_ignored(pdfs):
    assert "أوكرانيا" in extract_pdf(pdfs["arabic"], password="unused").text


def test_owner_password_only_opens_without_password(pdfs, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(pdfs["arabic"]))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "owner.pdf"
    writer.write(str(path))
    assert "أوكرانيا" in extract_pdf(path).text


def test_a_scan_of_no_letters_is_refused_after_ocr(pdfs):
    assert reason(pdfs["scanned"]) == "no text layer (scanned), and OCR found no text on its pages"


def test_no_text_no_images(qapp, tmp_path):
    path = fx.make_blank_pdf(tmp_path / "blank.pdf")
    assert reason(path) == "no text found"


def test_corrupt_page_is_reported_and_rest_imported(pdfs):
    assert fx.page_count(pdfs["corrupt"]) == 3
    result = extract_pdf(pdfs["corrupt"])
    assert result.warnings == ["page 2 unreadable"]
    assert result.pages == 3
    assert recall(ARABIC[0], result.text) >= 0.95
    assert recall(ARABIC[2], result.text) >= 0.95
    assert "كييف" not in result.text  # page 2's text is gone, not half-read


def test_all_pages_corrupt(pdfs, tmp_path):
    path = fx.corrupt_page(pdfs["arabic"], tmp_path / "dead.pdf", 1)
    assert reason(path).startswith("damaged PDF")


def test_pypdf_logger_is_left_clean(pdfs):
    import logging

    before = list(logging.getLogger("pypdf").handlers)
    extract_pdf(pdfs["corrupt"])
    assert logging.getLogger("pypdf").handlers == before


# --- metadata -----------------------------------------------------------------------------
def test_title_and_date(pdfs, tmp_path):
    path = fx.set_metadata(
        pdfs["arabic"], tmp_path / "meta.pdf", CreationDate="D:20250708093000+03'00'"
    )
    result = extract_pdf(path)
    assert result.title == "اجتماع التحالف"
    assert result.file_date == "2025-07-08"  # when the file was made, not when it was published
    assert result.date is None


def test_junk_title_ignored(pdfs, tmp_path):
    path = fx.set_metadata(pdfs["arabic"], tmp_path / "junk.pdf", Title="Microsoft Word - x.docx")
    assert extract_pdf(path).title is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Untitled", None),
        ("", None),
        ("   ", None),
        ("report_2025.pdf", None),
        ("Microsoft Word - x.docx", None),
        ("Microsoft Word - Ceasefire monitoring report.docx", "Ceasefire monitoring report"),
        ("Document1", None),
        ("Air defence shipments", "Air defence shipments"),
        (None, None),
    ],
)
def test_clean_title(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("D:20250708093000+03'00'", "2025-07-08"),
        ("D:20250708", "2025-07-08"),
        ("D:202507", "2025-07-01"),
        ("20250708093000Z", "2025-07-08"),
        ("2025-07-08T09:30:00", "2025-07-08"),
        ("D:20251399", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_pdf_date(raw, expected):
    assert parse_pdf_date(raw) == expected


# --- reversed lines (strings) ---------------------------------------------------------------
LOGICAL = "عقد التحالف اجتماعا في باريس لبحث مراقبة وقف إطلاق النار على الحدود"


def visual(line: str) -> str:
    """How a visual-order extraction gives an all-Arabic line: every character reversed."""
    return line[::-1]


def test_reversed_function_words_are_not_function_words():
    assert not FUNCTION_WORDS & REVERSED_FUNCTION_WORDS


def test_direction_score_signs():
    assert direction_score(LOGICAL) > 0
    assert direction_score(visual(LOGICAL)) < 0
    assert direction_score("The coalition met in Paris") == 0


def test_reversed_line_restored():
    assert repair_reading(visual(LOGICAL)) == LOGICAL


def test_normal_line_untouched():
    assert repair_reading(LOGICAL) == LOGICAL


def test_english_line_untouched():
    line = "Ceasefire monitoring in Ukraine: 30 observers, air-defence (Patriot) shipments."
    assert repair_reading(line) == line


def test_reversed_line_keeps_digits_and_latin_forward():
    logical = "قالت فرنسا إن شحنة Patriot ستصل خلال 30 يوما إلى أوكرانيا"
    drawn = " ".join(w if w.isascii() else w[::-1] for w in reversed(logical.split()))
    assert drawn.startswith("ايناركوأ ىلإ اموي 30 لالخ")
    assert visual_to_logical(drawn) == logical
    assert repair_reading(drawn) == logical


def test_pieces_cut_at_digits_are_joined():
    # pypdf's plain mode cuts a visual line at a number: piece, number, piece.
    raw = "نأ\tىلع\t،اموي\t\n30\n\tلالخ\tيوجلا\tعافدلا\tةمظنأ\tنم\tتانحش\tنع\tنلعأو"
    assert repair_reading(raw) == "وأعلن عن شحنات من أنظمة الدفاع الجوي خلال 30 يوما، على أن"


def test_presentation_forms_and_lam_alef_in_reversed_line():
    # "الأولوية هي الدفاع" drawn left to right with contextual glyphs and the ﻷ ligature.
    drawn = "ﻉﺎﻓﺪﻟا ﻲﻫ ﺔﻳﻮﻟوﻷا"
    assert repair_reading(drawn) == "الأولوية هي الدفاع"


def test_brackets_in_reversed_line():
    drawn = visual("قال الوزير )في باريس( إن الهدنة صامدة")
    assert repair_reading(drawn) == "قال الوزير (في باريس) إن الهدنة صامدة"


def test_harakat_put_back_after_their_letter():
    logical = "كَتَبَ الصحفي تقريرًا عن الهدنة في باريس"
    clusters = re.findall(r"\S[\u064b-\u0652]*|\s", logical)
    drawn = "".join(reversed(clusters))  # visual order that keeps each mark after its letter
    assert repair_reading(drawn) == unicodedata.normalize("NFC", logical)


def test_separated_harakat_reattached():
    assert repair_reading("تقريرا \u064b عن الهدنة") == "تقريرا\u064b عن الهدنة"
    # U+FE70 (isolated fathatan) folds to a space and the mark under NFKC
    assert repair_reading("تقريرا\ufe70 عن الهدنة") == "تقريرا\u064b عن الهدنة"


def test_cleanups():
    raw = "السلام30 في\u200fأوكرانيا\r\nمعNATO  و\t\tالدفاع\u202c الجوي"
    assert repair_reading(raw) == "السلام 30 في أوكرانيا\nمع NATO و الدفاع الجوي"


# --- quality ------------------------------------------------------------------------------
def test_quality_clean_beats_junk():
    clean = " ".join(ARABIC) + " " + ENGLISH
    junk = "ﺪﻘﻋ ف ل ة ب xqzt ةيولولأا tsrkl 3a#b ﻲﻓ ك ع ا"
    assert quality_score(clean) > 0.95
    assert quality_score(junk) < 0.3
    assert quality_score("") == 0.0


def test_pieces_of_a_visual_line_keep_their_drawing_order() -> None:
    # An Arabic sentence laid out in a left-to-right paragraph comes out of pypdf as pieces in
    # drawing (logical) order, each piece in visual order, joined by a no-break space.
    first, second = "وقال مصدر أمني لوكالة الأنباء الرسمية", "إن مجموعة مسلحة اعترضت"
    line = first[::-1] + "\xa0" + second[::-1]
    assert visual_to_logical(line) == f"{first} {second}"


def test_arabic_laid_out_left_to_right_keeps_its_word_order(qapp, tmp_path) -> None:
    paras = [
        "هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال لأحد المصارف، واستولوا على مبلغ مالي.",
        "وقال مصدر أمني لوكالة الأنباء الرسمية إن مجموعة مسلحة اعترضت طريق السيارة التي كانت"
        " تنقل إرسالية مالية من مقر إدارة فروع المصرف في اتجاه منطقة نسمة، مما أسفر عن إصابة موظف.",
    ]
    pdf_path = fx.make_pdf(tmp_path / "ltr.pdf", paras, page_breaks=True)

    def bigrams(text: str) -> set[tuple[str, str]]:
        words = re.findall(r"[\u0621-\u064a]+", text)
        return set(itertools.pairwise(words))

    expected = bigrams(" ".join(paras))
    found = bigrams(extract_pdf(pdf_path).text)
    assert len(expected & found) / len(expected) >= 0.98


def test_page_numbers_are_not_part_of_the_text(qapp, tmp_path) -> None:
    from archiver.core.imports.pdf.pages import drop_page_numbers

    assert drop_page_numbers("12\nنص الصفحة\n- 3 -") == "نص الصفحة"
    assert drop_page_numbers("نص فيه 30 دولة\n4 / 10") == "نص فيه 30 دولة"
    assert drop_page_numbers("30\n") == ""
    pages = ["الصفحة الأولى عن الدفاع الجوي", "الصفحة الثانية عن مراقبة وقف إطلاق النار"]
    pdf_path = fx.make_pdf(tmp_path / "numbered.pdf", pages, page_breaks=True)
    lines = extract_pdf(pdf_path).text.split("\n")
    assert not [line for line in lines if line.strip().isdigit()]


def test_a_title_page_without_function_words_follows_the_document(qapp, tmp_path) -> None:
    title = "نتنياهو يتودد للشعب الإيراني ويهاجم نظامه"  # no word the direction score knows
    body = [
        "وقال في كلمة مصورة إن الشعب الإيراني يستحق حكومة أفضل من التي تحكمه اليوم.",
        "وأضاف أن الضغط على النظام سيستمر حتى يغير سياسته في المنطقة.",
    ]
    pdf_path = fx.make_pdf(tmp_path / "title.pdf", [title, *body], page_breaks=True)
    assert extract_pdf(pdf_path).text.split("\n")[0] == title


def test_wrapped_lines_are_joined_into_paragraphs() -> None:
    from archiver.core.imports.pdf.pages import reflow

    wide = "هذا سطر طويل من فقرة تستمر في السطر التالي دون علامة"  # no sentence end
    page = "\n".join([
        "عنوان المقال الطويل نسبيا الذي لا ينتهي بنقطة أبدا",
        wide, wide, "نهاية الفقرة.",
        "عنوان قصير",
        "- بند أول في قائمة طويلة بما يكفي ليبدو سطرا كاملا",
        "- بند ثان",
    ])  # fmt: skip
    assert reflow(page, title_first=True).split("\n") == [
        "عنوان المقال الطويل نسبيا الذي لا ينتهي بنقطة أبدا",
        f"{wide} {wide} نهاية الفقرة.",
        "عنوان قصير",
        "- بند أول في قائمة طويلة بما يكفي ليبدو سطرا كاملا",
        "- بند ثان",
    ]


def test_a_date_in_the_file_name_wins_over_the_pdf_creation_date(qapp, archive, tmp_path) -> None:
    pdf = fx.make_pdf(tmp_path / "2019-03-04-briefing.pdf", ["Briefing", "The ministers met."])
    doc = archive.document(archive.import_paths([pdf]).imported[0].id)
    assert doc.published == "2019-03-04"  # not the day Qt wrote the file
