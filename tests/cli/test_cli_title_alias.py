"""``archiver tag ID P --at S:E --add-alias`` on a title: tagged, but no alias, and why; the
document naming another holder of the office is not suggested for the first."""

from __future__ import annotations

import json

TEXT = (
    "وانضم إلى المؤتمر ورئيس الوزراء البريطاني كير ستارمر عبر الفيديو.\n"
    "وكان رئيس الوزراء البريطاني بوريس جونسون قد زار كييف في 2022.\n"
)
TITLE = "ورئيس الوزراء البريطاني"


def _at(words: str) -> str:
    start = TEXT.index(words)
    return f"{start}:{start + len(words)}"


def test_a_title_is_tagged_but_not_added_as_an_alias(run, doc: int) -> None:
    assert run("participants", "add", "Keir Starmer", "--kind", "person")[0] == 0
    code, _, err = run("tag", str(doc), "Keir Starmer", "--at", _at(TITLE), "--add-alias")
    assert code == 0, err
    assert "not added as an alias: it is a title" in err
    assert _aliases(run) == {"Keir Starmer"}
    code, _, err = run("tag", str(doc), "Keir Starmer", "--at", _at(TITLE), "--add-alias",
                       "--alias-anyway")  # fmt: skip
    assert code == 0 and err == ""
    assert _aliases(run) == {"Keir Starmer", "رئيس الوزراء البريطاني"}  # without its و


def _aliases(run) -> set[str]:  # type: ignore[no-untyped-def]
    code, out, _ = run("participants", "show", "Keir Starmer", "--json")
    assert code == 0
    return {a["alias"] for a in json.loads(out)["aliases"]}
