"""Issue 13 acceptance: an article coded by keyboard alone, quotes selected by the reader's
sentence, clause and word keys, in at most 150 key presses beyond what is typed as "what"."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import controller_of, idle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
K = Qt.Key
BUDGET = 150

# Our own paraphrase of a news report on the coalition's meeting (not the sample's text).
ARTICLE = (
    "اجتماع مرتقب لتحالف الراغبين حول أمن أوكرانيا\n"
    "\n"
    "تستضيف بريطانيا الخميس اجتماعاً لتحالف الراغبين، وهو تحالف دول تعهدت بدعم أوكرانيا.\n"
    "- يشارك الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني في المحادثات من نورثوود، "
    "بينما يتصل الرئيس الأوكراني فولوديمير زيلينسكي عن بعد من روما.\n"
    "- أوقفت وزارة الدفاع الأمريكية شحنات صواريخ دفاع جوي إلى أوكرانيا، خوفاً من نقص المخزون.\n"
    "- ترفض الولايات المتحدة تزويد أوكرانيا بأنظمة دفاع جوي بعيدة المدى، وتدعو إلى مراقبة الحدود.\n"
    "وتضم الدول المستعدة للمساهمة في مراقبة وقف إطلاق النار فرنسا وأستراليا والدنمارك والسويد، "
    "وقد تنضم دول الاتحاد الأوروبي لاحقاً.\n"
    "- الدول المجاورة لروسيا، مثل فنلندا وبولندا، أبدت اهتمامها بالمشاركة في قوات حفظ السلام "
    "دون التزام رسمي.\n"
)
HALTED = "أوقفت وزارة الدفاع الأمريكية شحنات صواريخ دفاع جوي إلى أوكرانيا"
REFUSED = "ترفض الولايات المتحدة تزويد أوكرانيا بأنظمة دفاع جوي بعيدة المدى"
MONITORING = (
    "وتضم الدول المستعدة للمساهمة في مراقبة وقف إطلاق النار فرنسا وأستراليا والدنمارك والسويد"
)
INTEREST = "فنلندا وبولندا، أبدت اهتمامها بالمشاركة في قوات حفظ السلام دون التزام رسمي"


class Keys:
    """Key presses on the focused widget, counted; text typed into "what" is not."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def __call__(
        self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1
    ) -> None:  # type: ignore[no-untyped-def]
        for _ in range(times):
            widget = QApplication.focusWidget()
            assert widget is not None, "nothing has the keyboard focus"
            self.qtbot.keyClick(widget, key, modifiers)
            self.count += 1

    def letters(self, text: str) -> None:
        """Letters typed into a list or a combo box (counted: they are not a "what")."""
        for ch in text:
            self(getattr(K, f"Key_{ch.upper()}"))

    def what(self, text: str) -> None:
        """Alt+W (counted) then the "what" typed over the prefilled quote (not counted)."""
        self(K.Key_W, ALT)
        widget = QApplication.focusWidget()
        assert widget is not None and widget.objectName() == "what"
        type_text(widget, text)


