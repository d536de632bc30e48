"""The interface in Arabic: every string translatable, translated, mirrored, numbers localised."""

from __future__ import annotations

import ast
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMenu

from archiver.gui import language
from archiver.gui.locale_text import isolate, number
from translations_build import ROOT, arabic_letters, translations_script

TS = translations_script()
# Areas whose strings are still being wrapped and translated; each leaves this set when done.
PENDING_AREAS: set[str] = set()
# Qt calls whose string arguments a user reads: a literal there must go through tr().
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setWhatsThis", "setTitle", "addMenu", "addAction", "addTab", "setTabText", "showMessage",
    "addItem", "addItems", "setItemText", "setLabelText", "setHeaderLabels", "setSuffix",
    "setPrefix", "setSpecialValueText", "QAction", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QMenu", "QToolButton", "information", "warning",
    "critical", "question", "getText", "getItem", "getInt", "message", "ask",
}  # fmt: skip


def _messages(path: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
            for c in root.iter("context") for m in c.iter("message")}  # fmt: skip


def test_the_ts_files_hold_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    """A string added, changed or removed in the code is in the .ts files (run `update`)."""
    fresh = tmp_path / "translations"
    shutil.copytree(TS.TRANSLATIONS, fresh, ignore=shutil.ignore_patterns("*.qm"))
    TS.update(TS.all_areas(), fresh)
    for language_code in TS.LANGUAGES:
        for area in TS.all_areas():
            committed = TS.ts_path(language_code, area)
            assert committed.exists(), f"{committed} missing: run scripts/translations.py update"
            assert _messages(TS.ts_path(language_code, area, fresh)) == _messages(committed), (
                f"{committed.relative_to(ROOT)} is out of date: run scripts/translations.py update"
            )


def test_arabic_is_finished_in_every_area_that_is_done() -> None:
    """Each finished area is fully translated; the whole stays at 98 % or more once all are."""
    done = total = 0
    for area in TS.all_areas():
        finished, count = TS.counts(TS.ts_path("ar", area))
        done, total = done + finished, total + count
        if area not in PENDING_AREAS:
            assert finished == count, f"ar/{area}.ts: {count - finished} of {count} unfinished"
    if not PENDING_AREAS:
        assert done >= 0.98 * total, f"{done} of {total} Arabic strings finished"


def test_every_plural_has_its_english_forms() -> None:
    """'%Ln documents' shows as '1 document' in English: the en .ts gives both forms."""
    for area in TS.all_areas():
        finished, count = TS.counts(TS.ts_path("en", area))
        assert finished == count, f"en/{area}.ts: {count - finished} plural forms missing"


def _untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_CALLS:
            continue
        for arg in node.args:
            if _is_user_text(arg):
                found.append(f"{path.relative_to(ROOT)}:{arg.lineno} {name}(…)")
    return found


def _is_user_text(arg: ast.expr) -> bool:
    if isinstance(arg, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
                   for v in arg.values)  # fmt: skip
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return any(c.isalpha() for c in arg.value)
    return False


def test_no_literal_reaches_a_widget_untranslated() -> None:
    """A literal (or f-string) given to a Qt text call outside tr() would stay English."""
    offenders = []
    for area in sorted(set(TS.all_areas()) - PENDING_AREAS):
        for path in TS.area_files(area):
            offenders += _untranslated_literals(path)
    assert not offenders, "wrap these in tr():\n" + "\n".join(offenders)


def test_arabic_mirrors_the_layout_and_translates_qt_own_buttons(arabic: QApplication) -> None:
    """Right to left, and Qt's standard buttons in Arabic (qtbase_ar.qm is loaded)."""
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert any("\u0600" <= c <= "\u06ff" for c in cancel), cancel  # Qt's own: "ألغِ"


def test_the_file_dialog_is_arabic_where_qt_own_catalog_lacks_its_labels(
    arabic: QApplication,
) -> None:
    """Qt 6's "&Look in:" and "Files of &type:" are not in qtbase_ar.qm; ours translate them."""
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
        assert arabic_letters(labels[name]), (name, labels[name])
    assert "&" in labels["lookInLabel"]  # its mnemonic kept (Alt and the letter)
    dialog.deleteLater()


