"""An impossible date filter is refused in the search bar with its reason, as other refused
queries are (in the Arabic interface, in Arabic); good dates keep their hits; the refused query
is not the one kept."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale
from waiting import import_and_wait, search

from archiver.gui import window_layout
from archiver.gui.locale_text import FSI, PDI
from archiver.gui.mainwindow import MainWindow
from archiver.services.settings import Settings

REFUSED = {
    "date:2025-13 تونس": 'date: "2025-13" is not a date (month 13).',
    "date:2025-07-10..2025-07-01": "date: the range 2025-07-10..2025-07-01 ends before it starts.",
    "date:2025-02-30": 'date: "2025-02-30" is not a date (February 2025 has 28 days).',
}


def _plain(label: str) -> str:
    """The page's text without its markup's escapes and the bidi isolates around details."""
    return html.unescape(label).replace(FSI, "").replace(PDI, "")


def _dated(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "dated"
    folder.mkdir()
    (folder / "2025-07-05-tunis.txt").write_text("تونس\n\nاجتماع في تونس", encoding="utf-8")
    (folder / "2024-03-01-talks.txt").write_text("Talks\n\nTalks in Tunis", encoding="utf-8")
    import_and_wait(qtbot, window, [folder])


def test_a_bad_date_is_refused_with_its_reason(qtbot, window, tmp_path, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    _dated(qtbot, window, tmp_path)
    search(qtbot, window, "date:2025-07 تونس")
    assert window.model.total == 1 and window.results_stack.currentWidget() is window.results
    for query, reason in REFUSED.items():
        search(qtbot, window, query)
        assert window.results_stack.currentWidget() is window.no_hits, query
        shown = _plain(window.no_hits.label.text())
        assert "This query cannot be searched" in shown and reason in shown, shown
        assert window.status_hits.text() == "not searched"
    window_layout.save(window, settings)
    assert settings.last_query(str(window.session.root)) == "date:2025-07 تونس"  # not a refused one
    search(qtbot, window, "date:2024..2025-07-05")
    assert window.model.total == 2 and window.results_stack.currentWidget() is window.results


def test_the_arabic_interface_refuses_it_too(arabic, qtbot, settings, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings, session)
    qtbot.addWidget(window)
    window.show()
    _dated(qtbot, window, tmp_path)
    search(qtbot, window, "date:2025-13 تونس")
    shown = _plain(window.no_hits.label.text())
    assert "لا يمكن البحث بهذا الاستعلام" in shown
    assert f"التاريخ «2025-13» ليس تاريخاً صحيحاً (لا يوجد شهر {QLocale().toString(13)})" in shown
    assert "is not a date" not in shown  # the core's English sentence is the CLI's
    assert window.status_hits.text() == "لم يُجرَ البحث"
