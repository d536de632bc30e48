"""Publication dates found in a text's dateline: a test per form, and what is left alone."""

from __future__ import annotations

import pytest

from archiver.core.dates import shown_date
from archiver.core.dates.datelines import find_dateline
from archiver.core.dates.names import date_from_name
from archiver.core.model import DatePrecision

TITLE = "المجلس البلدي يناقش خطة المياه\n\n"
LEAD = " - قال رئيس المجلس في اجتماع استثنائي صباح اليوم إن الخطة تشمل إصلاح الشبكة القديمة"


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        pytest.param("القاهرة، 9 يوليو 2025", "2025-07-09", id="egyptian-gulf"),
        pytest.param("الرياض، 3 أغسطس 2024", "2024-08-03", id="egyptian-gulf-hamza"),
        pytest.param("بيروت، 15 آذار 2024", "2024-03-15", id="levantine"),
        pytest.param("بغداد - 1 تشرين الثاني 2022", "2022-11-01", id="iraqi-two-words"),
        pytest.param("دمشق، 20 كانون الأول 2021", "2021-12-20", id="levantine-december"),
        pytest.param("عمان، 10 أيار (مايو) 2019", "2019-05-10", id="levantine-with-egyptian"),
        pytest.param("تونس، 18 جانفي 2017", "2017-01-18", id="maghrebi-january"),
        pytest.param("الجزائر في 3 جويلية 2023", "2023-07-03", id="maghrebi-july"),
        pytest.param("الرباط، 14 أوت 2020", "2020-08-14", id="maghrebi-august"),
        pytest.param("الرياض، 5 رمضان 1445 هـ", "2024-03-15", id="hijri"),
        pytest.param("مكة المكرمة ١ محرم ١٤٤٦هـ", "2024-07-07", id="hijri-arabic-indic"),
        pytest.param("الأربعاء 5 رمضان 1445 هـ الموافق 15 مارس 2024 م", "2024-03-15", id="dual"),
        pytest.param("صدر في 2025/07/09", "2025-07-09", id="numeric-year-first"),
        pytest.param("تونس في 09-07-2025", "2025-07-09", id="numeric-day-first"),
        pytest.param("نشر في ٩ يوليو ٢٠٢٥", "2025-07-09", id="arabic-indic-digits"),
        pytest.param("الخرطوم، ٠٩/٠٧/٢٠٢٥", "2025-07-09", id="arabic-indic-numeric"),
        pytest.param("LONDON, 10 July 2025 (Reuters)", "2025-07-10", id="english-reuters"),
        pytest.param("WASHINGTON, July 10, 2025 (AP)", "2025-07-10", id="english-month-first"),
        pytest.param("Published on 3 Sept. 2024", "2024-09-03", id="english-abbreviated"),
    ],
)
def test_a_dateline_gives_the_day(dateline: str, iso: str) -> None:
    found = find_dateline(TITLE + dateline + LEAD)
    assert found is not None
    assert (found.iso, found.precision, found.warning) == (iso, DatePrecision.DAY, None)


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        pytest.param("بيروت، 15 آذار/مارس 2024", "2024-03-15", id="syriac-western"),
        pytest.param("دمشق، 15 شباط/فبراير 2024", "2024-02-15", id="february"),
        pytest.param("بيروت، 15 آذار/ مارس 2024", "2024-03-15", id="space-after-slash"),
        pytest.param("عمان، 3 أيار / مايو 2023", "2023-05-03", id="spaces-around-slash"),
        pytest.param("بغداد، 7 كانون الثاني/يناير 2022", "2022-01-07", id="two-words-first"),
        pytest.param("دبي، 9 أكتوبر/تشرين الأول 2021", "2021-10-09", id="two-words-second"),
        pytest.param("الكويت، 2 مايو/أيار 2020", "2020-05-02", id="western-syriac"),
        pytest.param("بيروت، 1 تشرين الثاني / نوفمبر 2019", "2019-11-01", id="november"),
        pytest.param("بيروت، الجمعة 15 آذار/مارس 2024", "2024-03-15", id="with-weekday"),
        pytest.param("بيروت، 15 آذار/مارس 2024 م", "2024-03-15", id="era-mark"),
    ],
)
def test_a_double_month_name_gives_the_day(dateline: str, iso: str) -> None:
    found = find_dateline(TITLE + dateline + LEAD)
    assert found is not None
    assert (found.iso, found.precision, found.warning) == (iso, DatePrecision.DAY, None)


def test_a_double_month_name_without_a_day_gives_the_month() -> None:
    found = find_dateline(TITLE + "تقرير شهر كانون الأول/ديسمبر 2023")
    assert found is not None and (found.iso, found.precision) == ("2023-12-01", "month")