def test_back_to_english_restores_left_to_right(
    arabic: QApplication, translations_dir: Path
) -> None:
    """Changing the language replaces the translators rather than stacking them."""
    language.install(arabic, "en", translations_dir)
    assert arabic.layoutDirection() == Qt.LayoutDirection.LeftToRight
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def test_numbers_follow_the_locale_of_the_language() -> None:
    """ar_TN writes 1.234, ar_EG ١٬٢٣٤; an unshipped system language falls back to English."""
    assert language.ui_locale("", QLocale("ar_TN")).toString(1234) == "1.234"
    assert language.ui_locale("ar", QLocale("ar_EG")).toString(1234) == "١٬٢٣٤"
    assert language.code_of(language.ui_locale("", QLocale("fr_FR"))) == "en"
    assert language.code_of(language.ui_locale("ar", QLocale("en_GB"))) == "ar"
    assert language.ui_locale("en", QLocale("en_GB")).name() == "en_GB"


def test_counts_use_the_default_locale(arabic: QApplication) -> None:
    """The interface's numbers come from QLocale, not Python's grouping."""
    assert number(1234) == QLocale().toString(1234)
    assert isolate("Ctrl+K") == "\u2068Ctrl+K\u2069"


def test_the_setting_is_overridden_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """ARCHIVER_LANGUAGE beats the setting (screenshots, a one-off run)."""
    monkeypatch.setenv(language.ENV_OVERRIDE, "ar")
    assert language.chosen("en") == "ar"
    monkeypatch.delenv(language.ENV_OVERRIDE)
    assert language.chosen("en") == "en"


def test_the_main_window_in_arabic_has_arabic_menus_and_reads_right_to_left(
    arabic: QApplication,
    qtbot,
    settings,
    session,  # type: ignore[no-untyped-def]
) -> None:
    """Menus, actions, counts and F1 in Arabic; keys stay Latin, isolated; the window mirrored."""
    from archiver.gui import windowmenus
    from archiver.gui.mainwindow import MainWindow
    from archiver.gui.shortcuts_sheet import ShortcutsSheet

    window = MainWindow(settings, session)
    qtbot.addWidget(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [m.title() for m in (windowmenus.menu(window, n) for n in ("File", "Edit", "View"))]
    assert titles == ["&ملف", "&تحرير", "&عرض"]
    assert window.actions_by_id["import_files"].text() == "استيراد ملفات…"
    assert window.findChild(QMenu, "menuLanguage").title() == "الل&غة"
    assert window.tr("%Ln documents", "", 2) == "وثيقتان"
    assert window.tr("%Ln documents", "", 1234) == f"{number(1234)} وثيقة"
    assert isolate("Ctrl+K") in window.search_bar.placeholderText()
    sheet = ShortcutsSheet(window.registry, window)
    text = sheet.browser.toPlainText()
    assert sheet.windowTitle() == "اختصارات لوحة المفاتيح"
    assert "ملف" in text and "Ctrl+O" in text and "استيراد ملفات…" in text
    sheet.deleteLater()


def test_key_names_stay_latin_in_arabic(arabic: QApplication) -> None:
    """Qt's Arabic names the arrows; ours keep what the keyboard and the guide say."""
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Alt+Left").toString(native) == "Alt+Left"
    assert QKeySequence("Down").toString(native) == "Down"


def test_the_docks_change_sides_in_arabic(arabic, qtbot, settings, session) -> None:  # type: ignore[no-untyped-def]
    """The library sidebar starts the line (right in Arabic), the annotation panel ends it."""
    from PySide6.QtWidgets import QDockWidget

    from archiver.gui.app import build_window

    window, _annotations = build_window(settings, session)
    qtbot.addWidget(window)
    areas = {d.objectName(): window.dockWidgetArea(d) for d in window.findChildren(QDockWidget)}
    right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
    sidebar = [name for name in areas if "ibrary" in name or "sidebar" in name.lower()]
    assert sidebar and all(areas[name] == right for name in sidebar), areas
    assert any(area == left for area in areas.values()), areas
    window.close()


def test_a_checkout_compiles_again_when_a_ts_file_is_newer(tmp_path: Path) -> None:
    """Running from source after a pull gives the new strings, not yesterday's .qm."""
    import os

    from archiver.gui import translation_files

    root = tmp_path / "translations"
    shutil.copytree(TS.TRANSLATIONS, root, ignore=shutil.ignore_patterns("*.qm"))
    assert translation_files.stale(root, root)
    made = translation_files.compile_translations(root, root)
    assert {p.name for p in made} == {"archiver_ar.qm", "archiver_en.qm"}
    assert not translation_files.stale(root, root)
    edited = root / "ar" / "window.ts"
    later = (root / "archiver_ar.qm").stat().st_mtime + 10
    os.utime(edited, (later, later))
    assert translation_files.stale(root, root)
