"""Tagging words as a participant who is tagged there already adds no second mention and
journals nothing; the words still become an alias when only an alias inside them matched
(الأردنية in «الحكومة الأردنية»), and say why not when one matches them whole."""

from __future__ import annotations

from pathlib import Path

from archiver.core.annotations.alias_forms import KNOWN
from archiver.core.archive import Archive

# Our own sentence in the manner of a news report.
TEXT = "وأضاف أن الحكومة الأردنية ستفتح مستشفى ميدانياً في خان يونس، وقال إن الأردن سيرسل أطباء."
WORDS = "الحكومة الأردنية"


def _doc(archive: Archive, folder: Path) -> int:
    path = folder / "hospital.txt"
    path.write_text(TEXT, encoding="utf-8")
    return archive.import_paths([path]).imported[0].id


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _mentions(archive: Archive, doc: int, pid: int) -> list[tuple[int, int]]:
    found = archive.annotations.mentions.participants_in(doc)
    return sorted(s for d in found if d.participant_id == pid for s in d.spans)


def test_the_same_words_tagged_twice_are_one_mention(archive: Archive, tmp_path: Path) -> None:
    doc = _doc(archive, tmp_path)
    jordan = archive.annotations.participants.resolve("Jordan").id
    mentions = archive.annotations.mentions
    first = mentions.tag_span(doc, *_span(WORDS), jordan, add_alias=False)
    assert first.id and not first.extra.get("already_tagged")
    history = len(archive.annotations.journal.history())
    again = mentions.tag_span(doc, *_span(WORDS), jordan, add_alias=False)
    assert again.extra["already_tagged"] and again.extra["mention"] == first.extra["mention"]
    assert again.id == 0, "nothing written, nothing journaled"
    assert len(archive.annotations.journal.history()) == history
    start, end = _span(WORDS)
    spaced = mentions.tag_span(doc, start - 1, end + 1, jordan, add_alias=False)  # " … ،"
    assert spaced.extra["already_tagged"] and spaced.id == 0
    assert _mentions(archive, doc, jordan) == [_span(WORDS)]


def test_words_holding_an_alias_become_one_and_a_whole_alias_says_so(
    archive: Archive, tmp_path: Path
) -> None:
    doc = _doc(archive, tmp_path)
    people = archive.annotations.participants
    jordan = people.resolve("Jordan").id
    mentions = archive.annotations.mentions
    tagged = mentions.tag_span(doc, *_span(WORDS), jordan, add_alias=True)
    assert tagged.extra.get("alias") == WORDS, tagged.extra
    assert WORDS in [a.alias for a in people.aliases(jordan)]
    start = TEXT.index("الأردن سيرسل")
    whole = mentions.tag_span(doc, start, start + len("الأردن"), jordan, add_alias=True)
    assert whole.extra["alias_refused"] == KNOWN
    again = mentions.tag_span(doc, *_span(WORDS), jordan, add_alias=True)
    assert again.extra["already_tagged"] and again.extra["alias_refused"] == KNOWN
    assert again.id == 0
