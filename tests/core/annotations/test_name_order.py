"""The one rule for a name in two scripts: the reader's script first, then the other form."""

from __future__ import annotations

from archiver.core.annotations.names import Script, first_name, in_order, label, script_of

AR, EN = Script.ARABIC, Script.LATIN


def test_the_readers_script_comes_first() -> None:
    assert in_order(AR, "Emmanuel Macron", "إيمانويل ماكرون") == (
        "إيمانويل ماكرون",
        "Emmanuel Macron",
    )
    assert in_order(EN, "Emmanuel Macron", "إيمانويل ماكرون") == (
        "Emmanuel Macron",
        "إيمانويل ماكرون",
    )
    assert label(AR, "France", "فرنسا", "France") == "فرنسا — France"
    assert label(EN, "فرنسا", "فرنسا", "France") == "France — فرنسا"  # name_en after an Arabic name


def test_one_script_only_is_shown_alone_and_blanks_are_skipped() -> None:
    assert in_order(EN, "كايا كالاس", "كايا كالاس", "") == ("كايا كالاس", "")
    assert in_order(AR, "NATO", "", " ") == ("NATO", "")
    assert label(AR, "", "") == "" and first_name(AR, "France", "فرنسا") == "فرنسا"
    assert script_of("Ursula von der Leyen") is EN and script_of("أورسولا فون دير لاين") is AR
