"""The CLI on the new formats: an e-mail and its attachment linked in ``show`` and ``show
--json``; a bad file of each kind refused with its reason, exit code 1 and nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import format_fixtures as ff

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "lo_amiri.pdf"


def test_show_names_the_email_of_an_attachment_and_the_attachments_of_an_email(run, tmp_path):
    mail = ff.write_eml(tmp_path / "plan.eml", PDF)
    code, out, _ = run("import", str(mail), "--json")
    assert code == 0
    mail_id, pdf_id = (f["id"] for f in json.loads(out)["imported"])
    shown = json.loads(run("show", str(mail_id), "--json")[1])
    assert (shown["attachments"], shown["attached_to"]) == ([pdf_id], None)
    assert shown["author"].startswith(ff.AUTHOR) and shown["source"]["kind"] == "email"
    attached = json.loads(run("show", str(pdf_id), "--json")[1])
    assert (attached["attachments"], attached["attached_to"]) == ([], mail_id)
    assert f"attachments: #{pdf_id}" in run("show", str(mail_id))[1]
    assert f"attached to #{mail_id}" in run("show", str(pdf_id))[1]


BAD = {
    "cut.docx": (b"PK\x03\x04 cut short", "not a readable Word document"),
    "locked.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected"),
    "empty.odt": (b"PK\x05\x06" + bytes(18), "no content.xml"),
    "cut.epub": (b"PK\x03\x04", "not a readable EPUB book"),
    "plain.rtf": (b"just some words, not RTF", "not an RTF file"),
    "menu.html": (b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
                  "no article text found"),
    "note.eml": (b"just a line of text\n", "not an e-mail message"),
    "page.mhtml": (b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello\n", "no HTML part"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_file_of_each_kind_is_refused_with_its_reason(run, tmp_path, name) -> None:
    data, reason = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    code, out, _ = run("import", str(path), "--json")
    report = json.loads(out)
    assert code == 1 and not report["imported"]
    [failed] = report["failed"]
    assert reason in failed["reason"], failed
    assert json.loads(run("export", "documents")[1])["documents"] == []
