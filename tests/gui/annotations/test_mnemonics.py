"""No two Alt letters in one window or one menu, in English and in Arabic: the main window with
its docks, every menu the app builds, and every dialog (each built over a real archive)."""

from __future__ import annotations

import inspect
import pkgutil
from importlib import import_module

import pytest
from annotation_helpers import controller_of
from mnemonics import menu_clashes, window_clashes
from PySide6.QtWidgets import QDialog, QMenu

import archiver.gui
from archiver.core.model import ImportReport
from archiver.core.sync.merge import MergeReport
from archiver.core.team.pull import Pulled
from archiver.core.team.push import Pushed
from archiver.core.team.sync import SyncReport
from archiver.gui.annotations.commitment_dialog import CommitmentDialog
from archiver.gui.annotations.participant_editor import ParticipantEditor
from archiver.gui.annotations.participant_merge import MergePicker
from archiver.gui.annotations.participants_list import ParticipantsList
from archiver.gui.annotations.tag_dialog import TagDialog
from archiver.gui.bundle_report import BundleReportDialog
from archiver.gui.conflicts_view import ConflictsDialog
from archiver.gui.history_dialog import HistoryDialog
from archiver.gui.import_report import ImportReportDialog
from archiver.gui.memos.dialog import MemoDialog
from archiver.gui.metadata_dialog import MetadataDialog
from archiver.gui.open_failure import OpenFailedDialog
from archiver.gui.palette import CommandPalette
from archiver.gui.shortcuts_sheet import ShortcutsSheet
from archiver.gui.team_flow import ConnectDialog
from archiver.gui.team_report import SyncReportDialog
from archiver.gui.trash_dialog import TrashDialog
from archiver.gui.upgrade_dialog import _UpgradeProgress


def _dialog_classes() -> set[type]:
    """Every QDialog the app defines (a new one must be walked here too)."""
    found: set[type] = set()
    for info in pkgutil.walk_packages(archiver.gui.__path__, "archiver.gui."):
        module = import_module(info.name)
        found |= {c for _n, c in inspect.getmembers(module, inspect.isclass)
                  if issubclass(c, QDialog) and c.__module__ == info.name}  # fmt: skip
    return found


def _dialogs(window, doc: int) -> list[QDialog]:  # type: ignore[no-untyped-def]
    controller = controller_of(window)
    ops, session = controller.ops, window.session
    index = controller.participant_index()
    france = session.reader.annotations.participants.resolve("France")
    sync = SyncReport("postgresql://127.0.0.1/team", "s1", "layla", Pushed(), Pulled(),
                      False, {}, 0, 0.5, "2026-12-02T07:00:00")  # fmt: skip
    return [
        ConflictsDialog(window), HistoryDialog(window), TrashDialog(window),
        MetadataDialog(session.document(doc), window),
        TagDialog(index, "فرنسا", window),
        CommitmentDialog(index, ops.find_participants, quote="أعلنت فرنسا", parent=window),
        ParticipantEditor(ops, france.id, window), ParticipantsList(ops, window),
        MergePicker(index, france, window),
        MemoDialog("On document #1", "أعلنت فرنسا", parent=window),
        CommandPalette(window.registry.enabled_actions(), window),
        ShortcutsSheet(window.registry, window),
        ImportReportDialog(ImportReport(), window), BundleReportDialog(MergeReport(), "a.zip", window),
        ConnectDialog(window, "postgresql://127.0.0.1/team", 10, True),
        SyncReportDialog(sync, window),
        OpenFailedDialog(session.root / "missing", FileNotFoundError("missing"), window),
        _UpgradeProgress("Upgrading the archive…", 4, window),
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_window_or_menu_has_one_alt_letter_twice(qtbot, request, annotating, language):  # type: ignore[no-untyped-def]
    if language == "ar":
        request.getfixturevalue("arabic")
    window, doc = annotating
    window.open_document(doc)
    clashes = {"main window": window_clashes(window)}
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # menus filled as they open (Recent, Language)
        clashes[f"menu {menu.title() or menu.objectName()}"] = menu_clashes(menu)
    dialogs = _dialogs(window, doc)
    assert {type(d) for d in dialogs} == _dialog_classes()
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        clashes[dialog.objectName()] = window_clashes(dialog)
        for menu in dialog.findChildren(QMenu):
            clashes[f"{dialog.objectName()} menu"] = menu_clashes(menu)
        dialog.close()
    assert {where: found for where, found in clashes.items() if found} == {}
