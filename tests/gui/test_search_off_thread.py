"""Searches run on the read pool: the window keeps answering, and a newer query always wins.

The archive is real and the slow query is slow for real: 36 articles of 30,000 words each,
every one of them a hit, and a phrase among its 60 words, so each hit's spans are worked out
from every word of a long text (a phrase's places need each word's analysis; without one,
snippets look only at the words that can match, and 24 articles took 0.21 s, too fast here;
with it, twelve articles took 0.27 s on an idle CI machine, and 24 took under 0.3 s on a faster
one). The search must take 0.2 s at least, so that a quarter of it is well above a timer tick.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from waiting import import_and_wait, search, settle

from archiver.core.archive import Archive
from archiver.gui.mainwindow import MainWindow
from archiver.gui.results_model import ResultsModel
from archiver.gui.textspans import phrase_runs
from archiver.services.operations import ArchiveSession
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
LONG_ARTICLES = 36  # every one a hit of the slow query
SHORT_WORD = "فريدة"  # only in the short article: a fast query with one hit


def _vocabulary() -> list[str]:
    rnd = random.Random(1)
    return ["".join(rnd.choice(LETTERS) for _ in range(rnd.randint(4, 7))) for _ in range(300)]


SLOW_QUERY = " OR ".join(_vocabulary()[:59]) + ' OR "{} {}"'.format(*_vocabulary()[59:61])


@pytest.fixture(scope="module")
def long_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """LONG_ARTICLES long articles and one short one, imported once for the module."""
    base = tmp_path_factory.mktemp("long")
    folder = base / "articles"
    folder.mkdir()
    rnd, vocab = random.Random(2), _vocabulary()
    for i in range(LONG_ARTICLES):
        paragraphs = [" ".join(rnd.choice(vocab) for _ in range(50)) for _ in range(600)]
        words = "\n".join(paragraphs)  # 30,000 words (15,000 searched too fast after speed-ups)
        (folder / f"long-{i}.txt").write_text(f"مقال طويل {i}\n\n{words}", encoding="utf-8")
    (folder / "short.txt").write_text(f"خبر قصير\n\nكلمة {SHORT_WORD} هنا.", encoding="utf-8")
    with Archive.open(base / "archive") as archive:
        report = archive.import_paths([folder], workers_count=1)
    assert len(report.imported) == LONG_ARTICLES + 1
    return base / "archive"


@pytest.fixture
def slow_window(qtbot, settings: Settings, long_archive: Path):  # type: ignore[no-untyped-def]
    """A shown window over the long archive."""
    lanes = Lanes()
    session = ArchiveSession(long_archive, lanes, import_workers=1)
    window = MainWindow(settings, session)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    yield window
    window.close_archive()
    lanes.drain()


def _idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until every task on the read pool ended and its answer reached the GUI thread."""
    assert window.session is not None
    reads = window.session.lanes.reads
    qtbot.waitUntil(lambda: not reads.busy, timeout=30000)


def test_the_window_answers_while_a_slow_search_runs(qtbot, slow_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    sent = time.monotonic()
    slow_window.search_bar.set_query(SLOW_QUERY)
    returned = time.monotonic() - sent
    assert slow_window.model.pending == SLOW_QUERY  # handed to the read pool, not run here
    qtbot.waitUntil(lambda: slow_window.search_status.searching, timeout=2000)
    settle(qtbot, slow_window)
    timer.stop()
    result = slow_window.model.result
    assert (
        result is not None
        and result.total == LONG_ARTICLES
        and slow_window.model.query == SLOW_QUERY
    )
    assert result.elapsed_ms > 200, "the query is expected to be slow: make the articles longer"
    # Run on the GUI thread, the search would be one gap as long as itself. The bounds are
    # shares of the search's own time, so a loaded machine (slower search, later ticks) passes.
    searched = result.elapsed_ms / 1000
    during = [t for t in ticks if t >= sent]
    gaps = [b - a for a, b in zip([sent, *during], during, strict=False)]
    assert returned < searched / 4
    assert len(during) >= 10 and max(gaps) < searched / 4  # the event loop kept turning
    assert slow_window.status_hits.text().startswith(f"{LONG_ARTICLES} hits")


def test_a_superseded_search_never_replaces_the_newer_one(qtbot, slow_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = slow_window.model
    shown: list[str] = []
    model.searched.connect(lambda: shown.append(model.query))
    slow_window.search_bar.set_query(SLOW_QUERY)
    slow_window.search_bar.set_query(SHORT_WORD)  # typed on before the slow one came back
    _idle(qtbot, slow_window)
    assert shown == [SHORT_WORD]  # the slow answer arrived after and was dropped
    assert model.query == SHORT_WORD and model.rowCount() == 1
    assert slow_window.status_hits.text().startswith("1 hit")

    shown.clear()
    slow_window.search_bar.set_query(SHORT_WORD + " OR " + SLOW_QUERY.split(" OR ")[0])
    slow_window.search_bar.set_query(SLOW_QUERY)  # the newest is the slow one: it wins
    _idle(qtbot, slow_window)
    assert shown == [SLOW_QUERY] and model.total == LONG_ARTICLES


def test_a_page_of_an_older_query_is_not_added_to_a_newer_one(
    qtbot, slow_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert slow_window.session is not None
    model = ResultsModel(slow_window.session, page_size=2)  # no view: no pages fetched unasked
    with qtbot.waitSignal(model.searched, timeout=30000):
        model.run(SLOW_QUERY)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()  # the next page of the slow query goes to the read pool...
    assert not model.canFetchMore()  # (once: the view asks again and again while scrolling)
    model.run(SHORT_WORD)  # ...and a new query is typed meanwhile
    _idle(qtbot, slow_window)
    assert model.query == SHORT_WORD and model.rowCount() == 1 and model.total == 1
    short_id = model.doc_id(0)
    assert slow_window.session is not None
    assert "قصير" in slow_window.session.document(short_id).title


def test_the_reader_shows_the_spans_of_the_document_opened_last(
    qtbot, slow_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    model, session = slow_window.model, slow_window.session
    assert session is not None
    slow_window.search_bar.set_query(SLOW_QUERY)
    settle(qtbot, slow_window)
    first, second = model.doc_id(0), model.doc_id(1)
    assert first is not None and second is not None
    slow_window.open_document(first, focus=False)
    slow_window.open_document(second, focus=False)  # before the first one's spans came back
    _idle(qtbot, slow_window)
    assert slow_window.reader.doc is not None and slow_window.reader.doc.id == second
    expected = session.highlights(second, SLOW_QUERY)
    text = slow_window.reader.doc.text
    assert expected and slow_window.reader.hits == phrase_runs(text, expected)  # a phrase as one


def test_a_prefix_too_broad_is_refused_by_the_index_and_said_so(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(3)
    words = {"قب" + "".join(rnd.choice(LETTERS) for _ in range(5)) for _ in range(1500)}
    article = tmp_path / "many.txt"
    article.write_text("كلمات كثيرة\n\n" + " ".join(sorted(words)), encoding="utf-8")
    import_and_wait(qtbot, window, [article])
    search(qtbot, window, "كثيرة")
    assert window.model.total == 1
    search(qtbot, window, "قب*")  # parses; only the index knows it stands for 1,500 words
    assert window.results_stack.currentWidget() is window.no_hits
    assert "matches too many words" in window.no_hits.label.text()
    assert window.status_hits.text() == "not searched"
    assert window.model.last_run == "كثيرة"  # the refused query is not the one remembered
