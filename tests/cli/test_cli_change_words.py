"""The CLI says a change in the History window's words: an undo refused for a later change
names both changes as labels, never as internal kind names ("tag new", "confirm all")."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.core.archive import Archive

TEXT = "أعلن تحالف الراغبين أن كندا وأستراليا منفتحتان على المساهمة، ورحبت فرنسا بذلك.\n"
WORDS = "تحالف الراغبين"


def test_an_undo_refused_names_the_changes_in_words(run, doc: int, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        ann = archive.annotations
        start = TEXT.index(WORDS)
        made = ann.mentions.tag_new(doc, start, start + len(WORDS), "Coalition of the Willing",
                                    "coalition")  # fmt: skip
        ann.mentions.confirm_all(doc)
    history = json.loads(run("history", "--json")[1])
    assert [e["kind"] for e in history[:2]] == ["confirm_all", "tag_new"]
    assert history[1]["what"] == f"tag Coalition of the Willing in #{doc} (new participant)"
    assert run("commitments", "add", str(doc), "--actor", "Coalition of the Willing",
               "--status", "offered", "--category", "troops", "--what", "قوات", "--quote-text", "منفتحتان على المساهمة")[0] == 0  # fmt: skip
    code, _, err = run("undo", str(made.id))
    assert code == 1
    assert f"change {made.id} (tag Coalition of the Willing in #{doc} (new participant))" in err
    assert f"(commitment in #{doc})" in err
    assert "tag new" not in err and "add commitment" not in err


def test_an_edit_of_names_and_parent_says_what_changed(run, doc: int) -> None:
    assert run("participants", "add", "Keir Starmer", "--kind", "person")[0] == 0
    code, out, _ = run("participants", "edit", "Keir Starmer", "--name-ar", "كير ستارمر",
                       "--parent", "United Kingdom")  # fmt: skip
    assert code == 0
    history = json.loads(run("history", "--json")[1])
    assert history[0]["what"] == "edit Keir Starmer (Arabic name, parent)"
    assert run("participants", "rename", "Keir Starmer", "Sir Keir Starmer")[0] == 0
    history = json.loads(run("history", "--json")[1])
    assert history[0]["what"] == "rename Keir Starmer to Sir Keir Starmer"
    code, out, _ = run("undo")
    assert out.strip() == "undone: rename Keir Starmer to Sir Keir Starmer"
