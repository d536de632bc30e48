"""A document whose stored text is damaged: its hit says so, opening it names it, and neither
leaves another document's text in the reader nor fails the search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.gui.waiting import import_and_wait, search

from archiver.gui.results_model import COLUMNS, SNIPPET_ROLE

DAMAGED = "قمة في لندن لتحالف الداعمين، وقال وزير الخارجية إن الضمانات ستبحث غداً. " * 8
SOUND = "وصل الوفد إلى لندن أمس، وقال مسؤول إن المحادثات مستمرة حول وقف إطلاق النار. " * 8


def damage_text(database: Path, doc_id: int) -> None:
    """Flip bytes inside a document's packed text, as a bad sector would."""
    with sqlite3.connect(database) as db:
        blob = db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()[0]
        assert isinstance(blob, bytes)
        damaged = blob[:10] + bytes(b ^ 0x55 for b in blob[10:20]) + blob[20:]
        db.execute("UPDATE document SET text = ? WHERE id = ?", (damaged, doc_id))


def import_one_damaged(qtbot, window, tmp_path: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Import a damaged and a sound article through the window, then damage the first's
    stored text: their ids by file name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "damaged.txt").write_text(DAMAGED, encoding="utf-8")
    (folder / "sound.txt").write_text(SOUND, encoding="utf-8")
    report = import_and_wait(qtbot, window, [folder])
    ids = {Path(doc.path).name: doc.id for doc in report.imported}
    damage_text(window.session.root / "archive.sqlite3", ids["damaged.txt"])
    return ids


def test_a_damaged_text_is_said_in_its_hit_and_when_opened(qtbot, window, tmp_path) -> None:
    ids = import_one_damaged(qtbot, window, tmp_path)
    search(qtbot, window, "لندن")
    model, title = window.model, COLUMNS.index("title")
    assert model.rowCount() == 2
    shown = {model.index(r, title).data(SNIPPET_ROLE) for r in range(2)}
    assert "The stored text is damaged: archiver check names it" in shown
    assert any("<b>لندن</b>" in s for s in shown)  # the sound hit keeps its snippet
    window.open_document(ids["sound.txt"])
    assert "المحادثات" in window.document_text()
    window.open_document(ids["damaged.txt"])
    assert window.document_text() == "" and window.current_id is None  # not the sound one's
    message = window.statusBar().currentMessage()
    assert f"document {ids['damaged.txt']}: stored text is damaged" in message


def test_the_annotations_of_the_document_shown_before_do_not_stay(qtbot, composed, tmp_path):
    window, controller = composed
    ids = import_one_damaged(qtbot, window, tmp_path)
    window.open_document(ids["sound.txt"])
    qtbot.waitUntil(lambda: controller.panel.doc_id == ids["sound.txt"], timeout=10000)
    window.open_document(ids["damaged.txt"])
    assert controller.panel.doc_id is None  # the panel shows no document, not the sound one
