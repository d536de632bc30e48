"""Word tables: every cell's words once, in reading order (merged cells once, nested tables
and content controls included)."""

from __future__ import annotations

from pathlib import Path

from archiver.core.imports import prepare

# a cell's words each, unique, so that a lost or doubled cell shows
CELLS = [
    ["الجهة", "المبلغ", "الموعد"],
    ["البنك الدولي", "300 مليون دولار", "حزيران 2025"],
    ["الصندوق العربي", "120 مليون دولار", "أيلول 2025"],
]


def _write(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("مذكرة المساعدات")
    for n in range(3):  # several tables: a cell's proxy freed in one is no other's
        table = document.add_table(rows=3, cols=3)
        for r, row in enumerate(CELLS):
            for c, words in enumerate(row):
                table.cell(r, c).text = f"{words} {n}"
        document.add_paragraph(f"فقرة بعد الجدول {n}")
    merged = document.add_table(rows=3, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "عنوان ممتد على ثلاثة أعمدة"
    merged.cell(1, 0).merge(merged.cell(2, 0)).text = "خلية ممتدة على صفين"
    merged.cell(1, 1).text, merged.cell(1, 2).text = "Alpha", "Beta"
    merged.cell(2, 1).text, merged.cell(2, 2).text = "Gamma", "Delta"
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "الخلية الخارجية"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "داخلي أول", "داخلي ثان"
    outer.cell(0, 1).add_paragraph("بعد الجدول الداخلي")
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>نص في عنصر تحكم</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, control)
    document.add_paragraph("الخاتمة")
    document.save(str(path))
    return path


def test_every_cell_of_every_table_once_in_reading_order(tmp_path) -> None:
    text = prepare(_write(tmp_path / "memo.docx")).extracted.text
    lines = [line.strip("\u200f\u200e") for line in text.split("\n") if line.strip()]
    expected = ["مذكرة المساعدات"]
    for n in range(3):
        expected += [f"{words} {n}" for row in CELLS for words in row]
        expected.append(f"فقرة بعد الجدول {n}")
    expected += ["عنوان ممتد على ثلاثة أعمدة", "خلية ممتدة على صفين", "Alpha", "Beta"]
    expected += ["Gamma", "Delta", "الخلية الخارجية", "داخلي أول", "داخلي ثان"]
    expected += ["بعد الجدول الداخلي", "نص في عنصر تحكم", "الخاتمة"]
    assert lines == expected


def test_a_paragraphs_tracked_insertions_and_controls_are_text_its_deletions_not(
    tmp_path,
) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    runs = (
        "<w:r><w:t xml:space='preserve'>قال الوزير </w:t></w:r>"
        "<w:ins w:id='1' w:author='ليلى'><w:r><w:t xml:space='preserve'>يوم الجمعة </w:t></w:r></w:ins>"
        "<w:del w:id='2' w:author='ليلى'><w:r><w:delText>يوم الخميس </w:delText></w:r></w:del>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space='preserve'>في بيروت </w:t></w:r>"
        "</w:sdtContent></w:sdt>"
        "<w:smartTag w:uri='x' w:element='place'><w:r><w:t xml:space='preserve'>إن </w:t></w:r>"
        "</w:smartTag>"
        "<w:hyperlink r:id='rId99'><w:r><w:t xml:space='preserve'>الخطة </w:t></w:r></w:hyperlink>"
        "<w:fldSimple w:instr='DATE'><w:r><w:t>ستُنفَّذ</w:t></w:r></w:fldSimple>"
    )
    paragraph = parse_xml(f"<w:p {nsdecls('w', 'r')}>{runs}</w:p>")
    document.element.body.insert(0, paragraph)
    document.save(str(tmp_path / "tracked.docx"))
    text = prepare(tmp_path / "tracked.docx").extracted.text
    assert text.strip("\u200f\u200e") == "قال الوزير يوم الجمعة في بيروت إن الخطة ستُنفَّذ"
