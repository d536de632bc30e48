"""The GUI words why a file was not imported from its FailureCode and details, in English and
in Arabic; the core's English sentence is never parsed, only shown when the code is unknown."""

from __future__ import annotations

from pathlib import Path

from archiver.core.errors import FailureCode, ImportFailure
from archiver.core.imports import prepare_safely
from archiver.core.imports.sources import expand
from archiver.core.model import FailedFile
from archiver.gui.errors import error_message, failure_words, import_reason
from archiver.gui.locale_text import isolate
from translations_build import arabic_letters

# A value for every detail any code names (a code ignores those it does not use).
EVERY_DETAIL = (
    ("error", "E"), ("kind", "a socket"), ("extension", ".xyz"), ("supported", ".txt .pdf"),
    ("size_bytes", 3 << 20), ("limit_bytes", 2 << 20), ("limit_seconds", 120.0),
    ("unreadable_percent", 93), ("encoding", "utf-16"), ("what", "Word document"),
    ("detail", "no word/document.xml"), ("extra_bytes", 5 << 20), ("why", "install it"),
    ("format", "PNG"), ("title", "T"),
)  # fmt: skip
REASON = "the English sentence of the core"


def _failed(tmp_path: Path, name: str, data: bytes) -> FailedFile:
    path = tmp_path / name
    path.write_bytes(data)
    failed = prepare_safely(str(path))
    assert isinstance(failed, FailedFile), name
    return failed


def test_every_code_has_words_of_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each code is worded by the GUI (not by falling back to the reason), all filled in."""
    for code in FailureCode:
        words = failure_words(code.value, EVERY_DETAIL, REASON)
        assert words.strip() and words != REASON, code
        assert "{" not in words and "}" not in words, (code, words)


def test_every_code_has_arabic_words(arabic) -> None:  # type: ignore[no-untyped-def]
    for code in FailureCode:
        words = failure_words(code.value, EVERY_DETAIL, REASON)
        assert arabic_letters(words) and "{" not in words, (code, words)


def test_real_bad_files_are_worded_from_their_codes(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """English words of real failures, details isolated where they are inserted."""
    assert import_reason(_failed(tmp_path, "empty.txt", b"")) == "empty file"
    assert import_reason(_failed(tmp_path, "binary.txt", bytes(range(256)) * 8)) == (
        "binary file, not text"
    )
    unsupported = import_reason(_failed(tmp_path, "table.xyz", b"a,b"))
    assert unsupported.startswith(f"unsupported file type {isolate('.xyz')} (use ")
    docx = import_reason(_failed(tmp_path, "broken.docx", b"PK\x03\x04 not a zip"))
    assert docx == (
        f"not a readable {isolate('Word document')} ({isolate('damaged, or not a ZIP archive')})"
    )
    (tmp_path / "large.txt").write_bytes(b"x" * 3000)
    _, [large] = expand([tmp_path / "large.txt"], False, max_file_bytes=2048)
    assert large.code == FailureCode.TOO_LARGE
    assert import_reason(large) == (
        f"too large: {isolate('2.9 kB')} (the limit is {isolate('2.0 kB')}; raise it in the settings)"
    )


def test_real_bad_files_in_arabic(arabic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The same failures in Arabic: the words translated, sizes in Arabic digits."""
    assert import_reason(_failed(tmp_path, "empty.txt", b"")) == "ملف فارغ"
    assert (
        import_reason(_failed(tmp_path, "spaces.txt", "\u00a0 \u00a0\n".encode()))
        == "ملف فارغ (مسافات فقط)"
    )
    assert import_reason(_failed(tmp_path, "binary.txt", bytes(range(256)) * 8)) == (
        "ملف ثنائي، لا نص"
    )
    gone = prepare_safely(str(tmp_path / "gone.txt"))
    assert isinstance(gone, FailedFile) and import_reason(gone) == "الملف غير موجود"
    docx = import_reason(_failed(tmp_path, "broken.docx", b"PK\x03\x04 not a zip"))
    assert docx.startswith("تتعذّر قراءته ملفاً من نوع " + isolate("Word document"))
    (tmp_path / "large.txt").write_bytes(b"x" * 3000)
    _, [large] = expand([tmp_path / "large.txt"], False, max_file_bytes=2048)
    worded = import_reason(large)
    assert worded.startswith("كبير جداً: ") and "٢" in worded and "2" not in worded


def test_the_words_come_from_the_code_not_the_sentence(arabic) -> None:  # type: ignore[no-untyped-def]
    """Another sentence with a known code is still worded by its code; the very sentence of a
    known failure without a code (an older report) is shown as it is, isolated."""
    assert import_reason(FailedFile("a.txt", "something else entirely", "empty_file")) == "ملف فارغ"
    assert import_reason(FailedFile("a.txt", "empty file")) == isolate("empty file")
    unknown = FailedFile("a.txt", "a reason from a newer version", "a_code_not_known_here")
    assert import_reason(unknown) == isolate("a reason from a newer version")


def test_an_import_failure_raised_elsewhere_is_worded_by_its_code(arabic) -> None:  # type: ignore[no-untyped-def]
    """A merge's missing original reaches error_message as an ImportFailure: its code words it."""
    failure = ImportFailure(FailureCode.ORIGINAL_MISSING, "the original of «T» is missing",
                            title="T", error="no such file")  # fmt: skip
    assert (
        error_message(failure) == f"أصل {isolate('T')} مفقود أو ليس الملف الذي يسمّيه: لم يُدمج شيء"
    )
