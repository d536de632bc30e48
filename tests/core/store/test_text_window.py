"""Texts packed one byte a letter (the window): exact round trips in every script, smaller
than compressed UTF-8 on Arabic, the older zlib rows read unchanged, damage named."""

from __future__ import annotations

import random
import zlib

import pytest

from archiver.core.check import check
from archiver.core.errors import StoreError
from archiver.core.store import document_text, text_window
from samples import ARTICLE_AR, ARTICLE_EN

PERSIAN = "وزیر امور خارجه گفت که کشورهای عضو ائتلاف آماده‌اند؛ پیشنهاد ژنو را پذیرفتند. " * 3
RUSSIAN = "Министр иностранных дел сказал, что коалиция желающих готова к переговорам. " * 3
FRENCH = "Le ministre a déclaré que la « coalition des volontaires » était prête à agir. " * 3
MIXED = "\x01قمة\x01 لندن 😀 Zelensky — «الضمانات» ٣٠ дней, ☂ \u200f\x00\x7f\u0080\u00ff.\n" * 4


@pytest.mark.parametrize("text", [ARTICLE_AR, ARTICLE_EN, PERSIAN, RUSSIAN, FRENCH, MIXED])
def test_every_script_comes_back_exactly(text: str) -> None:
    packed = document_text.pack(text)
    assert isinstance(packed, bytes) and document_text.unpack(packed) == text


def test_random_texts_of_every_script_round_trip() -> None:
    rng = random.Random(7)
    pools = [" abc\n\x01", "سلامٌ ـ١٢،؟", "پکگیژ", "Привет", "é€“”—", "😀𝐀", "\x00\x7f\x80ÿ", "中文"]
    for _ in range(3000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 160)))
        assert document_text.unpack(document_text.pack(text)) == text


def test_arabic_takes_a_quarter_less_than_compressed_utf8() -> None:
    packed = document_text.pack(ARTICLE_AR)
    assert isinstance(packed, bytes) and packed[0] == document_text.WINDOWED
    assert int.from_bytes(packed[1:3], "big") == text_window.ARABIC
    assert len(packed) < 0.85 * len(zlib.compress(ARTICLE_AR.encode("utf-8"), 6))


def test_each_text_takes_the_block_most_of_its_letters_are_in() -> None:
    assert document_text.pack(RUSSIAN)[1:3] == (0x400 >> 7).to_bytes(2, "big")
    assert document_text.pack(PERSIAN)[1:3] == (0x600 >> 7).to_bytes(2, "big")
    ascii_only = document_text.pack(ARTICLE_EN)
    assert isinstance(ascii_only, bytes) and ascii_only[0] != document_text.WINDOWED
    assert zlib.decompress(ascii_only).decode("utf-8") == ARTICLE_EN  # plain zlib, as before


def test_an_older_zlib_packed_arabic_row_reads_unchanged(archive, write) -> None:
    doc_id = archive.import_paths([write("summit.txt", ARTICLE_AR)]).imported[0].id
    text = archive.document(doc_id).text
    older = zlib.compress(text.encode("utf-8"), 6)  # how rows were packed before windows
    archive.db.execute("UPDATE document SET text = ? WHERE id = ?", (older, doc_id))
    assert archive.document(doc_id).text == text
    assert archive.search("الداعمين").hits[0].id == doc_id
    assert check(archive).problems == []


@pytest.mark.parametrize(
    "damage",
    [lambda b: b[:1] + b"\x7f\xff" + b[3:],  # a window no text can have (the surrogates)
     lambda b: b[:3] + bytes(x ^ 0x55 for x in b[3:13]) + b[13:],  # the stream itself
     lambda b: b[:3] + zlib.compress(b"\x01")],  # an escape with nothing after it
)  # fmt: skip
def test_a_damaged_windowed_text_is_named(archive, write, damage) -> None:  # type: ignore[no-untyped-def]
    doc_id = archive.import_paths([write("summit.txt", ARTICLE_AR)]).imported[0].id
    blob = archive.db.execute("SELECT text FROM document WHERE id = ?", (doc_id,)).fetchone()[0]
    archive.db.execute("UPDATE document SET text = ? WHERE id = ?", (damage(blob), doc_id))
    with pytest.raises(StoreError, match=f"document {doc_id}: stored text is damaged"):
        archive.document(doc_id)
    assert (
        f"document {doc_id}: stored text is damaged (cannot be unpacked)" in check(archive).problems
    )
