"""The memo browser: every memo, filtered by text, target kind and author; Enter opens the
target (a quote selected in the reader), E or F2 edits, Delete deletes (Ctrl+Z undoes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from archiver.core.annotations.model import MEMO_TARGETS, Memo
from archiver.gui.annotations.keyview import ENTER_KEYS, KeyView
from archiver.gui.annotations.rows import Column, RowsModel
from archiver.gui.annotations.terms import date_text, key_in_text, memo_target_label
from archiver.gui.widget_names import named

K = Qt.Key
EDIT_KEYS = (K.Key_E, K.Key_F2)
_MEMO_CHARS = 120  # of a memo's first line in its cell (the tooltip holds it whole)


def kind_words(kind: str) -> str:
    """A target kind in the interface's language."""
    return memo_target_label(kind)


def first_line(text: str) -> str:
    """A memo's first line, shortened, with "…" when more follows."""
    first, _, rest = text.partition("\n")
    more = bool(rest.strip()) or len(first) > _MEMO_CHARS
    return first[:_MEMO_CHARS].rstrip() + (" …" if more else "")


class MemoBrowser(QDockWidget):
    """All memos in a table; the filters above it narrow the list as they are typed."""

    open_requested = Signal(int)  # memo id
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, describe: Callable[[Memo], str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Memos"), parent)
        self.setObjectName("memoBrowser")
        self.load: Callable[..., list[Memo]] = lambda **_f: []
        self.model: RowsModel[Memo] = RowsModel([
            Column(self.tr("On"), lambda m: kind_words(m.kind)),
            Column(self.tr("Where"), describe),
            Column(self.tr("Quote"), lambda m: m.quote.replace("\n", " ")),
            Column(self.tr("Memo"), lambda m: first_line(m.text), None, lambda m: m.text),
            Column(self.tr("Author"), lambda m: m.author),
            Column(self.tr("Changed"), lambda m: date_text(m.modified_at[:10])),
        ], self)  # fmt: skip
        self.table = KeyView("memoTable", fit=False)
        self.table.setModel(self.model)
        self.table.size_columns(90, 220, 200, QHeaderView.ResizeMode.Stretch, 100, 90)
        self.table.bind(ENTER_KEYS, lambda row: self._emit(self.open_requested, row))
        self.table.bind(EDIT_KEYS, lambda row: self._emit(self.edit_requested, row))
        self.table.bind((K.Key_Delete,), lambda row: self._emit(self.delete_requested, row))
        self._build_filters()
        self._lay_out()

    def _build_filters(self) -> None:
        self.text = named(QLineEdit(), "memoFilterText")
        self.text.setPlaceholderText(self.tr("Text in the memo or its quote…"))
        self.text.setClearButtonEnabled(True)
        self.kind = named(QComboBox(), "memoFilterKind")
        self.kind.addItem(self.tr("On anything"), "")
        for kind in MEMO_TARGETS:
            self.kind.addItem(kind_words(kind), kind)
        self.author = named(QComboBox(), "memoFilterAuthor")
        self.count = named(QLabel(), "memoCount")
        self.hint = QLabel(self.tr("{0} opens · {1} edits · {2} deletes").format(
            *(key_in_text(k) for k in ("Enter", "E", "Del"))))  # fmt: skip
        self.debounce = QTimer(self, singleShot=True, interval=200)
        self.debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(self.debounce.start)
        self.text.installEventFilter(self)  # Down or Enter goes to the list
        self.kind.currentIndexChanged.connect(self.reload)
        self.author.currentIndexChanged.connect(self.reload)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.text, 1)
        for widget in (self.kind, self.author, self.count):
            bar.addWidget(widget)
        body = named(QWidget(), "memoBrowserBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        body.setFocusProxy(self.text)
        self.setWidget(body)

    def set_authors(self, authors: list[str]) -> None:
        """The names the author filter offers (the one chosen is kept)."""
        chosen = self.author.currentData() or ""
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(self.tr("Anyone"), "")
        for name in authors:
            self.author.addItem(name, name)
        self.author.setCurrentIndex(max(0, self.author.findData(chosen)))
        self.author.blockSignals(False)

    def filters(self) -> dict[str, str | None]:
        """The filters as ``Memos.all`` takes them."""
        return {"text": self.text.text().strip() or None, "kind": self.kind.currentData() or None,
                "author": self.author.currentData() or None}  # fmt: skip

    def reload(self) -> None:
        """List the memos the filters let through, keeping the current row where it was."""
        self.debounce.stop()
        current = self.current()
        self.model.set_rows(self.load(**self.filters()))
        ids = [m.id for m in self.model.rows]
        self.table.select_row(ids.index(current.id) if current and current.id in ids else 0)
        self.count.setText(self.tr("%Ln memos", "", len(ids)))

    def current(self) -> Memo | None:
        """The memo of the current row."""
        return self.model.row(self.table.currentIndex().row())

    def _emit(self, signal: SignalInstance, row: int) -> None:
        memo = self.model.row(row)
        if memo is not None:
            signal.emit(memo.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the text filter moves to the list (keyboard first)."""
        moves = (K.Key_Down, *ENTER_KEYS)
        if (watched is self.text and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in moves):  # fmt: skip
            self.reload()
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
