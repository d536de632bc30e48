"""Plugging the annotation features into a main window: the dock, the actions, a menu."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from archiver.gui.actions import Spec
from archiver.gui.annotations.controller import EXPORTS, AnnotationController
from archiver.gui.annotations.host import AnnotationHost
from archiver.gui.annotations.panel import KEYS
from archiver.gui.annotations.timeline_view import KEYS as TIMELINE_KEYS
from archiver.gui.dialog_keys import NOTES as DIALOG_KEYS
from archiver.gui.locale_text import QT_TRANSLATE_NOOP
from archiver.gui.memos.flow import install as install_memos

MENU = "Annotations"
SPECS = (
    Spec("tag_participant", QT_TRANSLATE_NOOP("actions", "Tag selection as participant…"),
         ("Ctrl+Shift+P",), MENU,
         QT_TRANSLATE_NOOP("actions", "Tag the words selected in the reader as a participant")),
    Spec("record_commitment", QT_TRANSLATE_NOOP("actions", "Record commitment…"),
         ("Ctrl+Shift+C",), MENU,
         QT_TRANSLATE_NOOP("actions", "Record a commitment quoting the selection")),
    Spec("confirm_all_participants",
         QT_TRANSLATE_NOOP("actions", "Confirm all suggested participants"),
         ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), MENU),
    Spec("show_commitments", QT_TRANSLATE_NOOP("actions", "Commitments table"), ("Alt+5",), MENU),
    Spec("show_participant_page", QT_TRANSLATE_NOOP("actions", "Participant page"), ("Alt+6",),
         MENU),
    Spec("show_matrix", QT_TRANSLATE_NOOP("actions", "Participants × categories"), ("Alt+7",),
         MENU),
    Spec("show_timeline", QT_TRANSLATE_NOOP("actions", "Timeline"), ("Alt+8",), MENU,
         QT_TRANSLATE_NOOP("actions",
                           "Commitments over time by participant; Enter on a mark opens its quote")),
)  # fmt: skip
EDIT_SPECS = (
    Spec("show_participants", QT_TRANSLATE_NOOP("actions", "Participants…"), ("Ctrl+Alt+P",),
         "Edit", QT_TRANSLATE_NOOP("actions", "Every participant: edit names, kind, parent and"
                                   " aliases; merge two into one")),
)  # fmt: skip

# The documents' metadata as the command line's `export documents` writes it (same flow as the
# commitment exports: a worker, "Exporting…", then where it was written).
DOCUMENTS_SPEC = Spec("export_documents_csv", QT_TRANSLATE_NOOP("actions", "Export documents (CSV)…"),
                      (), "File", QT_TRANSLATE_NOOP("actions", "Every document's title, date, source,"
                                                    " file and quality, one row each"))  # fmt: skip


def install(host: AnnotationHost) -> AnnotationController:
    """Add the side panel (Alt+4), the annotation and memo actions and the Annotations menu."""
    controller = AnnotationController(host)
    host.add_side_dock(controller.panel, "Alt+4")
    host.note_keys([*KEYS.values(), *DIALOG_KEYS, *TIMELINE_KEYS])
    exports = [
        host.add_action(
            Spec(f"export_{what}_{fmt}".replace("-", "_"), text, (), MENU),
            partial(controller.export, what, fmt, suggested),
        )
        for what, fmt, text, suggested in EXPORTS
    ]
    handlers = {
        "tag_participant": controller.tag_selection,
        "record_commitment": controller.record_commitment,
        "confirm_all_participants": controller.confirm_all,
        "show_commitments": lambda: controller.show_commitments(exports),
        "show_participant_page": controller.show_participant_page,
        "show_matrix": controller.show_matrix,
        "show_timeline": controller.timeline.show,
    }
    actions = [host.add_action(spec, handlers[spec.id]) for spec in SPECS]
    actions += install_memos(host, controller)
    _add_to_file_menu(host, host.add_action(DOCUMENTS_SPEC, partial(
        controller.export, "documents", "csv", "documents.csv")))  # fmt: skip
    host.add_menu(_menu(host, actions, exports))
    _add_to_edit_menu(host, [host.add_action(EDIT_SPECS[0], controller.show_participants)])
    host.document_opened.connect(controller.load)
    host.session_closing.connect(lambda _old: _let_go(controller))
    host.session_changed.connect(controller.bind)
    controller.bind(host.session)
    controller.load(host.current_document_id())
    return controller


def _add_to_file_menu(host: AnnotationHost, action: QAction) -> None:
    """Before Quit in the File menu (the bundle and project exports follow it there)."""
    file_menu = host.as_widget().findChild(QMenu, "menuFile")
    if file_menu is None:
        return
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
    if quit_action is None:
        file_menu.addSeparator()
        file_menu.addAction(action)
        return
    file_menu.insertSeparator(quit_action)
    file_menu.insertAction(quit_action, action)


def _let_go(controller: AnnotationController) -> None:
    """Before the archive closes: its dialogs close and every view drops its ops."""
    for dialog in (controller.dialog, controller.participants_list):
        if dialog is not None:
            dialog.close()
    controller.participants_list = None
    controller.bind(None)


def _add_to_edit_menu(host: AnnotationHost, actions: list[QAction]) -> None:
    """After Trash… in the window's Edit menu (at its end when there is none)."""
    edit = host.as_widget().findChild(QMenu, "menuEdit")
    if edit is None:
        return
    listed = edit.actions()
    at = next((i for i, a in enumerate(listed) if a.objectName() == "show_trash"), len(listed) - 1)
    before = listed[at + 1] if at + 1 < len(listed) else None
    for action in actions:
        if before is None:
            edit.addAction(action)
        else:
            edit.insertAction(before, action)


def _menu(host: AnnotationHost, actions: list[QAction], exports: list[QAction]) -> QMenu:
    menu = QMenu(QCoreApplication.translate("menus", "&Annotations"), host.as_widget())
    menu.setObjectName(f"menu{MENU}")
    for action in actions:
        menu.addAction(action)
        if action.objectName() == "confirm_all_participants":
            menu.addSeparator()
    menu.addSeparator()
    menu.addActions(exports)
    return menu
