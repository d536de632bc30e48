"""The import's status: the file being stored, then the merge of the index at the end."""

from __future__ import annotations

from archiver.core.imports.batch import TIDYING
from archiver.gui.import_status import ImportStatus


def test_the_status_names_the_file_then_the_index_merge(qtbot) -> None:  # type: ignore[no-untyped-def]
    status = ImportStatus()
    qtbot.addWidget(status)
    status.update_progress(3, 1200, "/corpus/2017/article-0003.txt")
    assert status.label.text() == "Importing 3 of 1,200 · \u2068article-0003.txt\u2069"
    status.update_progress(1200, 1200, TIDYING)
    assert status.label.text() == "Imported 1,200 of 1,200 · merging the search index…"
    assert status.bar.value() == 1200


def test_the_index_merge_is_named_in_arabic(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    status = ImportStatus()
    qtbot.addWidget(status)
    status.update_progress(1200, 1200, TIDYING)
    assert "دمج فهرس البحث" in status.label.text() and "merging" not in status.label.text()
