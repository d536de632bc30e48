"""A merge reports the documents it adds whose text this archive holds already, or nearly
(what an import would have refused as a likely duplicate), and keeps them."""

from __future__ import annotations

from pathlib import Path

from archiver.core.archive import Archive
from sync_copies import imported, send

REPORT = (
    "بيروت — قال وزير الخارجية يوم الجمعة إن لبنان سيتلقى 250 مليون دولار من دول الخليج "
    "لإعادة إعمار الجنوب، واصفاً المبلغ بأنه خطوة أولى. ووعد الوزير بنشر تفاصيل الصندوق "
    "بحلول حزيران 2025، وقالت مصادر دبلوماسية إن الدفعة الأولى ستصل قبل نهاية السنة. "
    "وأضاف أن الحكومة ستعرض خطة الإعمار على البرلمان في جلسة خاصة الأسبوع المقبل."
)
OTHER = "Tunis — the labour union called a general strike for Thursday over the budget."


def _write(tmp_path: Path, archive: Archive, name: str, text: str) -> Path:
    path = tmp_path / "in" / archive.root.name / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_near_copy_brought_by_a_merge_is_kept_and_reported(two, tmp_path: Path) -> None:
    a, b = two
    (held,) = imported(b, [_write(tmp_path, b, "report.txt", REPORT)])
    edited = REPORT.replace("يوم الجمعة", "الجمعة") + "\n"  # the same article, saved again
    imported(
        a, [_write(tmp_path, a, "report-copy.txt", edited), _write(tmp_path, a, "o.txt", OTHER)]
    )
    refused = b.import_paths([_write(tmp_path, b, "again.txt", edited)])
    assert [d.id for d in refused.duplicates] == [held]  # what the import says of it
    report = send(a, b)
    assert len(report.documents_added) == 2
    (copy,) = report.likely_duplicates
    assert copy["of"] == held and copy["document"] in report.documents_added
    assert copy["of_title"] == b.document(held).title
    assert 0.9 <= copy["similarity"] <= 1.0
    assert report.to_json()["likely_duplicates"] == [copy]
    assert b.document(copy["document"]).text.startswith("بيروت")  # kept, not dropped


def test_the_same_text_in_another_file_is_a_copy_and_unrelated_texts_are_not(
    two, tmp_path: Path
) -> None:
    a, b = two
    (held,) = imported(b, [_write(tmp_path, b, "report.txt", REPORT)])
    bom = tmp_path / "in" / "A" / "report-bom.txt"
    bom.parent.mkdir(parents=True, exist_ok=True)
    bom.write_bytes(REPORT.encode("utf-8-sig"))  # other bytes, the same text
    imported(a, [bom, _write(tmp_path, a, "o.txt", OTHER)])
    report = send(a, b)
    assert [(c["of"], c["similarity"]) for c in report.likely_duplicates] == [(held, 1.0)]
    assert send(a, b).likely_duplicates == []  # merged again: nothing added, nothing said
