"""Every action of the main window, declared once: id, text, default keys, menu."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from archiver.gui.locale_text import QT_TRANSLATE_NOOP, key_list
from archiver.services.settings import Settings

CONTEXT = "actions"  # the texts of every Spec (and the names of their groups) translate here


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Spec:
    """One action as declared: the handler is looked up by id on the window.

    ``text``, ``tip`` and ``menu`` are English, marked with
    ``QT_TRANSLATE_NOOP("actions", …)``; the registry translates them when it shows them.
    """

    id: str
    text: str
    keys: tuple[str, ...]
    menu: str
    tip: str = ""


MENUS = (QT_TRANSLATE_NOOP("actions", "File"), QT_TRANSLATE_NOOP("actions", "Edit"),
         QT_TRANSLATE_NOOP("actions", "Go"), QT_TRANSLATE_NOOP("actions", "View"),
         QT_TRANSLATE_NOOP("actions", "Help"))  # fmt: skip

# Ctrl+Shift+P, Ctrl+Shift+C and Alt+1/Alt+4 stay free for the tagging panel.
SPECS: tuple[Spec, ...] = (
    Spec("import_files", QT_TRANSLATE_NOOP("actions", "Import files…"), ("Ctrl+O",), "File"),
    Spec("import_folder", QT_TRANSLATE_NOOP("actions", "Import a folder…"), ("Ctrl+Shift+O",), "File"),
    Spec("open_archive", QT_TRANSLATE_NOOP("actions", "Open archive…"), ("Ctrl+Alt+O",), "File"),
    Spec("new_archive", QT_TRANSLATE_NOOP("actions", "New archive…"), ("Ctrl+Alt+N",), "File"),
    Spec("open_original", QT_TRANSLATE_NOOP("actions", "Open original file"), ("Ctrl+Shift+E",), "File",
         QT_TRANSLATE_NOOP("actions", "Open the imported file with the system viewer")),
    Spec("ocr_models", QT_TRANSLATE_NOOP("actions", "OCR models folder…"), ("Ctrl+Alt+M",), "File",
         QT_TRANSLATE_NOOP("actions", "Read scans with Tesseract models (.traineddata) from a folder of your own")),
    Spec("quit", QT_TRANSLATE_NOOP("actions", "Quit"), ("Ctrl+Q",), "File"),
    Spec("undo", QT_TRANSLATE_NOOP("actions", "Undo"), ("Ctrl+Z",), "Edit", QT_TRANSLATE_NOOP("actions", "Take back the last change made in this window")),
    Spec("redo", QT_TRANSLATE_NOOP("actions", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "Edit", QT_TRANSLATE_NOOP("actions", "Re-apply the change undone last")),
    Spec("show_history", QT_TRANSLATE_NOOP("actions", "History…"), ("Ctrl+H",), "Edit",
         QT_TRANSLATE_NOOP("actions", "Every change: who, when, what, documents; take back an older one")),
    Spec("edit_metadata", QT_TRANSLATE_NOOP("actions", "Edit details…"), ("F2",), "Edit", QT_TRANSLATE_NOOP("actions", "Title, date, source, URL, notes")),
    Spec("delete_document", QT_TRANSLATE_NOOP("actions", "Delete document"), ("Del",), "Edit",
         QT_TRANSLATE_NOOP("actions", "Move the document to the trash (Undo brings it back)")),
    Spec("show_trash", QT_TRANSLATE_NOOP("actions", "Trash…"), ("Ctrl+Shift+T",), "Edit",
         QT_TRANSLATE_NOOP("actions", "Deleted documents: restore them, or empty the trash")),
    Spec("find_in_document", QT_TRANSLATE_NOOP("actions", "Find in document…"), ("Ctrl+F",), "Edit"),
    Spec("next_hit", QT_TRANSLATE_NOOP("actions", "Next hit"), ("F3",), "Edit"),
    Spec("previous_hit", QT_TRANSLATE_NOOP("actions", "Previous hit"), ("Shift+F3",), "Edit"),
    Spec("focus_search", QT_TRANSLATE_NOOP("actions", "Search"), ("Ctrl+K", "/"), "Go", QT_TRANSLATE_NOOP("actions", "Focus the search bar")),
    Spec("back_to_search", QT_TRANSLATE_NOOP("actions", "Back to search"), ("Esc",), "Go"),
    Spec("focus_results", QT_TRANSLATE_NOOP("actions", "Results"), ("Alt+2",), "Go"),
    Spec("focus_reader", QT_TRANSLATE_NOOP("actions", "Reader"), ("Alt+3",), "Go"),
    Spec("next_document", QT_TRANSLATE_NOOP("actions", "Next document"), ("Ctrl+PgDown",), "Go"),
    Spec("previous_document", QT_TRANSLATE_NOOP("actions", "Previous document"), ("Ctrl+PgUp",), "Go"),
    Spec("command_palette", QT_TRANSLATE_NOOP("actions", "Command palette…"), ("Ctrl+Shift+A",), "Go"),
    Spec("zoom_in", QT_TRANSLATE_NOOP("actions", "Zoom in"), ("Ctrl++", "Ctrl+="), "View"),
    Spec("zoom_out", QT_TRANSLATE_NOOP("actions", "Zoom out"), ("Ctrl+-",), "View"),
    Spec("zoom_reset", QT_TRANSLATE_NOOP("actions", "Actual size"), ("Ctrl+0",), "View"),
    Spec("toggle_pages", QT_TRANSLATE_NOOP("actions", "Show PDF pages"), ("F4",), "View", QT_TRANSLATE_NOOP("actions", "Switch the reader to the PDF page view")),
    Spec("shortcuts", QT_TRANSLATE_NOOP("actions", "Keyboard shortcuts"), ("F1",), "Help"),
    Spec("search_syntax", QT_TRANSLATE_NOOP("actions", "Search syntax"), ("Shift+F1",), "Help"),
    Spec("about", QT_TRANSLATE_NOOP("actions", "About Archiver"), ("Ctrl+F1",), "Help"),
)  # fmt: skip

LISTS = QT_TRANSLATE_NOOP("actions", "Lists and find bar")
NOTES: tuple[Spec, ...] = (
    Spec("results_down_up", QT_TRANSLATE_NOOP("actions", "From the search bar into the results and back"), ("Down", "Up"),
         LISTS),
    Spec("open_result", QT_TRANSLATE_NOOP("actions", "Open the selected result"), ("Return",), LISTS),
    Spec("find_previous", QT_TRANSLATE_NOOP("actions", "Previous match in the find bar"), ("Shift+Return",), LISTS),
    Spec("search_bar_undo", QT_TRANSLATE_NOOP("actions", "In the search bar: take back your typing there (once you "
                                              "leave it, the archive's Undo)"), ("Ctrl+Z",), LISTS),
)  # fmt: skip
"""Keys a widget handles itself (no action): listed in F1 with the actions."""


class ActionRegistry:
    """Builds the QActions from SPECS, applying the user's key overrides from settings."""

    def __init__(self, parent: QWidget, settings: Settings | None = None) -> None:
        self.parent = parent
        self.settings = settings
        self.actions: dict[str, QAction] = {}
        self.specs: dict[str, Spec] = {spec.id: spec for spec in SPECS}
        self.notes: dict[str, Spec] = {}
        for spec in NOTES:
            self.note(spec)

    def build(self, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
        """Create every action, connect it to ``handlers[id]`` and add it to the window."""
        for spec in SPECS:
            self.add(spec, handlers[spec.id])
        return self.actions

    def add(
        self, spec: Spec, handler: Callable[[], object], widget: QWidget | None = None
    ) -> QAction:
        """Create one action (also used by docks that register their own); with ``widget``,
        its keys work only while that widget has the focus (the reader's plain letters)."""
        action = QAction(_tr(spec.text), self.parent)
        action.setObjectName(spec.id)
        keys = self.settings.shortcut(spec.id) if self.settings else None
        action.setShortcuts([QKeySequence(k) for k in (spec.keys if keys is None else keys)])
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WindowShortcut
        )
        action.setToolTip(_tr(spec.tip) if spec.tip else action.text())
        action.triggered.connect(lambda _checked=False: handler())
        (widget or self.parent).addAction(action)
        self.specs[spec.id] = spec
        self.actions[spec.id] = action
        return action

    def note(self, spec: Spec) -> None:
        """Name keys a widget handles itself, so that F1 lists them (no action is made)."""
        self.notes[spec.id] = spec

    def menus(self) -> list[str]:
        """Every menu with actions: the standard ones first, then those added later."""
        extra = [s.menu for s in self.specs.values() if s.menu and s.menu not in MENUS]
        return [*MENUS, *dict.fromkeys(extra)]

    @staticmethod
    def group_title(group: str) -> str:
        """A menu's or a group's name in the interface's language (F1's headings)."""
        return _tr(group)

    def groups(self) -> list[str]:
        """The menus, then the groups of keys that only widgets handle (F1's sections)."""
        menus = self.menus()
        extra = [s.menu for s in self.notes.values() if s.menu not in menus]
        return [*menus, *dict.fromkeys(extra)]

    def listed(self, group: str) -> list[tuple[str, str]]:
        """(keys, what they do) of one group, actions then notes, in declaration order."""
        rows = [(self.keys_text(a.objectName()), _tr(self.specs[a.objectName()].text))
                for a in self.in_menu(group)]  # fmt: skip
        native = QKeySequence.SequenceFormat.NativeText
        rows += [(key_list(QKeySequence(k).toString(native) for k in s.keys), _tr(s.text))
                 for s in self.notes.values() if s.menu == group]  # fmt: skip
        return rows

    def in_menu(self, menu: str) -> list[QAction]:
        """The actions of one menu, in declaration order."""
        return [
            self.actions[i] for i, s in self.specs.items() if s.menu == menu and i in self.actions
        ]

    def keys_text(self, action_id: str) -> str:
        """The action's keys as the user sees them (native text)."""
        return key_list(
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in self.actions[action_id].shortcuts()
        )

    def enabled_actions(self) -> list[QAction]:
        """Actions that can run now (for the palette)."""
        return [a for a in self.actions.values() if a.isEnabled()]
