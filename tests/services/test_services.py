"""Services: settings with declared defaults, lanes that report on the GUI thread, throttling."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QByteArray

from archiver.services.paths import settings_file
from archiver.services.settings import Settings
from archiver.services.tasks import Lanes, Throttle


def test_settings_defaults_types_and_recent(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVER_CONFIG_DIR", str(tmp_path))
    assert settings_file() == tmp_path / "settings.ini"
    settings = Settings()
    assert settings.get("search/debounce_ms") == 60
    assert isinstance(settings.get("window/geometry"), QByteArray)
    settings.set("search/page_size", 50)
    for path in ("/a", "/b", "/a"):
        settings.add_recent(path)
    settings.sync()
    again = Settings()
    assert again.get("search/page_size") == 50
    assert again.get("archive/recent") == ["/a", "/b"] and again.get("archive/last") == "/a"
    with pytest.raises(KeyError):
        again.set("no/such", 1)


def test_serial_lane_runs_one_at_a_time_and_reports_on_the_gui_thread(qtbot):
    lanes = Lanes()
    gui = threading.get_ident()
    order: list[int] = []
    delivered: list[int] = []
    for i in range(5):
        lanes.serial.submit(lambda i=i: order.append(i) or i,
                            lambda r: delivered.append(r) if threading.get_ident() == gui else None)  # fmt: skip
    errors: list[BaseException] = []
    lanes.serial.submit(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(delivered) == 5 and bool(errors), timeout=5000)
    assert order == [0, 1, 2, 3, 4] and delivered == [0, 1, 2, 3, 4]
    assert isinstance(errors[0], ZeroDivisionError)
    assert lanes.drain()
    qtbot.waitUntil(lambda: not lanes.serial.busy, timeout=2000)


def test_throttle_lets_the_final_call_through():
    throttle = Throttle(10.0)
    assert throttle.ready()
    assert not throttle.ready()
    assert throttle.ready(final=True)
