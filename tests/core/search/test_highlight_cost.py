"""Highlight spans cost each query word its own occurrences, and match a pass over every token."""

from __future__ import annotations

import random
import time

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the dev extra")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from archiver.core.errors import Invalid  # noqa: E402
from archiver.core.search import highlight  # noqa: E402
from archiver.core.search import query as q  # noqa: E402
from archiver.core.text import arabic  # noqa: E402

WORDS = ["أوكرانيا", "روسيا", "الدعم", "دعم", "والدعم", "قال", "تونس", "the", "talks",
         "Coalition", "security", "guarantees", "meeting", "2025",
         # forms the analysis rewrites: harakat, tatweel, digits, English endings
         "أُوكْرَانِيَا", "أوكـــرانيا", "٢٠٢٥", "policies", "policy", "Macron's", "classes",
         "اجتماعا", "لأوكرانيا", "ﺍﻟﺪﻋﻢ"]  # fmt: skip
# a tatweel alone is a token of its own (the analysis keeps it; folded, it is empty)
TEXTS = st.lists(st.sampled_from([*WORDS, "\n\n", ",", ".", "ـ"]), max_size=80).map(" ".join)
QUERY_PARTS = st.sampled_from(WORDS).flatmap(
    lambda w: st.sampled_from([w, f"-{w}", f"={w}", f"{w[:3]}*", f'"{w} {WORDS[len(w) % 14]}"'])
)
QUERIES = st.lists(QUERY_PARTS, min_size=1, max_size=5).flatmap(
    lambda parts: st.sampled_from([" ".join(parts), " OR ".join(parts)])
)


def leaf_sequences(leaf: q.Node) -> list[list[set[str]]] | None:
    """Per Words or Phrase leaf, the readings allowed at each place (a Words leaf: each
    token alone); None for the other leaves."""
    if getattr(leaf, "field", None) not in (None, "title"):
        return None
    if isinstance(leaf, q.Words):
        return [[{t.term, *t.alts}] for t in arabic.analyze(leaf.text)]
    if isinstance(leaf, q.Phrase):
        return [[{t.term, *t.alts} for t in arabic.analyze(leaf.text)]]
    return None


def other_leaf_spans(tokens: list[arabic.Token], leaf: q.Node) -> list[highlight.Span]:
    """Exact words and prefixes, token by token."""
    if isinstance(leaf, q.Exact):
        wanted = {arabic.fold(w.lower()) for w, _, _ in arabic.words(leaf.text)}
        return [(t.start, t.end) for t in tokens if t.exact in wanted]
    if isinstance(leaf, q.Prefix) and leaf.field in (None, "title"):
        folded = arabic.prefix_form(leaf.text)
        bare = arabic.strip_article(folded)
        return [
            (t.start, t.end)
            for t in tokens
            if t.exact.startswith(folded) or t.term.startswith(bare)
        ]
    return []


def every_token(text: str, node: q.Node) -> list[highlight.Span]:
    """The reference: each word and phrase tried at every token of the text."""
    tokens = arabic.analyze(text)
    readings = [{t.term, *t.alts} for t in tokens]
    spans: list[highlight.Span] = []
    for leaf in q.positive_words(node):
        sequences = leaf_sequences(leaf)
        if sequences is None:
            spans.extend(other_leaf_spans(tokens, leaf))
            continue
        for seq in sequences:
            for i in range(len(tokens) - len(seq) + 1):
                if all(readings[i + k] & seq[k] for k in range(len(seq))):
                    spans.extend((tokens[i + k].start, tokens[i + k].end) for k in range(len(seq)))
    return sorted(set(spans))


@settings(max_examples=300, deadline=2000)
@given(TEXTS, QUERIES)
def test_spans_are_those_of_a_pass_over_every_token(text: str, query: str) -> None:
    try:
        node = q.parse(query)
    except Invalid:
        return
    assert highlight.spans_for(text, node) == every_token(text, node)


def test_a_long_or_query_over_long_texts_is_highlighted_quickly() -> None:
    # 20 texts of 2,000 words, a query of 60 words ORed: 6.4 s before (every word tried at
    # every token), 0.4 s now on this machine.
    rnd = random.Random(1)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    vocab = ["".join(rnd.choice(letters) for _ in range(rnd.randint(4, 7))) for _ in range(300)]
    texts = [" ".join(rnd.choice(vocab) for _ in range(2000)) for _ in range(20)]
    node = q.parse(" OR ".join(vocab[:60]))
    started = time.perf_counter()
    for text in texts:
        spans = highlight.spans_for(text, node)
        highlight.snippet(text, spans)
    assert time.perf_counter() - started < 2.5


