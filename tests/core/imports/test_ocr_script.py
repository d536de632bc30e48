"""Words OCR read in the wrong script, replaced from a reading with the page's one model."""

from __future__ import annotations

from archiver.core.imports.ocr.script import fix_scripts, page_script, replace_strays


def test_the_script_of_a_page_is_the_one_that_clearly_outnumbers_the_other() -> None:
    assert page_script("أعلن وزير الطاقة أن التغذية سترتفع lags بحلول الصيف") == "ara"
    assert page_script("The minister said on Monday that عشر hours") == "eng"
    assert page_script("أعلن وزير الطاقة أن التغذية سترتفع") is None  # nothing to mend
    assert page_script("The minister said وزير الطاقة قال") is None  # a page of both


def test_a_stray_word_is_taken_from_the_one_model_reading() -> None:
    first = "سترتفع إلى عشر ساعات lags بحلول الصيف.\nوقال الوزير إن بلاده ستقدم مساعدات gla)"
    again = "سترتفع إلى عشر ساعات يومياً بحلول الصيف. وقال الوزير إن بلاده ستقدم مساعدات للبنان."
    assert replace_strays(first, again, "ara") == (
        "سترتفع إلى عشر ساعات يومياً بحلول الصيف.\nوقال الوزير إن بلاده ستقدم مساعدات للبنان."
    )
    # two Latin words read as one Arabic word: the run is replaced as a whole
    assert replace_strays("في Ly la مدينة", "في طرابلس مدينة", "ara") == "في طرابلس مدينة"


def test_a_real_latin_name_stays_when_the_one_model_reads_junk() -> None:
    first = "وقال الرئيس الفرنسي Emmanuel Macron إن بلاده"
    again = "وقال الرئيس الفرنسي 1/136101! اع20173110 إن بلاده"
    assert replace_strays(first, again, "ara") == first


def test_only_pages_of_one_script_with_strays_are_read_again() -> None:
    asked: list[tuple[list[int], str]] = []

    def reread(indices: list[int], language: str) -> list[str]:
        asked.append((indices, language))
        return ["ساعات يومياً بحلول الصيف والشتاء"]

    pages = [
        "The minister said the supply would increase.",
        "ساعات lags بحلول الصيف والشتاء",
        "أعلن وزير الطاقة",
    ]
    assert fix_scripts(pages, reread, ("ara", "eng")) == [
        pages[0],
        "ساعات يومياً بحلول الصيف والشتاء",
        pages[2],
    ]
    assert asked == [([1], "ara")]
    assert fix_scripts(pages, reread, ("ara",)) == pages  # no other model was read with
