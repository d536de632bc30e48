"""Export as a REFI-QDA project: valid under the published schema, every mention and quote a
selection at its exact characters, GUIDs from the records' UUIDs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from qdpx_files import annotate, entries

from archiver.core.archive import Archive
from archiver.core.errors import Invalid
from archiver.core.exchange.qdpx import schema
from archiver.core.exchange.qdpx.export import export_qdpx
from archiver.core.exchange.qdpx.vocabulary import Q
from archiver.core.store import portable

XSD = Path(__file__).resolve().parents[3] / "resources" / "refi-qda" / "Project-mrt2019.xsd"


def _project(path: Path) -> etree._Element:
    return etree.fromstring(entries(path)["project.qde"])


def test_the_export_validates_and_every_quote_is_at_its_characters(
    archive: Archive, tmp_path: Path
) -> None:
    ar, en = annotate(archive, tmp_path)
    info = export_qdpx(archive, tmp_path / "out.qdpx")
    root = _project(tmp_path / "out.qdpx")
    xsd = etree.XMLSchema(etree.parse(str(XSD)))
    assert xsd.validate(root), xsd.error_log
    files = entries(tmp_path / "out.qdpx")
    texts = {}
    for source in root.iter(Q + "TextSource"):
        entry = "sources/" + source.get("plainTextPath").removeprefix("internal://")
        texts[source.get("guid")] = files[entry].decode("utf-8")
    spans = {s.uuid: s for s in _spans(archive, [ar, en])}
    selections = [
        s for t in root.iter(Q + "TextSource") for s in t.findall(Q + "PlainTextSelection")
    ]
    assert len(selections) == len(spans) == info.counts["selections"]
    for selection in selections:
        span = spans[selection.get("guid")]
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        text = texts[selection.getparent().get("guid")]
        assert (start, end) == (span.start, span.end)
        assert text[start:end] == span.quote  # code points of the UTF-8 text, as QualCoder counts
    assert texts[portable.uuid_of(archive.db, "document", en)] == archive.document(en).text


class _Span:
    def __init__(self, uuid: str, start: int, end: int, quote: str) -> None:
        self.uuid, self.start, self.end, self.quote = uuid, start, end, quote


def _spans(archive: Archive, docs: list[int]) -> list[_Span]:
    """Every span of these documents that a decided mention or a commitment stands on."""
    found = []
    for doc in docs:
        ids = {sid for p in archive.annotations.mentions.participants_in(doc)
               for sid in _span_ids(archive, p.mention_ids)}  # fmt: skip
        ids |= {c.span_id for c in _commitment_rows(archive, doc)}
        for sid in ids:
            span = archive.annotations.mentions.span(sid)
            found.append(_Span(portable.uuid_of(archive.db, "span", sid), span.start, span.end,
                               span.quote))  # fmt: skip
    return found


def _span_ids(archive: Archive, mention_ids: list[int]) -> list[int]:
    rows = portable.rows(archive.db, "mention", "id", mention_ids)
    return [r["span_id"] for r in rows if r["span_id"] is not None]


def _commitment_rows(archive: Archive, doc: int) -> list:
    class Row:
        def __init__(self, span_id: int) -> None:
            self.span_id = span_id

    return [
        Row(r["span_id"]) for r in portable.rows(archive.db, "commitment", "document_id", [doc])
    ]


def test_codes_commitments_and_the_coder(archive: Archive, tmp_path: Path) -> None:
    annotate(archive, tmp_path)
    archive.close()
    with Archive.open(archive.root, author="Rana Haddad") as again:
        export_qdpx(again, tmp_path / "out.qdpx")
        france = again.annotations.participants.resolve("France")
        france_uuid = portable.uuid_of(again.db, "participant", france.id)
    root = _project(tmp_path / "out.qdpx")
    users = root.findall(f"{Q}Users/{Q}User")
    assert users[0].get("name") == "Rana Haddad"
    names = {c.get("name"): c for c in root.iter(Q + "Code")}
    assert {"Participants", "Commitments", "Category", "Status", "Tags"} <= set(names)
    assert names["France"].get("guid") == france_uuid
    assert names["pledged"].getparent().get("name") == "Status"
    assert names["levant"].getparent().get("name") == "region"
    pledge = next(s for s in root.iter(Q + "PlainTextSelection")
                  if s.get("name") == "pledged air defence systems")  # fmt: skip
    coded = {c.find(Q + "CodeRef").get("targetGUID") for c in pledge.iter(Q + "Coding")}
    assert {names["military"].get("guid"), names["pledged"].get("guid"),
            names["Denmark"].get("guid"), names["Ukraine"].get("guid")} == coded  # fmt: skip
    description = pledge.findtext(Q + "Description")
    assert "recipients: Ukraine" in description and "quantity: 3" in description
    assert all(s.get("creatingUser") == users[0].get("guid") for s in root.iter(Q + "TextSource"))
    # memos are notes, named where they belong; a quote's note holds its characters
    notes = {n.findtext(Q + "PlainTextContent"): n for n in root.iter(Q + "Note")}
    assert set(notes) == {"مقال من الوكالة", "check the minutes", "three systems, not two",
                          "Denmark memo"}  # fmt: skip
    refs = {r.get("targetGUID"): r.getparent() for r in root.iter(Q + "NoteRef")}
    assert refs[notes["Denmark memo"].get("guid")] is names["Denmark"]
    assert refs[notes["three systems, not two"].get("guid")] is pledge
    quote = notes["check the minutes"].find(Q + "PlainTextSelection")
    source = refs[notes["check the minutes"].get("guid")]
    assert source.tag == Q + "TextSource"
    text = entries(tmp_path / "out.qdpx")["sources/" + source.get("plainTextPath")[11:]].decode()
    assert (
        text[int(quote.get("startPosition")) : int(quote.get("endPosition"))] == "Sweden hesitated"
    )
    sami = next(u for u in root.iter(Q + "User") if u.get("name") == "Sami")
    assert notes["check the minutes"].get("creatingUser") == sami.get("guid")


def test_guids_are_stable_across_exports(archive: Archive, tmp_path: Path) -> None:
    annotate(archive, tmp_path)
    export_qdpx(archive, tmp_path / "one.qdpx")
    export_qdpx(archive, tmp_path / "two.qdpx")

    def guids(path: Path) -> list[str]:
        return [e.get("guid") for e in _project(path).iter() if e.get("guid")]

    assert guids(tmp_path / "one.qdpx") == guids(tmp_path / "two.qdpx")


def test_some_documents_only(archive: Archive, tmp_path: Path) -> None:
    _ar, en = annotate(archive, tmp_path)
    info = export_qdpx(archive, tmp_path / "en.qdpx", documents=[en])
    root = _project(tmp_path / "en.qdpx")
    assert info.counts["documents"] == 1 == len(list(root.iter(Q + "TextSource")))
    names = {c.get("name") for c in root.iter(Q + "Code")}
    assert {"Denmark", "Ukraine"} <= names and "Finland" not in names


def test_an_invalid_project_is_not_written(archive: Archive, tmp_path: Path) -> None:
    root = etree.Element(Q + "Project")  # no name: the schema requires one
    with pytest.raises(Invalid, match="would not validate"):
        schema.check(root)
    annotate(archive, tmp_path)
    target = tmp_path / "out.qdpx"
    export_qdpx(archive, target)
    assert zipfile.is_zipfile(target)
    assert not list(tmp_path.glob(".out.qdpx.*"))  # no temporary file left
