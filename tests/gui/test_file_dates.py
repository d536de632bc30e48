"""A date that is only the file's creation date is marked in the reader, list and details."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from waiting import settle

import pdf_fixtures as fx
from archiver.core.text.scripts import BIDI_CONTROLS
from archiver.gui.locale_text import isolate
from archiver.gui.mainwindow import MainWindow
from archiver.gui.metadata_dialog import MetadataDialog

MARK = "(the file's creation date, not the publication date)"


def unmarked(text: str) -> str:
    """``text`` without its direction marks and isolates."""
    return re.sub(f"[{BIDI_CONTROLS}]", "", text)


def test_a_creation_date_is_marked_until_the_user_sets_the_date(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    plain = fx.make_pdf(tmp_path / "plain.pdf", ["قالت فرنسا إنها مستعدة للمساهمة في المراقبة."])
    pdf = fx.set_metadata(plain, tmp_path / "talks.pdf", CreationDate="D:20240301101500Z")
    window.show_report = lambda report: None
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(pdf)])
    settle(qtbot, window)
    doc_id = window.model.doc_id(0)
    assert doc_id is not None
    window.open_document(doc_id)
    assert f"2024-03-01 {MARK}" in unmarked(window.reader.meta.text())
    assert isolate("2024-03-01") in window.reader.meta.text()  # read 2024-03-01 after Arabic too
    cell = window.model.index(0, 1)
    assert cell.data() == "2024-03-01"  # the cell shows the date; the mark is beside it
    assert "not the publication date" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    dialog = MetadataDialog(window.session.document(doc_id))
    qtbot.addWidget(dialog)
    assert "creation date, not the publication date" in dialog.date_note.text()
    dialog.published.setText("2024-02-28")
    with qtbot.waitSignal(window.session.events.document_updated, timeout=10000):
        window.session.update_document(doc_id, **dialog.changes())
    doc = window.session.document(doc_id)
    assert (doc.published, doc.published_source, doc.file_date) == (
        "2024-02-28",
        "user",
        "2024-03-01",
    )
    window.open_document(doc_id)
    assert MARK not in window.reader.meta.text()
    assert "file created 2024-03-01" in unmarked(window.reader.meta.text())
    assert isolate("2024-03-01") in window.reader.meta.text()
    cell = window.model.index(window.model.row_of(doc_id), 1)
    assert cell.data() == "2024-02-28" and cell.data(Qt.ItemDataRole.ToolTipRole) is None
    again = MetadataDialog(doc)
    qtbot.addWidget(again)
    assert again.date_note.text() == f"The file was created on {isolate('2024-03-01')}."


def test_an_attachment_shows_its_emails_date_and_the_email_its_senders_address(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"] = "Nadia Policy <nadia@ngo.example>"
    message["Subject"] = "Drought plan"
    message["Date"] = "Thu, 14 Mar 2024 10:15:00 +0200"
    message.set_content("Please find the notes attached.")
    notes = "رفعت الوزارة صندوق الجفاف إلى خمسين مليون دولار.\n".encode()
    message.add_attachment(notes, maintype="text", subtype="plain", filename="notes.txt")
    (tmp_path / "plan.eml").write_bytes(message.as_bytes(policy=SMTP))
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "plan.eml")])
    mail, attached = (f.id for f in reports[0].imported)
    window.open_document(mail)
    assert "Nadia Policy" in window.reader.meta.text()
    assert "nadia@ngo.example" in window.reader.meta.text()
    window.open_document(attached)
    assert "2024-03-14 (the date of its e-mail)" in unmarked(window.reader.meta.text())
    assert "Nadia Policy" in window.reader.meta.text()