def test_a_double_month_name_that_disagrees_is_not_taken() -> None:
    assert find_dateline(TITLE + "بيروت، 15 آذار/أبريل 2024" + LEAD) is None


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    assert find_dateline("Short\n\nA note dated 03/04/2025 from Tripoli about the port.\n") is None
    assert find_dateline(TITLE + "قال الوزير في 12 آذار 2025 إن الخطة ستبدأ.") is None
    assert (
        find_dateline(TITLE + "وقال الوزير في بيان يوم الأحد، 12 آذار 2025. وأضاف أن الخطة جاهزة.")
        is None
    )
    assert find_dateline("Talks\n\nThey met in Geneva, on 20 May 2025. The talks went on.") is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (
            "New York, 20 May 2025. The Secretary-General urged donors to fund the plan, and "
            "two governments said they would raise their share this year.",
            "2025-05-20",
        ),
        (
            "بيروت، 15 آذار 2024. قال رئيس المجلس في اجتماع استثنائي صباح اليوم إن الخطة تشمل "
            "إصلاح الشبكة القديمة في الأحياء الشرقية من المدينة.",
            "2024-03-15",
        ),
    ],
)
def test_a_dateline_closed_by_a_full_stop_heads_a_long_lead(line: str, iso: str) -> None:
    found = find_dateline(TITLE + line)
    assert found is not None and (found.iso, found.precision) == (iso, DatePrecision.DAY)


def test_a_day_and_month_that_could_be_swapped_are_read_day_first_only_in_arabic() -> None:
    lead = " - The port reopened today after the storm, the harbour master said"
    english = find_dateline("Port\n\nTRIPOLI, 03/04/2025" + lead, "en")
    assert english is not None and english.iso == ""
    assert english.warning is not None and "03/04/2025" in english.warning
    assert "3 April or 4 March 2025" in english.warning
    arabic = find_dateline("مرفأ\n\nطرابلس، 03/04/2025 - أعيد فتح المرفأ", "ar")
    assert arabic is not None and (arabic.iso, arabic.warning) == ("2025-04-03", None)
    settled = find_dateline("Port\n\nTRIPOLI, 25/04/2025" + lead, "en")  # no month 25
    assert settled is not None and settled.iso == "2025-04-25"
    same = find_dateline("Port\n\nTRIPOLI, 04/04/2025" + lead, "en")  # either way the same
    assert same is not None and same.iso == "2025-04-04"


def test_a_dateline_on_a_line_of_its_own() -> None:
    found = find_dateline(TITLE + "الثلاثاء 12 مارس 2024\n\nقال رئيس المجلس" + LEAD)
    assert found is not None and found.iso == "2024-03-12"


def test_a_dual_dateline_whose_dates_disagree_keeps_the_gregorian_and_warns() -> None:
    found = find_dateline(TITLE + "الرياض، 5 رمضان 1445 هـ الموافق 20 مارس 2024 م" + LEAD)
    assert found is not None and found.iso == "2024-03-20"
    assert found.warning is not None and "2024-03-15" in found.warning


def test_a_day_apart_is_a_sighting_not_a_mismatch() -> None:
    found = find_dateline(TITLE + "الرياض، 5 رمضان 1445 هـ الموافق 16 مارس 2024 م" + LEAD)
    assert found is not None and (found.iso, found.warning) == ("2024-03-16", None)


def test_a_month_and_a_year_are_kept_with_their_precision() -> None:
    month = find_dateline(TITLE + "تقرير شهر مارس 2024")
    year = find_dateline(TITLE + "2016")
    assert month is not None and (month.iso, month.precision) == ("2024-03-01", "month")
    assert year is not None and (year.iso, year.precision) == ("2016-01-01", "year")
    assert shown_date(month.iso, month.precision) == "2024-03"
    assert shown_date(year.iso, year.precision) == "2016"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            TITLE + 'استضاف برنامج "سينما سينما" الأربعاء 18 جانفي 2017 في موعد استثنائي أبطال '
            "الفيلم التونسي الطويل ومخرج العمل",
            id="an-event-in-the-lead",
        ),
        pytest.param(TITLE + "ابتداء من 21 ديسمبر" + LEAD, id="no-year"),
        pytest.param(TITLE + "الرياض، 31 فبراير 2024" + LEAD, id="no-such-day"),
        pytest.param(TITLE + "الرياض، 12 مارس 1066" + LEAD, id="out-of-range-year"),
        pytest.param(TITLE + "\n".join(["سطر"] * 6) + "\nتونس، 12 مارس 2024", id="too-far"),
    ],
)
def test_what_is_not_a_dateline_is_left_alone(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("JA-society-138-31072016.txt", "2016-07-31"),
        ("JA-culture-1-20170120.txt", "2017-01-20"),
        ("2025-07-09-talks.pdf", "2025-07-09"),
        ("memo 09.07.2025.pdf", "2025-07-09"),
        ("scan_2024_03_01.png", "2024-03-01"),
        ("مذكرة بلدية صيدا ٢٠٢٥-٠٥-١٠.txt", "2025-05-10"),
        ("مذكرة ۱۰-۰۵-۲۰۲۵.pdf", "2025-05-10"),
    ],
)
def test_dates_in_file_names(name: str, iso: str) -> None:
    assert date_from_name(name) == iso


@pytest.mark.parametrize("name", ["31022016.txt", "report-138.txt", "20161331.txt"])
def test_no_date_in_a_file_name(name: str) -> None:
    assert date_from_name(name) is None
