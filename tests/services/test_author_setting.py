"""The user's name from the settings is the author of the changes a session makes."""

from __future__ import annotations

from archiver.services.operations import ArchiveSession
from archiver.services.settings import DEFAULTS, Settings
from archiver.services.tasks import Lanes


def test_the_settings_name_is_the_author_of_the_session_s_changes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVER_USER", "from the environment")
    settings = Settings(tmp_path / "settings.ini")
    assert DEFAULTS["user/name"] == "" and settings.get("user/name") == ""
    settings.set("user/name", "Layla")
    lanes = Lanes()
    session = ArchiveSession(tmp_path / "arch", lanes, import_workers=1,
                             author=settings.get("user/name") or None)  # fmt: skip
    try:
        assert session.writer is not None
        session.writer.annotations.participants.add("Quartet", kind="coalition")
        assert session.writer.annotations.journal.history(1)[0].author == "Layla"
    finally:
        session.close()
        lanes.drain()
