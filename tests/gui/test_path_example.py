"""The labels that explain a path ("a/b is b under a") isolate the example's names, so the
Arabic sentence around them keeps its order, and use the interface's own letters (أ/ب)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from archiver.gui.bulk_actions import path_example, tag_names
from archiver.gui.locale_text import FSI, PDI

LABEL = "Tags (comma between two; {0} is {1} under {2}):"


def test_tags_split_on_the_comma_the_arabic_comma_and_semicolon() -> None:
    assert tag_names("مساعدات، تمويل؛ إغاثة, aid/food ,, ") == [
        "مساعدات", "تمويل", "إغاثة", "aid/food"]  # fmt: skip


def test_the_example_is_isolated_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    shown = path_example(QCoreApplication.translate("BulkActions", LABEL))
    assert shown == f"Tags (comma between two; {FSI}a/b{PDI} is {FSI}b{PDI} under {FSI}a{PDI}):"


def test_the_arabic_label_has_arabic_letters_each_isolated(arabic) -> None:  # type: ignore[no-untyped-def]
    shown = path_example(QCoreApplication.translate("BulkActions", LABEL))
    assert shown.startswith("الوسوم")
    assert f"{FSI}أ/ب{PDI} يعني {FSI}ب{PDI} تحت {FSI}أ{PDI}" in shown
    assert "a/b" not in shown
    collection = path_example(
        QCoreApplication.translate("LibraryFlow", "Name ({0} makes {1} inside {2}):")
    )
    assert f"{FSI}أ/ب{PDI}" in collection and collection.startswith("الاسم")
