"""`archiver tag … --at` on words tagged as the participant already: a no-op that says so
(exit 0, "nothing to change", ``already_tagged`` in the JSON, nothing journaled); with
--add-alias, the alias added or the reason on stderr and in the JSON."""

from __future__ import annotations

import json

# Our own sentence in the manner of a news report.
TEXT = "وأضاف أن الحكومة الأردنية ستفتح مستشفى ميدانياً، وقال إن الأردن سيرسل أطباء."
WORDS = "الحكومة الأردنية"


def _at(words: str) -> str:
    start = TEXT.index(words)
    return f"{start}:{start + len(words)}"


def _history(run) -> int:  # type: ignore[no-untyped-def]
    code, out, _ = run("history", "--json")
    assert code == 0
    return len(json.loads(out))


def test_a_second_tag_of_the_same_words_is_a_no_op_that_says_so(run, doc: int) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("tag", str(doc), "Jordan", "--at", _at(WORDS), "--add-alias", "--json")
    first = json.loads(out)
    assert code == 0 and first["added"] == 1 and not first["already_tagged"]
    assert first["alias"] == WORDS and first["alias_refused"] is None and err == ""
    steps = _history(run)
    code, out, err = run("tag", str(doc), "Jordan", "--at", _at(WORDS), "--add-alias", "--json")
    again = json.loads(out)
    assert code == 0 and again["added"] == 0 and again["already_tagged"]
    assert again["change"]["id"] == 0 and _history(run) == steps
    assert again["alias_refused"] == "known" and "matches it already" in again["alias_refused_why"]
    assert "not added as an alias" in err
    code, out, _ = run("tag", str(doc), "Jordan", "--at", _at(WORDS))
    assert code == 0 and out.startswith("nothing to change:") and "already" in out
    assert again["spans"].count([TEXT.index(WORDS), TEXT.index(WORDS) + len(WORDS)]) == 1


def test_a_title_is_not_an_alias_and_the_json_says_why(run, doc: int) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("tag", str(doc), "Jordan", "--at", _at("وقال إن"), "--add-alias", "--json")
    data = json.loads(out)
    assert code == 0 and data["alias"] is None and data["alias_refused"] == "not_a_name"
    assert "--alias-anyway" in data["alias_refused_why"] and "not added as an alias" in err
