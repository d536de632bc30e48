"""The app's import honours the size limit in the settings and reports the refused file."""

from __future__ import annotations

from pathlib import Path

from archiver.gui.mainwindow import MainWindow
from archiver.services.settings import Settings


def test_the_size_limit_setting_refuses_a_larger_file(
    qtbot, window: MainWindow, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.set("import/max_file_mb", 1)
    big = tmp_path / "big.txt"
    big.write_bytes(("كلمة " * 200_000).encode("utf-8"))  # about 2 MB
    reports: list = []
    window.show_report = reports.append
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_paths([str(big)])
    assert not reports[0].imported
    assert "too large" in reports[0].failed[0].reason
    assert "limit 1 MB" in reports[0].failed[0].reason
