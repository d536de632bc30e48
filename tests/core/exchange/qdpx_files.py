"""Projects for the REFI-QDA tests: an annotated archive exported, projects edited by hand."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from archiver.core.annotations.model import MemoTarget
from archiver.core.archive import Archive
from commitment_sample import import_document, participant_ids, quote_of, record_sample

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "qdpx"
QUALCODER = FIXTURES / "qualcoder-export.qdpx"
ENGLISH = "Talks in London.  \r\nDenmark pledged air defence systems.\r\n\r\nSweden hesitated.\n"


def annotate(archive: Archive, tmp_path: Path) -> tuple[int, int]:
    """The sample article coded (suggestions confirmed, three commitments, a tag) and an English
    text with CRs and trailing spaces coded by hand; the two document ids."""
    ar = import_document(archive, tmp_path)
    archive.annotations.mentions.confirm_all(ar)
    record_sample(archive, ar)
    archive.annotations.tags.add(ar, "region/levant")
    path = tmp_path / "talks-en.txt"
    path.write_bytes(ENGLISH.encode())
    en = archive.import_paths([path]).imported[0].id
    (denmark,) = participant_ids(archive, "Denmark")
    archive.annotations.mentions.tag_span(en, *quote_of(archive, en, "Denmark"), denmark)
    archive.commitments.add(en, [denmark, (participant_ids(archive, "Ukraine")[0], "recipient")],
                            category="military", status="pledged", what="air defence",
                            quantity=3, unit="systems",
                            quote=quote_of(archive, en, "pledged air defence systems"))  # fmt: skip
    memos = archive.annotations.memos
    pledge = archive.commitments.list_commitments(document_id=en)[0]
    memos.add(MemoTarget.on_document(ar), "مقال من الوكالة")
    memos.add(MemoTarget.on_quote(en, *quote_of(archive, en, "Sweden hesitated")),
              "check the minutes", author="Sami")  # fmt: skip
    memos.add(MemoTarget.on_commitment(pledge.id), "three systems, not two")
    memos.add(MemoTarget.on_participant(denmark), "Denmark memo")
    return ar, en


def entries(path: Path) -> dict[str, bytes]:
    """Every entry of a zip, by name."""
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist() if not i.filename.endswith("/")}


def rewrite(source: Path, target: Path, changes: dict[str, bytes | None]) -> Path:
    """A copy of a project with entries replaced (None: removed)."""
    found = entries(source)
    for name, data in changes.items():
        if data is None:
            found.pop(name, None)
        else:
            found[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in found.items():
            zf.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target
