"""Snippets are made for the result rows shown: with the first page for the rows in view, the
others' when a row is drawn, on the read pool; never for rows nobody looked at."""

from __future__ import annotations

import random
from pathlib import Path

from archiver.gui.results_model import COLUMNS, SNIPPET_ROLE, ResultsModel
from archiver.gui.results_view import ResultsView

COUNT = 40
LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"


def _archive_of_hits(qtbot, session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(COUNT):
        rng = random.Random(n)  # words of its own: no two are near duplicates
        words = " ".join("".join(rng.choice(LETTERS) for _ in range(5)) for _ in range(8))
        text = f"مقال رقم {n}\n\nتحدث الوزير عن الموانئ {words} والطرق في الجنوب.\n"
        (folder / f"a{n:02}.txt").write_text(text, encoding="utf-8")
    with qtbot.waitSignal(session.events.documents_added, timeout=30000):
        session.import_paths([folder])


def test_only_the_rows_shown_get_snippets(qtbot, session, tmp_path: Path):
    _archive_of_hits(qtbot, session, tmp_path)
    model = ResultsModel(session, page_size=100)
    view = ResultsView(model)
    qtbot.addWidget(view)
    view.resize(600, 5 * view.verticalHeader().defaultSectionSize())
    view.show()
    qtbot.waitExposed(view)
    shown = model.snippets.shown_rows
    assert 2 <= shown < 10  # what the view has room for, told to the model
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("الموانئ")
    assert model.rowCount() == COUNT
    hits = [model.hit(model.doc_id(row)) for row in range(COUNT)]
    assert all(h is not None for h in hits)
    made = [row for row, h in enumerate(hits) if h is not None and "<b>" in h.snippet]
    assert made == list(range(shown))  # the first page came with the snippets of its top rows
    view.scrollToBottom()
    last = model.hit(model.doc_id(COUNT - 1))
    assert last is not None
    qtbot.waitUntil(lambda: "<b>" in last.snippet, timeout=10000)  # drawn, then dressed
    title = COLUMNS.index("title")
    assert "<b>الموانئ</b>" in model.index(COUNT - 1, title).data(SNIPPET_ROLE)
    assert last.highlights  # its spans came with it
    never_shown = model.hit(model.doc_id(COUNT // 2))
    assert never_shown is not None and never_shown.snippet == "" and not never_shown.highlights


def test_snippets_of_an_older_query_are_dropped(qtbot, session, tmp_path: Path):
    _archive_of_hits(qtbot, session, tmp_path)
    model = ResultsModel(session, page_size=100)
    model.snippets.shown_rows = 1
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("الموانئ")
    title = COLUMNS.index("title")
    assert model.index(5, title).data(SNIPPET_ROLE) == ""  # asked for: on the read pool
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("الطرق")  # before the answer is delivered
    qtbot.wait(200)
    hit = model.hit(model.doc_id(5))
    assert hit is not None and hit.snippet == ""  # the old query's snippet was not put on it
    new = lambda: "الطرق</b>" in model.index(5, title).data(SNIPPET_ROLE)  # noqa: E731
    qtbot.waitUntil(new, timeout=10000)


def test_a_memo_hit_shows_its_memo_and_an_unknown_filter_a_hint(qtbot, session, tmp_path: Path):
    from archiver.core.annotations.model import MemoTarget
    from archiver.services.operations import Operation

    _archive_of_hits(qtbot, session, tmp_path)
    doc = session.reader.search("رقم 3", limit=1).hits[0].id
    done: list[object] = []
    note = "التحقق من المصادر الرسمية"
    session.write(Operation.ADD_MEMO, lambda a: a.memos.add(MemoTarget.on_document(doc), note),
                  on_done=done.append)  # fmt: skip
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    model = ResultsModel(session, page_size=100)
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("memo:مصادر")
    assert model.rowCount() == 1
    shown = model.index(0, COLUMNS.index("title")).data(SNIPPET_ROLE)
    assert shown == "Memo: التحقق من <b>المصادر</b> الرسمية"
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.run("tag:port الموانئ")
    assert model.result is not None and model.result.hint is not None
    assert model.result.hint.quoted == 'tag:"port الموانئ"'
