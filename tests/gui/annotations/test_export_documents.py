"""File → Export documents (CSV)…, also in the command palette: the documents' metadata written on
a worker, as the command line's `export documents` writes it (F15)."""

from __future__ import annotations

import csv
from pathlib import Path

from annotation_helpers import controller_of
from PySide6.QtWidgets import QMenu

from archiver.core.export.writers import export


def test_export_documents_from_the_file_menu_in_arabic(qtbot, arabic, annotating, tmp_path: Path):  # type: ignore[no-untyped-def]
    window, doc = annotating
    controller = controller_of(window)
    action = window.actions_by_id["export_documents_csv"]
    file_menu = window.menuBar().findChild(QMenu, "menuFile")
    assert action in file_menu.actions() and action in window.registry.enabled_actions()
    assert action.text() == "تصدير الوثائق (CSV)…"
    target = tmp_path / "out" / "documents.csv"
    target.parent.mkdir()
    controller.ask_save_path = lambda _title, suggested: str(target)
    with qtbot.waitSignal(controller.exported, timeout=15000) as written:
        action.trigger()
    assert written.args == [str(target)]
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(int(r["id"]), r["title"]) for r in rows] == [(doc, window.session.document(doc).title)]
    assert rows[0]["published"] == "2025-07-09"
    assert target.read_bytes() == export(window.session.reader, "documents", "csv")  # as the CLI
