"""A filter's value of several words typed without quotes: read whole when the archive knows
it (status:قيد الدراسة, a participant's full name, a tag), a hint with the quoted form
otherwise; single-word filters followed by free words are left alone."""

from __future__ import annotations

from archiver.core.archive import Archive
from archiver.core.search.field_values import read_whole

TALKS = "أعلنت فرنسا استعدادها للمساعدة في مراقبة وقف إطلاق النار في تونس."
OTHER = "افتتح مهرجان السينما في تونس دورته الجديدة."


def _ids(archive: Archive, query: str) -> set[int]:
    return {h.id for h in archive.search(query, limit=50).hits}


def _two(archive: Archive, write) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    paths = [write("talks.txt", TALKS), write("other.txt", OTHER)]
    talks, other = (f.id for f in archive.import_paths(paths).imported)
    return talks, other


def test_a_status_of_two_words_unquoted_is_read_whole(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    talks, _other = _two(archive, write)
    france = archive.annotations.participants.resolve("France").id
    archive.commitments.add(talks, [france], category="monitoring", status="considering")
    assert _ids(archive, 'status:"قيد الدراسة"') == {talks}
    result = archive.search("status:قيد الدراسة")
    assert {h.id for h in result.hits} == {talks} and result.hint is None
    assert result.query == "status:قيد الدراسة"  # as typed
    assert _ids(archive, "status:قيد الدراسة تونس") == {talks}  # the words after it still count
    assert _ids(archive, "status:considering تونس") == {talks}
    assert _ids(archive, "category:غير ذلك") == set()


def test_participants_and_tags_of_several_words(archive: Archive, write) -> None:  # type: ignore[no-untyped-def]
    talks, other = _two(archive, write)
    archive.annotations.tags.add(other, "film festival")
    archive.annotations.tags.add(talks, "urgent")
    assert _ids(archive, "tag:film festival") == {other}
    assert _ids(archive, "tag:urgent تونس") == {talks}  # a known tag, then a free word
    result = archive.search("tag:film فرنسا")
    assert result.total == 0 and result.hint is not None
    assert (result.hint.field, result.hint.value, result.hint.next_word) == ("tag", "film", "فرنسا")
    assert result.hint.quoted == 'tag:"film فرنسا"'
    hint = archive.search("تونس participant:Emmanuel Nobody").hint
    assert hint is not None and hint.quoted == 'تونس participant:"Emmanuel Nobody"'


def test_only_plain_words_join_a_value() -> None:
    def known(field: str, value: str) -> bool:
        return (field, value) == ("status", "قيد الدراسة")

    assert read_whole("status:قيد الدراسة", known) == ('status:"قيد الدراسة"', None)
    assert read_whole("Status:قيد الدراسة OR x", known)[0] == 'Status:"قيد الدراسة" OR x'
    for kept in ("status:قيد OR الدراسة", "status:قيد -الدراسة", "status:قيد الدراس*",
                 'status:قيد "الدراسة"', "status:قيد (الدراسة)", "status:قيد tag:الدراسة"):  # fmt: skip
        assert read_whole(kept, known) == (kept, None)
    text, hint = read_whole("status:قيد الدرس", known)
    assert text == "status:قيد الدرس" and hint is not None and hint.quoted == 'status:"قيد الدرس"'