def test_the_snippet_window_is_found_in_one_pass_over_many_spans() -> None:
    text = " ".join(["دعم"] * 30000)  # 30,000 matches: the window search was quadratic
    spans = highlight.spans_for(text, q.parse("دعم"))
    started = time.perf_counter()
    assert "<b>دعم</b>" in highlight.snippet(text, spans)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("text", "query", "shown"),
    [
        ("Three policies were set out.", "policy", ["policies"]),
        ("Three policies were set out.", "policy*", ["policies"]),
        ("Both classes met.", "class", ["classes"]),
        ("قالت أُوكْرَانِيَا إن", "اوكرانيا", ["أُوكْرَانِيَا"]),
        ("وصل الوفد لأوكرانيا أمس", "أوكرانيا", ["لأوكرانيا"]),
        ("عقدوا اجتماعا طارئا", "اجتماع", ["اجتماعا"]),
        ("في عام ٢٠٢٥ وقع", "2025", ["٢٠٢٥"]),
        ("ﺍﻟﺪﻋﻢ كبير", "دعم", ["ﺍﻟﺪﻋﻢ"]),
    ],
)
def test_words_the_analysis_rewrites_are_highlighted(
    text: str, query: str, shown: list[str]
) -> None:
    spans = highlight.spans_for(text, q.parse(query))
    assert [text[a:b] for a, b in spans] == shown
    assert spans == every_token(text, q.parse(query))


def test_a_blank_line_in_a_snippet_is_one_break() -> None:
    text = "تقرير مع تشكيل\n\n  قال وزير الخارجية إن الدعم سيصل \n\n\nغداً"
    assert highlight.snippet(text, []) == "تقرير مع تشكيل · قال وزير الخارجية إن الدعم سيصل · غداً"
    spans = highlight.spans_for(text, q.parse("الدعم"))
    assert highlight.snippet(text, spans).endswith("إن <b>الدعم</b> سيصل · غداً")


def test_a_name_protected_after_a_query_was_highlighted_changes_what_it_highlights() -> None:
    text = "قال رجي أمس"
    try:
        assert highlight.spans_for(text, q.parse("رج")) == [(4, 7)]  # رجي read as رج + ي
        arabic.set_archive_names(["رجي"])  # a participant's name: kept whole from now on
        assert highlight.spans_for(text, q.parse("رج")) == []
    finally:
        arabic.set_archive_names([])
    assert highlight.spans_for(text, q.parse("رج")) == [(4, 7)]


def test_the_words_a_query_decided_on_are_bounded_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(highlight, "VERDICTS_KEPT", 3)
    rnd = random.Random(7)
    node = q.parse("الدعم OR talks OR أوكر*")
    for _ in range(40):
        text = " ".join(rnd.choice(WORDS) for _ in range(30))
        assert highlight.spans_for(text, node) == every_token(text, node)


@pytest.mark.parametrize(
    ("text", "query", "shown"),
    [
        (
            "قال وزير في الخارجية أمس",
            '"وزير الخارجية"',
            ["وزير", "الخارجية"],
        ),  # a stop word between
        ("قال الرئيس ترمب إن", '"الرئيس ترامب"', ["الرئيس", "ترمب"]),  # the other spelling
        ("زار أمريكا الرئيس", '"أميركا الرئيس"', ["أمريكا", "الرئيس"]),
        ("The Coalition of the Willing met", '"coalition willing"', ["Coalition", "Willing"]),
        ("وزير الدفاع وزير الخارجية", '"وزير الخارجية" OR دفاع', ["الدفاع", "وزير", "الخارجية"]),
        ("وزير الدفاع قال إن الخارجية", '"وزير الخارجية"', []),  # not next to each other
        ("قال ـ talks", '"ـ"', ["ـ"]),  # a tatweel alone: a token, not a stop word
        ("وزير ـ الخارجية", '"وزير الخارجية"', []),  # so it parts the phrase, as in the index
        ("", '"وزير الخارجية"', []),
    ],
)
def test_a_phrase_is_highlighted_where_the_index_finds_it(
    text: str, query: str, shown: list[str]
) -> None:
    spans = highlight.spans_for(text, q.parse(query))
    assert [text[a:b] for a, b in spans] == shown


@pytest.mark.parametrize("text", ["", "...", "قال ـ talks"])
def test_a_query_word_folded_to_nothing_highlights_nothing_and_fails_nothing(text: str) -> None:
    assert highlight.spans_for(text, q.parse("=ـ")) == []
