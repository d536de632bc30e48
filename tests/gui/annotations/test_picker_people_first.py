"""The participant picker in the English interface: an Arabic-named person is found by his name
written in Latin letters and by his office, and an empty filter lists the document's and the
archive's own people first, every participant after them (no cap)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from archiver.core.annotations.model import Participant
from archiver.gui.annotations.pickers import ParticipantIndex

RAJJI = Participant(267, "يوسف رجي", "person", "يوسف رجي", role="Foreign Minister")
SALAM = Participant(270, "نواف سلام", "person", "نواف سلام", role="Prime Minister")
GAZETTEER = [Participant(i, f"State {i:03}", "state", gazetteer_key=f"s{i}") for i in range(1, 200)]


def _index() -> ParticipantIndex:
    return ParticipantIndex([*GAZETTEER, RAJJI, SALAM], [])


def test_an_arabic_named_person_is_found_in_latin_letters_and_by_office(qapp: QApplication) -> None:
    index = _index()
    assert [e.pid for e in index.filter("Youssef Rajji")] == [RAJJI.id]
    assert [e.pid for e in index.filter("Foreign")] == [RAJJI.id]
    assert index.only_match("Youssef Rajji") == [RAJJI.id]
    assert index.filter("State 0") and RAJJI.id not in {e.pid for e in index.filter("State 0")}


def test_an_empty_filter_lists_the_document_s_then_the_archive_s_people_first(
    qapp: QApplication,
) -> None:
    index = _index()
    index.first = [SALAM.id]
    listed = [e.pid for e in index.filter("")]
    assert listed[:2] == [SALAM.id, RAJJI.id]
    assert len(listed) == len(GAZETTEER) + 2  # none left out
