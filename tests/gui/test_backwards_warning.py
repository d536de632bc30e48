"""The warning of Arabic read backwards, as the importer stores it, shown in Arabic."""

from __future__ import annotations

from archiver.core.imports.backwards import reading, warning
from archiver.gui.stored_warnings import warning_text


def test_the_backwards_warning_is_shown_in_arabic_with_its_example(arabic) -> None:  # type: ignore[no-untyped-def]
    stored = warning(reading("تدعو ةموكحلا ميدقتب ةحنم سرادملل يف لامشلا لاقو ريزولا نإ"))
    shown = warning_text(stored)
    assert shown.startswith("كلمات عربية مقروءة معكوسة") and "ةموكحلا" in shown
    assert "الحكومة" in shown and "visual order" not in shown
