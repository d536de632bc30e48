"""Queries pasted from a PDF viewer, in Arabic presentation forms (U+FB50–U+FDFF,
U+FE70–U+FEFF), find what the plain letters find, with the same highlights; and a document
whose text carries those forms is found by plain queries."""

from __future__ import annotations

import unicodedata

import pytest

from archiver.core.text import arabic
from samples import ARTICLE_AR, UNRELATED_AR


def _forms() -> dict[str, dict[str, str]]:
    """Each letter's contextual forms by name (ISOLATED, INITIAL, MEDIAL, FINAL)."""
    found: dict[str, dict[str, str]] = {}
    for code in [*range(0xFE70, 0xFF00), *range(0xFB50, 0xFE00)]:
        ch = chr(code)
        plain = unicodedata.normalize("NFKC", ch)
        for form in ("ISOLATED", "INITIAL", "MEDIAL", "FINAL"):
            if len(plain) == 1 and f"{form} FORM" in unicodedata.name(ch, ""):
                found.setdefault(plain, {}).setdefault(form, ch)
    return found


FORMS = _forms()


def shaped(text: str) -> str:
    """``text`` as a PDF viewer copies it: every Arabic letter as its contextual glyph code,
    lam-alef as one ligature."""
    out = []
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch not in FORMS:
            out.append(ch)
            continue
        before = chars[i - 1] if i else ""
        after = chars[i + 1] if i + 1 < len(chars) else ""
        joins_before = before in FORMS and "INITIAL" in FORMS[before]
        joins_after = after in FORMS and "INITIAL" in FORMS[ch]
        if ch == "ل" and after == "ا":
            out.append("\ufefc" if joins_before else "\ufefb")
            chars[i + 1] = ""
            continue
        form = {(False, False): "ISOLATED", (False, True): "INITIAL",
                (True, True): "MEDIAL", (True, False): "FINAL"}[(joins_before, joins_after)]  # fmt: skip
        out.append(FORMS[ch].get(form) or FORMS[ch]["ISOLATED"])
    return "".join(out)


def test_the_shaper_writes_presentation_forms_only() -> None:
    pasted = shaped("أوكرانيا الدفاع")
    assert all(0xFB50 <= ord(ch) <= 0xFEFF for ch in pasted.replace(" ", ""))
    assert unicodedata.normalize("NFKC", pasted) == "أوكرانيا الدفاع"


@pytest.mark.parametrize(
    "query", ["أوكرانيا", "لأوكرانيا", '"الدفاع الجوي"', "=الداعمين", "الضمانات", "أوكران*"]
)
def test_a_pasted_query_finds_what_the_plain_query_finds_with_the_same_highlights(
    archive, write, query
) -> None:
    archive.import_paths([write("coalition.txt", ARTICLE_AR), write("cinema.txt", UNRELATED_AR)])
    plain = archive.search(query)
    pasted = archive.search(shaped(query))
    assert plain.total >= 1 and pasted.total == plain.total
    assert [(h.id, h.highlights) for h in pasted.hits] == [(h.id, h.highlights) for h in plain.hits]
    doc_id = plain.hits[0].id
    assert archive.highlights(doc_id, shaped(query)) == archive.highlights(doc_id, query)


def test_a_document_in_presentation_forms_is_found_by_plain_words(archive, write) -> None:
    [doc] = archive.import_paths([write("pasted.txt", shaped(ARTICLE_AR))]).imported
    hit = archive.search("أوكرانيا").hits[0]
    text = archive.document(doc.id).text
    assert hit.id == doc.id
    assert {unicodedata.normalize("NFKC", text[s:e]) for s, e in hit.highlights} == {
        "أوكرانيا", "لأوكرانيا"
    }  # fmt: skip


def test_presentation_forms_analyse_as_the_letters_they_stand_for() -> None:
    assert arabic.index_terms(shaped("والسويد لأوكرانيا")) == arabic.index_terms(
        "والسويد لأوكرانيا"
    )
    assert arabic.analyze("\ufdfa") == []  # ﷺ stands for a phrase: not read as one word
