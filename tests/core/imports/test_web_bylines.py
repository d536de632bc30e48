"""A saved page's byline stays in its text and credits the agency, never the dateline's place;
the outlet its <title> or og:site_name names is kept as the document's source."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.core.imports import prepare
from archiver.core.imports.bylines import Credit, outlet_in_title, read_byline

HEADLINE = "وزير المياه يفتتح محطة ضخ جديدة في المفرق"
LEAD = (
    "افتتح وزير المياه والري اليوم محطة ضخ جديدة في محافظة المفرق بكلفة أربعة ملايين دينار، "
    "قال إنها ستخدم نحو ثلاثين ألف نسمة في القرى الشمالية."
)
SECOND = "وأضاف أن الوزارة ستطرح عطاءً لمحطة ثانية قبل نهاية العام."


def _page(byline: str, title: str, head: str = "") -> str:
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title}</title>{head}
<link rel="canonical" href="https://almadina.example/news/mafraq-station">
</head><body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>{HEADLINE}</h1>
<p class="Byline story-byline">{byline}</p>
<p>{LEAD}</p><p>{SECOND}</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def _write(folder: Path, html: str) -> Path:
    path = folder / "mafraq.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_a_place_and_agency_byline_credits_the_agency_and_stays_in_the_text(
    archive, tmp_path
) -> None:
    path = _write(tmp_path, _page("عمّان - بترا", f"{HEADLINE} | صحيفة المدينة"))
    [imported] = archive.import_paths([path]).imported
    document = archive.document(imported.id)
    assert document.author == "بترا"
    assert document.text.split("\n\n") == [HEADLINE, "عمّان - بترا", LEAD, SECOND]
    assert document.title == HEADLINE
    assert document.source == "صحيفة المدينة"
    assert archive.search("source:المدينة").total == 1
    assert archive.search("source:الغد").total == 0


def test_the_site_name_a_page_declares_is_its_outlet(tmp_path) -> None:
    head = '<meta property="og:site_name" content="المدينة نيوز">'
    extracted = prepare(_write(tmp_path, _page("بقلم: سلمى حداد", HEADLINE, head))).extracted
    assert (extracted.source, extracted.author) == ("المدينة نيوز", "سلمى حداد")


def test_a_page_without_outlet_or_byline_has_neither(tmp_path) -> None:
    html = _page("", f"{HEADLINE} | أخبار").replace('<p class="Byline story-byline"></p>', "")
    html = html.replace(f"<title>{HEADLINE} | أخبار</title>", "<title>almadina.example</title>")
    extracted = prepare(_write(tmp_path, html)).extracted
    assert (extracted.source, extracted.author) == ("", "")
    assert extracted.text.split("\n\n") == [HEADLINE, LEAD, SECOND]


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("عمّان - بترا", Credit("عمّان", "بترا")),
        ("عمان-بترا", Credit("عمان", "بترا")),
        ("القدس المحتلة – أحمد خليل", Credit("القدس المحتلة", "أحمد خليل")),
        ("عمّان - بترا - 14 آذار 2025", Credit("عمّان", "بترا")),
        ("LONDON (Reuters)", Credit("LONDON", "Reuters")),
        ("By Jean-Pierre Martin", Credit("", "Jean-Pierre Martin")),
        ("بقلم: ريم نجداوي", Credit("", "ريم نجداوي")),
        ("Jean-Pierre Martin", Credit("", "Jean-Pierre Martin")),
        ("14 آذار 2025", Credit("", "")),
    ],
)
def test_a_byline_is_read_as_place_and_credit(byline: str, credit: Credit) -> None:
    assert read_byline(byline) == credit


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        (f"{HEADLINE} | صحيفة المدينة", "صحيفة المدينة"),
        (f"المدينة نيوز - {HEADLINE}", "المدينة نيوز"),
        (f"{HEADLINE} | محليات | صحيفة المدينة", "صحيفة المدينة"),
        (HEADLINE, ""),
        ("مقال آخر تماماً | صحيفة المدينة", ""),  # the title is not this headline's
    ],
)
def test_the_outlet_is_what_the_title_adds_to_the_headline(title: str, outlet: str) -> None:
    assert outlet_in_title(title, HEADLINE) == outlet
