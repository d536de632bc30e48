"""PDF text rebuilt from glyph positions, against the texts the fixture PDFs were made from."""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from archiver.core.imports.pdf import extract_pdf
from archiver.core.imports.pdf.bidi import arabic_set_ltr_logical, ends_on_the_right, logical
from archiver.core.imports.pdf.layout import (
    PageText,
    document_text,
    first_heading,
    is_generic_title,
    layout_pages,
    pick_title,
)
from archiver.core.imports.pdf.lines import Line
from archiver.core.text.arabic import fold, words

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pdf"
SOURCES = {  # fixture PDF -> the text it was made from (see fixtures/pdf/README.md)
    "lo_amiri": "ministers",
    "lo_naskh": "ceasefire",
    "lo_english": "english",
    "lo_mixed": "mixed",
    "lo_columns": "ministers",
    "lo_multipage": "article",
    "chromium_rtl": "ministers",
    "chromium_columns": "ceasefire",
    "chromium_mixed": "mixed",
    "chromium_multipage": "article",
    "chromium_header": "english",
    "chromium_columns_pages": "article",
    "lo_indent": "full_lines",
    "lo_indent_ar": "full_lines_ar",
    "lo_gap": "full_lines",
    "lo_gap_ar": "full_lines_ar",
}


def folded_words(text: str) -> list[str]:
    """The words of a text as search folds them: NFC, lower case, harakat and hamza folded."""
    return [fold(word.lower()) for word, _, _ in words(unicodedata.normalize("NFC", text))]


def similarity(reference: str, got: str) -> float:
    """difflib ratio of the two word sequences."""
    matcher = difflib.SequenceMatcher(
        None, folded_words(reference), folded_words(got), autojunk=False
    )
    return matcher.ratio()


