"""What the annotation panel needs from the window it is installed in (and nothing more)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from archiver.gui.actions import Spec
    from archiver.services.operations import ArchiveSession
    from archiver.services.settings import Settings


@runtime_checkable
class AnnotationHost(Protocol):
    """A window with an archive session, a document open in a reader, docks and menus."""

    # Hooks a test (or a scripted session) may replace: ask the user yes or no.
    confirm: Callable[[str, str], bool]
    settings: Settings  # the file dialogs start where the last one was left

    @property
    def document_opened(self) -> SignalInstance:
        """Emitted with the id of the document the reader shows now (None: it shows none)."""

    @property
    def session_changed(self) -> SignalInstance:
        """Emitted with the new ArchiveSession after the window switched archives."""

    @property
    def session_closing(self) -> SignalInstance:
        """Emitted with the ArchiveSession about to close (every view lets go of it first)."""

    @property
    def session(self) -> ArchiveSession | None:
        """The archive shown now."""

    def as_widget(self) -> QWidget:
        """The window itself: the parent of dialogs and docks."""

    def add_action(self, spec: Spec, handler: Callable[[], object]) -> QAction:
        """Register a window-wide action (keys from the user's settings)."""

    def note_keys(self, specs: Iterable[Spec]) -> None:
        """List keys the add-on's widgets handle themselves in F1."""

    def add_side_dock(self, dock: QDockWidget, shortcut_key: str) -> QAction:
        """Dock a panel on the right, with a View menu entry that focuses it."""

    def add_bottom_dock(self, dock: QDockWidget) -> None:
        """Dock a view at the bottom, tabbed with the other bottom docks."""

    def add_menu(self, menu: QMenu) -> None:
        """Put a menu in the menu bar, before Help."""

    def show_message(self, text: str, ms: int = 5000) -> None:
        """A passing line in the status bar."""

    def refresh_annotation_query(self) -> None:
        """Re-run the query if it filters on annotations (they just changed)."""

    def current_document_id(self) -> int | None:
        """The document in the reader."""

    def open_document(self, doc_id: int, focus: bool = True) -> None:
        """Show a document in the reader."""

    def document_text(self) -> str:
        """The text of the document in the reader ('' when none)."""

    def when_text_laid_out(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the reader has laid out the whole text shown now."""

    def selection_span(self) -> tuple[int, int] | None:
        """The reader's selection as code-point offsets into document_text()."""

    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) in the reader and scroll there."""

    def set_marks(self, marks: Iterable[tuple[int, int, QColor | str]]) -> None:
        """Underline passages of the open document in their colours."""