@pytest.fixture
def sample(qtbot, window, controller, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "2025-07-09-coalition.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(path)])
    qtbot.waitUntil(lambda: controller.ops.ready, timeout=15000)
    idle(qtbot, window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, reports[0].imported[0].id


def record(qtbot, keys: Keys, window, *, category: str, status: str, what: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+C, the category and status by their mnemonics and first letters, a what,
    Enter to save."""
    controller = controller_of(window)
    keys(K.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    keys(K.Key_C, ALT)
    keys.letters(category)
    keys(K.Key_U, ALT)
    keys.letters(status)
    keys.what(what)
    keys(K.Key_Return)
    qtbot.waitUntil(lambda: controller.dialog is None, timeout=3000)  # saved by Enter
    idle(qtbot, window)
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_coding_the_article_by_keyboard_within_150_keys(qtbot, sample):  # type: ignore[no-untyped-def]
    window, doc = sample
    keys = Keys(qtbot)
    panel = controller_of(window).panel
    ann, com = window.session.reader.annotations, window.session.reader.commitments
    reader = window.reader

    keys(K.Key_2, ALT)
    keys(K.Key_Return)  # open the article
    assert window.current_document_id() == doc
    keys(K.Key_4, ALT)
    suggested = {s.name for s in panel.suggestions.rows}  # new persons have no id yet
    assert {"Ukraine", "United States", "France", "Finland", "Poland"} <= {
        s.name for s in panel.suggestions.rows
    }
    keys(K.Key_Return, CTRL | SHIFT)  # confirm every suggestion, whatever was suggested
    idle(qtbot, window)
    assert suggested <= {p.name for p in ann.mentions.participants_in(doc)}
    assert panel.suggestions.rowCount() == 0

    keys(K.Key_3, ALT)
    assert QApplication.focusWidget() is reader.view
    # (1) the US halted air-defence shipments to Ukraine: the fourth sentence, its first clause
    keys(K.Key_S, times=4)
    keys(K.Key_C)
    assert reader.selected_text() == HALTED
    record(qtbot, keys, window, category="mi", status="s", what="شحنات صواريخ دفاع جوي")
    assert QApplication.focusWidget() is reader.view
    # (2) the US refuses to supply Ukraine: the next sentence's first clause
    keys(K.Key_S, times=2)  # the sentence of the clause selected, then the next one
    keys(K.Key_C)
    assert reader.selected_text() == REFUSED
    record(qtbot, keys, window, category="mi", status="r", what="أنظمة دفاع جوي")
    # (3) four states ready to help monitor a ceasefire: the clause after the next
    keys(K.Key_C, times=2)
    assert reader.selected_text() == MONITORING
    record(
        qtbot, keys, window, category="mo", status="o", what="المساهمة في مراقبة وقف إطلاق النار"
    )
    # (4) Finland and Poland interested in peacekeeping: a clause grown by one, "مثل" dropped
    keys(K.Key_C, times=3)
    keys(K.Key_E)
    keys(K.Key_B, SHIFT)
    assert reader.selected_text() == INTEREST
    record(qtbot, keys, window, category="tr", status="cons", what="المشاركة في قوات حفظ السلام")

    print(f"keys pressed: {keys.count}")
    assert keys.count <= BUDGET, keys.count
    text = window.session.document(doc).text
    items = {c.status: c for c in com.list_commitments(document_id=doc, role=None)}
    assert set(items) == {"suspended", "refused", "offered", "considering"}
    for status, quote in (("suspended", HALTED), ("refused", REFUSED), ("offered", MONITORING),
                          ("considering", INTEREST)):  # fmt: skip
        c = items[status]
        assert c.quote == quote and (c.start, c.end) == (
            text.index(quote),
            text.index(quote) + len(quote),
        )
        assert text[c.start : c.end] == quote
        assert c.statement_date == "2025-07-09"

    for named in ann.mentions.participants_in(doc):  # every mention span: whole words of the text
        for start, end in named.spans:
            assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]
            assert start == 0 or not text[start - 1].isalpha(), (named.name, text[start:end])
            assert end == len(text) or not text[end].isalpha(), (named.name, text[start:end])

    def actors(status: str) -> list[tuple[str, str]]:
        return [(a.name, a.role) for a in items[status].actors]

    assert actors("suspended") == [("United States", "source"), ("Ukraine", "recipient")]
    assert actors("refused") == [("United States", "source"), ("Ukraine", "recipient")]
    assert actors("offered") == [
        (n, "source") for n in ("France", "Australia", "Denmark", "Sweden")
    ]
    assert actors("considering") == [("Finland", "source"), ("Poland", "source")]
    assert (items["suspended"].category, items["refused"].category) == ("military", "military")
    assert (items["offered"].category, items["considering"].category) == ("monitoring", "troops")
    assert items["suspended"].what == "شحنات صواريخ دفاع جوي"
