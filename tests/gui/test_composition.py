"""The app composes the window: the window alone has no annotations; installed, they use the host."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QMenu

from archiver.gui.annotations.controller import AnnotationController
from archiver.gui.annotations.host import AnnotationHost

GUI = Path(__file__).resolve().parents[2] / "src" / "archiver" / "gui"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_window_builds_without_annotations(window):
    assert window.findChild(AnnotationController) is None
    assert window.findChild(QDockWidget, "annotationPanel") is None
    assert window.menuBar().findChild(QMenu, "menuAnnotations") is None
    assert "tag_participant" not in window.actions_by_id
    assert isinstance(window, AnnotationHost)  # ready to host the panel


def test_installed_the_panel_follows_the_window_through_the_host(qtbot, composed, articles):
    window, controller = composed
    assert window.findChild(AnnotationController) is controller
    assert window.findChild(QDockWidget, "annotationPanel") is controller.panel
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Annotations") == menus.index("&Help") - 1
    assert window.registry.actions["record_commitment"].shortcut().toString() == "Ctrl+Shift+C"
    assert controller.ops is not None and controller.ops.session is window.session
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(articles / "ukraine-ar.txt")])
    doc_id = reports[0].imported[0].id
    with qtbot.waitSignal(controller.loaded, timeout=5000) as loaded:
        window.open_document(doc_id)
    assert loaded.args == [doc_id] and controller.panel.doc_id == doc_id


def test_the_window_never_imports_the_annotations_and_they_never_import_the_window():
    window_side = [GUI / name for name in ("mainwindow.py", "addon_hooks.py", "navigation.py", "windowmenus.py",
                                           "window_layout.py", "window_dialogs.py", "import_flow.py")]  # fmt: skip
    for path in window_side:
        assert not any(m.startswith("archiver.gui.annotations") for m in _imports(path)), path
    for path in (GUI / "annotations").glob("*.py"):
        assert "archiver.gui.mainwindow" not in _imports(path), path
