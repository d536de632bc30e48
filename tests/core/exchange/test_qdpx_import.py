"""Importing a REFI-QDA project: QualCoder's, and our own export into a fresh archive (the
round trip), whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from qdpx_files import ENGLISH, QUALCODER, annotate, entries, rewrite

from archiver.core.archive import Archive
from archiver.core.errors import BadProject
from archiver.core.exchange.qdpx.export import export_qdpx
from archiver.core.exchange.qdpx.importing import import_qdpx
from archiver.core.store import span_tags
from archiver.core.sync.collect import collect


def _coded(archive: Archive, doc: int) -> list[tuple[str, str]]:
    """(tag, quote) of every coded span of a document, checked against the text."""
    text = archive.document(doc).text
    found = []
    for span_id, _doc, tag in span_tags.coded_spans(archive.db, [doc]):
        span = archive.annotations.mentions.span(span_id)
        assert text[span.start : span.end] == span.quote
        found.append((tag, span.quote))
    return found


def test_a_qualcoder_project_imports_with_its_codes_and_selections(archive: Archive) -> None:
    report = import_qdpx(archive, QUALCODER)
    assert report.origin == "3.6" and len(report.documents_added) == 2
    ar, en = report.documents_added
    assert archive.document(ar).title == "talks-ar"  # the source's name, ".txt" dropped
    assert archive.document(ar).notes == "Arabic article"  # the source's memo
    assert _coded(archive, ar) == [
        ("Themes/Security", "استعدادها لإرسال قوات لحفظ السلام"),
        ("Themes/Aid", "ستقدم مساعدات إنسانية"),
        ("Hesitation", "ترددها"),
    ]
    assert _coded(archive, en) == [
        ("Themes/Security", "pledged air defence systems"),
        ("Themes/Aid", "pledged air defence systems"),
        ("Hesitation", "Sweden hesitated"),
    ]
    assert {t.name for t in archive.annotations.tags.all()} == {
        "Themes/Security", "Themes/Aid", "Hesitation"}  # fmt: skip
    assert report.counts["coded quotes"] == 6
    # the annotation (a note holding characters) and the coding memo are memos on their quotes;
    # the project journal names nothing here
    memos = sorted((m.kind, m.quote, m.text, m.author) for m in archive.annotations.memos.all())
    assert memos == [("quote", "استعدادها لإرسال قوات لحفظ السلام", "troops offer", "default"),
                     ("quote", "فرنسا", "Check the date", "default")]  # fmt: skip
    assert report.skipped == {"notes on nothing in the archive (a project journal)": 1}


def test_the_import_is_one_undoable_coding_step(archive: Archive) -> None:
    report = import_qdpx(archive, QUALCODER)
    ar = report.documents_added[0]
    archive.annotations.journal.undo_last()
    assert _coded(archive, ar) == [] and archive.count() == 2  # the coding went, the texts stay
    archive.annotations.journal.undo_last()
    assert archive.count() == 0


def test_our_export_comes_back_in_a_fresh_archive(archive: Archive, tmp_path: Path) -> None:
    ar, en = annotate(archive, tmp_path)
    export_qdpx(archive, tmp_path / "out.qdpx")
    before = _state(archive, [ar, en])
    with Archive.open(tmp_path / "fresh") as fresh:
        report = import_qdpx(fresh, tmp_path / "out.qdpx")
        ids = sorted(report.documents_added)
        assert len(ids) == 2
        assert _state(fresh, _same_order(fresh, ids, before)) == before
        # the participants come back as participants, with their kind and parent
        denmark = fresh.annotations.participants.resolve("Denmark")
        assert denmark.kind == "state"
        assert [m.text for m in fresh.annotations.memos.all(participant=denmark.id)] == [
            "Denmark memo"]  # fmt: skip
        again = import_qdpx(fresh, tmp_path / "out.qdpx")  # a second time: nothing new
        assert again.documents_added == [] and "mentions" not in again.counts


def _same_order(archive: Archive, ids: list[int], before: list) -> list[int]:
    texts = {archive.document(d).text: d for d in ids}
    return [texts[text] for text, *_ in before]


def _state(archive: Archive, docs: list[int]) -> list:
    """Per document: its text, its participants' spans, its commitments (quote, fields, actors),
    its tags and every memo on it, its quotes and its commitments."""
    state = []
    for doc in docs:
        people = sorted((p.name, p.kind, tuple(sorted(p.spans)))
                        for p in archive.annotations.mentions.participants_in(doc))  # fmt: skip
        commitments = sorted(
            (c.start, c.end, c.quote, c.category, c.status, c.action, c.what, c.quantity, c.unit,
             c.future, c.hypothetical, c.condition, tuple((a.name, a.role) for a in c.actors))
            for c in archive.commitments.list_commitments(document_id=doc)
        )  # fmt: skip
        memos = sorted((m.kind, m.start, m.end, m.quote, m.text, m.author)
                       for m in archive.annotations.memos.all(document=doc))  # fmt: skip
        document = archive.document(doc)
        state.append((document.text, document.title, document.published, people, commitments,
                      archive.annotations.tags.of(doc), memos))  # fmt: skip
    return state


def test_a_source_already_here_is_coded_where_it_is(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks in Paris.\nDenmark pledged air defence systems.\nSweden hesitated.")
    doc = archive.import_paths([path]).imported[0].id
    report = import_qdpx(archive, QUALCODER)
    assert report.documents_matched == [doc] and len(report.documents_added) == 1
    assert ("Hesitation", "Sweden hesitated") in _coded(archive, doc)


def test_a_text_with_crs_and_trailing_spaces_is_placed(archive: Archive, tmp_path: Path) -> None:
    source = QUALCODER.read_bytes()
    assert source  # the fixture is committed
    from qdpx_files import entries

    files = entries(QUALCODER)
    qde = files["project.qde"].decode()
    english = "sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt"
    old_text = files[english].decode("utf-8-sig")
    for words in ("pledged air defence systems", "Sweden hesitated"):
        old = f'startPosition="{old_text.index(words)}" endPosition="{old_text.index(words) + len(words)}"'
        new = f'startPosition="{ENGLISH.index(words)}" endPosition="{ENGLISH.index(words) + len(words)}"'
        qde = qde.replace(old, new)
    changed = rewrite(
        QUALCODER, tmp_path / "crlf.qdpx", {"project.qde": qde.encode(), english: ENGLISH.encode()}
    )
    report = import_qdpx(archive, changed)
    en = report.documents_added[1]
    assert "\r" not in archive.document(en).text
    assert ("Hesitation", "Sweden hesitated") in _coded(archive, en)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"project.qde": b"<Project"}, "not well-formed XML"),
        ({"project.qde": None}, "holds no project.qde"),
        ({"sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt": None}, "does not hold it"),
        ({"sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt": b"\xff\xfe\xfa"}, "not UTF-8"),
        ({"sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt": b"short"}, "are not inside"),
    ],
)
def test_a_bad_project_is_refused_and_nothing_is_stored(
    archive: Archive, tmp_path: Path, change: dict, words: str
) -> None:
    bad = rewrite(QUALCODER, tmp_path / "bad.qdpx", change)
    with pytest.raises(BadProject, match=words):
        import_qdpx(archive, bad)
    assert archive.count() == 0 and archive.annotations.tags.all() == []


def test_an_unknown_code_and_a_dtd_are_refused(archive: Archive, tmp_path: Path) -> None:
    from qdpx_files import entries

    qde = entries(QUALCODER)["project.qde"].decode()
    unknown = qde.replace('targetGUID="0b6e5a52-6a1e-4a8b-8f0e-1f2d3c4b5a03"',
                          'targetGUID="0b6e5a52-6a1e-4a8b-8f0e-1f2d3c4b5aff"', 1)  # fmt: skip
    with pytest.raises(BadProject, match="code book does not hold"):
        import_qdpx(
            archive, rewrite(QUALCODER, tmp_path / "a.qdpx", {"project.qde": unknown.encode()})
        )
    laughs = qde.replace('<?xml version="1.0" encoding="utf-8"?>',
                         '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
                         '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')  # fmt: skip
    laughs = laughs.replace('name="coalition.qda"', 'name="&b;"')
    with pytest.raises(BadProject, match=r"DTD|entit"):
        import_qdpx(
            archive, rewrite(QUALCODER, tmp_path / "b.qdpx", {"project.qde": laughs.encode()})
        )
    assert archive.count() == 0


def test_a_source_whose_text_fails_takes_the_others_back(archive: Archive, tmp_path: Path) -> None:
    bad = rewrite(
        QUALCODER,
        tmp_path / "bad.qdpx",
        {"sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt": b"\0" * 200},
    )  # binary
    with pytest.raises(BadProject, match="cannot be imported"):
        import_qdpx(archive, bad)
    assert archive.count() == 0 and archive.trash.items() == []


def test_codes_on_quotes_travel_in_bundles(archive: Archive) -> None:
    import_qdpx(archive, QUALCODER)
    payload = collect(archive)
    assert len(payload.records["span_tag"]) == 6
    assert all(set(r) == {"span", "tag"} for r in payload.records["span_tag"])


def test_atlas_counts_a_crlf_as_one_character(archive: Archive, tmp_path: Path) -> None:
    from qdpx_files import entries

    files = entries(QUALCODER)
    english = "sources/7f3e2d1c-0b9a-4887-a665-544332211002.txt"
    crlf = files[english].decode("utf-8-sig").replace("\n", "\r\n").encode()
    qde = files["project.qde"].decode().replace('origin="3.6"', 'origin="ATLAS.ti 23"')
    report = import_qdpx(archive, rewrite(QUALCODER, tmp_path / "atlas.qdpx",
                                          {"project.qde": qde.encode(), english: crlf}))  # fmt: skip
    assert ("Hesitation", "Sweden hesitated") in _coded(archive, report.documents_added[1])


def test_a_quantity_of_many_digits_comes_back_whole(archive: Archive, tmp_path: Path) -> None:
    """1,234,567 systems went out as "1.23457e+06" and came back as 1,234,570."""
    _ar, en = annotate(archive, tmp_path)
    pledge = archive.commitments.list_commitments(document_id=en)[0]
    archive.commitments.update(pledge.id, quantity=1_234_567.0)
    export_qdpx(archive, tmp_path / "out.qdpx")
    assert b"quantity: 1234567\n" in entries(tmp_path / "out.qdpx")["project.qde"]
    with Archive.open(tmp_path / "fresh") as fresh:
        import_qdpx(fresh, tmp_path / "out.qdpx")
        [back] = [c for c in fresh.commitments.list_commitments() if c.unit == "systems"]
        assert back.quantity == 1_234_567
