"""The kind of a new participant from the words naming it: a coalition from تحالف or
Coalition, an organisation from وزارة or Ministry, a state from the gazetteer, else a person."""

from __future__ import annotations

import json

import pytest

from archiver.core.annotations import kinds
from archiver.core.annotations.model import KINDS
from archiver.core.archive import Archive
from archiver.core.resources import resource_path


@pytest.mark.parametrize(
    ("words", "kind"),
    [("تحالف الراغبين", "coalition"), ("Coalition of the Willing", "coalition"),
     ("للتحالف الدولي", "coalition"), ("ائتلاف دولة القانون", "coalition"),
     ("the Western alliances", "coalition"), ("وزارة الدفاع", "organisation"),
     ("Ministry of Defence", "organisation"), ("جمهورية كوسوفو", "state"),
     ("Republic of Kosovo", "state"), ("كندا", "state"), ("Australia", "state"),
     ("كير ستارمر", None), ("Keir Starmer", None)],
)  # fmt: skip
def test_the_words_tell_the_kind(words: str, kind: str | None) -> None:
    assert kinds.kind_of(words) == kind


def test_the_table_names_only_kinds() -> None:
    data = json.loads(resource_path(kinds.TABLE).read_text(encoding="utf-8"))
    assert set(data) - {"about"} <= set(KINDS)
    assert all(words for _kind, words in kinds.kind_words())


def test_a_name_of_the_archive_keeps_its_participants_kind(archive: Archive) -> None:
    people = archive.annotations.participants
    assert people.likely_kind("Coalition of the Willing", "تحالف الراغبين") == "coalition"
    assert people.likely_kind("", "Keir Starmer") == "person"
    assert people.likely_kind("حلف شمال الأطلسي") == "organisation"  # NATO, as the gazetteer has it
    people.add("Canada Fund", "other")
    assert people.likely_kind("Canada Fund") == "other"  # not "organisation": it is known
    assert people.likely_kind("Keir", "United Kingdom") == "state"  # the first that tells
