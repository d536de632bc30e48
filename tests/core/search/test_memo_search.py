"""memo:TEXT finds the documents with a memo matching it (on them, their quotes or commitments),
with the body's Arabic analysis; the index follows every memo change, undo and rebuild."""

from __future__ import annotations

from archiver.core.annotations.model import MemoTarget
from archiver.core.archive import Archive
from archiver.core.search import query as q

TALKS = "أعلنت فرنسا استعدادها للمساعدة في مراقبة وقف إطلاق النار."
DEFENCE = "Ministers met in London. Sweden offered to help monitor a ceasefire."
OTHER = "افتتح مهرجان السينما في تونس دورته الجديدة."


def _ids(archive: Archive, query: str) -> set[int]:
    return {h.id for h in archive.search(query, limit=50).hits}


def _three(archive: Archive, write) -> list[int]:  # type: ignore[no-untyped-def]
    paths = [write(n, t) for n, t in (("talks.txt", TALKS), ("defence.txt", DEFENCE),
                                      ("other.txt", OTHER))]  # fmt: skip
    return [f.id for f in archive.import_paths(paths).imported]


def test_memo_is_a_field_of_the_query_language() -> None:
    assert q.parse("memo:مدربين") == q.Words("مدربين", "memo")
    assert q.parse('memo:"trainers promised"') == q.Phrase("trainers promised", "memo")
    assert q.parse("memo:train*") == q.Prefix("train", "memo")
    assert "memo" in q.CHANGED_BY_ANNOTATIONS


def test_memo_search_folds_and_stems_arabic_as_the_body_does(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    talks, defence, other = _three(archive, write)
    archive.memos.add(MemoTarget.on_quote(talks, 6, 11), "التحقق من المصادر الرسمية\nلاحقاً")
    archive.memos.add(MemoTarget.on_document(defence), "Check the ministers' statements")
    assert _ids(archive, "memo:مصدر") == set()  # a different word
    assert _ids(archive, "memo:المصادر") == {talks}
    assert _ids(archive, "memo:مصادر") == {talks}  # the article folded away
    assert _ids(archive, "memo:والمصادر") == {talks}  # a clitic
    assert _ids(archive, "memo:الرسميه") == {talks}  # ة / ه folded
    assert _ids(archive, "memo:statement") == {defence}  # English stemmed
    assert _ids(archive, 'memo:"check the ministers"') == {defence}
    assert _ids(archive, "memo:minist*") == {defence}
    assert _ids(archive, "memo:check OR memo:لاحقا") == {talks, defence}
    assert _ids(archive, "memo:check london") == {defence}
    assert _ids(archive, "-memo:check") == {talks, other}
    assert _ids(archive, "ministers") == {defence}  # body words are not memo words
    assert _ids(archive, "memo:ministers") == {defence}
    assert _ids(archive, "memo:London") == set()  # …nor the other way round


def test_the_index_follows_memo_changes_undo_and_rebuild(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    talks, defence, _other = _three(archive, write)
    france = archive.annotations.participants.resolve("France").id
    pledge = archive.commitments.add(talks, [france], category="monitoring", status="offered")
    memo = archive.memos.add(MemoTarget.on_commitment(pledge.id), "ceasefire monitors")
    archive.memos.add(MemoTarget.on_participant(france), "monitors everywhere")
    assert _ids(archive, "memo:monitors") == {talks}  # a participant's memo is on no document
    archive.memos.edit(memo.id, "observers")
    assert _ids(archive, "memo:monitors") == set() and _ids(archive, "memo:observers") == {talks}
    archive.memos.remove(memo.id)
    assert _ids(archive, "memo:observers") == set()
    archive.annotations.journal.undo_last()
    assert _ids(archive, "memo:observers") == {talks}
    archive.commitments.delete(pledge.id)  # its memos go with it
    assert _ids(archive, "memo:observers") == set()
    archive.memos.add(MemoTarget.on_document(defence), "مراقبة")
    assert archive.indexer.rebuild() == 3
    assert _ids(archive, "memo:مراقبه") == {defence}


def test_a_memo_hit_shows_the_memo_words_that_matched(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    talks, defence, _other = _three(archive, write)
    archive.memos.add(MemoTarget.on_document(talks), "أول ملاحظة")
    archive.memos.add(MemoTarget.on_quote(talks, 6, 11), "التحقق من المصادر الرسمية لاحقاً")
    archive.memos.add(MemoTarget.on_document(defence), "Check the ministers' statements")
    (hit,) = archive.search("memo:مصادر").hits
    assert hit.snippet_from == "memo" and hit.highlights == []
    assert hit.snippet == "التحقق من <b>المصادر</b> الرسمية لاحقاً"
    assert archive.snippets("memo:مصادر", [talks]) == {talks: (hit.snippet, [], "memo")}
    (both,) = archive.search("ministers memo:statement").hits  # the text matched: its snippet
    assert both.snippet_from == "text" and "<b>Ministers</b>" in both.snippet
    (memo_only,) = archive.search("london memo:statement").hits
    assert memo_only.snippet_from == "text" and "<b>London</b>" in memo_only.snippet
    (plain,) = archive.search("مهرجان").hits
    assert plain.snippet_from == "text"