def source_text(name: str) -> str:
    return (FIXTURES / f"{SOURCES[name]}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def extracted() -> dict[str, str]:
    return {
        name: document_text(layout_pages(PdfReader(str(FIXTURES / f"{name}.pdf"))))
        for name in SOURCES
    }


def test_every_fixture_reads_as_its_source(extracted) -> None:
    ratios = {
        name: round(similarity(source_text(name), text), 4) for name, text in extracted.items()
    }
    assert all(r >= 0.99 for r in ratios.values()), ratios


def test_the_importer_text_reads_as_its_source() -> None:
    results = {name: extract_pdf(FIXTURES / f"{name}.pdf") for name in SOURCES}
    ratios = {name: round(similarity(source_text(name), r.text), 4) for name, r in results.items()}
    assert all(r >= 0.99 for r in ratios.values()), ratios
    assert {r.method for r in results.values()} == {"pypdf-glyphs"}
    for name, result in results.items():  # LibreOffice sets no /Title, Chromium the <title>
        assert result.title == source_text(name).split("\n")[0], name
        assert result.warnings == [] and result.quality > 0.95, name


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_paragraphs_are_the_source_paragraphs(extracted, name) -> None:
    expected = [line for line in source_text(name).split("\n") if line.strip()]
    got = extracted[name].split("\n")
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    assert matcher.ratio() >= 0.9, [
        (expected[i1:i2], got[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


@pytest.mark.parametrize("name", ["lo_indent", "lo_indent_ar", "lo_gap", "lo_gap_ar"])
def test_a_paragraph_ending_on_a_full_line_is_not_joined_to_the_next(extracted, name) -> None:
    """Paragraphs set apart only by a first-line indent (lo_indent: on the right for Arabic)
    or by a little space (lo_gap: 0.1 cm, under the ratio that tells a paragraph break from
    Arabic's tall line pitch); several of them end on a line that fills the width."""
    expected = [line for line in source_text(name).split("\n") if line.strip()]
    assert extracted[name].split("\n") == expected


def _page(rtl: bool, ended: bool) -> PageText:
    """Four lines of 10 pt, 400 pt wide: the first and third start 4 pt (0.4 em) further in."""
    texts = ["Officials met on Monday", "and agreed to meet again" + ("." if ended else ""),
             "Talks will go on in Geneva", "after the holiday."]  # fmt: skip
    insets = [4.0, 0.0, 4.0, 0.0]
    lines = []
    for number, (text, inset) in enumerate(zip(texts, insets, strict=True)):
        x0, x1 = (50.0, 450.0 - inset) if rtl else (50.0 + inset, 450.0)
        if number == 3:
            x0, x1 = (200.0, x1) if rtl else (x0, 300.0)
        lines.append(Line([], 100.0 + 14 * number, 10.0, x0, x1, text=text, rtl=rtl))
    return PageText(lines, 10.0)


@pytest.mark.parametrize("rtl", [False, True])
def test_a_slight_indent_after_a_sentence_end_starts_a_paragraph(rtl) -> None:
    assert document_text([_page(rtl, ended=True)]).split("\n") == [
        "Officials met on Monday and agreed to meet again.",
        "Talks will go on in Geneva after the holiday.",
    ]
    assert len(document_text([_page(rtl, ended=False)]).split("\n")) == 1  # too slight alone


def test_latin_names_and_numbers_stay_in_place(extracted) -> None:
    text = extracted["lo_amiri"]
    assert "إيمانويل ماكرون (Emmanuel Macron) ورئيس" in text
    assert "يوم الخميس 15 مايو 2025 لمناقشة" in text
    assert "- تمويل بقيمة 4.5 مليار يورو" in text
    assert "بزيادة 20% عن" in text
    assert "مختلف الدول" in text  # LibreOffice draws the م of مختلف on its own, lower


def test_columns_are_read_one_after_the_other(extracted) -> None:
    for name in ("lo_columns", "chromium_columns", "chromium_columns_pages"):
        lines = extracted[name].split("\n")
        assert lines[0] == source_text(name).split("\n")[0], name
        assert lines[-1] == source_text(name).rstrip("\n").split("\n")[-1], name


def test_running_heads_and_page_numbers_are_left_out(extracted) -> None:
    for name in ("lo_multipage", "chromium_multipage", "chromium_header"):
        text = extracted[name]
        assert "صحيفة الأخبار اليومية" not in text, name
        assert "file:" not in text and "AM" not in text.split(), name
        assert not [line for line in text.split("\n") if line.strip().isdigit()], name


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph(extracted) -> None:
    paragraph = next(
        p for p in source_text("lo_multipage").split("\n") if p.startswith("وفي أوديسا")
    )
    assert paragraph in extracted["lo_multipage"].split("\n")


def test_harakat_stay_on_their_letter(extracted) -> None:
    assert "تدريجيًا" in extracted["lo_naskh"]
    assert "إنّ" in extracted["lo_naskh"]


def test_arabic_paragraphs_set_left_to_right_keep_their_sentence_ends() -> None:
    # LibreOffice prints a .txt with left-to-right paragraphs: each Arabic line is drawn
    # reversed, but a paragraph's final ".", "\".", ")." or "!\"" stays on its right, and a
    # Latin name between the Arabic before and after it
    source = (FIXTURES / "lo_ltr_arabic.txt").read_text(encoding="utf-8")
    expected = "\n".join(line for line in source.split("\n") if line.strip())
    assert extract_pdf(FIXTURES / "lo_ltr_arabic.pdf").text == expected


def test_a_dashed_list_set_left_to_right_keeps_each_dash_before_its_item() -> None:
    # the same printing of a .txt draws an item's "- " at the left of its first line, where a
    # left-to-right paragraph starts; read right to left it would land inside the item
    source = (FIXTURES / "lo_ltr_list.txt").read_text(encoding="utf-8")
    expected = "\n".join(line for line in source.split("\n") if line.strip())
    assert extract_pdf(FIXTURES / "lo_ltr_list.pdf").text == expected


# --- one line, left to right as drawn -------------------------------------------------------
def test_rtl_line_with_latin_and_digits() -> None:
    # "ستارمر 12 (Keir Starmer)" drawn right to left; the brackets keep the typed characters
    drawn = list(")Keir Starmer( 12 رمراتس")
    assert logical(drawn, rtl=True) == "ستارمر 12 (Keir Starmer)"
    # a number after Latin text joins it: "قال Patriot 3 أمس"
    assert logical(list("سمأ Patriot 3 لاق"), rtl=True) == "قال Patriot 3 أمس"


def test_number_sign_after_arabic_is_drawn_on_the_left() -> None:
    # "بزيادة 20% عن" is drawn (left to right) as: نع %20 ةدايزب
    assert logical(list("نع %20 ةدايزب"), rtl=True) == "بزيادة 20% عن"
    # in Latin text the sign stays with its number: "من Patriot 20%" ends the line
    assert logical(list("Patriot 20% نم"), rtl=True) == "من Patriot 20%"


def test_a_sentence_end_drawn_right_of_an_arabic_line_ends_it() -> None:
    # a left-to-right paragraph draws "... بحلول 2025." as: 2025 لولحب ... .
    assert logical(list('2025 لولحب دعوو ."ىلوأ ةوطخ".'), rtl=True) == (
        '"خطوة أولى". ووعد بحلول 2025.'
    )
    assert logical(list("ةنسلا."), rtl=True) == "السنة."
    assert logical(list("دقنلا قودنص( كنبلا)."), rtl=True) == "البنك (صندوق النقد)."
    assert logical(list('فقوتن نل" :لاق!"'), rtl=True) == 'قال: "لن نتوقف!"'
    # a quote that ends the paragraph goes with its full stop: "قال "نص 2025"."
    assert logical(list('2025 صن" لاق".'), rtl=True) == 'قال "نص 2025".'
    assert logical(list('قيرطلا".'), rtl=True) == 'الطريق".'  # the quote opened a line above


def test_an_arabic_line_set_left_to_right_keeps_a_latin_name_between_its_runs() -> None:
    # "قال الرئيس Emmanuel Macron إن بلاده تساعد." in a left-to-right paragraph
    drawn = list("سيئرلا لاق Emmanuel Macron دعاست هدلب نإ.")
    assert arabic_set_ltr_logical(drawn) == "قال الرئيس Emmanuel Macron إن بلده تساعد."
    assert ends_on_the_right(drawn)
    assert not ends_on_the_right(list(".دعاست هدلب نإ Emmanuel Macron سيئرلا لاق"))
    # a number at the line's left end is the last word of the Arabic run beside it
    assert arabic_set_ltr_logical(list("2024 ماع يف (IMF) دقنلا")) == "في عام 2024 (IMF) النقد"
    # a list item's sign at the line's left starts it; a dash inside the line is read in place
    assert arabic_set_ltr_logical(list("- ريصق صن.")) == "- نص قصير."
    assert arabic_set_ltr_logical(list("• ةطخلا")) == "• الخطة"
    assert arabic_set_ltr_logical(list("ءاقل - ريصق صن.")) == "نص قصير - لقاء."


def test_punctuation_that_may_start_an_arabic_line_stays_first() -> None:
    assert logical(list('ىلوأ ةوطخ"'), rtl=True) == '"خطوة أولى'
    assert logical(list("نايب ردص -"), rtl=True) == "- صدر بيان"
    assert logical(list("لاقو..."), rtl=True) == "...وقال"


def test_lam_alef_ligature_stays_one_unit() -> None:
    assert logical(["م", "لا", "س", "ل", "ا"], rtl=True) == "السلام"


def test_arabic_inside_an_english_line() -> None:
    assert logical(list("the word مالس means peace"), rtl=False) == "the word سلام means peace"


# --- titles -------------------------------------------------------------------------------
def test_first_heading_of_each_fixture() -> None:
    for name in SOURCES:
        pages = layout_pages(PdfReader(str(FIXTURES / f"{name}.pdf")))
        assert first_heading(pages) == source_text(name).split("\n")[0], name


@pytest.mark.parametrize(
    ("title", "file_name", "generic"),
    [
        (None, "x.pdf", True),
        ("", "x.pdf", True),
        ("seed", "x.pdf", True),
        ("Untitled", "x.pdf", True),
        ("Microsoft Word - report.docx", "x.pdf", True),
        ("lo_amiri", "lo_amiri.pdf", True),
        ("lo_amiri.pdf", "lo_amiri.pdf", True),
        ("Ceasefire monitoring", "lo_amiri.pdf", False),
        ("اجتماع وزاري في باريس", "x.pdf", False),
    ],
)
def test_generic_titles(title, file_name, generic) -> None:
    assert is_generic_title(title, file_name) is generic


def test_pick_title() -> None:
    assert pick_title("Ceasefire monitoring", "عنوان", "a.pdf") == "Ceasefire monitoring"
    assert pick_title("seed", "عنوان المقال", "a.pdf") == "عنوان المقال"
    assert pick_title("a", "عنوان المقال", "a.pdf") == "عنوان المقال"
    assert pick_title(None, None, "a.pdf") is None


def as_form_xobject(src: Path, dst: Path) -> Path:
    """Copy a one-page PDF with its page content moved into a Form XObject (as Word may)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    writer = PdfWriter(clone_from=str(src))
    page = writer.pages[0]
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in page.mediabox]),
            NameObject("/Resources"): page["/Resources"],
        }
    )
    content = DecodedStreamObject()
    content.set_data(b"q /Fm0 Do Q")
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})}
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    writer.write(str(dst))
    return dst


def test_text_inside_a_form_xobject(tmp_path) -> None:
    path = as_form_xobject(FIXTURES / "lo_amiri.pdf", tmp_path / "form.pdf")
    text = document_text(layout_pages(PdfReader(str(path))))
    assert similarity(source_text("lo_amiri"), text) >= 0.99


def test_arabic_indic_digits_read_left_to_right() -> None:
    # "خلال ٣٠ يوما" drawn: اموي ٣٠ لالخ
    assert logical(list("اموي ٣٠ لالخ"), rtl=True) == "خلال ٣٠ يوما"


def overprinted(src: Path, dst: Path, dx: float = 0.3) -> Path:
    """Copy a one-page PDF whose text is drawn twice, the second time shifted (fake bold)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter(clone_from=str(src))
    page = writer.pages[0]
    data = page.get_contents().get_data()
    content = DecodedStreamObject()
    content.set_data(b"q " + data + b" Q q 1 0 0 1 %.2f 0 cm " % dx + data + b" Q")
    page.replace_contents(content)
    writer.write(str(dst))
    return dst


def test_text_drawn_twice_is_read_once(tmp_path) -> None:
    path = overprinted(FIXTURES / "lo_naskh.pdf", tmp_path / "bold.pdf")
    text = document_text(layout_pages(PdfReader(str(path))))
    assert similarity(source_text("lo_naskh"), text) >= 0.99


def test_a_page_the_glyph_reading_misses_comes_from_the_plain_reading() -> None:
    from archiver.core.imports.pdf import METHOD_MIXED, _text
    from archiver.core.imports.pdf.reading import Readings

    pages = layout_pages(PdfReader(str(FIXTURES / "lo_multipage.pdf")))
    readings = Readings(plain=["one", "النص البديل للصفحة الثانية", "three"])
    readings.glyphs = [pages[0], None, pages[2]]
    text, method = _text(readings, readings.plain)
    lines = text.split("\n")
    assert method == METHOD_MIXED
    assert "النص البديل للصفحة الثانية" in lines
    assert lines.index("النص البديل للصفحة الثانية") > 0
    assert lines[0] == source_text("lo_multipage").split("\n")[0]


def test_harakat_of_a_qt_pdf_stay_on_their_letter(qapp, tmp_path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import pdf_fixtures as fx

    line = "يُعرف الاجتماع سيُعقد تدريجيًا إنّ الوزراء كَتَبَ"
    path = fx.make_pdf(tmp_path / "harakat.pdf", [line])
    assert document_text(layout_pages(PdfReader(str(path)))) == unicodedata.normalize("NFC", line)


def test_unmapped_glyphs_and_controls_are_dropped() -> None:
    from archiver.core.imports.pdf.glyphs import _fold

    assert _fold("\x05") == ""
    assert _fold("ﻻ") == "لا"
    assert _fold("\ufe70") == "\u064b"  # an isolated tanween form: the mark, no space
    assert _fold("\u200fب") == "ب"
